"""Coding one statement: nuclear flag, codebook category, modality, intensity and targets."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from brink.coding import modality as modality_mod
from brink.coding.codebook import Codebook, CueGroup
from brink.coding.langdata import event_cues
from brink.coding.lexicon import Hit
from brink.coding.targets import MentionIndex, in_span, names_in
from brink.model import ActorRef, Code, Speaker, Statement


@dataclass(slots=True)
class Scored:
    code: str
    score: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    groups: list[CueGroup] = field(default_factory=list)


@lru_cache(maxsize=64)
def _signaller_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(r"(?<!\w)" + re.escape(name) + r"(?!\w)" for name in names)
    return re.compile(alternatives, re.IGNORECASE)


@lru_cache(maxsize=4096)
def _names_signaller(names: tuple[str, ...], haystack: str) -> bool:
    rx = _signaller_regex(names)
    return rx is not None and rx.search(haystack) is not None


def speaker_role(speaker: Speaker, book: Codebook,
                 speaks_for: Callable[[str], frozenset[str]] | None = None) -> str:
    """``signaller`` when the speaker is one of the codebook's signallers, or (``speaks_for``:
    the actor knowledge base) holds an office or is a body of a signaller country; else
    ``third_party``."""
    if speaker.type not in book.signaller_types:
        return "third_party"
    haystack = " ".join(x for x in (speaker.name, speaker.text, speaker.actor_id) if x)
    if _names_signaller(tuple(book.signallers), haystack):
        return "signaller"
    if speaks_for is not None and speaker.actor_id and book.signaller_countries \
            and not speaks_for(speaker.actor_id).isdisjoint(book.signaller_countries):
        return "signaller"
    return "third_party"


def _first_person(text: str, lang: str) -> bool:
    """Whether ``text`` speaks for the speaker's own side (*we, our* / *wij, ons*)."""
    lexicon = event_cues(lang).first_person
    return lexicon is not None and bool(lexicon) and bool(lexicon.find(text))


def score_categories(text: str, lang: str, book: Codebook) -> dict[str, Scored]:
    """Sum of weights of the distinct cue terms that fire, per category."""
    return _scores(book.cue_matcher(lang).find(text), lang, book)


def _scores(per_group: list[list[Hit]], lang: str, book: Codebook) -> dict[str, Scored]:
    """`score_categories` from the hits of each cue group (in `Codebook.cue_matcher` order)."""
    out: dict[str, Scored] = {}
    if not any(per_group):
        return out
    n = 0
    for cid, cat in book.categories.items():
        scored = Scored(cid)
        seen: set[str] = set()
        for group in cat.cues.get(lang, []):
            found = per_group[n]
            n += 1
            if not found:
                continue
            hits = [h for h in found if h.text.lower() not in seen]
            if not hits:
                continue
            seen.update(h.text.lower() for h in hits)
            scored.score += group.weight * len({h.text.lower() for h in hits})
            scored.hits.extend(hits)
            scored.groups.append(group)
        if scored.score:
            out[cid] = scored
    return out


def is_nuclear(text: str, lang: str, book: Codebook) -> list[Hit]:
    lexicon = book.nuclear.get(lang)
    return lexicon.find(text) if lexicon else []


def _other_weapons(text: str, lang: str, book: Codebook) -> bool:
    lexicon = book.other_weapons.get(lang)
    return bool(lexicon and lexicon.find(text))


def choose(scores: dict[str, Scored], book: Codebook) -> Scored | None:
    candidates = [s for s in scores.values() if book.categories[s.code].requires_nuclear]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (s.score, book.categories[s.code].priority))


def base_intensity(scored: Scored, book: Codebook) -> float:
    """The category intensity, unless a cue group with its own intensity fired (strongest wins)."""
    own = [g for g in scored.groups if g.intensity is not None]
    if own:
        best = max(own, key=lambda g: g.weight)
        return float(best.intensity or 0.0)
    return book.categories[scored.code].intensity


