"""Speech acts and actions reported without their content: *X threatened Y*, *Y was threatened
by X*, *whom he accused of ...*. Lexicons are per language (``languages/<lang>/events.yaml``);
the engine reads clause structure only from those word lists and punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence, Set
from functools import lru_cache
from itertools import pairwise

from brink.analyse.segment import link_titles
from brink.coding import modality as modality_mod
from brink.coding.codebook import Codebook
from brink.coding.langdata import (
    EventCues,
    action_table,
    event_cues,
    implied_target_window,
    modality_cues,
    nuclear_bonus,
    phrase_at,
)
from brink.coding.sentences import sentence_spans
from brink.coding.targets import MentionIndex, canonical, names_in
from brink.languages import SUPPORTED_LANGUAGES, load_language
from brink.model import ActorRef, Analysis, Event, Span, Speaker, Statement

_WORD = re.compile(r"[\w’'-]+")
# Clause breaks; a short parenthesis ("(WRR)", "(IAEA)") is matched whole and is no break.
_BREAK = re.compile(r"\([^()]{0,15}\)|[,;:()–—]|\s-\s")
_QUOTED = re.compile(r"“[^“”]*”|„[^„”“]*[”“]|\"[^\"\n]*\"|«[^«»]*»|‘[^‘’\n]*’(?!\w)")
_QUOTE_OPEN = "\"“„‘'«"
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
# Punctuation other than word-internal apostrophes and hyphens: a phrase does not run across it.
_PUNCT = re.compile(r"[^\w\s’'-]")
_WORD_GAP = re.compile(r"[.,;:!?()]")  # what ends an object before an act noun


_ASIDE_DASH = re.compile(r"\s[–—-]\s")


def _asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches between a pair of spaced dashes, the dashes included."""
    dashes = [m.span() for m in _ASIDE_DASH.finditer(text, lo, hi)]
    return [(d0[0], d1[1]) for d0, d1 in zip(dashes[::2], dashes[1::2], strict=False)]


def _elsewhere(ref: ActorRef) -> ActorRef:
    """``ref`` as an actor named elsewhere: without its span, so an event's evidence does
    not reach back to it."""
    return ActorRef(ref.text, None, ref.actor_id, ref.name, ref.type)


def _clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    start, end = lo, hi
    # a pair of dashes sets off an aside, which does not break the clause around it
    # ("Niinistö – known for his line to the Kremlin – tried to persuade ...")
    asides = [(a0, a1) for a0, a1 in _asides(text, lo, hi) if not a0 < pos < a1]
    for m in _BREAK.finditer(text, lo, hi):
        if len(m.group(0)) > 1 and m.group(0)[0] == "(":
            continue  # a short parenthesis belongs to its clause
        if any(a0 <= m.start() < a1 for a0, a1 in asides):
            continue
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _words(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text, lo, hi)]


class _Resolver:
    """Pronouns -> the most recent person speaker of a statement before the pronoun."""

    def __init__(self, statements: list[Statement], mentions: Sequence[ActorRef] = (),
                 index: MentionIndex | None = None) -> None:
        # the document's mentions by position (the coding stage's, when it made one)
        self.index = index if index is not None else MentionIndex(list(mentions))
        anchors: list[tuple[int, str | None, str]] = [
            ((st.speaker.span or st.span)[0], st.speaker.actor_id, st.speaker.name)
            for st in statements
            if st.speaker.type == "person" and st.speaker.name
        ]
        # a person named in the narration is as good an antecedent ("... from Putin -
        # including his order ...")
        anchors += [(m.span[0], m.actor_id, m.name) for m in mentions
                    if m.span and m.type == "person" and m.actor_id and m.name]
        anchors.sort(key=lambda a: a[0])
        self.starts = [a[0] for a in anchors]
        self.people = [(a[1], a[2]) for a in anchors]
        # the words of each person speaker's mention, by position: "de minister" later
        # stands for the last one a role noun of it named ("minister Sophie Hermans")
        self.titled: list[tuple[int, frozenset[str], str | None, str]] = [
            ((st.speaker.span or st.span)[0], frozenset(_WORD.findall(st.speaker.text.lower())),
             st.speaker.actor_id, st.speaker.name)
            for st in statements
            if st.speaker.type == "person" and st.speaker.name and st.speaker.text]
        # Who said something, and who did something (the subject that opens reported
        # content, "North Korea fired a missile, the government says", and the actors of
        # deeds as events are found), by position.
        self.speakers: list[tuple[int, ActorRef]] = [
            ((st.speaker.span or st.span)[0],
             _speaker_ref(st.speaker, None))
            for st in statements
            if st.speaker.name and st.speaker.actor_id and st.speaker.type != "media"]
        self.acted: list[tuple[int, ActorRef]] = []  # acts found so far: (start, actor)
        opening = {st.spans[0][0] for st in statements if st.spans}
        self.doers: list[tuple[int, ActorRef]] = [
            (m.span[0], _elsewhere(m))
            for m in mentions
            if m.span and m.actor_id and m.span[0] in opening
            and m.type not in _THING_TYPES and m.type != "media"]

    def opening_agent(self, before: int, other_than: list[ActorRef],
                      utterance: bool, latest: bool = False) -> ActorRef | None:
        """The first who said (``utterance``) or did something in the article, named before
        ``before``, unless it is one of ``other_than`` (the reacting actor and those named
        with it: "de Oekraïense minister" does not react to Ukraine); the ``latest`` one
        for a demonstrative ("disputed that account")."""
        agents = self.speakers if utterance else self.doers
        if latest:
            agents = [*agents, *self.acted]  # ("Dijk verweet Wilders ... dat verwijt")
        earlier = [(pos, ref) for pos, ref in agents if pos < before]
        if not earlier:
            return None
        first = (max if latest else min)(earlier, key=lambda a: a[0])[1]
        name = first.name or first.text
        return None if any(name == (r.name or r.text) for r in other_than) \
            else _elsewhere(first)

    def actor_before(self, lo: int, a: int) -> ActorRef | None:
        """The actor of the last act found between ``lo`` and ``a``."""
        return next((ref for pos, ref in reversed(self.acted) if lo <= pos < a), None)

    def by_role(self, role: str, pos: int) -> tuple[str | None, str] | None:
        """``(actor_id, name)`` of the last person speaker before ``pos`` whose mention
        holds ``role`` ("the minister" after "minister Sophie Hermans said")."""
        return next(((actor_id, name) for at, words, actor_id, name in reversed(self.titled)
                     if at < pos and role in words), None)

    def resolve(self, pos: int) -> tuple[str | None, str] | None:
        """``(actor_id, name)`` of the person a pronoun at ``pos`` most likely means: the
        last one named before it."""
        k = bisect_left(self.starts, pos)
        return self.people[k - 1] if k else None


def _refs(text: str, lo: int, hi: int, cues: EventCues, mentions: list[ActorRef],
          resolver: _Resolver) -> list[ActorRef]:
    """Actor candidates in ``text[lo:hi]``: linked mentions, names and resolved pronouns."""
    refs = [m for m in mentions if m.span and lo <= m.span[0] and m.span[1] <= hi]
    if not refs:
        refs = names_in(text[lo:hi], lo, cues)
    else:
        # names the actor data do not know ("het Westen", "Western powers"); an unlinked role
        # gives way to the name it is the title of ("Minister Jansen": the person acts)
        named = names_in(text[lo:hi], lo, cues)
        refs = [m for m in refs if m.actor_id or not any(
            r.span and m.span and 0 <= r.span[0] - m.span[1] <= 1 and not text[
                m.span[1]:r.span[0]].strip() for r in named)]
        taken = [m.span for m in refs if m.span]
        refs += [r for r in named
                 if r.span
                 and not any(r.span[0] < b and a < r.span[1] for a, b in taken)]
    refs = _spelled_out(_heads(refs, text, cues), text)
    refs.extend(_country_anaphors(text, lo, hi, cues, mentions))
    refs.extend(_definite_anaphors(text, lo, hi, cues, mentions, refs))
    refs.extend(_counted_anaphors(text, lo, hi, cues, mentions))
    groups = _collectives(text, lo, hi, cues, refs, mentions)
    if groups:
        # a place named in a group's phrase is part of it ("officials in Kyiv")
        spans = [g.span for g in groups if g.span]
        refs = [r for r in refs if not r.span or not any(
            a <= r.span[0] and r.span[1] <= b for a, b in spans)] + groups
    refs.sort(key=lambda r: r.span[0] if r.span else 0)
    words = _words(text, lo, hi)
    if resolver.titled:
        refs = _role_anaphors(text, words, refs, cues, resolver)
    for word, a, b in words:
        if word.lower() in cues.person_pronouns:
            found = resolver.resolve(a)
            refs.append(ActorRef(
                text=word, span=(a, b),
                name=found[1] if found else None,
                actor_id=found[0] if found else None,
                type="person", reason=None if found else "unresolved pronoun"))
    refs.sort(key=lambda r: r.span[0] if r.span else 0)
    return refs


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _spelled_out(refs: list[ActorRef], text: str) -> list[ActorRef]:
    """An unknown name with a known short form in brackets right after it is that actor
    ("the Intermediate-Range Nuclear Forces (INF) Treaty"); the short form goes."""
    linked = {r.span[0]: r for r in refs if r.actor_id and r.span}
    short: dict[int, ActorRef] = {}  # an unknown name's start -> its short form
    for ref in refs:
        bracket = _OPEN_BRACKET.match(text, ref.span[1]) if ref.span else None
        if ref.actor_id is None and ref.span and bracket is not None:
            found = linked.get(bracket.end())
            if found is not None and found.span and text.startswith(")", found.span[1]):
                short[ref.span[0]] = found
    if not short:
        return refs
    gone = {id(f) for f in short.values()}
    return [ActorRef(r.text, r.span, f.actor_id, f.name, f.type)
            if r.span and (f := short.get(r.span[0])) is not None else r
            for r in refs if id(r) not in gone]


def _role_anaphors(text: str, words: list[tuple[str, int, int]], refs: list[ActorRef],
                   cues: EventCues, resolver: _Resolver) -> list[ActorRef]:
    """``refs`` with a definite role ("prees de minister", "de PVV-leider") standing for the
    person a statement named so before, in place of what overlaps it (a party inside the
    role compound gives way; a linked name does not)."""
    taken = [r.span for r in refs if r.span and r.actor_id]
    for (article, a, _), (role, r0, b) in pairwise(words):
        if article.lower() in cues.definite_articles \
                and role.lower().rsplit("-", 1)[-1] in cues.role_nouns \
                and not any(t0 < b and a < t1 and not r0 <= t0 < t1 <= b for t0, t1 in taken) \
                and (person := resolver.by_role(role.lower(), a)) is not None:
            refs = [r for r in refs if not (r.span and r.span[0] < b and a < r.span[1])]
            refs.append(ActorRef(text=text[a:b], span=(a, b), actor_id=person[0],
                                 name=person[1], type="person"))
    return refs


def _heads(refs: list[ActorRef], text: str, cues: EventCues) -> list[ActorRef]:
    """Drop names that only modify another: a mention inside a longer linked one ("Ukraine" in
    "Ukraine's president") and a possessor or compound part before a name ("Putin's" in
    "Putin's spokesman Dmitry Peskov")."""
    containers = [r for r in refs if r.span]
    out: list[ActorRef] = []
    for i, ref in enumerate(refs):
        if not ref.span:
            out.append(ref)
            continue
        lo, hi = ref.span
        if any(c.span and c.span[0] <= lo and hi <= c.span[1] and c.span != ref.span
               and (c.actor_id or c.name == ref.name or ref.reason == "unlinked")
               for c in containers):
            continue  # inside a longer linked or known mention ("West" in "the West")
        if ref.type != "person" and _titles_person(ref, refs[i + 1:], text, cues):
            continue  # "de Russische minister van Buitenlandse Zaken Sergej Lavrov": the
            # country and the ministry are part of Lavrov's title
        prev = next((r for r in reversed(out) if r.span and r.span[1] <= lo), None)
        if prev is not None and prev.span and prev.type == "person" and ref.type != "person" \
                and _is_joiner_phrase(text[prev.span[1]:lo], cues):
            continue  # "Minister Stef Blok van Buitenlandse Zaken", "Stoltenberg of Nato": the
            # body qualifies the person
        nxt = next((r for r in refs[i + 1:] if r.span and r.span[0] >= hi), None)
        if nxt is not None and nxt.span and nxt.span[0] - hi <= 60 \
                and cues.modifier_gap().fullmatch(gap := text[hi:nxt.span[0]]) \
                and not any(w.lower() in cues.nominal_target_markers
                            or w.lower() in cues.source_markers
                            for w, _, _ in _words(gap, 0, len(gap))):
            continue  # (not "Russia's attack on Ukraine": a preposition links two actors)
        if nxt is not None and nxt.span and nxt.type == "person" and ref.type != "person" \
                and (_is_title(gap := _without_possessive(text[hi:nxt.span[0]], cues), cues)
                     or _is_role_apposition(gap, cues) or _is_lower_title(gap, cues)):
            continue  # "European Council President Charles Michel": the person (also after
            # a possessive: "Japan's Prime Minister Fumio Kishida"; and in lower case: "de
            # Amerikaanse president Donald Trump")
        out.append(ref)
    return out


def _titles_person(ref: ActorRef, later: list[ActorRef], text: str, cues: EventCues) -> bool:
    """Whether ``ref`` is part of a title with a body in it before a person: a country
    before the title ("the US secretary of State Antony Blinken") or the body that ends it
    ("minister van Buitenlandse Zaken Sergej Lavrov")."""
    assert ref.span is not None
    person = next((r for r in later if r.span and r.type == "person"), None)
    if person is None or person.span is None or person.span[0] - ref.span[1] > 80:
        return False
    gap = text[ref.span[1]:person.span[0]]
    if gap == " ":
        before = _words(text, max(0, ref.span[0] - 40), ref.span[0])
        return bool(before) and before[-1][0].lower() in cues.title_joiners and len(before) >= 2 \
            and before[-2][0].lower() in cues.role_nouns
    words = gap.split()
    if not gap[:1].isspace() or not gap[-1:].isspace() or not 2 < len(words) <= 6:
        return False
    joiner = next((k for k, w in enumerate(words) if w in cues.title_joiners), None)
    return joiner is not None and 0 < joiner < len(words) - 1 \
        and _is_lower_title(" " + " ".join(words[:joiner]) + " ", cues) \
        and all(w[:1].isupper() or w in cues.determiners for w in words[joiner + 1:])


def _is_role_apposition(gap: str, cues: EventCues) -> bool:
    """" chancellor, " between a demonym and a person ("the German chancellor, Olaf Scholz"):
    a role noun and a comma make the person the head."""
    words = gap.strip().rstrip(",").split()
    return (gap.rstrip().endswith(",") and 0 < len(words) <= 5
            and words[-1].lower() in cues.role_nouns and all(w.islower() for w in words))


def _is_lower_title(gap: str, cues: EventCues) -> bool:
    """Whether ``gap`` is a role written in lower case between a name and a person ("
    president ", " foreign minister ", " oud-premier "): up to four words, the last a role
    noun, the others role nouns or words that narrow one. A verb between them ("Russia
    warned president Zelensky") makes the name the subject, not a modifier."""
    words = gap.split()
    if not gap[:1].isspace() or not gap[-1:].isspace() or not 0 < len(words) <= 4:
        return False

    def role(word: str) -> bool:
        return word in cues.role_nouns or word.rsplit("-", 1)[-1] in cues.role_nouns

    return all(w.islower() for w in words) and role(words[-1]) and all(
        role(w) or w in cues.role_modifiers or w in cues.title_joiners for w in words[:-1])


