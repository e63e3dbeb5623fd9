"""Speaker resolution within one document.

Turns the mention nearest each cue into a named `Speaker`:

* a surname (`Medvedev`) takes the full name the article gave earlier or later
  (`Dmitry Medvedev`);
* a role (`de plaatsvervangend voorzitter van de Veiligheidsraad`, `de oud-president`) takes
  the name the article itself bound to that role by apposition (`Medvedev, nu plaatsvervangend
  voorzitter van de Veiligheidsraad`);
* a pronoun takes the most recent compatible speaker (person for he/she, group for they);
* a quote that continues an earlier statement keeps that statement's speaker.

Confidence says how the name was reached; a guess is never 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from brink.analyse.phrases import acronym_before_name, pair_in, phrase_at
from brink.analyse.phrases import is_role_compound as _is_role_compound
from brink.model import Document, Speaker, Statement

if TYPE_CHECKING:
    from brink.analyse.phrases import Mention
    from brink.analyse.statements import Draft, SentenceView
    from brink.languages import LanguageResources

CONFIDENCE = {
    "name": 0.9,
    "surname": 0.85,
    "apposition": 0.75,
    "role": 0.5,
    "pronoun": 0.7,
    "continuation": 0.8,
    "descriptor": 0.8,
    "mention": 0.6,
    "new_role": 0.6,
    "unresolved": 0.2,
}


@dataclass(slots=True)
class _Known:
    """A speaker seen so far in the document."""

    name: str
    type: str
    position: int
    sentence: int = -1
    role_head: str | None = None  # `woordvoerder` when the name came from a role phrase only


@dataclass(slots=True)
class _PersonMention:
    """A person named outside quotes: where, who, and whether it opens its clause."""

    position: int
    sentence: int
    name: str
    subject: bool
    main: bool = True  # not inside a subordinate clause (`after meeting Joe Biden, ...`)


def _role_opens_clause(
    view: SentenceView, comma: int, floor: int, openers: frozenset[str], res: LanguageResources
) -> bool:
    """Whether the words from the clause start to the comma at `comma` are a short role
    phrase (`The UN secretary general`)."""
    tokens = view.tokens
    k = comma - 1
    while k >= floor and not (tokens[k].text in (",", ";", ":") or tokens[k].lower in openers):
        k -= 1
    opening = tokens[k + 1 : comma]
    return 0 < len(opening) <= 8 and any(
        t.lower in res.role_nouns or _is_role_compound(t.lower, res) for t in opening
    )


def _person_mentions(
    text: str, views: list[SentenceView], by_surname: dict[str, str], res: LanguageResources
) -> tuple[list[_PersonMention], list[tuple[str, str, bool, int]]]:
    """Every person name in the narration, and the roles the article binds to them.

    A name is a person when the article gives it as first name + surname (two or more
    capitalised words without organisation or media nouns), or when it is the surname of one.
    Roles are bound by the words right before a name (`Norland's foreign minister, Aalders`,
    `premier Jansen`) or by an apposition right after it (`Brasko, nu voorzitter van ...`).
    """
    from brink.analyse.phrases import _role_phrases

    mentions: list[_PersonMention] = []
    bindings: list[tuple[str, str, bool, int]] = []
    not_name_starts = res.not_name_starts
    runs: list[tuple[SentenceView, int, int, tuple[str, ...]]] = []
    for view in views:
        tokens = view.tokens
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if (
                not tok.is_capitalised
                or not tok.is_word
                or tok.lower in not_name_starts
                or tok.lower in res.day_words  # `The president Monday said`
                or view.in_quote(i)
            ):
                i += 1
                continue
            if _is_role_compound(tok.lower, res) or tok.lower in res.role_nouns:
                # `partijleider-X Jansen`, `Council President Anna Berg`: a title, not
                # part of the name.
                i += 1
                continue
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].is_capitalised
                and tokens[j].is_word
                and not view.in_quote(j)
                and not _is_role_compound(tokens[j].lower, res)
                and tokens[j].lower not in res.role_nouns
                # `Indian Prime Minister Narendra Modi`: a two-word title starts here
                and not pair_in(tokens, j, res.role_nouns)
            ):
                j += 1
            while j - i >= 2 and tokens[i].lower in res.honorifics:
                i += 1  # `Mr Shapps`: the honorific is no part of the name
            if j - i >= 3 and acronym_before_name(tokens, i, j, res):
                i += 1  # `the envoy to the UN Linda Thomas-Greenfield`: not part of the name
            for k in range(j - 3, i - 1, -1):
                if tokens[k].lower in res.organization_nouns or tokens[k].lower in res.media_nouns:
                    i = k + 1  # `Minister van Buitenlandse Zaken Sergej Lavrov`: a title's end
                    break
            runs.append((view, i, j, tuple(t.text for t in tokens[i:j])))
            i = j
    # First pass: full names, so that a later (or earlier) surname alone resolves to them.
    for _, _, _, words in runs:
        if len(words) >= 2:
            name = _person_name(words, {}, res)
            if name is not None:
                by_surname.setdefault(name.split()[-1].lower(), name)
    clause_openers = res.subordinators
    last_person: dict[int, int] = {}  # sentence → token index after its last person mention
    for view, i, j, words in runs:
        tokens = view.tokens
        tok = tokens[i]
        # Does the name open its clause (no comma and no other person since the clause began)?
        floor = last_person.get(view.index, 0)
        k = i - 1
        while k >= floor and (
            view.in_quote(k)
            or not (tokens[k].text in (",", ";", ":") or tokens[k].lower in clause_openers)
        ):
            k -= 1
        first_in_clause = floor == 0 if k < floor else tokens[k].text != ","
        subordinate = k >= floor and tokens[k].lower in clause_openers
        name = _person_name(words, by_surname, res)
        # `president Biden`: a lower-case title before one capitalised word makes it a name
        titled = (
            j - i == 1
            and i > 0
            and (
                tokens[i - 1].lower in res.role_nouns
                or tokens[i - 1].lower in res.honorifics  # `Mr Zelensky`
                or _is_role_compound(tokens[i - 1].lower, res)
            )
            and _name_like(tokens[i].text)
            # (`the veteran Green party politician`: a modifier of the noun after it)
            and not (
                j < len(tokens)
                and (
                    tokens[j].lower in res.source_nouns
                    or tokens[j].lower in res.role_nouns
                    or tokens[j].lower in res.organization_nouns
                )
            )
        )
        if name is None and titled:
            name = _without_possessive(tokens[i].text, res)
        follower = tokens[j] if j < len(tokens) else None
        if not first_in_clause and tokens[k].text == "," and follower is not None:
            # `The UN secretary general, António Guterres, has ...`: a name in apposition to
            # the role that opens the clause is its subject too.
            first_in_clause = (
                follower.text == "," and _role_opens_clause(view, k, floor, clause_openers, res)
            ) or (
                # `By Wednesday, after meeting X, Mr Zelensky struck ...`: a name after a fronted
                # phrase, followed by its verb, is the subject
                follower.is_word
                and not follower.is_capitalised
                and follower.lower not in res.conjunctions
                and follower.lower not in res.relative_pronouns
                and follower.lower not in res.np_prepositions
            )
        modifier = (
            j - i == 1
            and not titled
            # a possessive names the person (`Putin’s threatening posture ... he argued`)
            and not (res.possessive_suffixes and tokens[i].text.endswith(res.possessive_suffixes))
            and follower is not None
            and follower.is_word
            and not follower.is_capitalised
            and (
                follower.lower not in res.np_prepositions
                and follower.lower not in res.auxiliaries
                and follower.lower not in res.cues
                and follower.lower not in res.adverbs
                and follower.lower not in res.conjunctions
                and follower.lower not in res.relative_pronouns
            )
        )
        after_determiner = i > 0 and tokens[i - 1].lower in res.determiners
        if name is not None and not modifier and not after_determiner:
            prev = tokens[i - 1] if i else None
            subject = first_in_clause and not (prev is not None and prev.lower in res.prepositions)
            mentions.append(
                _PersonMention(tok.start, view.index, name, subject, main=not subordinate)
            )
            last_person[view.index] = j
            lo = max(0, i - 8)
            # The role must be in the name's own phrase: not across a verb or a relative
            # clause (`De rechter noemde de foto die P. had gestuurd` binds nothing to P.).
            for k in range(i - 1, lo - 1, -1):
                low = tokens[k].lower
                if (
                    low in res.cues
                    or low in res.auxiliaries
                    or low in res.relative_pronouns
                    or low in res.subordinators
                    or tokens[k].text in (";", ":")
                ):
                    lo = k + 1
                    break
            # `de woordvoerder van Poetin`: a name inside the role's own phrase is not its holder.
            inside_role = i > 0 and (
                tokens[i - 1].lower in res.np_prepositions or tokens[i - 1].lower in res.determiners
            )
            for role in [] if inside_role else _role_phrases(tokens, lo, i, res):
                former = any(t.lower in res.former_modifiers for t in tokens[lo:i])
                bindings.append((role, name, former, tok.start))
            if j < len(tokens) and tokens[j].text == ",":
                k = j + 1
                while k < len(tokens) and tokens[k].text != "," and k - j < 15:
                    k += 1
                for role in _role_phrases(tokens, j + 1, k, res):
                    former = any(t.lower in res.former_modifiers for t in tokens[j + 1 : k])
                    bindings.append((role, name, former, tok.start))
    mentions.extend(_new_people(text, views, res))
    mentions.sort(key=lambda p: p.position)
    return mentions, bindings


def _new_people(
    text: str, views: list[SentenceView], res: LanguageResources
) -> list[_PersonMention]:
    """People a sentence opens with by an indefinite role (`A Pakistani analyst ... took a
    different view`): antecedents for the pronouns after them, named by the role."""
    out: list[_PersonMention] = []
    for view in views:
        tokens = view.tokens
        if not tokens or tokens[0].lower not in res.indefinite_determiners or view.in_quote(0):
            continue
        for k in range(1, min(len(tokens), 5)):
            low = tokens[k].lower
            if not tokens[k].is_word or view.in_quote(k):
                break
            if low in res.role_nouns and not tokens[k].is_capitalised:
                phrase = text[tokens[0].start : tokens[k].end]
                out.append(
                    _PersonMention(
                        tokens[0].start, view.index, _strip_determiner(phrase, res), True
                    )
                )
                break
    return out


@lru_cache(maxsize=8192)
def _name_like(word: str) -> bool:
    """`Thomas-Greenfield`, `O'Brien`, `McDonald`, `K.` — not `ICBMs`, `Armageddon-inflicting`."""
    parts = [p for p in re.split(r"[-’']", word) if p]
    return bool(parts) and all(p[0].isupper() and not re.search(r"[A-Z]{2}", p) for p in parts)


def _without_possessive(word: str, res: LanguageResources) -> str:
    """`Putin’s` -> `Putin`."""
    for suffix in res.possessive_suffixes:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _person_name(
    words: Sequence[str], by_surname: dict[str, str], res: LanguageResources
) -> str | None:
    words = [_without_possessive(w, res) for w in words]
    if not all(_name_like(w) for w in words):
        return None
    lows = [w.lower() for w in words]
    if any(
        w in res.organization_nouns or w in res.media_nouns or w in res.role_nouns for w in lows
    ):
        return None
    if (
        2 <= len(words) <= 4
        and all(len(w) > 1 and not w.isupper() for w in words[:-1])
        and ((len(words[-1]) > 1 and not words[-1].isupper()) or len(words[-1]) == 1)
    ):
        return " ".join(words)
    if len(words) == 1 and lows[0] in by_surname:
        return by_surname[lows[0]]
    return None


def _names_in_document(drafts: list[Draft]) -> dict[str, str]:
    """Surname → full name, from every multi-word name the article uses for a speaker."""
    by_surname: dict[str, str] = {}
    for d in drafts:
        m = d.mention
        if m is None or not m.name or m.type not in ("person", "unknown"):
            continue
        parts = m.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1].lower(), m.name)
    return by_surname


def _role_bindings(drafts: list[Draft]) -> list[tuple[str, str, bool]]:
    """(role phrase, name, former) the article states itself, e.g. by apposition."""
    bindings = []
    for d in drafts:
        m = d.mention
        if m is None or not m.name or not m.roles:
            continue
        for role in m.roles:
            bindings.append((role, m.name, m.former))
    return bindings


def _full_name(name: str, by_surname: dict[str, str]) -> tuple[str, str]:
    parts = name.split()
    if len(parts) == 1 and parts[0].lower() in by_surname:
        return by_surname[parts[0].lower()], "surname"
    return name, "name"


def _match_role(mention: Mention, bindings: list[tuple[str, str, bool]]) -> str | None:
    """The name bound to the role this mention uses, preferring the most specific match."""
    best, best_score = None, 0.0
    for role in mention.roles:
        words = set(role.split())
        head = role.split()[0]
        for bound_role, name, _former in bindings:
            bound_words = set(bound_role.split())
            if head.split("-")[-1] not in {w.split("-")[-1] for w in bound_words}:
                continue
            score = len(words & bound_words) / max(len(words), 1)
            if score > best_score:
                best, best_score = name, score
    return best


def resolve_speakers(
    doc: Document,
    drafts: list[Draft],
    views: list[SentenceView],
    res: LanguageResources,
    gender_of: Callable[[str], str | None] | None = None,
) -> list[Statement]:
    from brink.analyse.statements import drafts_to_statements

    by_surname = _names_in_document(drafts)
    persons, scanned = _person_mentions(doc.text, views, by_surname, res)
    for p in persons:
        parts = p.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1].lower(), p.name)
    bindings = _role_bindings(drafts) + [(r, n, f) for r, n, f, _ in scanned]
    known: list[_Known] = []
    speakers: list[Speaker] = []
    resolved: dict[int, Speaker] = {}
    for d in drafts:
        speaker = _resolve(d, by_surname, bindings, known, resolved, res, persons, gender_of, views)
        resolved[id(d)] = speaker
        speakers.append(speaker)
        if speaker.name:
            position = d.cue.start if d.cue else d.spans[0][0]
            head = None
            if speaker.resolved_by == "new_role" and d.mention is not None and d.mention.roles:
                head = d.mention.roles[0].split()[0]
            known.append(_Known(speaker.name, speaker.type, position, d.sentence_index, head))
    return drafts_to_statements(doc, drafts, speakers, views)


def _resolve(
    d: Draft,
    by_surname: dict[str, str],
    bindings: list[tuple[str, str, bool]],
    known: list[_Known],
    resolved: dict[int, Speaker],
    res: LanguageResources,
    persons: list[_PersonMention],
    gender_of: Callable[[str], str | None] | None,
    views: list[SentenceView],
) -> Speaker:
    if d.continues is not None:
        origin = resolved.get(id(d.continues))
        if origin is not None:
            return Speaker(
                text=None,
                span=None,
                name=origin.name or origin.text,
                type=origin.type,
                confidence=min(origin.confidence, CONFIDENCE["continuation"]),
                resolved_by="continuation",
            )
        return Speaker(None, None, None, "unknown", CONFIDENCE["unresolved"], "unresolved")
    m = d.mention
    if m is None:
        return Speaker(None, None, None, "unknown", CONFIDENCE["unresolved"], "unresolved")
    position = d.cue.start if d.cue else m.span[0]
    if m.pronoun:
        info = res.pronouns[m.pronoun]
        plural = info.get("number") == "plural" or (info.get("number") == "either" and d.plural_cue)
        wanted: tuple[str, ...] = ("group", "organization", "media") if plural else ("person",)
        if info.get("gender") == "neuter":
            wanted = ("organization", "media", "document", "group")
        if not plural and wanted == ("person",):
            gender = info.get("gender")
            antecedent = _salient_person(
                position, d.sentence_index, persons, known, gender if gender_of else None, gender_of
            )
            if antecedent is not None:
                return Speaker(
                    m.text, m.span, antecedent, "person", CONFIDENCE["pronoun"], "pronoun"
                )
        group = _group_before(views, d.sentence_index, m.span[0], res) if plural else None
        gender = info.get("gender") if not plural else None

        def fits(name: str | None) -> bool:
            """`she` is no man the knowledge base knows."""
            if gender_of is None or gender not in ("male", "female"):
                return True
            return gender_of(name or "") in (None, gender)

        for k in reversed(known):
            if k.position < position and k.type in wanted and fits(k.name):
                if group is not None and group[0] > k.position:
                    break  # a group named in the narration since (`veel partijen ... Ze`)
                return Speaker(m.text, m.span, k.name, k.type, CONFIDENCE["pronoun"], "pronoun")
        if group is not None:
            return Speaker(m.text, m.span, group[1], "group", CONFIDENCE["pronoun"], "pronoun")
        if not plural and wanted == ("person",):
            # Nobody who spoke or acted before fits: the last person named in the sentence
            # or the three before (`We spoke to Helena Strand. "...," she says.`).
            for p in reversed(persons):
                if p.position < position and p.sentence >= d.sentence_index - 3 and fits(p.name):
                    return Speaker(
                        m.text, m.span, p.name, "person", CONFIDENCE["pronoun"], "pronoun"
                    )
        unresolved_type = "group" if plural else "person"
        if info.get("gender") == "neuter":
            unresolved_type = "organization"  # `It added that ...`: a country or a body
        return Speaker(
            m.text,
            m.span,
            None,
            unresolved_type,
            CONFIDENCE["unresolved"],
            "unresolved",
        )
    if m.name and m.type in ("person", "unknown"):
        name, how = _full_name(m.name, by_surname)
        kind = "person" if (how == "surname" or m.type == "person") else m.type
        return Speaker(m.text, m.span, name, kind, CONFIDENCE[how], how)
    if m.roles and not m.name:
        first = m.text.split()[0].lower() if m.text else ""
        # (`a State Department spokesperson`: someone new, not the spokesperson named before)
        indefinite = m.type == "person" and first in res.indefinite_determiners
        bound = None if indefinite else _match_role(m, bindings)
        if bound is not None:
            name, _ = _full_name(bound, by_surname)
            return Speaker(m.text, m.span, name, "person", CONFIDENCE["apposition"], "apposition")
        nobody_before = not any(p.position < position for p in persons) and not known
        if _kept_anonymous(views, d.sentence_index, res):
            # `a senior official, who spoke on condition of anonymity, said`: nobody named
            return _new_role(m, res)
        if first in res.indefinite_determiners and not nobody_before:
            # `Een woordvoerder van het ministerie`: someone new, named by the role.
            return _new_role(m, res)
        head = m.roles[0].split()[0]
        for k in reversed(known):
            if k.role_head is not None and k.role_head == head and k.position < position:
                # `de woordvoerder`: the spokesperson the article introduced before.
                return Speaker(m.text, m.span, k.name, "person", CONFIDENCE["role"], "role")
        if any(r in res.functional_roles for r in m.roles):
            # `de officier van justitie`, `the judge`: a participant of its own, not the
            # person last named
            return _new_role(m, res)
        antecedent = _salient_person(position, d.sentence_index, persons, known)
        if antecedent is None:
            # A role that comes before the name (`the minister has said ... Aalders ...`);
            # not a person named by occupation (`A worker said ... António Guterres`).
            later = [p for p in persons if p.position > position]
            if head in res.person_nouns:
                return _new_role(m, res)
            antecedent = later[0].name if later else None
        if antecedent is not None:
            return Speaker(m.text, m.span, antecedent, "person", CONFIDENCE["role"], "role")
        return Speaker(m.text, m.span, None, "person", CONFIDENCE["unresolved"], "unresolved")
    if m.type == "group" and m.group:
        return Speaker(m.text, m.span, m.group, "group", CONFIDENCE["descriptor"], "descriptor")
    # (`een van hen` keeps its first word: it is no article there)
    name = m.name or (m.text if m.partitive else _strip_determiner(m.text, res))
    return Speaker(m.text, m.span, name, m.type, CONFIDENCE["mention"], "mention")


def _group_before(
    views: list[SentenceView], sentence: int, position: int, res: LanguageResources
) -> tuple[int, str] | None:
    """The last group noun of the narration before `position`, in its sentence or the two
    before (`veel oppositiepartijen hebben bezwaar. Ze ...`): where, and its descriptor."""
    found: tuple[int, str] | None = None
    for view in views:
        if view.index not in (sentence - 2, sentence - 1, sentence):
            continue
        for k, tok in enumerate(view.tokens):
            if tok.start >= position:
                break
            descriptor = res.group_nouns.get(tok.lower)
            if descriptor is not None and not view.in_quote(k) and not view.is_claimed(tok.start):
                found = (tok.start, descriptor)  # (not one inside reported content)
    return found


def _kept_anonymous(views: list[SentenceView], index: int, res: LanguageResources) -> bool:
    """Whether sentence `index` says its source is kept unnamed (`anonymity_markers`)."""
    if not res.anonymity_markers or not 0 <= index < len(views):
        return False
    tokens = views[index].tokens  # (views are numbered by their place in the list)
    return any(phrase_at(tokens, k, res.anonymity_markers) for k in range(len(tokens)))


def _new_role(m: Mention, res: LanguageResources) -> Speaker:
    """A person introduced by a role alone, named by the role (`woordvoerder van ...`)."""
    return Speaker(
        m.text, m.span, _strip_determiner(m.text, res), "person", CONFIDENCE["role"], "new_role"
    )


def _salient_person(
    position: int,
    sentence: int,
    persons: list[_PersonMention],
    known: list[_Known],
    gender: str | None = None,
    gender_of: Callable[[str], str | None] | None = None,
) -> str | None:
    """The person a pronoun most likely means: the subject of its own clause or of the
    nearest sentence before it that names a person (statement speakers count as named)."""
    # Subjects anywhere before; in the pronoun's own sentence any person named before it
    # (`... the views of Berg, ..., as she spoke ...`).
    candidates = [
        (p.position, p.sentence, p.name, p.subject, False, p.main)
        for p in persons
        if p.position < position and (p.subject or p.sentence == sentence)
    ]
    candidates += [
        (k.position, k.sentence, k.name, True, True, True)
        for k in known
        if k.type == "person" and k.position < position
    ]
    if gender in ("male", "female") and gender_of is not None:
        # `she` cannot be a man the knowledge base knows (unknown names stay candidates).
        candidates = [c for c in candidates if gender_of(c[2]) in (None, gender)]
    if not candidates:
        return None
    candidates.sort()
    # Same sentence first, then sentence by sentence backwards; within one, the subject.
    last_sentence = max(c[1] for c in candidates)
    for target in range(sentence, max(-1, last_sentence - 4), -1):
        in_sentence = [c for c in candidates if c[1] == target]
        if in_sentence:
            speakers = [c for c in in_sentence if c[4]]
            if speakers and target < sentence:
                # A pronoun opening a new sentence goes on with the last speaker quoted
                # ("After Biden declared ..., Peskov told PBS ... He accused ...").
                return speakers[-1][2]
            subjects = [c for c in in_sentence if c[3]]
            main = [c for c in subjects if c[5]]  # a main clause's subject before a subordinate's
            return (main or subjects or in_sentence)[0][2]
    return candidates[-1][2]


def _strip_determiner(text: str, res: LanguageResources) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in res.determiners:
        words = words[1:]
    return " ".join(words).strip("‘’'\"“”")