def statement_targets(st: Statement, mentions: list[ActorRef], lang: str,
                      index: MentionIndex | None = None) -> list[ActorRef]:
    """Actors the content is aimed at: linked mentions inside its span, else names in it.

    ``index`` is a `MentionIndex` of ``mentions``, to share between the statements of a document.
    """
    speaker_keys = {x.lower() for x in (st.speaker.name, st.speaker.text) if x}
    if index is not None and index.mentions is mentions:
        inside = index.within(st.spans)
    else:
        inside = [m for m in mentions if any(in_span(m, s) for s in st.spans)]
    if not mentions:
        start = st.spans[0][0]
        inside = names_in(st.content, start, event_cues(lang))
    out: list[ActorRef] = []
    seen: set[str] = set()
    for ref in inside:
        key = (ref.name or ref.text).lower()
        if key in seen or key in speaker_keys or ref.text.lower() in speaker_keys:
            continue
        seen.add(key)
        out.append(ref)
    return out


def code_statement(st: Statement, book: Codebook, mentions: list[ActorRef],
                   context: str | None = None, index: MentionIndex | None = None,
                   nuclear_topic: bool = False,
                   speaks_for: Callable[[str], frozenset[str]] | None = None) -> None:
    """Fill ``nuclear``, ``codes``, ``modality``, ``intensity`` and ``targets`` of ``st``.

    ``context`` is the text around the statement (its sentence and the ones before it, see
    ``nuclear_context_sentences``); it defaults to the statement's sentence. ``index`` is an
    optional `MentionIndex` of ``mentions`` (faster when coding many statements).
    ``nuclear_topic`` says the whole document is about nuclear weapons. ``speaks_for`` (from
    the actor knowledge base) tells whose voice a linked speaker is (`speaker_role`).
    """
    lang = st.lang
    text = st.content
    # The nuclear lexicon and every cue group in one scan (= is_nuclear + score_categories).
    nuclear_hits, *per_group = book.content_matcher(lang).find(text)
    scores = _scores(per_group, lang, book)
    if not nuclear_hits and scores and not _other_weapons(text, lang, book):
        # Content with a category cue in a passage (or an article) about nuclear weapons
        # ("calls the rhetoric reckless", said of nuclear threats) is nuclear too - unless it
        # names another kind of weapon ("a pretext for using chemical weapons").
        around = is_nuclear(context if context is not None else st.sentence, lang, book)
        if not around and nuclear_topic:
            around = [Hit("(nuclear topic)", "(nuclear topic)", 0, 0)]
        if around:
            nuclear_hits = around[:1]
    st.nuclear = bool(nuclear_hits)
    st.targets = statement_targets(st, mentions, lang, index)
    target_name = (st.targets[0].name or st.targets[0].text) if st.targets else None
    role = speaker_role(st.speaker, book, speaks_for)

    chosen = choose(scores, book) if st.nuclear else None
    if chosen is None:
        if st.nuclear:
            # Nuclear content without a category cue: a signaller talking about its arsenal
            # deters, anybody else assesses.
            code = "deterrence" if role == "signaller" else "risk_assessment"
            code = code if code in book.categories else book.default_code
            chosen = Scored(code, 0.0)
        else:
            chosen = Scored(book.default_code, 0.0)
    if (role == "third_party" and chosen.code in book.role_recode.get(role, {})
            and st.speaker.type in book.signaller_types and _first_person(text, lang)):
        # "We will answer with everything we have": the speaker's own side acts, so it is
        # signalling (a threat or deterrent), not a third party assessing someone else's.
        role = "signaller"
    code = book.role_recode.get(role, {}).get(chosen.code, chosen.code)
    focus = chosen.hits[0].start if chosen.hits else (
        nuclear_hits[0].start if nuclear_hits else None)
    mood, _markers = modality_mod.detect(text, lang, focus)
    category = book.categories[code]
    intensity = base_intensity(chosen, book) if code == chosen.code else category.intensity
    weight = book.modality_weights.get(mood, 1.0)
    if mood == "negated" and category.negated_as:
        code = category.negated_as
        intensity = book.categories[code].intensity
        weight = 1.0
    direct = book.directness_weights.get(st.kind, 1.0)
    st.modality = mood
    st.intensity = round(intensity * weight * direct, 3) + 0.0
    evidence = sorted({h.text.lower() for h in chosen.hits})
    if st.nuclear:
        evidence = sorted({h.text.lower() for h in nuclear_hits[:3]}) + evidence
    confidence = chosen.score / (chosen.score + 1.0) if chosen.score else 0.3
    st.codes = [Code(code=code, score=round(confidence, 3), evidence=evidence, target=target_name)]