def _without_possessive(gap: str, cues: EventCues) -> str:
    """``gap`` without the possessive mark it opens with ("’s Prime Minister " -> " Prime
    Minister ")."""
    for mark in sorted((*cues.possessive_suffixes, *cues.possessive_apostrophes), key=len,
                       reverse=True):
        if mark and gap.startswith(mark) and gap[len(mark):len(mark) + 1].isspace():
            return gap[len(mark):]
    return gap


def _is_joiner_phrase(gap: str, cues: EventCues) -> bool:
    """Whether ``gap`` is a title joiner and articles: " van ", " of the "."""
    words = gap.lower().split()
    return bool(words) and words[0] in cues.title_joiners and all(
        w in cues.determiners for w in words[1:])


def _is_title(gap: str, cues: EventCues) -> bool:
    """Whether ``gap`` is a title between a name and a person: one to five words, capitalised
    but for joiners inside ("President", "Secretary of State")."""
    words = gap.split()
    if not gap[:1].isspace() or not gap[-1:].isspace() or not 0 < len(words) <= 5:
        return False
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(
        (w[:1].isupper() and w.replace("-", "").isalpha()) or w in cues.title_joiners
        for w in words)  # (`Secretary-General`)


def _collectives(text: str, lo: int, hi: int, cues: EventCues,
                 refs: list[ActorRef], mentions: list[ActorRef]) -> list[ActorRef]:
    """Groups named by a plural noun in ``text[lo:hi]`` ("Other governments in the region",
    "veel oppositiepartijen"): the noun with up to two modifiers before it and a place phrase
    after it. A country before the noun qualifies the group ("Russian officials")."""
    out: list[ActorRef] = []
    if not cues.collectives:
        return out
    words = _words(text, lo, hi)
    for i, (word, w0, w1) in enumerate(words):
        english = cues.collectives.get(word.lower())
        if english is None:
            continue
        start = w0
        for w, a, _ in reversed(words[max(0, i - 2):i]):
            low = w.lower()
            if (low in cues.determiners or (low in cues.not_names and not w[:1].isupper())
                    or _PUNCT.search(text, a, start)):
                break
            start = a
        end = w1
        if i + 1 < len(words) and words[i + 1][0].lower() in cues.place_markers:
            for _, a, b in words[i + 1:i + 5]:
                if _PUNCT.search(text, end, a):
                    break
                end = b
        # (a name inside the word is a compound's part: "Kamerleden" are MPs, not the Kamer)
        over = [r for r in refs if r.span and r.span[0] < w1 and start < r.span[1]
                and not (w0 <= r.span[0] and r.span[1] < w1)]
        if over and not all(((r.actor_id and r.type != "person") or _qualifier(r, text, cues))
                            and r.span and r.span[1] <= w0 for r in over):
            continue  # a name that is the group ("NAVO-landen", "Western allies") or a person's
        if any(r.span and r.span[0] >= w1 and not text[w1:r.span[0]].strip() for r in refs):
            continue  # "de buurlanden Polen en Litouwen": the names are the group
        # (a country or body before the noun only qualifies the group: "Ukraine's western
        # backers", "Russian officials"; a place after it too: "Officials in Minsk")
        if cues.list_marker_at(text[w1:w1 + 30].lstrip(" ,")) is not None:
            continue  # "countries, including the US and Canada": the names are the group
        owner = next((m for m in mentions if m.span and start <= m.span[0] < w0
                      and m.actor_id and _possessor(m, text, cues)), None) if over else None
        if owner is not None and over and over[-1].span and owner.span \
                and owner.span[1] <= over[-1].span[0]:
            # "Kyiv's Western allies": Western allies of Ukraine
            english = f"{over[-1].text} {english} of {owner.name or owner.text}"
        elif over and not over[-1].actor_id:
            english = f"{over[-1].text} {english}"  # "several European governments"
        elif over:
            english = f"{english} of {over[-1].name or over[-1].text}"
        out.append(ActorRef(text=text[start:end], span=(start, end), name=english,
                            type="group", reason="a group without a name"))
    return out


def _possessor(ref: ActorRef, text: str, cues: EventCues) -> bool:
    """Whether a name is a possessive: a possessive ending right after it or in it ("Kyiv's",
    "Paris'")."""
    return ref.span is not None and (
        text.startswith(cues.possessive_suffixes + cues.possessive_apostrophes, ref.span[1])
        or ref.text.endswith(cues.possessive_suffixes))


def _qualifier(ref: ActorRef, text: str, cues: EventCues) -> bool:
    """Whether an unknown name is one capitalised adjective ("European", "Arab"), not a
    name of its own: one word, not a possessive."""
    return (ref.actor_id is None and ref.type is None and " " not in ref.text
            and not ref.text.lower().endswith(cues.possessive_suffixes))


_COUNTED_WINDOW = 1500  # characters before "the three countries" in which they are sought


def _counted_anaphors(text: str, lo: int, hi: int, cues: EventCues,
                      mentions: list[ActorRef]) -> list[ActorRef]:
    """"the three countries", "de twee leiders": the last that many actors of that kind named
    before the phrase, each spanning the phrase (so they read as one coordinated group)."""
    out: list[ActorRef] = []
    if not cues.counted_groups or not cues.number_words \
            or not cues.number_forms().search(text, lo, hi):
        return out
    words = _words(text, lo, hi)
    for i, (word, at, _) in enumerate(words):
        first = word.lower()
        if first in cues.definite_articles and i + 2 < len(words):
            number, noun, end = words[i + 1][0].lower(), words[i + 2][0].lower(), words[i + 2][2]
        elif first in cues.bare_numbers and i + 1 < len(words):
            # "beide partijen", "both sides": a number that needs no article
            number, noun, end = first, words[i + 1][0].lower(), words[i + 1][2]
        else:
            continue
        kind = cues.counted_groups.get(noun)
        n = cues.number_words.get(number, 0)
        if kind is None or n < 2:
            continue
        # (named in the sentences before: the subject of this one is not among them)
        before = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
        found: dict[str, ActorRef] = {}
        for ref in reversed(mentions):
            if ref.span is None or ref.span[1] > before or not ref.actor_id or ref.type != kind:
                continue
            if at - ref.span[0] > _COUNTED_WINDOW or len(found) == n:
                break
            found.setdefault(ref.actor_id, ref)
        if len(found) == n:
            out += [ActorRef(text=text[at:end], span=(at, end), actor_id=ref.actor_id,
                             name=ref.name, type=ref.type) for ref in reversed(found.values())]
    return out


_TOPIC_WINDOW = 800  # characters before a "the country" in which its referent is sought


def _country_anaphors(text: str, lo: int, hi: int, cues: EventCues,
                      mentions: list[ActorRef]) -> list[ActorRef]:
    """"the country" / "het land" (and "the government" / "de regering", as its government)
    in ``text[lo:hi]``, as the country most talked about just before it (the topic, not the
    last name: "Russia is the largest nuclear power, followed by the US. The country has
    ..."); ties go to the latest."""
    out: list[ActorRef] = []
    found = []
    if cues.country_anaphors:
        found += [(m, False) for m in cues.country_anaphor_pattern().finditer(text, lo, hi)]
    if cues.government_anaphors:
        found += [(m, True) for m in cues.government_anaphor_pattern().finditer(text, lo, hi)]
    for m, government in found:
        at = m.start()
        counts: dict[str, int] = {}
        latest: dict[str, ActorRef] = {}
        for ref in mentions:
            # (a government is the article's country, not the last one a paragraph names)
            if ref.span is None or ref.span[0] < at - (_THING_WINDOW if government
                                                       else _TOPIC_WINDOW):
                continue
            if ref.span[0] >= at:
                break
            if ref.type == "country" and ref.actor_id:
                counts[ref.actor_id] = counts.get(ref.actor_id, 0) + 1
                latest[ref.actor_id] = ref
        if counts:
            country = latest[max(counts, key=lambda k: (counts[k], latest[k].span or (0, 0)))]
            # (the government acts for its country: the country's id, named as its government)
            name = f"government of {country.name}" if government else country.name
            out.append(ActorRef(text=m.group(0), span=m.span(), actor_id=country.actor_id,
                                name=name, type="country"))
    out.sort(key=lambda r: r.span or (0, 0))
    return out


_THING_WINDOW = 5000  # a plant or treaty named once stays "the plant" for a long stretch
_THING_TYPES = frozenset(("treaty", "weapon", "facility", "document"))
_ANAPHOR_TYPES = frozenset(("facility", "organization", "treaty", "alliance", "security_service",
                            "weapon"))


def _head_word(name: str) -> str:
    """The last word of a name, or of its last hyphenated part ("New START-verdrag" -> verdrag)."""
    words = name.split()
    return words[-1].rsplit("-", 1)[-1].lower() if words else ""


def _definite_anaphors(text: str, lo: int, hi: int, cues: EventCues, mentions: list[ActorRef],
                       refs: list[ActorRef]) -> list[ActorRef]:
    """"the plant", "het verdrag": a definite noun phrase whose noun ends the name or the
    words of a thing named shortly before (not a person or country: those have their own
    pronouns and anaphors) stands for that thing."""
    out: list[ActorRef] = []
    if not cues.definite_articles:
        return out
    taken = [r.span for r in refs if r.span]
    words = _words(text, lo, hi)
    starts: list[int] | None = None
    for i, (word, w0, _) in enumerate(words[:-1]):
        if word.lower() not in cues.definite_articles:
            continue
        for k in range(i + 1, min(i + 3, len(words))):  # the noun, or a modifier and the noun
            noun, _, n1 = words[k]
            if not noun.islower() or _PUNCT.search(text, w0, n1):
                break
            following = words[k + 1][0] if k + 1 < len(words) else ""
            if following.lower() in cues.role_nouns or following.lower() in cues.group_nouns:
                continue  # "the defence minister", "the plant workers": a modifier
            if any(a < n1 and w0 < b for a, b in taken):
                break
            if starts is None:
                starts = [m.span[0] if m.span else 0 for m in mentions]
            first = bisect_left(starts, w0 - _THING_WINDOW)
            found = next((m for m in reversed(mentions[first:bisect_left(starts, w0)])
                          if m.span and m.actor_id and m.type in _ANAPHOR_TYPES
                          and (noun.lower() in (_head_word(m.text), _head_word(m.name or ""))
                               or noun.lower() in cues.type_nouns.get(m.type or "", ()))),
                         None)
            if found is not None:
                out.append(ActorRef(text=text[w0:n1], span=(w0, n1), actor_id=found.actor_id,
                                    name=found.name, type=found.type))
                break
            named = _named_before(text, w0, noun.lower(), cues)
            if named is not None:
                out.append(ActorRef(text=text[w0:n1], span=(w0, n1), name=named[0],
                                    type=named[1], reason="named before, unknown to the data"))
                break
    return out


@lru_cache(maxsize=256)
def _named_kind(noun: str) -> re.Pattern[str]:
    """Capitalised words, up to two lower-case ones and ``noun``: a name of that kind."""
    return re.compile(r"((?:[A-Z][\w’'-]*\s+)+(?:[a-z][\w-]*\s+){0,2}" + re.escape(noun)
                      + r")\b")


def _named_before(text: str, at: int, noun: str, cues: EventCues) -> tuple[str, str] | None:
    """``(name, kind)`` of the last thing named before ``at`` by capitalised words and the
    ``noun`` that says its kind ("the Azovstal steel plant ... the plant"), for a noun of a
    kind (type_nouns); None when the text names none within reach."""
    kind = next((k for k, nouns in cues.type_nouns.items() if noun in nouns), None)
    if kind is None:
        return None
    last = None
    for m in _named_kind(noun).finditer(text, max(0, at - _THING_WINDOW), at):
        words = m.group(1).split()
        while words and words[0].lower() in cues.not_names:
            words.pop(0)  # "The Azovstal steel plant": the article opens the sentence
        if len(words) > 1 and words[0][:1].isupper():
            last = " ".join(words)
    return (last, kind) if last else None


# Words a separable verb's particle may follow it by (the Dutch middle field: object, time,
# place: "wees het verzoek van het IAEA om toegang tot de locatie af").
_MIDDLE_FIELD = 14


def _separated(text: str, lo: int, hi: int,
               cues: EventCues) -> list[tuple[str, bool, int, int, str, int, bool]]:
    """Separable verbs split by their object ("riep beide partijen op", "wees het voorstel
    af"): the verb form, when its particle follows within the clause and ends it or comes
    before a preposition or "dat". Found as the verb alone, so the object stays after it;
    the last items are where the particle ends and whether a negation makes the act (a
    refusal: "gaf geen commentaar")."""
    out: list[tuple[str, bool, int, int, str, int, bool]] = []
    if not cues.separable_forms().search(text, lo, hi):
        return out
    words = _words(text, lo, hi)
    for i, (word, a, b) in enumerate(words):
        for action, particle, negated in cues.separable.get(word.lower(), ()):
            found = _particle_end(text, words, i, particle, cues)
            if found is not None and negated and not any(
                    w.lower() in cues.negation_words for w, w0, _ in words[i + 1:]
                    if w0 < found):
                continue  # "gaf commentaar op": no refusal without "geen"
            if found is not None:
                out.append((action, False, a, b, word, found, negated))
                break
    return out


def _particle_end(text: str, words: list[tuple[str, int, int]], i: int, particle: str,
                  cues: EventCues) -> int | None:
    """Where ``particle`` ends when it closes the clause of the verb ``words[i]`` (or comes
    before a preposition or "dat"); None when it does not."""
    for k in range(i + 2, min(len(words), i + _MIDDLE_FIELD)):
        w, w0, w1 = words[k]
        if _BREAK.search(text, words[k - 1][2], w0):
            return None  # the clause ended before the particle
        if w.lower() != particle:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (nxt is None or _BREAK.search(text, w1, nxt[1])
                or nxt[0].lower() in cues.particle_followers):
            return w1
        return None
    return None


def _partner_acts(text: str, lo: int, hi: int,
                  cues: EventCues) -> dict[int, tuple[str, int, Span]]:
    """Joint-act verbs in the sentence whose partner marker stands in the same clause, after
    the verb ("sprak maandag in Kyiv met Zelensky") or, when the verb ends the clause, before
    it ("heeft met Grossi gesproken"): verb start -> (verb, its end, where the partner phrase
    is)."""
    out: dict[int, tuple[str, int, Span]] = {}
    if not cues.partner_forms().search(text, lo, hi):
        return out
    words = _words(text, lo, hi)
    for i, (word, a, b) in enumerate(words):
        if word.lower() not in cues.partner_verbs:
            continue
        c_lo, c_hi = _clause(text, lo, hi, a)
        after = None
        for w, w0, w1 in words[i + 1:]:
            if w0 >= c_hi or w.lower() in cues.topic_prepositions:
                break  # "spoke about the war with Russia": the partner marker is the topic's
            if w.lower() in cues.partner_markers:
                after = w1
                break
        if after is not None:
            # (to the sentence end: "with the German chancellor, Olaf Scholz")
            out[a] = (word, b, (after, hi))
            continue
        before = [w1 for w, w0, w1 in words[:i] if w0 >= c_lo and w.lower() in cues.partner_markers]
        if before and not _WORD.search(text, b, c_hi):
            out[a] = (word, b, (before[-1], a))
    return out


def _split_at_auxiliary(left: list[ActorRef], left_words: list[tuple[str, int, int]],
                        cues: EventCues) -> tuple[ActorRef, list[ActorRef]] | None:
    """Subject and objects of a clause whose finite auxiliary comes before names that precede
    the verb (verb-final word order), or None when the clause is not so built."""
    aux = next((w0 for w, w0, _ in left_words if w.lower() in cues.auxiliaries), None)
    if aux is None:
        return None
    before = [r for r in left if r.span and r.span[0] < aux]
    after = [r for r in left if r.span and r.span[0] > aux]
    if not after or (not before and len(after) < 2):
        return None
    if before:
        return before[-1], after
    return after[0], after[1:]


