"""Noun phrases around a cue: who is speaking, and what kind of source that is.

No part-of-speech model is needed: the language resources name the closed classes
(determiners, prepositions, pronouns, auxiliaries, subordinators) and the nouns that make a
mention a role, group, document or medium; capitalisation marks names. A phrase is read
outward from the cue until a word that cannot belong to a subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brink.analyse.segment import Token
from brink.languages import LanguageResources

MAX_PHRASE_TOKENS = 14
NAME_JOINERS = frozenset(
    {
        "van",
        "der",
        "den",
        "de",
        "von",
        "al",
        "bin",
        "ben",
        "da",
        "di",
        "du",
        "le",
        "la",
        "ter",
        "ten",
        "el",
    }
)


@dataclass(slots=True)
class Mention:
    """A phrase that names a source: its tokens, head and what kind of source it is."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    span: tuple[int, int]
    type: str = "unknown"
    name: str | None = None  # the proper name inside the phrase, if any
    roles: list[str] = field(default_factory=list)  # role phrases inside the mention
    former: bool = False
    pronoun: str | None = None
    group: str | None = None  # English descriptor of a group noun
    head: str | None = None
    partitive: bool = False  # one of a group (`one of the protesters`, `een van hen`)


def word_class(tok: Token, res: LanguageResources) -> str:
    """The closed class of a token, or 'name' / 'word' / 'punct'."""
    low = tok.lower
    if not tok.is_word:
        return "punct"
    if low in res.pronouns:
        return "pronoun"
    if low in res.auxiliaries:
        return "aux"
    if low in res.cues:
        return "cue"
    if low in res.subordinators or low in res.relative_pronouns:
        return "sub"
    if low in res.conjunctions:
        return "conj"
    if low in res.prepositions or low in res.np_prepositions:
        return "prep"
    if low in res.determiners:
        return "det"
    if tok.is_capitalised:
        return "name"
    return "word"


def _is_function_word(low: str, res: LanguageResources) -> bool:
    return (
        low in res.discourse_markers
        or low in res.time_words
        or low in res.prepositions
        or low in res.determiners
        or low in res.subordinators
        or low in res.conjunctions
        or low in res.auxiliaries
        or low in res.adverbs
        or low in res.pronouns
    )


def phrase_text(
    text: str, tokens: list[Token], start: int, end: int
) -> tuple[str, tuple[int, int]]:
    s, e = tokens[start].start, tokens[end - 1].end
    return text[s:e], (s, e)