def _apposition_head(refs: list[ActorRef], text: str) -> ActorRef:
    """The last of ``refs``, or the person it stands in apposition to when it is a role no
    one was found for ("Nasser Kanaani, the foreign ministry's spokesman, accused ..."), or
    the person before an apposition that holds the rest ("Kim Yo Jong, the sister of leader
    Kim Jong Un, warned ...")."""
    last = refs[-1]
    if len(refs) >= 2 and last.actor_id is None and last.name is None:
        prev = refs[-2]
        if prev.type == "person" and prev.span and last.span \
                and text[prev.span[1]:last.span[0]].lstrip().startswith(","):
            return prev
    # "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned": a name inside an
    # apposition (opened by a comma and a lower-case word) does not act
    for k, ref in enumerate(refs[:-1]):
        if ref.type not in ("person", None) or ref.span is None or ref.name is None:
            continue  # (a person, or a name the data does not know: "Ed Davey, the ...")
        after = text[ref.span[1]:ref.span[1] + 3]
        words = _words(text, ref.span[1], ref.span[1] + 30)[:1]
        if after.startswith(", ") and words and words[0][0].islower() and all(
                r.span and text.count(",", ref.span[1] + 1, r.span[0]) == 0
                for r in refs[k + 1:]):
            return ref
    return last


_PREDICATE_WORDS = 3  # lower-case words after a subject that make a clause of its own


def _clause_subject(refs: list[ActorRef], text: str, s_lo: int, c_lo: int,
                    cues: EventCues) -> ActorRef | None:
    """The subject of a whole clause before a participle clause ("The US took new steps on
    Wednesday - announcing new sanctions": the US announced, not a name inside the clause):
    the first of ``refs`` when it opens its sentence and a predicate follows it."""
    first = refs[0]
    if first.span is None or len(refs) < 2:
        return None
    opening = [w.lower() for w, _, _ in _words(text, s_lo, first.span[0])]
    if any(w not in cues.determiners for w in opening):
        return None
    gap = _words(text, first.span[1], refs[1].span[0] if refs[1].span else c_lo)
    if _PUNCT.search(text, first.span[1], refs[1].span[0] if refs[1].span else c_lo):
        return None  # "Joe Biden, the president, ...": an apposition, no predicate
    lower = [w for w, _, _ in gap if w.islower() and w not in cues.determiners
             and w not in cues.joiners and w not in cues.role_nouns
             and w not in cues.role_modifiers]
    return first if len(lower) >= _PREDICATE_WORDS else None


_PARTY_TYPES = frozenset(("country", "person", "organization", "alliance", "group",
                          "security_service"))


def _infinitive_object(text: str, lo: int, hi: int, cues: EventCues, mentions: list[ActorRef],
                       resolver: _Resolver) -> list[ActorRef]:
    """The party the infinitive after ``lo`` acts on, within a few words of its verb ("to
    strike American bases", "to attack Iran's nuclear sites"), if one is named; the infinitive
    ends at a subordinator ("... if war is forced on it")."""
    words = _words(text, lo, hi)
    if len(words) < 3:
        return []
    end = next((w0 for w, w0, _ in words[2:] if w.lower() in cues.clause_markers), hi)
    refs = _refs(text, words[1][2], min(end, words[min(len(words), 6) - 1][2]), cues, mentions,
                 resolver)
    return [r for r in refs if r.type in _PARTY_TYPES and r.actor_id
            and r.text.lower() not in cues.person_pronouns][:1]  # ("his arsenal": his own)


def _compared(text: str, left_words: list[tuple[str, int, int]], a: int, cues: EventCues,
              mentions: list[ActorRef], resolver: _Resolver) -> list[ActorRef]:
    """The party a comparison before the verb says did the same ("Kaag, die net als Segers
    afstand nam van Rutte": Segers did too)."""
    if not cues.comparison_markers:
        return []
    lowered = [w.lower() for w, _, _ in left_words]
    for marker in cues.comparison_markers:
        parts = marker.split()
        for i in range(len(lowered) - len(parts), -1, -1):
            if lowered[i:i + len(parts)] == parts:
                lo = left_words[i + len(parts) - 1][2]
                found = [r for r in _refs(text, lo, a, cues, mentions, resolver) if r.span]
                if not found or found[0].span is None or _PUNCT.search(
                        text, lo, found[0].span[0]) or len(
                        _words(text, lo, found[0].span[0])) > _COMPARED_REACH:
                    return []
                return [_titled_person(found, text, cues)]  # ("net als CU-leider Segers")
    return []


_COMPARED_REACH = 2  # words (a title) between a comparison marker and its party


def _co_subjects(actor: ActorRef, a: int, text: str, cues: EventCues,
                 mentions: list[ActorRef], resolver: _Resolver) -> list[ActorRef]:
    """The names listed with ``actor`` as the subject of the verb at ``a`` ("Russia, China
    and Burkina Faso voted against", "Blinken and Cho condemned the test"): each acted. Only
    a list that ends right before the verb is its subject."""
    if actor.span is None or actor.span[0] >= a:
        return []
    group = _listed_group(_refs(text, actor.span[0], a, cues, mentions, resolver), text, cues)
    last = group[-1].span if len(group) > 1 else None
    if last is None or _WORD.search(text, last[1], a):
        return []
    return group[1:]


def _first_conjunct(refs: list[ActorRef], text: str, cues: EventCues) -> ActorRef:
    """The first name of the coordinated subject that ends with ``refs[-1]`` ("Janet Yellen
    and other finance ministers walked out": Yellen is named first)."""
    k = len(refs) - 1
    while k > 0:
        prev, ref = refs[k - 1], refs[k]
        if not (prev.span and ref.span) or prev.span[1] > ref.span[0] \
                or not _joined(text[prev.span[1]:ref.span[0]], cues):
            break
        k -= 1
    return refs[k]


def _named_act(text: str, lo: int, hi: int, cues: EventCues) -> str | None:
    """The noun, when the phrase at ``lo`` is a definite noun for a deed or an utterance
    ("the launch", "de nieuwe doctrine", "the remarks", "his remarks", "that account") not
    followed by whose it is."""
    words = [w.lower() for w, _, _ in _words(text, lo, hi)[:7]]
    while words and words[0] in cues.content_gap_words:
        words = words[1:]  # "distanced itself from", "nam zich voor"
    if words and (words[0] in cues.source_markers or words[0] in cues.nominal_target_markers):
        words = words[1:]  # "nam afstand van de uitspraken", "distanced itself from the remarks"
    if not words or (words[0] not in cues.definite_articles
                     and words[0] not in cues.possessive_pronouns
                     and words[0] not in cues.demonstratives):
        return None
    for k, word in enumerate(words[1:4], start=1):
        if word in cues.deed_nouns or word in cues.utterance_nouns:
            after = words[k + 1] if k + 1 < len(words) else ""
            mine = after in cues.title_joiners or after in cues.source_markers
            return None if mine else word
        if not word.islower() or word in cues.determiners:
            return None
    return None


def _reaction_target(text: str, lo: int, hi: int, a: int, others: list[ActorRef],
                     cues: EventCues, resolver: _Resolver) -> list[ActorRef]:
    """The target of a reaction at ``a`` to the deed or utterance named at ``lo`` ("the
    launch", "his remarks"): the person a possessive pronoun stands for, else the first doer
    or speaker the article names; never one of ``others`` (the reacting actor and those named
    with it)."""
    named_owner = _owner_named_after_act(text, lo, hi, cues, resolver)
    if named_owner is not None:
        return [named_owner]  # `rejected claims by campaigners that ...`
    act = _named_act(text, lo, hi, cues)
    if act is None:
        return _conduct_owner(text, lo, hi, cues, resolver)
    pointed = _opens_with(text, lo, hi, cues.demonstratives)
    owner = _owner_by_pronoun(text, lo, hi, cues, resolver, others) \
        or _act_antecedent(text, act, a, others, cues, resolver) \
        or resolver.opening_agent(a, others, act in cues.utterance_nouns, latest=pointed)
    return [owner] if owner is not None else []


def _conduct_owner(text: str, lo: int, hi: int, cues: EventCues,
                   resolver: _Resolver) -> list[ActorRef]:
    """Whose conduct a reaction is aimed at when its object is a possessive pronoun and a
    noun of `conduct_nouns` ("criticised his handling of the crisis"), the actor's own
    included ("is kritisch op zijn rol": self-criticism)."""
    words = _words(text, lo, hi)[:4]
    while words and words[0][0].lower() in cues.content_gap_words | cues.nominal_target_markers:
        words = words[1:]  # "kritisch op zijn rol"
    if len(words) < 2 or words[1][0].lower() not in cues.conduct_nouns:
        return []
    owner = _owner_by_pronoun(text, words[0][1], hi, cues, resolver, [])
    if owner is None:
        return []
    return [ActorRef(owner.text, (words[0][1], words[0][2]), owner.actor_id, owner.name,
                     owner.type, reason=_OWN_CONDUCT)]


_OWN_CONDUCT = "whose conduct the act is aimed at"


def _opens_with(text: str, lo: int, hi: int, words: Set[str]) -> bool:
    first = _words(text, lo, hi)[:1]
    return bool(first) and first[0][0].lower() in words


def _owner_named_after_act(text: str, lo: int, hi: int, cues: EventCues,
                           resolver: _Resolver) -> ActorRef | None:
    """The party a source marker names right after a noun for an utterance or a deed that
    opens the object (`claims by campaigners`, `de uitspraken van Lavrov`)."""
    words = _words(text, lo, hi)[:6]
    for k, (word, _, _) in enumerate(words[:3]):
        low = word.lower()
        if low in cues.utterance_nouns or low in cues.deed_nouns:
            if k + 1 < len(words) and words[k + 1][0].lower() in (
                    cues.source_markers | cues.title_joiners):
                found = _refs(text, words[k + 1][2], hi, cues, resolver.index.mentions, resolver)
                return found[0] if found else None
            return None
    return None


_ANTECEDENT_REACH = 2000  # characters before the reaction searched for the act it names


def _act_antecedent(text: str, act: str, a: int, others: list[ActorRef], cues: EventCues,
                    resolver: _Resolver) -> ActorRef | None:
    """Who did the act a reaction names, from where the text told it: the last word before the
    reaction that is the act's noun or a verb on its stem ("launched" for "the launch",
    "remarked" for "the remarks", "a speech" for "the speech"; not "the strike", itself a
    reference back), and the party named last before that word in its sentence ("North
    Korea launched a missile. ... condemned the launch")."""
    stem = next((act[: -len(p)] for p in (*cues.plural_suffixes, *cues.progressive_suffixes)
                 if len(act) > 4 and act.endswith(p)), act)  # ("ruling" was "ruled")
    lo = max(0, a - _ANTECEDENT_REACH)
    told = [m.start() for m in _WORD.finditer(text, lo, a)
            if (m.group(0).lower().startswith(stem)
                or (cues.compound_heads and m.group(0).lower().endswith(act)))
            and _word_before(text, m.start()) not in cues.definite_articles]
    if not told:
        return None
    at = told[-1]
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    s_lo = starts[-1] if starts else lo
    names = {(r.name or r.text) for r in others}
    for ref in reversed(resolver.index.within([(s_lo, at)])):
        if ref.actor_id and ref.type not in _THING_TYPES and ref.type != "media" \
                and (ref.name or ref.text) not in names:
            return _elsewhere(ref)
    return None


def _owner_by_pronoun(text: str, lo: int, hi: int, cues: EventCues, resolver: _Resolver,
                      others: list[ActorRef]) -> ActorRef | None:
    """The person a possessive pronoun opening the phrase at ``lo`` stands for ("his
    remarks"), unless one of ``others``."""
    first = _words(text, lo, hi)[:1]
    if not first or first[0][0].lower() not in cues.possessive_pronouns:
        return None
    person = resolver.resolve(first[0][1])
    if person is None:
        return None
    actor_id, name = person
    if any(name == (r.name or r.text) for r in others):
        return None
    return ActorRef(first[0][0], None, actor_id, name, "person")


def _inverted_subject(text: str, s_lo: int, c_lo: int, b: int, c_hi: int,
                      left: list[ActorRef], lower_left: list[str], cues: EventCues,
                      mentions: list[ActorRef], resolver: _Resolver) -> ActorRef | None:
    """In a verb-second language, the subject right after the finite verb when something
    other than the subject opens the clause: an adverb or a phrase ("Daarna", "In Brussel"),
    a subordinate clause before the comma ("Nadat Rusland Polen bedreigde, ..."), or a
    fronted object before it when a subject pronoun follows the verb ("Berichten dat ...,
    ontkende hij")."""
    if not cues.verb_second or left:
        return None
    if not lower_left and c_lo > s_lo and _next_word(text, b, c_hi) \
            in cues.inverted_subject_pronouns:
        pronoun = _refs(text, b, c_hi, cues, mentions, resolver)[:1]
        return pronoun[0] if pronoun and pronoun[0].name else None
    if lower_left:
        first = lower_left[0]
        if first in cues.determiners or first in cues.person_pronouns \
                or first in cues.other_pronouns or first in cues.relative_pronouns \
                or first in cues.passive_auxiliaries or first in cues.auxiliaries:
            return None  # a subject of its own ("De regering veroordeelde ..."), or no main
            # clause
        if c_lo > s_lo and text[c_lo - 1] == ",":
            return None  # "Lavrov, die ..., beschuldigde": the subject stands before
    else:
        opening = _words(text, s_lo, c_lo)[:1]
        if c_lo <= s_lo or not opening or (opening[0][0].lower() not in cues.clause_markers
                                           and opening[0][0].lower() not in cues.question_words):
            return None  # (an indirect question opens too: "Hoeveel het er zijn, wilde
            # Poetin niet zeggen")
    after = [r for r in _refs(text, b, c_hi, cues, mentions, resolver)
             if not _after_place_marker(text, r, cues)]
    if not after or after[0].span is None or any(
            w.lower() not in cues.determiners for w, _, _ in _words(text, b, after[0].span[0])):
        return None
    return after[0]


def _list_opening(actor: ActorRef, text: str, s_lo: int, c_lo: int, cues: EventCues,
                  mentions: list[ActorRef], resolver: _Resolver) -> ActorRef:
    """The first name of a list that opens the sentence and ends in the clause of ``actor``
    ("Frankrijk, Duitsland en Italië veroordeelden ...": France is named first); the comma
    that ends the previous clause is not a list otherwise ("After Russia threatened Poland,
    Germany ...")."""
    if c_lo <= s_lo or text[c_lo - 1] != "," or actor.span is None \
            or any(w.lower() not in cues.determiners for w, _, _ in _words(text, c_lo,
                                                                          actor.span[0])):
        return actor
    before = _refs(text, s_lo, c_lo - 1, cues, mentions, resolver)
    first = actor
    for ref in reversed(before):
        if ref.span is None or first.span is None or not _listed_next(
                text[ref.span[1]:first.span[0]], cues):
            break
        first = ref
    if first is actor or first.span is None:
        return actor
    opening = [w for w, _, _ in _words(text, s_lo, first.span[0])]
    return first if all(w.lower() in cues.determiners for w in opening) else actor


def _listed_next(gap: str, cues: EventCues) -> bool:
    """Whether ``gap`` is a list comma, perhaps with an article: ", ", ", de "."""
    words = gap.strip().split()
    return bool(words) and words[0] == "," and all(w.lower() in cues.determiners
                                                   for w in words[1:])


def _joined(gap: str, cues: EventCues) -> bool:
    """Whether ``gap`` joins two coordinated names: ``en``/``and``/a comma, also before an
    article ("Frankrijk, Duitsland en het Verenigd Koninkrijk")."""
    gap = gap.strip().lower()
    joiner, _, article = gap.rpartition(" ")
    return gap in cues.joiners or (article in cues.determiners and joiner in cues.joiners)


def _group_after(refs: list[ActorRef], text: str, cues: EventCues) -> list[ActorRef]:
    """The first ref and those joined to it by ``en``/``and``/commas (and an article:
    "Frankrijk, Duitsland en het Verenigd Koninkrijk")."""
    if not refs:
        return []
    out = [refs[0]]
    for ref in refs[1:]:
        prev = out[-1]
        assert prev.span and ref.span
        if _joined(text[prev.span[1]:ref.span[0]], cues):
            out.append(ref)
        else:
            break
    return out




def _listed_group(refs: list[ActorRef], text: str, cues: EventCues) -> list[ActorRef]:
    """The first ref and those listed with it by commas up to a joiner ("Germany, France and
    Italy"); commas without a closing joiner are no list ("Germany, the biggest donor, ...")."""
    out = refs[:1]
    for ref in refs[1:]:
        gap = text[out[-1].span[1]:ref.span[0]] if out[-1].span and ref.span else "?"
        if _listed_next(gap, cues):
            out.append(ref)
        elif _joined(gap, cues):
            return [*out, ref]
        else:
            break
    return out[:1]


def _reaching(hi: int, ref: ActorRef) -> int:
    """An evidence end that takes in ``ref`` (an agent listed past the clause's comma)."""
    return max(hi, ref.span[1]) if ref.span else hi


def _fronted(first: str, cues: EventCues) -> bool:
    """Whether a clause opening with ``first`` puts something before its subject: a
    preposition or an adverb ("Vooral", "Daarna")."""
    return first in cues.prepositions() or first in cues.content_gap_words \
        or first in cues.time_words or first in cues.fronted_adverbs


def _titled_person(found: list[ActorRef], text: str, cues: EventCues) -> ActorRef:
    """The first of ``found``, or the person its title leads to ("een oproep van de Duitse
    CDU-leider Friedrich Merz": Merz, not Germany)."""
    first = found[0]
    person = next((r for r in found[1:] if r.type == "person" and r.span), None)
    if person is None or first.span is None or person.span is None:
        return first
    between = _words(text, first.span[1], person.span[0])
    if all(w[:1].isupper() or w.lower() in cues.role_nouns
           or w.lower().rsplit("-", 1)[-1] in cues.role_nouns for w, _, _ in between):
        return person
    return first


_SUPPORT_REACH = 6  # words from a gerund support verb to the act noun it supports


def _supports(left_words: list[tuple[str, int, int]], k: int, cues: EventCues) -> bool:
    """Whether the support verb ``left_words[k]`` makes the act noun after the words: the
    first act noun after it, not a later one. A gerund must be near it ("using the unspoken
    threat", not "Russia using weapons ... shows how much of a threat") and not say what is
    only said or feared ("accused Moscow of using threats")."""
    if any(w.lower() in cues.nominal_heads() for w, _, _ in left_words[k + 1:]):
        return False  # "renewed its demand for a Russian withdrawal": the demand's verb
    word = left_words[k][0].lower()
    if not (cues.progressive_suffixes and word.endswith(cues.progressive_suffixes)):
        return True
    before = left_words[k - 1][0].lower() if k else ""
    return len(left_words) - k <= _SUPPORT_REACH and not (
        before in cues.gerund_prepositions and before not in cues.factual_gerund_prepositions)


def _support_subject(text: str, c_lo: int, at: int, left_words: list[tuple[str, int, int]],
                     cues: EventCues, mentions: list[ActorRef],
                     resolver: _Resolver) -> ActorRef | None:
    """The subject of a support verb right before ``at`` ("herhaalde zijn oproep",
    "renewed its call"): the last name before the verb in the clause."""
    verbs = [w0 for w, w0, _ in left_words if w0 < at and w.lower() in cues.support_verbs]
    if not verbs or _WORD.search(text, _words(text, verbs[-1], at)[0][2], at) is not None:
        return None  # (the pronoun must follow the verb: "renewed its call")
    named = [r for r in _refs(text, c_lo, verbs[-1], cues, mentions, resolver)
             if r.name and not _after_place_marker(text, r, cues)]
    return named[-1] if named else None


def _addressee(text: str, lo: int, hi: int, markers: Set[str], cues: EventCues,
               analysis: Analysis, resolver: _Resolver) -> ActorRef | None:
    """The party named right after the first of ``markers`` after the object at ``lo``."""
    if not markers:
        return None
    at = next((w1 for w, _, w1 in _words(text, lo, hi)[:_OBJECT_REACH + 2]
               if w.lower() in markers), None)
    if at is None:
        return None
    found = _near(_refs(text, at, hi, cues, analysis.mentions, resolver), text, at, cues)
    return found[0] if found else None


def _speaker_ref(speaker: Speaker, span: Span | None) -> ActorRef:
    """A statement's speaker as an actor of an event."""
    return ActorRef(speaker.text or speaker.name or "", span, speaker.actor_id, speaker.name,
                    speaker.type)


def _speaker_before(analysis: Analysis, s_lo: int, a: int) -> ActorRef | None:
    """The speaker of a statement whose cue stands in the sentence before ``a``, for a verb
    coordinated with that cue ("McDiarmid said ... and accused ministers of ...")."""
    for st in reversed(analysis.statements):
        cue = st.cue_span
        if cue is not None and s_lo <= cue[0] < a and st.span[1] <= a and st.speaker.name:
            return _speaker_ref(st.speaker, st.speaker.span)
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _next_word(text: str, pos: int, hi: int) -> str:
    m = _WORD.search(text, pos, hi)
    return m.group(0).lower() if m else ""


_CLAUSE_WORDS = 4  # a quotation this long is content; a shorter one is a label ("as “fakes”")


_CLAUSE_MIN = 3  # words after "that" below which it is a demonstrative ("disputed that account")


def _introduces_content(text: str, pos: int, hi: int, cues: EventCues) -> bool:
    """Whether what follows a speech verb is its content: "warned that ...", a colon, a quote,
    a complement after a short phrase ("warned on TV that ...", "vroegen zich af of ..."),
    or a clause without "that" ("announced it would ...")."""
    rest = text[pos:hi].lstrip(" ,")
    if not rest or rest[0] in _QUOTE_OPEN or rest[0] == ":":
        return bool(rest)
    words = _words(text, pos, hi)[:6]
    following = [w.lower() for w, _, _ in words]
    if not following:
        return False
    if words and (q := _QUOTED.search(text, pos, hi)) is not None and q.start() <= words[-1][1] \
            and len(_WORD.findall(q.group(0))) >= _CLAUSE_WORDS \
            and not _BREAK.search(text, pos, q.start()):
        # 'warned his neighbours on Friday "not to escalate the situation"' (but not a quote
        # set off by a dash or comma: "afstand nam van X - "hier scheiden onze wegen" -")
        return True
    if following[0] in cues.subject_pronouns:
        return True
    if following[0] in cues.other_pronouns and len(following) > 1 and (
            following[1] in cues.auxiliaries or following[1] in cues.passive_auxiliaries):
        return True  # "announced it was suspending ...": a clause (not "announced it today")
    if following[0] in cues.complementizers and (
            len(_words(text, words[0][2], _clause(text, pos, hi, pos)[1])) < _CLAUSE_MIN
            or (len(following) > 1 and (following[1] in cues.utterance_nouns
                                        or following[1] in cues.deed_nouns))):
        return False  # "disputed that account", "wees dat verwijt af": a demonstrative
    if following[0] in cues.content_gap_prepositions:
        # a short phrase of place or time first: "warned on CNN's morning show that ..."
        return any(w in cues.complementizers for w in following[1:])
    for w in following:
        if w in cues.complementizers:
            return True
        if w not in cues.content_gap_words and w not in cues.time_words:
            return False  # "denied reports that ...": the complement of a noun
    return False


def find_events(analysis: Analysis, book: Codebook,
                sentences: list[tuple[int, int]] | None = None,
                index: MentionIndex | None = None,
                sides_of: Callable[[str], frozenset[str]] | None = None) -> list[Event]:
    """Events in ``analysis``; ``sentences`` are its `sentence_spans` and ``index`` a
    `MentionIndex` of its mentions when already known. ``sides_of`` (an actor id → the
    country and bodies it speaks for) keeps an unsaid target off the actor's own side."""
    doc = analysis.document
    text = doc.text
    lang = doc.lang or "en"
    cues = event_cues(lang)
    if not cues.actions and not cues.nominals:
        return []
    actions = action_table()
    bonus = nuclear_bonus()
    nuclear = book.nuclear.get(lang)
    resolver = _Resolver(analysis.statements, analysis.mentions, index)
    # Acts inside quotations or inside reported content belong to what was said, not to
    # the narration: "Russia had warned the US" said by a minister is his claim.
    reported = [s for st in analysis.statements for s in st.spans]
    unreal_markers = cues.purpose_markers | cues.background_markers
    unreal_pattern = cues.unreal_clause_pattern()
    # where a statement's content starts right after its cue: cue start -> content start
    content_after_cue = {st.cue_span[0]: st.spans[0][0] for st in analysis.statements
                         if st.cue_span and st.spans and st.spans[0][0] > st.cue_span[0]}
    # where a statement's cue follows all its content ("..., waarschuwde hij"): a report of
    # what was said, not an act of its own
    cue_after_content = {st.cue_span[0] for st in analysis.statements
                         if st.cue_span and st.spans and st.spans[-1][1] <= st.cue_span[0]}
    # the titles of related-article links are no text of the article ("... Read more")
    # verbs that report speech: their object's infinitive is what was said ("urged residents
    # to leave"), unlike "tried to persuade Putin not to invade", an act
    reporting_verbs: Set[str] = frozenset()
    if lang in SUPPORTED_LANGUAGES:
        grammar = load_language(lang)
        reported += link_titles(text, grammar)
        reporting_verbs = grammar.cues.keys()
    events: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    seen_here: dict[tuple[str, str, int], list[ActorRef]] = {}
    labels = cues.action_labels()
    matcher = cues.action_matcher()
    if sentences is None:
        sentences = sentence_spans(text, lang)
    may_match = matcher.scanner.gate(text)
    quoted: list[tuple[int, int]] | None = None
    others: _OtherParties | None = None  # made when an act first needs its unsaid target
    for s_lo, s_hi in sentences:
        split_verbs = _separated(text, s_lo, s_hi, cues) if cues.separable else []
        particle_ends = {a: end for _, _, a, _, _, end, _ in split_verbs}
        refusals = {a for _, _, a, _, _, _, negated in split_verbs if negated}
        found = [(action, nominal, a, b, w) for action, nominal, a, b, w, _, _ in split_verbs]
        partners = _partner_acts(text, s_lo, s_hi, cues) if cues.partner_verbs else {}
        found.extend((cues.partner_verbs[w.lower()], False, a, b, w)
                     for a, (w, b, _) in partners.items())
        if may_match is not None and not may_match(s_lo, s_hi) and not found:
            continue  # no action cue can occur in this sentence
        for (action, nominal), hits in zip(labels, matcher.find(text[s_lo:s_hi]), strict=True):
            for hit in hits:
                found.append((action, nominal, s_lo + hit.start, s_lo + hit.end, hit.text))
        if not found:
            continue
        if quoted is None:
            quoted = [m.span() for m in _QUOTED.finditer(text)]
        taken: list[tuple[int, int]] = []
        # (a clause of purpose or background can only open where one of its markers stands)
        unreal = unreal_pattern.search(text, s_lo, s_hi) is not None
        for action, nominal, a, b, surface in sorted(found, key=lambda f: (f[2], f[2] - f[3])):
            if surface.lower() in cues.exclude:
                continue
            if a > 0 and text[a - 1] == "-" and not nominal:
                continue  # "Russian-occupied": part of an adjective, not a verb
            if _inside(a, quoted) or _inside(a, reported):
                continue
            if not nominal and any(not n and b0 <= a and _modifiers_only(text[b0:a])
                                   for _, n, _, b0, _ in found):
                continue  # "rejected (US) calls for talks": the object of a verb is a noun
            if any(t0 <= a < t1 or a <= t0 < b for t0, t1 in taken):
                continue  # one act per stretch of text ("sabre-rattling" is not two)
            info = actions.get(action)
            if unreal and _clause_opened_by(text, s_lo, s_hi, a, unreal_markers):
                continue  # "zodat de informateurs door de Kamer worden aangesteld": a goal;
                # "When he first attacked Ukraine, ...": known background, not reported
            if not nominal and a not in refusals \
                    and _negated_verb(text, s_lo, s_hi, a, cues, lang):
                continue  # "heeft nooit bevestigd of ontkend", "has never ruled out": not done
            if nominal and _negated_noun(text, s_lo, s_hi, a, cues, lang):
                continue  # "has not carried out a nuclear test", "geen kernproef": not done
            if not nominal and surface.lower() in cues.consequence_forms \
                    and not _names_object(text, b, s_hi, cues.threatening_objects):
                continue  # "vowed to rebuild": no threat without a consequence named
            if not nominal and info is not None and info.yields_to_object and any(
                    n and b < n_a and not _WORD_GAP.search(text, b, n_a)
                    and len(_words(text, b, n_a)) <= _OBJECT_REACH
                    for _, n, n_a, _, _ in found):
                continue  # "announced new sanctions": the sanction is the event
            if not nominal and info is not None and info.asks_questions and any(
                    w.lower() in cues.reflexive_pronouns for w, _, _ in
                    _words(text, b, _clause(text, s_lo, s_hi, a)[1])[:_REFLEXIVE_REACH]):
                continue  # "vroeg ze zich hardop af", "asked himself": wondering asks no one
            if not nominal and a in cue_after_content \
                    and not (info is not None and info.with_content):
                continue  # "„Dit is een gevaarlijk spel”, waarschuwde hij": a statement
            if not nominal and a in content_after_cue and _nothing_but_markers(
                    text, b, content_after_cue[a], cues):
                continue  # "warned against choosing a military path": content, a statement
            if not nominal and _introduces_content(text, particle_ends.get(a, b), s_hi, cues) \
                    and not (
                    info is not None and info.asks_questions and _asks(text, b, s_hi, cues)) \
                    and not (info is not None and info.with_content):
                continue  # "warned that ..." introduces content: a statement, not an event
                # (but "asked whether ...": a question, no claim)
            if not nominal and surface.lower() in cues.launch_forms \
                    and not _launches(text, s_lo, b, s_hi, cues, particle_ends.get(a)):
                continue  # "launched an inquiry": no projectile, no act
            if not nominal and action in cues.infinitive_content_acts and " " not in surface \
                    and surface.lower() in reporting_verbs \
                    and _object_then_infinitive(text, b, s_hi, cues):
                continue  # "urged residents to evacuate": what was urged is content
            if info is not None and info.with_consequence \
                    and _names_object(text, b, s_hi, cues.threatening_objects):
                action = info.with_consequence  # "a warning of retaliation" is a threat
                info = actions.get(action)
            elif info is not None and info.with_conciliatory \
                    and _names_object(text, b, s_hi, cues.conciliatory_objects):
                action = info.with_conciliatory  # "called for restraint" is an appeal
                info = actions.get(action)
            elif info is not None and info.with_speech \
                    and _names_object(text, b, s_hi, cues.speech_objects):
                action = info.with_speech  # "refused to comment" declines, rejects nothing
                info = actions.get(action)
            sentence = (s_lo, s_hi)
            if a in partners:
                built = _build(text, sentence, (a, b), action, cues, analysis, resolver,
                               partner=partners[a][2])
            elif nominal:
                built = _build_nominal(text, sentence, (a, b), action, cues, analysis, resolver)
            else:
                built = _build(text, sentence, (a, b), action, cues, analysis, resolver,
                               particle_end=particle_ends.get(a))
            if built:
                taken.append((a, b))
            batch: list[tuple[tuple[str, str, int], ActorRef]] = []
            for ev in built:
                if info is not None and ev.target is not None and ev.target.type in info.not_with:
                    continue  # "sprak met TASS": an interview, not a meeting
                if not nominal and surface.lower() in cues.launch_forms:
                    # the object is the projectile; a target follows a marker after it
                    ev.target = _launch_target(text, b, s_hi, cues, analysis, resolver,
                                               particle_ends.get(a))
                    if ev.target is not None and info is not None and info.with_target:
                        ev.action = info.with_target  # "fired a missile at Dnipro": an attack
                if info is not None and not actions[ev.action].takes_target:
                    ev.target = None
                if ev.target is not None and actions[ev.action].party_target \
                        and ev.target.type in _THING_TYPES | _PLACE_TYPES:
                    ev.target = None  # "the plant, which Ukraine denies": denied, not addressed
                if ev.target is None and ev.action in cues.destination_acts:
                    # "deployed nuclear weapons in Belarus": where to is whom it concerns
                    ev.target = _destination(text, s_lo, s_hi, a, b, ev.actor, cues, analysis,
                                             resolver)
                if info is not None and info.needs_target and ev.target is None:
                    continue  # "spoke to reporters": no one was met
                if ev.target is not None and _is_channel(text, ev.target, cues):
                    if len(built) > 1:
                        continue  # "warned X on Telegram": X is the target
                    ev.target = None
                asked = info is not None and info.asks_questions and _asks(text, b, s_hi, cues)
                if (ev.target is None and info is not None and info.implied_target
                        and (nominal or asked or _objectless(text, b, s_hi, cues))):
                    if others is None:
                        others = _OtherParties(analysis.mentions, sentences, sides_of, text,
                                               cues.indefinite_articles)
                    # (no one named inside a question is the one asked: "wilde weten of de
                    # F-35's voor de NAVO worden ingezet")
                    ev.target = others.nearest(ev.actor, a, _clause(text, s_lo, s_hi, b)[1]
                                               if asked else b, [e.actor for e in built])
                    ev.target_implied = ev.target is not None
                if info is not None and info.verbal_action and ev.target is not None \
                        and not ev.target_implied and (
                        ev.target.type in info.verbal_with
                        or (ev.actor.type == "person"
                            and ev.target.type in info.verbal_from_persons)):
                    ev.action = info.verbal_action  # "an attack on the prime minister"
                target_key = (ev.target.name or ev.target.text).lower() if ev.target else ""
                # One event per act: an article that comes back to "Russia's test" reports
                # the same test, and one sentence naming the act twice ("Putin's test launch
                # of Russia's missile") reports it once.
                key = ((ev.actor.name or ev.actor.text).lower(), ev.action, target_key)
                if key in seen or any(_one_party(ev.actor, earlier, sides_of) for earlier
                                      in seen_here.get((ev.action, target_key, s_lo), [])):
                    continue
                seen.add(key)
                batch.append(((ev.action, target_key, s_lo), ev.actor))  # (co-agents are no
                # repetition)
                c_lo, c_hi = _clause(text, s_lo, s_hi, a)
                clause_text = text[c_lo:c_hi]
                ev.mode = "nuclear" if nuclear and nuclear.find(clause_text) else None
                mood, _ = modality_mod.detect(clause_text, lang)
                if a in refusals and mood == "negated":
                    mood = "asserted"  # "gaf geen commentaar": the negation is the refusal
                ev.modality = mood
                act = actions.get(ev.action)  # (a verbal attack is scored as criticism)
                if act is not None:
                    ev.plover, ev.cameo = act.plover, act.cameo
                    base = act.intensity + (bonus if ev.mode else 0.0)
                    base = max(book.scale[0], min(book.scale[1], base))
                    ev.intensity = round(base * book.modality_weights.get(mood, 1.0), 3) + 0.0
                events.append(ev)
                if not nominal:  # (a verb after "and" goes on from a verb, not a noun)
                    resolver.acted.append((a, ev.actor))
                if ev.action in cues.act_agents:
                    resolver.doers.append((ev.span[0] if ev.span else s_lo,
                                           _elsewhere(ev.actor)))
            for here, by in batch:
                seen_here.setdefault(here, []).append(by)
    return events