def classify(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    res: LanguageResources,
    sentence_start: int = -1,
) -> Mention:
    """Build a Mention over tokens[start:end] and decide its type."""
    while (
        start < end and not tokens[start].is_word and tokens[start].text not in ("‘", "'", "“", '"')
    ):
        start += 1
    while end > start and tokens[end - 1].text in (",", ":", ";", "-", "–", "—"):
        end -= 1
    for i in range(start + 1, end):
        if tokens[i].text == ",":
            break
        if postmodifier_participle(tokens, i, end, res):
            end = i  # `specialists interviewed by Reuters`: the phrase after is no part of it
            break
    if start >= end:
        return Mention(start, end, "", (0, 0))
    surface, span = phrase_text(text, tokens, start, end)
    mention = Mention(start, end, surface, span)
    words = [t for t in tokens[start:end] if t.is_word]
    lows = [t.lower for t in words]
    if len(words) == 1 and lows[0] in res.pronouns:
        mention.pronoun = lows[0]
        info = res.pronouns[lows[0]]
        mention.type = (
            "person"
            if info.get("number") != "plural" and info.get("gender") != "neuter"
            else "group"
        )
        if info.get("gender") == "neuter":
            mention.type = "organization"
        return mention
    # The head: the last word before a phrase-internal preposition or apposition comma.
    head_idx = end
    for i in range(start, end):
        if (
            (tokens[i].lower in res.np_prepositions and not _surname_particle(tokens, i, end, res))
            or tokens[i].text == ","
            # `diplomats in Vienna`, `the envoy to the UN`: a place or goal after the head
            or (i > start and tokens[i].lower in res.prepositions and not tokens[i].is_capitalised)
        ):
            head_idx = i
            break
    # The name comes from the core of a comma-separated part (`de voorzitter van de
    # Veiligheidsraad` has none; `the prime minister of X, Petr Fiala` has it in the second).
    mention.name = None
    part_start = start
    for i in range(start, end + 1):
        if i == end or tokens[i].text == ",":
            core_end = next(
                (
                    k
                    for k in range(part_start, i)
                    if tokens[k].lower in res.np_prepositions
                    and not (tokens[k].is_capitalised and k == part_start)  # `Van der Berg`
                    and not _surname_particle(tokens, k, i, res)  # `Marloes van Rijn`
                    and not (k > part_start and _title_at(tokens, k - 1, i, res) == 3)
                ),
                i,
            )
            name = _proper_name(tokens, part_start, core_end, res, sentence_start)
            if name is not None:
                mention.name = name
                break
            part_start = i + 1
    core = [t for t in tokens[start:head_idx] if t.is_word] or words
    head = core[-1].lower if core else None
    mention.head = head
    mention.former = any(w in res.former_modifiers for w in lows) or any(
        w.split("-")[0] in res.former_modifiers for w in lows if "-" in w
    )
    mention.roles = _role_phrases(tokens, start, end, res)
    core_lows = [t.lower for t in core]
    first = start
    while first < end and not tokens[first].is_word:
        first += 1
    if len(core_lows) == 1 and res.partitives and phrase_at(tokens, first, res.partitives):
        # `one of the protesters`, `een van hen`: one person of a group, named by no name
        mention.type = "person"
        mention.name = None
        mention.partitive = True
        return mention
    if any(w in res.media_nouns for w in core_lows):
        mention.type = "media"
    elif head in res.group_nouns:
        mention.type = "group"
        mention.group = res.group_nouns[head]
    elif any(w in res.document_nouns for w in core_lows):
        mention.type = "document"
    elif mention.roles or (mention.name and _looks_like_person(mention.name, res)):
        mention.type = "person"
    elif any(w in res.organization_nouns for w in core_lows):
        mention.type = "organization"
    elif (
        core
        and lows
        and (not mention.name or mention.name == core[-1].text)
        and (kind := _people_noun_kind(core, lows[0], res, start == sentence_start))
    ):
        # `a local councillor`, `Arms control specialists`: a common noun, no name
        mention.name = None
        mention.type = kind
        if kind == "group":
            mention.group = " ".join(t.lower for t in core if t.lower not in res.determiners)
        else:
            mention.roles = [core[-1].lower]
    elif mention.name:
        mention.type = "unknown"
    return mention


def _people_noun_kind(
    core: list[Token], first: str, res: LanguageResources, opens: bool
) -> str | None:
    """ "person" or "group" when the head noun, one no list knows, ends like a noun for people:
    a person after a determiner (`a local councillor`), a group in the plural (`arms control
    specialists`). `opens`: the phrase opens the sentence (its one word may be capitalised)."""
    head = core[-1]
    if head.is_capitalised and not (opens and len(core) == 1 and head.text[1:].islower()):
        return None
    kind = noun_for_people(head.lower, res)
    if kind == "person" and first not in res.determiners:
        return None
    return kind


def noun_for_people(low: str, res: LanguageResources) -> str | None:
    """ "person" or "group" when a lower-case word no list knows ends like a noun for people
    (`person_noun_endings`, `people_noun_endings`), else None."""
    if len(low) < res.person_noun_min_length or low in res.not_person_nouns or not low.isalpha():
        return None
    if low.endswith(res.people_noun_endings):
        return "group"
    if low.endswith(res.person_noun_endings):
        return "person"
    return None


def is_source_noun(low: str, res: LanguageResources) -> bool:
    """Whether a lower-cased word is a noun for people or a body that may speak: a role,
    group or organisation noun, or one that ends like a noun for people."""
    return (
        low in res.role_nouns
        or low in res.group_nouns
        or low in res.organization_nouns
        or noun_for_people(low, res) is not None
    )