def _one_party(one: ActorRef, other: ActorRef,
               sides_of: Callable[[str], frozenset[str]] | None) -> bool:
    """Whether two actors of the same act in a sentence may be one party named twice
    ("Putin's test launch of Russia's missile"): not when both are named, neither name holds
    the other, and they are on different sides ("Western leaders expressed outrage ..., with
    Biden condemning Moscow")."""
    a, b = (one.name or one.text).lower(), (other.name or other.text).lower()
    if a in b or b in a:
        return True
    if one.actor_id and other.actor_id and sides_of is not None:
        return bool(sides_of(one.actor_id) & sides_of(other.actor_id))
    return not (one.name and other.name)


_OBJECT_REACH = 4  # words after an act in which what it warns of or asks for is named
_REFLEXIVE_REACH = 2  # words after a verb of asking where a reflexive makes it wondering


def _modifiers_only(gap: str) -> bool:
    """Whether ``gap`` between two act words holds nothing or one name that modifies the
    second ("rejected US calls for talks")."""
    words = gap.split()
    return not words or (len(words) == 1 and words[0][:1].isupper() and words[0].isalpha())


def _names_object(text: str, b: int, s_hi: int, objects: Set[str]) -> bool:
    """Whether the act ending at ``b`` names one of ``objects`` (words or two-word phrases)
    within a few words of its clause: a warning of retaliation ("warned Finland of
    retaliation") or a call for calm ("called for an end to the shelling")."""
    _, c_hi = _clause(text, b, s_hi, b)
    words = [w.lower() for w, _, _ in _words(text, b, c_hi)[:_OBJECT_REACH + 1]]
    return any(w in objects for w in words[:_OBJECT_REACH]) or any(
        f"{w} {v}" in objects for w, v in pairwise(words))


_PLACE_TYPES = frozenset(("region", "facility"))
_LAUNCH_REACH = 8  # words after a launching verb within which its projectile is named


def _launches(text: str, s_lo: int, b: int, s_hi: int, cues: EventCues,
              particle_end: int | None) -> bool:
    """Whether a projectile is named in the object of the launching verb ending at ``b``
    ("fired a new intermediate-range missile", "vuurde een onderzeeër een raket af"), or
    before it when the verb ends its clause ("heeft een raket afgevuurd")."""
    c_lo, c_hi = _clause(text, s_lo, s_hi, b)
    after = _words(text, b, particle_end or c_hi)[:_LAUNCH_REACH]
    before = [] if after else _words(text, c_lo, b)[-_LAUNCH_REACH:]
    for word, _, _ in after or before:
        low = word.lower().rsplit("-", 1)[-1]  # ("ATACMS-raketten", "U.S.-made")
        if low in cues.projectiles or (cues.compound_heads and any(
                low.endswith(p) for p in cues.projectiles if len(p) > 4)):
            return True  # (closed compounds: "korteafstandsraketten")
    return False


def _destination(text: str, s_lo: int, s_hi: int, a: int, b: int, actor: ActorRef,
                 cues: EventCues, analysis: Analysis, resolver: _Resolver) -> ActorRef | None:
    """The country or region a deployment goes to: the first one named right after a
    `destination_markers` word in the act's clause, after the verb or, when the verb ends its
    clause, before it ("in Belarus gestationeerd")."""
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    for lo, hi in ((b, c_hi), (c_lo, a)):
        for w1, found in _after_markers(text, lo, hi, cues.destination_markers, cues, analysis,
                                        resolver):
            refs = [r for r in found if r.span and r.type in ("country", "region")
                    and r.actor_id != actor.actor_id]
            if refs and refs[0].span and len(_words(text, w1, refs[0].span[0])) <= 2:
                return refs[0]  # ("in buurland Belarus": a noun may come between)
    return None


def _after_markers(text: str, lo: int, hi: int, markers: Set[str], cues: EventCues,
                   analysis: Analysis, resolver: _Resolver
                   ) -> Iterator[tuple[int, list[ActorRef]]]:
    """For each of ``markers`` in ``text[lo:hi]``, in order: where it ends and the parties
    named after it up to ``hi``."""
    for word, _, w1 in _words(text, lo, hi):
        if word.lower() in markers:
            yield w1, _refs(text, w1, hi, cues, analysis.mentions, resolver)


def _launch_target(text: str, b: int, s_hi: int, cues: EventCues, analysis: Analysis,
                   resolver: _Resolver, particle_end: int | None) -> ActorRef | None:
    """What a projectile launched by the verb ending at ``b`` was fired at: the first name
    after a `launch_target_markers` word past the projectile ("at the Bryansk region", "af op
    een doel in Rusland"), a place the data need not know."""
    _, c_hi = _clause(text, b, s_hi, b)
    # (past the particle when words follow it: "vuurde raketten af op een doel")
    lo = particle_end if particle_end and _WORD.search(text, particle_end, c_hi) else b
    for _, found in _after_markers(text, lo, c_hi, cues.launch_target_markers, cues, analysis,
                                   resolver):
        refs = [r for r in found if r.span and r.text.lower() not in cues.person_pronouns]
        return refs[0] if refs else None
    return None


def _reciprocal(text: str, b: int, c_hi: int, cues: EventCues) -> bool:
    """Whether the act ending at ``b`` takes a reciprocal object ("each other", "elkaar")."""
    return phrase_at(text[b:c_hi].lstrip(), cues.reciprocal_pronouns) is not None


def _nothing_but_markers(text: str, b: int, content: int, cues: EventCues) -> bool:
    """Whether a preposition, and nothing but such markers, stands between an act's verb and
    the content a statement took from it ("warned against choosing ..."): no object, so the
    act is the statement's (not "accused the army of ...", whose content holds the object)."""
    between = [w.lower() for w, _, _ in _words(text, b, content)]
    return any(w in cues.gerund_prepositions for w in between) and all(
        w in cues.gerund_prepositions or w in cues.complementizers
        or w in cues.content_gap_words for w in between)


_NEGATION_REACH = 3  # words before a verb within which a negation denies the act


def _negated_verb(text: str, s_lo: int, s_hi: int, a: int, cues: EventCues, lang: str) -> bool:
    """Whether a negation stands right before the act's verb in its clause ("has never ruled
    out", "heeft nooit bevestigd of ontkend") or right after it ("ontkent nooit"): the act
    was not done."""
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    after = _words(text, a, c_hi)[1:2]  # (Dutch puts it after the finite verb: "ontkent nooit")
    exceptions = modality_cues(lang).negation_exceptions
    return any(w.lower() in cues.negation_words
               and not any(hit.start == 0 for hit in exceptions.find(text[w0:w0 + 40]))
               for w, w0, _ in [*_words(text, c_lo, a)[-_NEGATION_REACH:], *after])
    # ("dreigt niet enkel met kernwapens": "not only" negates nothing)


def _negated_noun(text: str, s_lo: int, s_hi: int, a: int, cues: EventCues, lang: str) -> bool:
    """Whether an act noun at ``a`` is negated: a negation right before it, past at most one
    modifier ("no new threats", "geen kernproef"), or before the support verb that governs it
    ("has not carried out a nuclear test")."""
    c_lo, _ = _clause(text, s_lo, s_hi, a)
    left = _words(text, c_lo, a)[-_NEGATION_REACH - 2:]
    exceptions = modality_cues(lang).negation_exceptions
    for k in range(len(left) - 1, -1, -1):
        word, w0, _ = left[k]
        if word.lower() in cues.negation_words:
            between = [w.lower() for w, _, _ in left[k + 1:]]
            return len(between) <= 1 and not any(w in cues.prepositions() for w in between) \
                and not any(hit.start == 0 for hit in exceptions.find(text[w0:w0 + 40]))
        if word.lower() in cues.support_verbs:
            return _negated_verb(text, s_lo, s_hi, w0, cues, lang)
    return False


def _clause_opened_by(text: str, s_lo: int, s_hi: int, a: int, markers: Set[str]) -> bool:
    """Whether the clause of the act at ``a`` opens with one of ``markers`` ("zodat ...",
    "so that ...", "when ...")."""
    if not markers:
        return False
    c_lo, _ = _clause(text, s_lo, s_hi, a)
    return phrase_at(text[c_lo:a].lstrip(), markers) is not None


def _asks(text: str, b: int, s_hi: int, cues: EventCues) -> bool:
    """Whether an indirect question follows the act ending at ``b`` within its clause, after
    at most a short object ("asked Peskov whether ...", "wilden weten hoe ...")."""
    _, c_hi = _clause(text, b, s_hi, b)
    words = [w.lower() for w, _, _ in _words(text, b, c_hi)[:6]]
    at = next((k for k, w in enumerate(words) if w in cues.question_words), None)
    # ("vroegen zich af of ...", "asked himself whether ...": wondering, not asking)
    return at is not None and not any(w in cues.reflexive_pronouns for w in words[:at])


def _object_then_infinitive(text: str, b: int, s_hi: int, cues: EventCues) -> bool:
    """Whether a short object after the verb ending at ``b`` is followed by an infinitive
    ("urged residents to evacuate", "warned Nato countries not to deploy")."""
    _, c_hi = _clause(text, b, s_hi, b)
    words = [w.lower() for w, _, _ in _words(text, b, c_hi)[:7]]
    at = next((k for k, w in enumerate(words) if w in cues.infinitive_markers), None)
    if at is None or not 1 <= at <= 4 or at + 1 >= len(words):
        return False
    if words[0] in cues.nominal_target_markers or words[0] in cues.gerund_prepositions:
        return False  # "appealed for an end to ...": a prepositional phrase, no object
    if words[at + 1] in cues.determiners:
        return False  # "an end to all fighting": "to" is a preposition here
    return not any(w in cues.complementizers for w in words[:at])


def _objectless(text: str, b: int, s_hi: int, cues: EventCues) -> bool:
    """Whether the verb ending at ``b`` goes without an object: its clause ends, or goes on
    with a preposition before a noun ("warned against escalation", "appealed for calm",
    "dreigde met kernwapens"), not
    with a noun phrase ("rejected all reports"), an infinitive ("threatened to use ...": the
    act is the object), a gerund ("warned against choosing ...") or content ("that ...")."""
    _, c_hi = _clause(text, b, s_hi, b)
    words = [w.lower() for w, _, _ in _words(text, b, c_hi)]
    if any(w in cues.complementizers for w in words):
        return False
    while words and words[0] in cues.time_words:
        words.pop(0)  # "protesteerde gisteren", "protested later"
    if not words:
        return True
    if any(w in cues.threatening_objects for w in words[:_OBJECT_REACH]):
        return True  # "threatened (swift) retaliation": a consequence, not an addressee
    first = words[0]
    if first not in cues.target_markers and first not in cues.gerund_prepositions \
            and first not in cues.means_markers:
        return False
    return not (len(words) > 1 and cues.progressive_suffixes
                and words[1].endswith(cues.progressive_suffixes))


class _OtherParties:
    """The parties a document names, to find the one an act with an unsaid target is aimed
    at: the nearest named after the act in its sentence, else before it, else in the
    sentences before (`implied_target_window`), leaving out the actor, the actor's own
    country and what cannot be addressed (news outlets, treaties, weapons)."""

    def __init__(self, mentions: Sequence[ActorRef], sentences: list[tuple[int, int]],
                 sides_of: Callable[[str], frozenset[str]] | None,
                 text: str = "", indefinite: Set[str] = frozenset()) -> None:
        self.text = text
        self.indefinite = indefinite
        self.mentions = sorted(
            (m for m in mentions
             if m.span and m.actor_id and m.type not in _THING_TYPES and m.type != "media"),
            key=lambda m: m.span[0] if m.span else 0)
        self.starts = [m.span[0] if m.span else 0 for m in self.mentions]
        self.sentences = sentences
        self.sentence_starts = [lo for lo, _ in sentences]
        self.sides_of = sides_of
        self.window = implied_target_window()

    def nearest(self, actor: ActorRef, a: int, b: int,
                fellows: Sequence[ActorRef] = ()) -> ActorRef | None:
        """The party ``actor`` most likely aimed the act at ``a:b``; never one of its
        ``fellows`` (those who did the act with it)."""
        k = bisect_left(self.sentence_starts, a + 1) - 1
        if k < 0:
            return None
        lo = self.sentences[max(0, k - self.window)][0]
        after = self._between(b, self.sentences[k][1])
        before = self._between(lo, a)[::-1]
        for ref in (*after, *before):
            if ref.span and _word_before(self.text, ref.span[0]) in self.indefinite:
                continue  # "walked out of a G20 summit": a name that modifies a noun
            if self._other(ref, actor) and all(self._other(ref, f) for f in fellows):
                # (only for an actor the data knows: "the opposition" criticises the
                # premier, not the premier's country)
                if actor.actor_id:
                    ref = self._country_of(ref, (*after, *before)) or ref
                return ActorRef(ref.text, ref.span, ref.actor_id, ref.name, ref.type)
        return None

    def _country_of(self, person: ActorRef, near: Sequence[ActorRef]) -> ActorRef | None:
        """The country a person named as the unsaid target speaks for, when the same
        stretch of text names it too: an act aimed at a government's leaders through their
        country's policy is aimed at the country ("Finland must apply, its president said,
        ... a warning from the Kremlin")."""
        if person.type != "person" or not person.actor_id or self.sides_of is None:
            return None
        sides = self.sides_of(person.actor_id)
        return next((r for r in near if r.type == "country" and r.actor_id in sides), None)

    def _between(self, lo: int, hi: int) -> list[ActorRef]:
        first, last = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return self.mentions[first:last]

    def _other(self, ref: ActorRef, actor: ActorRef) -> bool:
        if ref.actor_id == actor.actor_id or (ref.name and ref.name == actor.name):
            return False
        if actor.span and ref.span and actor.span[0] <= ref.span[0] < actor.span[1]:
            return False  # "Russia's foreign ministry": part of the actor's own name
        if self.sides_of is not None and actor.actor_id and ref.actor_id:
            return not self.sides_of(actor.actor_id) & self.sides_of(ref.actor_id)
        return True


def _word_before(text: str, pos: int) -> str:
    """The lower-cased word that ends right before ``pos`` (across spaces only), or ""."""
    before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return before.group(1).lower() if before is not None else ""


def _is_channel(text: str, ref: ActorRef, cues: EventCues) -> bool:
    """A medium after a channel preposition ("op Telegram", "on state television")."""
    return ref.type == "media" and _word_before_in(text, ref, cues.channel_markers)


def _before_relative_clause(text: str, lo: int, hi: int, cues: EventCues) -> int:
    """Where a comma-opened relative clause that ends at ``hi`` begins, else ``hi``."""
    for word, w0, _ in reversed(_words(text, lo, hi)):
        if word.lower() in cues.relative_pronouns and text[lo:w0].rstrip().endswith(","):
            return text.rindex(",", lo, w0)
    return hi


def _after_place_marker(text: str, ref: ActorRef, cues: EventCues) -> bool:
    """Whether ``ref`` names a place: right after a place marker, or at the end of a place
    phrase ("forces in the south of Ukraine", "in het oosten van Oekraïne")."""
    if ref.span is None:
        return False
    # (within the sentence: "... zijn aanvraag in. Moskou protesteerde" has no place phrase)
    window = _SENTENCE_END.split(text[max(0, ref.span[0] - 60):ref.span[0]])[-1]
    words = [w.lower() for w, _, _ in _words(window, 0, len(window))][-5:]
    if words and words[-1] in cues.place_markers:
        return True
    if not words or words[-1] not in cues.title_joiners:
        return False
    for word in reversed(words[:-1]):
        if word in cues.place_markers:
            return True
        if word not in cues.determiners and not word.islower():
            return False
    return False


def _word_before_in(text: str, ref: ActorRef, words: Set[str]) -> bool:
    """Whether the word right before ``ref`` is one of ``words``."""
    return ref.span is not None and _word_before(text, ref.span[0]) in words


def _extend_group(ref: ActorRef, text: str, hi: int, cues: EventCues) -> ActorRef:
    """``Russian`` + ``officials`` -> ``Russian officials`` (a name followed by a group noun)."""
    if not ref.span or ref.actor_id is not None or not cues.group_nouns:
        return ref
    m = _WORD.match(text, ref.span[1] + 1, hi) if text[ref.span[1]:ref.span[1] + 1] == " " \
        else None
    if m and m.group(0).lower() in cues.group_nouns:
        surface = text[ref.span[0]:m.end()]
        return ActorRef(text=surface, span=(ref.span[0], m.end()),
                        name=f"{ref.name or ref.text} {m.group(0)}", type=ref.type,
                        reason=ref.reason)
    return ref


def _targets_after(text: str, lo: int, hi: int, cues: EventCues, analysis: Analysis,
                   resolver: _Resolver, markers: set[str],
                   sentence_hi: int | None = None) -> list[ActorRef]:
    """Targets right of an act: its object, else the names after a target marker; a list of
    names goes on past the clause's comma up to ``sentence_hi`` ("van Frankrijk, Duitsland en
    het Verenigd Koninkrijk")."""
    mentions = analysis.mentions
    lo = _past_participation(text, lo, hi, cues)
    marker_at = None
    words = _words(text, lo, hi)
    for k, (word, w0, w1) in enumerate(words):
        if k == 0 and len(words) > 1 and words[1][0].lower() in cues.determiners \
                and word.lower() not in cues.complementizers:
            continue  # "vroeg om een spoedzitting van ...": a preposition, no clause
        if word.lower() in cues.clause_markers or word.lower() in cues.complementizers:
            # "warns of weapons if Sweden joins", "beschuldigde het Westen ervan dat het
            # Oekraïne steunt": no target in the subordinate clause
            hi = w0
            break
        if word.lower() in markers and marker_at is None:
            marker_at = (w0, w1)
    obj_hi = marker_at[0] if marker_at else hi
    targets = _group_after(_near(_no_determiners(_refs(text, lo, obj_hi, cues, mentions, resolver),
                                                 text, cues),
                                 text, lo, cues, direct_object=True), text, cues)
    if not targets and marker_at is not None \
            and not _deed_before_marker(text, lo, marker_at[0], cues):
        targets = _group_after(_near(_no_determiners(
            _refs(text, marker_at[1], hi, cues, mentions, resolver), text, cues),
            text, marker_at[1], cues), text, cues)
    last = targets[-1].span if targets else None
    if last is not None and sentence_hi is not None and text[last[1]:hi].strip() == "":
        listed = _group_after(_refs(text, last[0], sentence_hi, cues, mentions, resolver), text,
                              cues)
        end = listed[-1].span[1] if listed and listed[-1].span else hi
        # (not "After Russia threatened Poland, Germany and France sent troops": a list that
        # a verb follows is the next clause's subject)
        after = _WORD.match(text[end:sentence_hi].lstrip())
        if len(listed) > 1 and listed[0].span == last and (
                after is None or after.group(0).lower() in cues.prepositions()):
            # ("waarschuwde Duitsland, Frankrijk en Groot-Brittannië voor de gevolgen")
            targets = targets + listed[1:]
    return targets


def _past_participation(text: str, lo: int, hi: int, cues: EventCues) -> int:
    """Where the object after ``lo`` names what it is about: past "its participation in" /
    "de Russische deelname aan" (suspending participation in a treaty suspends the treaty,
    and "Russian" is no target)."""
    if not cues.participation_nouns:
        return lo
    words = _words(text, lo, hi)[:7]
    for k, (word, _, _) in enumerate(words[:-1]):
        if word.lower() in cues.participation_nouns:
            return words[k + 1][2]  # (after the preposition that follows)
    return lo


def _deed_before_marker(text: str, lo: int, hi: int, cues: EventCues) -> bool:
    """Whether a noun for a deed stands right before a target marker at ``hi``, after the
    verb at ``lo``: the marker then belongs to it ("condemned the strike on Kyiv": Kyiv was
    struck, not condemned), unlike "lashed out at X" or "dreigt met kernwapens richting X"."""
    words = _words(text, lo, hi)
    return bool(words) and words[-1][0].lower() in cues.deed_nouns


def _no_determiners(refs: list[ActorRef], text: str, cues: EventCues) -> list[ActorRef]:
    """Without possessive pronouns used as determiners ("zijn deelname", "his stake"): they
    own the thing named after them, they are not addressed."""
    def owns_next(ref: ActorRef) -> bool:
        if ref.span is None or ref.text.lower() not in cues.possessive_pronouns:
            return False
        nxt = _WORD.match(text, ref.span[1] + 1) if text[ref.span[1]:ref.span[1] + 1] == " " \
            else None
        word = nxt.group(0).lower() if nxt else ""
        return bool(word) and word.islower() and word not in cues.content_gap_words \
            and word not in cues.target_markers and word not in cues.agent_markers \
            and word not in cues.place_markers and word not in cues.clause_markers
    return [r for r in refs if not owns_next(r)]


def _near(refs: list[ActorRef], text: str, lo: int, cues: EventCues,
          nominal: bool = False, direct_object: bool = False) -> list[ActorRef]:
    """``refs`` when the first one opens the phrase that starts at ``lo`` (after determiners
    and a few modifiers), else none: in "outrage at the incident at Zaporizhzhia" or "a
    promise by Nato" the name is not what the act is aimed at. After a noun a source marker
    names the actor ("criticism from X"); after a verb it may name the target ("afstand nam
    van Rutte"). A ``direct_object`` follows its verb without a preposition ("walked out of a
    summit": the summit is no target)."""
    first = next((r for r in refs if r.span), None)
    if first is None or first.span is None:
        return []
    gap = [w.lower() for w, _, _ in _words(text, lo, first.span[0])]
    content = [w for w in gap if w not in cues.determiners]
    if len(content) > 3:
        return []
    # the word that governs the name: by/in/at make it an agent or a place, a preposition
    # after a verb makes it no direct object ("viel in 2022 Oekraïne aan" is fine)
    governor = next((w for w in reversed(gap) if w not in cues.determiners), None)
    if governor is not None and (
            governor in cues.agent_markers or governor in cues.place_markers
            or (nominal and governor in cues.source_markers)
            or (direct_object and governor in cues.nominal_target_markers
                and not _of_assembly(content, cues))):
        return []
    return refs


def _of_assembly(words: list[str], cues: EventCues) -> bool:
    """Whether the last of ``words``, the preposition that governs a name, follows a noun for
    a meeting ("demanded an emergency meeting of the Security Council": the council is asked
    to meet)."""
    return len(words) > 1 and words[-2] in cues.assembly_nouns


def _listed(text: str, c_hi: int, s_hi: int, cues: EventCues, analysis: Analysis,
            resolver: _Resolver) -> list[ActorRef]:
    """Names listed after the clause: "accused countries, including X, Y and Z"."""
    if not cues.list_markers or text[c_hi:c_hi + 1] != ",":
        return []
    rest = text[c_hi + 1:s_hi].lstrip()
    marker = cues.list_marker_at(rest)
    if marker is None:
        return []
    lo = s_hi - len(rest) + len(marker)
    refs = _refs(text, lo, s_hi, cues, analysis.mentions, resolver)
    return _group_after(refs, text, cues)


def _infinitive_follows(text: str, lo: int, hi: int, cues: EventCues) -> bool:
    """Whether an infinitive follows at ``lo``: a marker not before an article or a name
    ("threatened to deploy", "riep op om zich te houden aan"; but "vroeg om een zitting van",
    "appealed to the UN": a preposition)."""
    words = _words(text, lo, hi)[:2]
    if not words or words[0][0].lower() not in cues.infinitive_markers:
        return False
    return len(words) < 2 or (words[1][0].islower() and words[1][0] not in cues.determiners)


def _thing_by_pronoun(text: str, lo: int, hi: int, s_lo: int, cues: EventCues,
                      resolver: _Resolver) -> ActorRef | None:
    """The thing an object pronoun at ``lo`` stands for ("seized it"): the last plant,
    treaty or region named in its sentence or the one before."""
    first = _words(text, lo, hi)[:1]
    if not first or first[0][0].lower() not in cues.object_thing_pronouns:
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, s_lo - 600), max(0, s_lo - 1))]
    window_lo = starts[-1] if starts else max(0, s_lo - 600)
    # (a description counts: "visited the plant ... seized it")
    things = [ref for ref in _refs(text, window_lo, lo, cues, resolver.index.mentions, resolver)
              if ref.type in _THING_TYPES | _PLACE_TYPES and ref.actor_id]
    if not things:
        return None
    ref = things[-1]
    return ActorRef(first[0][0], (first[0][1], first[0][2]), ref.actor_id, ref.name, ref.type)


def _treaty_by_act(text: str, lo: int, hi: int, a: int, cues: EventCues,
                   resolver: _Resolver) -> ActorRef | None:
    """The treaty a definite noun for an act on a treaty points back to, when the object at
    ``lo`` is one without a complement ("announced the suspension", "de opschorting"): the
    treaty named last before ``a``."""
    words = [w.lower() for w, _, _ in _words(text, lo, hi)[:3]]
    if len(words) < 2 or words[0] not in cues.definite_articles \
            or words[1] not in cues.treaty_act_nouns:
        return None
    if len(words) > 2 and (words[2] in cues.genitive_markers or words[2] in cues.source_markers
                           or words[2] in cues.nominal_target_markers):
        return None  # "the suspension of the talks": its own complement
    earlier = resolver.index.within([(max(0, a - _ANTECEDENT_REACH), a)])
    treaty = next((ref for ref in reversed(earlier) if ref.type == "treaty"), None)
    if treaty is None:
        return None
    return _elsewhere(treaty)


def _list_start(text: str, s_lo: int, c_lo: int, a: int, cues: EventCues) -> int:
    """Where a clause starts that opens with the end of a list of names ("door VVD, NSC en
    BBB bekritiseerd": the commas join names, they do not end a clause)."""
    while c_lo > s_lo and text[c_lo - 1] == ",":
        # the clause must open with names joined to one more name ("NSC en BBB"), and a name
        # must end the stretch before the comma ("VVD,")
        words = [w for w, _, _ in _words(text, c_lo, a)]
        joined = next((k for k, w in enumerate(words) if w.lower() in cues.joiners), None)
        if not joined or joined + 1 >= len(words) or not all(
                w[:1].isupper() for w in (*words[:joined], words[joined + 1])):
            return c_lo
        before = _words(text, s_lo, c_lo - 1)
        if not before or not before[-1][0][:1].isupper():
            return c_lo
        c_lo = _clause(text, s_lo, c_lo - 1, c_lo - 2)[0]
    return c_lo


def _person_of_place(before: list[ActorRef], text: str, cues: EventCues) -> ActorRef:
    """The last of ``before``, or the person it is the place of ("Rep. Matt Gaetz of
    Florida, who ...": Gaetz)."""
    last, person = before[-1], before[-2] if len(before) > 1 else None
    if person is not None and last.type in ("country", "region", None) and last.span \
            and person.span and (person.type == "person" or (
                person.type is None and len(person.text.split()) > 1)):
        gap = text[person.span[1]:last.span[0]].split()
        if len(gap) == 1 and gap[0].lower() in cues.source_markers | cues.genitive_markers:
            return person
    return last