def postmodifier_participle(tokens: list[Token], i: int, end: int, res: LanguageResources) -> bool:
    """Whether token i is a participle with a phrase of its own after a noun (`interviewed
    for this article`, `based in Vienna`)."""
    tok = tokens[i]
    return (
        bool(res.postmodifier_participle_endings)
        and i + 1 < end
        # after a noun that names people (`Lima protested after ...` is a clause)
        and i > 0
        and is_source_noun(tokens[i - 1].lower, res)
        and not tok.is_capitalised
        and len(tok.lower) > 4
        and tok.lower.endswith(res.postmodifier_participle_endings)
        and tok.lower not in res.cues
        and tokens[i + 1].lower in res.prepositions
    )


def _looks_like_person(name: str, res: LanguageResources) -> bool:
    parts = name.split()
    if len(parts) < 2:
        return False
    lows = [p.lower() for p in parts]
    return not any(p in res.organization_nouns or p in res.media_nouns for p in lows)


def is_acronym(word: str) -> bool:
    """`UN`, `NAVO`, `VVD`: two to five capitals and nothing else."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def acronym_before_name(tokens: list[Token], i: int, j: int, res: LanguageResources) -> bool:
    """Whether the capitalised run tokens[i:j] is an acronym and a person's name after it
    (`UN Linda Thomas-Greenfield`): the acronym ends a role, it is no part of the name."""
    return is_acronym(tokens[i].text) and _looks_like_person(
        " ".join(t.text for t in tokens[i + 1 : j]), res
    )


def is_role_compound(low: str, res: LanguageResources) -> bool:
    """`NAVO-chef`, `D66-leider`, and closed compounds such as `defensiedeskundige`."""
    if "-" in low:
        return low.rsplit("-", 1)[-1] in res.role_nouns
    endings = res.compound_role_endings
    # one C call rules out almost every word; only a match looks for its ending's length
    return low.endswith(endings) and any(
        len(low) >= len(role) + 3 and low.endswith(role) for role in endings
    )


def phrase_at(tokens: list[Token], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first of `phrases` (lower-cased words) that starts at token k, or 0
    (`close to` in `sources close to the Kremlin`)."""
    for phrase in phrases:
        if tuple(t.lower for t in tokens[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def phrase_before(
    tokens: list[Token], j: int, lo: int, phrases: tuple[tuple[str, ...], ...]
) -> int:
    """The length of the first of `phrases` that ends at token j and starts after token lo,
    or 0 (`in turn` in `Moscow in turn accuses`)."""
    for phrase in phrases:
        k = j - len(phrase) + 1
        if k > lo and phrase_at(tokens, k, (phrase,)):
            return len(phrase)
    return 0


def pair_in(tokens: list[Token], k: int, words: frozenset[str]) -> bool:
    """Whether tokens k and k+1 together are one of `words` (`think tank`, `prime minister`)."""
    return k + 1 < len(tokens) and f"{tokens[k].lower} {tokens[k + 1].lower}" in words


def _title_at(tokens: list[Token], i: int, end: int, res: LanguageResources) -> int:
    """How many tokens of a capitalised title start at i (`President`, `Prime Minister`) before
    a first name and a surname: 0 when none (`General Dynamics`, `The Prime Minister said`)."""
    if not tokens[i].is_capitalised:
        return 0
    if i + 1 < end and pair_in(tokens, i, res.role_nouns):
        return 2 if _two_names_after(tokens, i + 2, end) else 0
    if (
        i + 3 < end
        and tokens[i].lower in res.role_nouns
        and tokens[i + 1].lower in res.np_prepositions
        and not tokens[i + 1].is_capitalised
        and tokens[i + 2].is_capitalised
        and _two_names_after(tokens, i + 3, end)
    ):
        return 3  # `Secretary of State Mike Pompeo`
    role = tokens[i].lower in res.role_nouns or is_role_compound(tokens[i].lower, res)
    return 1 if role and _two_names_after(tokens, i + 1, end) else 0  # (`Ruslandkenner X Y`)


def _surname_particle(tokens: list[Token], k: int, end: int, res: LanguageResources) -> bool:
    """Whether the preposition-like word at k (`van`) is a particle of a surname: after a
    capitalised name and before one capitalised word that ends the name (`Marloes van Rijn`,
    `Toos van der Linden`); not after a role or a body (`Minister van Defensie`, `Raad van
    State`), nor before a portfolio (`Hoekstra van Buitenlandse Zaken`, `Ollongren van
    Defensie`, `Hermans van Klimaat en Groene Groei`)."""
    if k == 0 or tokens[k].lower not in NAME_JOINERS or tokens[k].is_capitalised:
        return False
    before = tokens[k - 1]
    if not (before.is_word and before.is_capitalised) or before.lower in res.role_nouns:
        return False
    if before.lower in res.organization_nouns or is_role_compound(before.lower, res):
        return False
    j = _past_particles(tokens, k + 1, end, lower_case=True)
    if not (j < end and tokens[j].is_word and tokens[j].is_capitalised):
        return False
    if tokens[j].lower in res.organization_nouns:
        return False
    nxt = j + 1
    if nxt < end and tokens[nxt].is_word and tokens[nxt].is_capitalised:
        return False  # two capitalised words: a portfolio or a body, not a surname
    return not (
        nxt + 1 < end and tokens[nxt].lower in res.conjunctions and tokens[nxt + 1].is_capitalised
    )


def _past_particles(tokens: list[Token], j: int, end: int, lower_case: bool = False) -> int:
    """Where the word after at most two surname particles from j stands (`van der` in `Toos van
    der Linden`); j itself when there is none. ``lower_case``: only particles so written."""
    k = j
    while (
        k < end
        and k < j + 2
        and tokens[k].lower in NAME_JOINERS
        and not (lower_case and tokens[k].is_capitalised)
    ):
        k += 1
    return k


def _particles_then_capital(tokens: list[Token], j: int, end: int) -> bool:
    """Whether one or two surname particles at j lead to a capitalised word (`van der Linden`)."""
    k = _past_particles(tokens, j, end)
    return k > j and k < end and tokens[k].is_word and tokens[k].is_capitalised


def _two_names_after(tokens: list[Token], i: int, end: int) -> bool:
    """A first name and a surname at i, the surname perhaps with particles (`Jan de Vries`,
    `Ursula von der Leyen`)."""
    if not (i + 1 < end and tokens[i].is_word and tokens[i].is_capitalised):
        return False
    j = _past_particles(tokens, i + 1, end - 1)
    return tokens[j].is_word and tokens[j].is_capitalised


def _proper_name(
    tokens: list[Token], start: int, end: int, res: LanguageResources, sentence_start: int
) -> str | None:
    """The last run of capitalised words that is not a mere modifier (`Russische`, `Western`)."""
    runs: list[tuple[int, int]] = []
    i = start
    while i < end and tokens[i].is_word and is_role_compound(tokens[i].lower, res):
        i += 1  # `Defensiedeskundige Bart Jansen`: the title is not part of the name
    while i < end:
        tok = tokens[i]
        title = _title_at(tokens, i, end, res)
        if title and i + title < end and tokens[i + title].is_capitalised:
            i += title  # `Indian Prime Minister Narendra Modi`: the title is no part of a name
            continue
        if (
            tok.is_word
            and tok.is_capitalised
            and not (i == sentence_start and _is_function_word(tok.lower, res))
            # `de D66-minister`, `de CDA-bewindsman`: a role, its party no name
            and not ("-" in tok.lower and is_role_compound(tok.lower, res))
            and (
                not (tok.lower in res.determiners or tok.lower in res.pronouns)
                # `hoogleraar De Vries`: a surname's capitalised particle
                or (
                    tok.lower in NAME_JOINERS
                    and i != sentence_start
                    and i + 1 < end
                    and tokens[i + 1].is_capitalised
                )
            )
        ):
            j = i + 1
            while (
                j < end
                and tokens[j].is_word
                and (
                    tokens[j].is_capitalised
                    or (tokens[j].lower in NAME_JOINERS and _particles_then_capital(tokens, j, end))
                )
                and not _title_at(tokens, j, end, res)
            ):
                j += 1
            if j - i >= 3 and acronym_before_name(tokens, i, j, res):
                runs.append((i, i + 1))  # `the envoy to the UN Linda Thomas-Greenfield`
                i += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    if not runs:
        return None
    # Prefer a run that is not immediately followed by a lower-case noun (that makes it a modifier)
    # and not inside a prepositional phrase (`the embassy in Kyiv`).
    best = None
    for s, e in runs:
        if s > start and (
            tokens[s - 1].lower in res.prepositions
            or tokens[s - 1].text == "("
            or (
                s - 1 > start
                and tokens[s - 1].lower in res.determiners
                and tokens[s - 2].lower in res.prepositions
            )
        ):
            continue  # `the embassy in Kyiv`, `the envoy to the UN`, `Jansen (VVD)`: no name
        follower = tokens[e] if e < end else None
        modifier = (
            follower is not None
            and follower.is_word
            and not follower.is_capitalised
            and follower.lower not in res.np_prepositions
            and (
                not _is_function_word(follower.lower, res)
                # `the US under secretary`: a role noun right after the word after it
                or (e + 1 < end and tokens[e + 1].lower in res.role_nouns)
            )
        )
        possessive = e < end and (
            tokens[e].text in res.possessive_suffixes
            or (tokens[e].text in res.possessive_apostrophes and e + 1 < end)
        )
        if not modifier and not possessive:
            best = (s, e)
    if best is None:
        return None
    s, e = best
    while e - s > 1 and tokens[s].lower in res.honorifics:
        s += 1  # `Mr Grossi`: the honorific is no part of the name
    words = [t.text for t in tokens[s:e]]
    if (
        len(words[-1]) == 1
        and e < len(tokens)
        and tokens[e].text == "."
        and tokens[e].start == tokens[e - 1].end
    ):
        words[-1] += "."  # an initial surname: `Jan P.`
    name = " ".join(words)
    for suffix in (*res.possessive_suffixes, *res.possessive_apostrophes):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name or None


def _role_phrases(tokens: list[Token], start: int, end: int, res: LanguageResources) -> list[str]:
    """Role phrases in the mention: `plaatsvervangend voorzitter van de Veiligheidsraad`."""
    roles = []
    i = start
    while i < end:
        low = tokens[i].lower
        base = low.split("-")[-1] if "-" in low and low not in res.role_nouns else low
        if low in res.role_nouns or base in res.role_nouns:
            j = i + 1
            # Keep a following "van/of + phrase" that narrows the role.
            if j < end and tokens[j].lower in res.np_prepositions:
                k = j + 1
                while k < end and tokens[k].is_word and tokens[k].text != ",":
                    k += 1
                j = k
            roles.append(" ".join(t.lower for t in tokens[i:j] if t.is_word))
            i = j
        else:
            i += 1
    return roles


def is_np_token(tok: Token, res: LanguageResources) -> bool:
    """Could this token be part of a subject noun phrase?"""
    if not tok.is_word:
        return tok.text in ("-", "’", "'", "’s", "&", ".")
    low = tok.lower
    if (
        low in res.cues
        and low not in res.role_nouns
        and low not in res.group_nouns
        and not (tok.is_capitalised and low not in res.not_name_starts)
    ):
        return False  # (capitalised, a name: `United States`)
    if low in res.auxiliaries and not tok.is_capitalised and low not in res.determiners:
        return False  # (capitalised, `May` in `Theresa May` is a name; `zijn` may own a noun)
    if low in res.subordinators or low in res.conjunctions:
        return False
    if low in res.relative_pronouns and low not in res.determiners:
        return False
    if low in res.prepositions and low not in res.np_prepositions:
        return False
    return low not in res.adverbs or tok.is_capitalised