def _build(text: str, sentence: Span, verb: Span, action: str, cues: EventCues,
           analysis: Analysis, resolver: _Resolver,
           partner: Span | None = None, particle_end: int | None = None) -> list[Event]:
    """The events of the act at ``verb``; ``partner`` is where the partner of a joint act is
    named (after its marker), which then is the only target; ``particle_end`` is where the
    particle of a separable verb ends, after which its target may follow ("nam in april
    afstand van Rutte")."""
    s_lo, s_hi = sentence
    a, b = verb
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    c_lo = _list_start(text, s_lo, c_lo, a, cues)
    idioms = cues.idiom_objects.get(action)
    if idioms:
        for w, _, _ in _words(text, b, c_hi)[:4]:
            if not w.islower():
                break  # "struck Kyiv despite the deal": a name is the object
            if w in idioms:
                return []  # "struck a different note": an idiom, not the act
    mentions = analysis.mentions
    left_words = _words(text, c_lo, a)
    lower_left = [w.lower() for w, _, _ in left_words]
    surface = text[a:b].lower()
    actor: ActorRef | None = None
    co_agents: list[ActorRef] = []
    targets: list[ActorRef] = []

    agent_at = None
    for word, w0, w1 in _words(text, b, c_hi):
        if word.lower() in cues.agent_markers:
            agent_at = (w0, w1)
            break
    if agent_at is None:
        for word, w0, w1 in left_words:
            if word.lower() in cues.agent_markers:
                agent_at = (w0, w1)
    progressive = surface.endswith(cues.progressive_suffixes) if cues.progressive_suffixes \
        else False
    # "were quick to denounce the plan by Moscow": an infinitive is active, whatever "by" says;
    # "is kritisch op", "was critical of": a copula and an adjective, no passive
    active = progressive or bool(lower_left and lower_left[-1] in cues.infinitive_markers) \
        or surface.split(" ", 1)[0] in cues.predicate_adjectives
    aux_near = not active and any(w in cues.passive_auxiliaries for w in lower_left[-3:])
    has_aux = not active and any(w in cues.passive_auxiliaries for w in lower_left)
    # ("later that day": a determiner before a time word, no relative pronoun)
    # ("heeft die beschuldiging ontkend": after a verb "die" points back, it opens no clause)
    rel_at = max((i for i, w in enumerate(lower_left) if w in cues.relative_pronouns
                  and not (i + 1 < len(lower_left) and lower_left[i + 1] in cues.time_words)
                  and not (i > 0 and lower_left[i - 1] in cues.auxiliaries)),
                 default=None)
    inner_at = max((i for i, w in enumerate(lower_left) if w in cues.clause_markers
                    and rel_at is not None and i > rel_at
                    and f"{lower_left[i - 1]} {w}" not in cues.comparison_markers),
                   default=None)  # ("die net als Segers afstand nam": a comparison)
    narrow_at = None  # the clause's own words start after this one
    if inner_at is not None and inner_at + 1 < len(left_words):
        # "Grossi, who has visited the plant since Russian forces seized it": the verb is in a
        # clause of its own inside the relative clause, with its own subject
        narrow_at = inner_at
    elif rel_at is not None and rel_at > 0 and lower_left[rel_at - 1] in cues.prepositions():
        # "the address, in which he accused the West": the clause has its own subject and
        # object; the antecedent is neither
        narrow_at = rel_at
    if narrow_at is not None:
        c_lo = left_words[narrow_at][2]
        left_words, lower_left = left_words[narrow_at + 1:], lower_left[narrow_at + 1:]
        has_aux = not active and any(w in cues.passive_auxiliaries for w in lower_left)
        aux_near = not active and any(w in cues.passive_auxiliaries for w in lower_left[-3:])
        rel_at = None
    if lower_left and (lower_left[-1] in cues.determiners
                       or lower_left[-1].endswith(cues.possessive_suffixes)):
        return []  # "the threatening posture", "het bedreigen van": not a finite act
    if not lower_left and c_lo > s_lo and text[c_lo - 1] == "," \
            and _next_word(text, b, c_hi) in cues.topic_prepositions:
        return []  # "Rayner, asked about the resignation, said ...": she was asked
    if not progressive and lower_left and lower_left[-1] in cues.gerund_prepositions \
            and not has_aux:
        return []  # `deportations of rejected asylum seekers`: a participle, not an act
    if progressive and lower_left and lower_left[-1] in cues.gerund_prepositions \
            and lower_left[-1] not in cues.factual_gerund_prepositions:
        return []  # "warned Kyiv against attacking Crimea": a gerund, not an act that happened
        # (but "left after meeting Biden": it happened)
    if agent_at is not None and has_aux:
        # Passive: "<targets> zijn door <actor> bedreigd" / "<targets> were threatened by <actor>".
        agent_hi = c_hi if agent_at[0] > a else a
        agent_refs = _refs(text, agent_at[1], agent_hi, cues, mentions, resolver)
        if agent_refs:
            actor = agent_refs[0]
            # "criticised by Kyiv and several European governments", "werd door Polen en
            # Litouwen veroordeeld": each agent acted
            co_agents = _listed_group(_refs(text, agent_at[1], s_hi if agent_hi == c_hi
                                            else agent_hi, cues, mentions, resolver),
                                      text, cues)[1:]
            if actor.span and agent_hi == c_hi and text.startswith(",", c_hi):
                # `condemned by Britain's foreign secretary, David Cameron`
                actor = _apposed_person(actor, text, c_hi, s_hi, cues, mentions, resolver)
            aux_pos = min(w0 for w, w0, _ in left_words if w.lower() in cues.passive_auxiliaries)
            subject = _refs(text, c_lo, aux_pos, cues, mentions, resolver)
            targets = [r for r in subject if r.span and r.span[0] < min(agent_at[0], aux_pos)]
            if not targets and rel_at is not None:
                before = _refs(text, s_lo, left_words[rel_at][1], cues, mentions, resolver)
                targets = before[-1:]
            if not targets and action in cues.act_reactions:
                # "The decision was criticised by ...": aimed at whoever decided
                targets = _reaction_target(text, c_lo, aux_pos, a, [
                    actor, *resolver.index.within([(agent_at[1], agent_hi)])], cues, resolver)
    elif aux_near:
        return []  # a passive without its agent ("Finland was welcomed", "X, who was
        # appointed two days ago"): actor unknown
    elif rel_at is not None:
        # Relative clause: "<antecedent>, die hij verwijt ..." / "<antecedent>, whom he accused".
        r0 = left_words[rel_at][1]
        inner = _refs(text, left_words[rel_at][2], a, cues, mentions, resolver)
        before = _refs(text, s_lo, r0, cues, mentions, resolver)
        antecedent = None
        if before and before[-1].span and not re.search(r"\w", text[before[-1].span[1]:r0]):
            antecedent = _person_of_place(before, text, cues)  # the name right before the
            # pronoun
        # a pronoun inside is the clause's subject ("die hij verwijt"), unless it is an
        # article before a name ("die het Westen bedreigde")
        inner_ends = {r.span[0]: r.span[1] for r in inner if r.span}
        pronoun_inside = any(
            (w.lower() in cues.person_pronouns or w.lower() in cues.other_pronouns)
            and inner_ends.get(w0, w1) <= w1
            and not (k + 1 < len(left_words) and left_words[k + 1][1] in inner_ends)
            for k, (w, w0, w1) in enumerate(left_words) if k > rel_at)
        after = _targets_after(text, b, c_hi, cues, analysis, resolver, cues.target_markers)
        # "which Russia threatened": a name right after the pronoun is the clause's subject
        subject_inside = bool(inner) and inner[0].span is not None and not [
            w for w, _, _ in _words(text, left_words[rel_at][2], inner[0].span[0])
            if w.lower() not in cues.determiners]
        # verb-final clauses cannot show who acts; a person antecedent is read as the subject
        # ("Medvedev, die het Westen heeft bedreigd"), anything else as the object
        # ("Moldavië en Georgië, die Rusland heeft bedreigd")
        person_acts = antecedent is not None and antecedent.type == "person"
        if pronoun_inside or (inner and (not after or subject_inside) and not (
                cues.verb_final_subordinate and person_acts)):
            # Object relative: the antecedent undergoes the act.
            if not inner or inner[-1].name is None:
                return []  # "which it seized": an unresolved pronoun acts
            actor = _first_conjunct(inner, text, cues)  # ("that Yellen and other ministers")
            targets = [antecedent] if antecedent is not None else []
        elif antecedent is not None:
            actor = antecedent  # subject relative: "Russia, which denied ..."
            targets = after
            if not targets and cues.verb_final_subordinate:
                targets = _group_after(inner, text, cues)  # "die het Westen bedreigde"
        elif inner and inner[-1].name is not None:
            # the antecedent is no actor ("on the day that Yellen walked out of ..."): the
            # clause has its own subject, named first when several are ("Yellen and other
            # finance ministers")
            actor = _first_conjunct(inner, text, cues)
            targets = after
    else:
        # a name after a place preposition does not act ("de politierechter in Den Haag"),
        # nor one before a subordinator that opens the verb's own clause ("called for an end
        # to attacks on the plant after drones struck": the drones struck)
        sub_lo = c_lo if progressive else max(  # ("after meeting Biden": no subject of its own)
            (w1 for w, _, w1 in left_words if w.lower() in cues.clause_markers
             and w.lower() not in cues.infinitive_markers), default=c_lo)
        asides = _asides(text, sub_lo, a)
        left = [r for r in _refs(text, sub_lo, a, cues, mentions, resolver)
                if not _after_place_marker(text, r, cues)
                and not any(r.span and a0 <= r.span[0] < a1 for a0, a1 in asides)]
        obj_lo = b
        inverted = _inverted_subject(text, s_lo, c_lo, b, c_hi, left, lower_left, cues, mentions,
                                     resolver)
        coordinated = bool(lower_left) and lower_left[-1] in cues.joiners
        if coordinated and (earlier := resolver.actor_before(s_lo, a)) is not None:
            # "Kim accused the US of ... and threatened to ...": the actor of the first verb
            actor = earlier
        elif coordinated and (speaker := _speaker_before(analysis, s_lo, a)) is not None:
            # "X said the union ... and accused ministers of ...": the speaker goes on
            actor = speaker
        elif coordinated and left:
            # "Lavrov compared Macron to Napoleon and accused him": the verbs share the
            # clause's subject, not the last name before the second one
            actor = _list_opening(_group_after(left, text, cues)[0], text, s_lo, c_lo, cues,
                                  mentions, resolver)
        elif left:
            actor = _list_opening(_first_conjunct(left, text, cues), text, s_lo, c_lo, cues,
                                  mentions, resolver)
            co_agents = _co_subjects(actor, a, text, cues, mentions, resolver)
        elif inverted is not None and inverted.span is not None:
            # "Daarna bedreigde Rusland Polen", "Nadat ..., veroordeelde Duitsland de aanval":
            # the subject follows the finite verb, the object follows the subject
            actor, obj_lo = inverted, inverted.span[1]
            if _introduces_content(text, obj_lo, s_hi, cues):
                return []  # "Eerder waarschuwde Lavrov al dat ...": content follows
        elif len([w for w in lower_left if w not in cues.content_gap_words
                  and w not in cues.time_words and w not in cues.determiners
                  and w not in cues.infinitive_markers]) <= 1 \
                and c_lo > s_lo and not (
            left_words and left_words[0][0].lower() in cues.subject_pronouns | cues.other_pronouns
        ):  # (`..., we asked her`: the clause has its own subject)
            # "Joe Biden, condemning Moscow ...": a participle clause acts for the name before
            # ("Zelensky, speaking in Kyiv, urged ...": not for a place); "Lavrov, die in Rio
            # de G20-top bijwoonde, beschuldigde ...": not for a name in a relative clause.
            before = [r for r in _refs(text, s_lo, _before_relative_clause(text, s_lo, c_lo, cues),
                                       cues, mentions, resolver)
                      if not _after_place_marker(text, r, cues)]
            # ("Russia threatened Poland, demanding talks": the actor of the act before)
            acted = resolver.actor_before(s_lo, c_lo) if progressive else None
            actor = acted or ((_clause_subject(before, text, s_lo, c_lo, cues)
                               or _apposition_head(before, text)) if before else None)
        if actor is None and progressive and lower_left == lower_left[:1] \
                and lower_left and lower_left[0] in cues.factual_gerund_prepositions \
                and text.startswith(",", c_hi):
            # "After meeting Biden, Zelensky struck a different note": the main clause's
            # subject did it
            main = _refs(text, c_hi + 1, _clause(text, s_lo, s_hi, c_hi + 1)[1], cues, mentions,
                         resolver)
            actor = main[0] if main and main[0].span and all(
                w.lower() in cues.determiners or w.lower() in cues.not_names
                for w, _, _ in _words(text, c_hi + 1, main[0].span[0])) else None
        split = _split_at_auxiliary(left, left_words, cues)
        if split is not None:
            # "Lavrov heeft Polen gewaarschuwd voor ...", "Gisteren heeft Lavrov Polen
            # gewaarschuwd": the subject stands by the auxiliary, the object before the verb.
            actor, targets = split
        elif _infinitive_follows(text, obj_lo, c_hi, cues):
            # "threatened to deploy ...": an act, not an addressee - but a threat to strike
            # someone is aimed at them ("threatened to strike American bases")
            targets = _infinitive_object(text, obj_lo, c_hi, cues, mentions, resolver) \
                if action in cues.infinitive_object_acts else []
        else:
            targets = _targets_after(text, obj_lo, c_hi, cues, analysis, resolver,
                                     cues.target_markers, sentence_hi=s_hi)
            if len(targets) == 1 and targets[0].span and text.startswith(",", c_hi):
                # "met the Japanese prime minister, Fumio Kishida": the person, not Japan
                targets = [_apposed_person(targets[0], text, c_hi, s_hi, cues, mentions,
                                           resolver)]
            listed = _listed(text, c_hi, s_hi, cues, analysis, resolver)
            if listed and not targets:
                targets = listed
            elif not targets and (body := _definite_body(text, obj_lo, c_hi, cues)) is not None:
                targets = [body]  # `accused the government of ...`: a body no name is given
            elif not targets and (addressee := _addressee(
                    text, obj_lo, c_hi, cues.addressee_markers.get(action, set()), cues,
                    analysis, resolver)) is not None:
                targets = [addressee]  # "demanded a firm response from the IAEA"
            elif not targets and (thing := _thing_by_pronoun(text, obj_lo, c_hi, s_lo, cues,
                                                             resolver)) is not None:
                targets = [thing]  # "since Russian forces seized it": the plant named before
            elif not targets and (treaty := _treaty_by_act(text, obj_lo, c_hi, a, cues,
                                                           resolver)) is not None:
                targets = [treaty]  # "had de opschorting al aangekondigd": of the treaty
            elif not targets and particle_end is not None and particle_end < c_hi:
                # (up to a conjunction: "wees de resolutie van de hand en waarschuwde X")
                p_hi = next((w0 for w, w0, _ in _words(text, particle_end, c_hi)
                             if w.lower() in cues.joiners), c_hi)
                targets = _targets_after(text, particle_end, p_hi, cues, analysis, resolver,
                                         cues.target_markers)
                if not targets and actor is not None and action in cues.act_reactions:
                    # "wees de resolutie van de hand": aimed at whoever adopted it
                    middle = _words(text, obj_lo, particle_end)[:-1]  # (not the particle)
                    while middle and (middle[-1][0].lower() in cues.determiners
                                      or middle[-1][0].lower() in cues.prepositions()):
                        middle.pop()  # "van de (hand)"
                    if middle:
                        targets = _reaction_target(text, obj_lo, middle[-1][2], a, [
                            actor, *resolver.index.within([(c_lo, a)])], cues, resolver)
            elif not targets and actor is not None and action in cues.act_reactions:
                # "condemned the launch": aimed at whoever launched
                targets = _reaction_target(text, obj_lo, c_hi, a, [
                    actor, *resolver.index.within([(c_lo, a)])], cues, resolver)
            elif not targets and left and not _WORD.search(text, b, c_hi):
                # verb-final clause ("heeft het verdrag met de VS opgeschort"): the object
                # stands between subject and verb
                targets = _group_after(left[1:], text, cues) if len(left) > 1 else []
                if left:
                    actor = left[0]
                if not targets and actor is not None and actor.span is not None and (
                        treaty := _treaty_by_act(text, actor.span[1], a, a, cues, resolver)):
                    targets = [treaty]  # "had Poetin de opschorting al aangekondigd"
        if len(targets) > 3:
            targets = targets[:1]
    if partner is not None:
        # ("met zijn Litouwse collega Landsbergis": the possessive is no partner)
        found = [r for r in _refs(text, partner[0], partner[1], cues, mentions, resolver)
                 if r.text.lower() not in cues.possessive_pronouns]
        targets = _group_after(_near(found, text, partner[0], cues), text, cues)
        if not targets:
            return []  # a joint act needs its partner
    if actor is None:
        return []
    co_agents += [r for r in _compared(text, left_words, a, cues, mentions, resolver)
                  if r.actor_id != actor.actor_id]
    agents = [actor, *co_agents]
    if len(agents) > 1 and _reciprocal(text, b, c_hi, cues):
        # "Oekraïne en Rusland gaven elkaar de schuld": each is the other's target
        return [ev for agent in agents
                for ev in _events(text, analysis, cues, action, agent,
                                  [o for o in agents if o is not agent], c_lo,
                                  _reaching(c_hi, agent))]
    return [ev for agent in agents
            for ev in _events(text, analysis, cues, action, agent, targets, c_lo,
                              _reaching(c_hi, agent))]


def _events(text: str, analysis: Analysis, cues: EventCues, action: str, actor: ActorRef,
            targets: list[ActorRef], c_lo: int, c_hi: int) -> list[Event]:
    if actor.type in _THING_TYPES:
        return []  # a treaty or a missile does not act ("talks on the treaty were suspended")
    actor = _canon(_extend_group(actor, text, c_hi, cues), cues)
    lo = min([c_lo, *(t.span[0] for t in targets if t.span)])
    hi = max([c_hi, *(t.span[1] for t in targets if t.span)])
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    evidence_span = (lo, hi)  # text[lo:hi] is the evidence, as every span in a record
    evidence = text[lo:hi]
    out = []
    pool: list[ActorRef | None] = list(targets) or [None]
    for target in pool:
        if target is not None:
            target = _canon(_extend_group(target, text, c_hi, cues), cues)
            if (target.name or target.text) == (actor.name or actor.text) \
                    and target.reason != _OWN_CONDUCT:
                continue  # (but "kritisch op zijn rol": criticism of one's own conduct)
        out.append(Event(doc_id=analysis.document.id, actor=actor, action=action, mode=None,
                         target=target, evidence=evidence, span=evidence_span))
    return out


def _whose(text: str, c_lo: int, s_lo: int, a: int, left_words: list[tuple[str, int, int]],
           cues: EventCues, mentions: list[ActorRef], resolver: _Resolver) -> ActorRef | None:
    """The antecedent of a possessive relative pronoun that opens the act noun's phrase
    ("Medvedev, whose nuclear threats against Western capitals ...")."""
    near = left_words[-4:]
    at = next((w0 for w, w0, _ in reversed(near) if w.lower() in cues.relative_possessives),
              None)
    if at is None:
        return None
    before = [r for r in _refs(text, s_lo, at, cues, mentions, resolver)
              if r.span and not _WORD.search(text, r.span[1], at)]
    return before[-1] if before else None


_SOURCE_REACH = 4  # words after an act noun within which a source (not agent) marker stands


def _build_nominal(text: str, sentence: Span, noun: Span, action: str, cues: EventCues,
                   analysis: Analysis, resolver: _Resolver) -> list[Event]:
    """A noun naming an act: "Russia's threat", "a warning from X", "kritiek op X".

    The actor is a possessor just before the noun, the name after a source marker
    (*from/by*, *van/door*) or the subject of a support verb (*issued a rebuke*); without
    one of these the act has no known actor and yields nothing.
    """
    s_lo, s_hi = sentence
    a, b = noun
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    mentions = analysis.mentions
    left_words = _words(text, c_lo, a)
    if left_words and left_words[-1][0].lower() in cues.demonstratives:
        return []  # "heeft die beschuldiging ontkend": an act told before, not a new one
    if text[a:b].lower() in cues.support_verb_nouns and not any(
            w.lower() in cues.support_verbs for w, _, _ in left_words[-5:]):
        return []  # "support" is praise only when voiced ("tweeted his support")
    actor: ActorRef | None = None
    co_sources: list[ActorRef] = []
    # target phrase: the first target marker right after the noun (within two words)
    right = _words(text, b, c_hi)
    t_at = next((i for i, (w, _, _) in enumerate(right[:3])
                 if w.lower() in cues.nominal_target_markers), None)
    if t_at is not None and right[t_at][0].lower() in cues.content_markers.get(action, ()):
        # "the threat of nuclear war against the US": what is threatened, then the target
        # ("his appeal for ratification of the pact": what is asked for, no target)
        t_at = next((i for i, (w, _, _) in enumerate(right[t_at + 1:t_at + 7], start=t_at + 1)
                     if w.lower() in cues.nominal_target_markers
                     and w.lower() not in cues.genitive_markers), None)
    # the noun's own marker ("attack on", "kritiek op"): the target phrase starts after it
    last = text[a:b].split()[-1].lower()
    own_marker = last in cues.nominal_target_markers or last in cues.partner_markers
    if own_marker:
        t_at = None
    # an agent marker names the actor even after another source marker ("de aanvallen op
    # het binnenland van Rusland door Oekraïne")
    src_at = next((i for i, (w, _, _) in enumerate(right) if w.lower() in cues.agent_markers),
                  None)
    if src_at is None:
        src_at = next((i for i, (w, _, _) in enumerate(right)
                       if w.lower() in cues.source_markers), None)
    passive_at = next((i for i, (w, _, _) in enumerate(right)
                       if w.lower() in cues.passive_auxiliaries), None)
    if passive_at is not None and passive_at + 1 < len(right) \
            and right[passive_at + 1][0].lower() in cues.complementizers:
        return []  # "Een punt van kritiek van de oppositie was dat ...": content, a statement
    if src_at is not None and passive_at is not None and passive_at < src_at:
        src_at = None  # `De aanval werd door D66 bekritiseerd`: the agent of the verb, not the act
    if src_at is not None and (_new_noun_phrase(right[:src_at], cues) or (
            src_at > _SOURCE_REACH and right[src_at][0].lower() not in cues.agent_markers)):
        src_at = None  # `The exercise follows an order by Putin`: the marker is another noun's
        # ("a suspension of all imports of seafood from Japan": far off, not the source)
    if src_at is not None and src_at + 1 < len(right) \
            and right[src_at + 1][0].lower() in cues.indefinite_articles:
        src_at = None  # `zijn eis van een Europese opt-out`: what is demanded, not who
    if src_at is not None and t_at is not None and src_at < t_at:
        t_at = None
    if src_at is not None and t_at is not None and right[src_at][0].lower() in \
            cues.genitive_markers:
        src_at = None  # `een waarschuwing aan het bondgenootschap van de Navo`: the target's
    if src_at is not None:
        # the source is the phrase right after the marker ("a warning from the Kremlin"),
        # not a name further on ("where the warning came from or whether ... Nato")
        src_hi = right[src_at + 4][1] if len(right) > src_at + 4 else c_hi
        found = _refs(text, right[src_at][2], src_hi, cues, mentions, resolver)
        if found and found[0].type != "person":  # the title may run on to its person
            src_hi = right[src_at + 7][1] if len(right) > src_at + 7 else c_hi
            found = _refs(text, right[src_at][2], src_hi, cues, mentions, resolver)
        actor = _titled_person(found, text, cues) if found else None
        if actor is not None:
            # "condemnation from Tokyo, Seoul and Washington": each source acted
            co_sources = _listed_group(_refs(text, right[src_at][2], s_hi, cues, mentions,
                                             resolver), text, cues)[1:]
        if actor is not None and actor.span and src_hi == c_hi and text.startswith(",", c_hi):
            actor = _apposed_person(actor, text, c_hi, s_hi, cues, mentions, resolver)
    if actor is None and cues.relative_possessives:
        actor = _whose(text, c_lo, s_lo, a, left_words, cues, mentions, resolver)
    if actor is None:
        # a possessor within the noun phrase: "Russia's attack", "Putin's provocative test"
        recent = _refs(text, max(c_lo, left_words[-4][1] if len(left_words) >= 4 else c_lo), a,
                       cues, mentions, resolver)
        for ref in reversed(recent):
            pronoun = ref.text.lower() in cues.possessive_pronouns
            if ref.span and (_possessor(ref, text, cues) or (pronoun and ref.name is not None)):
                # "Het ministerie herhaalde zijn oproep": the pronoun is the subject's
                actor = (_support_subject(text, c_lo, ref.span[0], left_words, cues,
                                          mentions, resolver) if pronoun else None) or ref
                break
    if actor is None:
        support = [w0 for k, (w, w0, _) in enumerate(left_words)
                   if w.lower() in cues.support_verbs and _supports(left_words, k, cues)]
        if support and any(w.lower() in cues.infinitive_markers
                           for w, w0, _ in left_words if w0 > support[0]):
            support = []  # "gaf het leger opdracht om oefeningen te houden": not given
        if support:
            left = [r for r in _refs(text, c_lo, a, cues, mentions, resolver)
                    if not _after_place_marker(text, r, cues)]
            before = [r for r in left if r.span and r.span[0] < support[0]]
            after = [r for r in left if r.span and r.span[0] > support[0]]
            if cues.verb_second and after and left_words \
                    and _fronted(left_words[0][0].lower(), cues):
                # "Tegen de plannen van de coalitie hebben veel partijen bezwaar": a phrase
                # opens the clause, the subject follows the finite verb
                before = []
            actor = _first_conjunct(before, text, cues) if before else (
                after[0] if after else None)
            if before and actor is not None:
                # "Britain and France joined the criticism": each of the subjects
                co_sources = _co_subjects(actor, support[-1], text, cues, mentions, resolver)
            if actor is None and c_lo > s_lo and len(left_words) <= 4:
                prev = _refs(text, s_lo, c_lo, cues, mentions, resolver)
                actor = (_clause_subject(prev, text, s_lo, c_lo, cues) or prev[-1]) \
                    if prev else None
    if actor is None and left_words and (cues.frame_prepositions or cues.clause_frames):
        actor = _framing_subject(text, s_lo, s_hi, a, left_words, cues, mentions, resolver)
    if actor is None:
        return []
    targets: list[ActorRef] = []
    if t_at is not None or own_marker:
        t_lo = b if t_at is None else right[t_at][2]
        after_marker = -1 if t_at is None else t_at
        # a partner phrase may go on past a comma ("a phone call with the German chancellor,
        # Olaf Scholz")
        t_hi = right[src_at][1] if src_at is not None and src_at > after_marker else (
            s_hi if last in cues.partner_markers else c_hi)
        targets = _group_after(_near(_refs(text, t_lo, t_hi, cues, mentions, resolver),
                                     text, t_lo, cues, nominal=True), text, cues)
        if len(targets) > 3:
            targets = targets[:1]
        if not targets and action in cues.act_reactions:
            # "outrage at the attack", "kritiek op het besluit": aimed at whoever did it
            targets = _reaction_target(text, t_lo, t_hi, a, [actor, *co_sources], cues,
                                       resolver)
    if not targets and cues.verb_second and left_words:
        # "Vooral tegen de plannen van de coalitie hebben partijen bezwaar": the target
        # phrase opens the clause
        opening = [w.lower() for w, _, _ in left_words[:2]]
        k = 1 if opening[0] in cues.fronted_adverbs and len(opening) > 1 else 0
        if opening[k] in cues.nominal_target_markers:
            fronted = [r for r in _refs(text, left_words[k][2], a, cues, mentions, resolver)
                       if r.span and actor.span and r.span[1] <= actor.span[0]]
            targets = fronted[:1]
    return [ev for source in (actor, *co_sources)
            for ev in _events(text, analysis, cues, action, source, targets, c_lo,
                              _reaching(c_hi, source))]


def _definite_body(text: str, lo: int, hi: int, cues: EventCues) -> ActorRef | None:
    """The object at ``lo`` when it is a definite article and a noun for a body or group (`the
    government`, `het kabinet`, `the allies`): a target the article does not name, unlinked."""
    words = _words(text, lo, hi)[:2]
    if len(words) == 2 and words[0][0].lower() in cues.definite_articles \
            and words[1][0].lower() in cues.group_nouns and words[1][0].islower():
        a, b = words[0][1], words[1][2]
        return ActorRef(text[a:b], (a, b), None, None, "organization",
                        reason="a body the article does not name")
    return None


def _new_noun_phrase(words: list[tuple[str, int, int]], cues: EventCues) -> bool:
    """Whether a noun phrase of its own starts among ``words`` after an act noun: a determiner
    not inside a prepositional phrase (`follows an order`, not `in het binnenland van`)."""
    prepositions = (cues.nominal_target_markers | cues.title_joiners | cues.place_markers
                    | cues.frame_prepositions | cues.topic_prepositions)
    return any(w.lower() in cues.determiners
               and (k == 0 or words[k - 1][0].lower() not in prepositions)
               for k, (w, _, _) in enumerate(words))


def _apposed_person(ref: ActorRef, text: str, c_hi: int, s_hi: int, cues: EventCues,
                    mentions: list[ActorRef], resolver: _Resolver) -> ActorRef:
    """The person named after the comma that ends ``ref``'s clause when the words between
    are a role ("made by the US president, Joe Biden": Biden, not the US); else ``ref``."""
    assert ref.span is not None
    after = _refs(text, c_hi, min(s_hi, c_hi + 60), cues, mentions, resolver)
    person = next((r for r in after if r.span and r.type == "person"), None)
    if person is not None and person.span is not None \
            and _is_role_apposition(_without_possessive(text[ref.span[1]:person.span[0]], cues),
                                    cues):
        return person
    return ref


def _framing_subject(text: str, s_lo: int, s_hi: int, a: int,
                     left_words: list[tuple[str, int, int]],
                     cues: EventCues, mentions: list[ActorRef],
                     resolver: _Resolver) -> ActorRef | None:
    """The sentence's subject, for an act named in a framing phrase right before the noun
    ("Putin, however, dismissed the reports in a phone call with Scholz"): the name that opens
    the sentence."""
    gap = [w for w, _, _ in left_words[-4:]]
    opens_clause = len(gap) == len(left_words)  # gap[0] is the clause's first word
    at = next((i for i in range(len(gap) - 1, -1, -1)
               if gap[i].lower() in cues.frame_prepositions
               or (i == 0 and opens_clause and gap[i].lower() in cues.clause_frames)), None)
    if at is None or any(not w.islower() and w.lower() not in cues.determiners
                         for w in gap[at + 1:]):
        return None  # (a name between: "in Putin's call with ..." is Putin's, found elsewhere)
    k = len(left_words) - len(gap) + at  # the preposition in left_words
    if k > 0 and left_words[k - 1][0].lower() in cues.nominal_heads():
        return None  # "expressed outrage at the attack": the attack is what outraged them
    if (acted := resolver.actor_before(s_lo, a)) is not None:
        return acted  # "..., the day that Yellen walked out in protest": who did that act
    subject = _refs(text, s_lo, a, cues, mentions, resolver)
    if not subject and len(left_words) - len(gap) + at == 0 and left_words[0][1] == s_lo:
        # the framing phrase opens the sentence ("In a phone call with Scholz, Putin
        # repeated ..."): the subject is the name right after the comma that closes it
        comma = text.find(",", a, s_hi)
        after = _refs(text, comma + 1, s_hi, cues, mentions, resolver) if comma > 0 else []
        if after and after[0].span and not _WORD.search(text, comma, after[0].span[0]):
            return after[0]
        return None
    if not subject or subject[0].span is None:
        return None
    opening = _words(text, s_lo, subject[0].span[0])  # "However," or a title before the name
    return subject[0] if len(opening) <= 1 or _is_title(
        " " + text[s_lo:subject[0].span[0]], cues) else None


def _canon(ref: ActorRef, cues: EventCues) -> ActorRef:
    if ref.actor_id is None and (name := canonical(ref.text, cues)):
        ref.name = name
        ref.reason = None
    return ref
