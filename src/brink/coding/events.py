"""Speech acts and actions reported without their content: *X threatened Y*, *Y was threatened
by X*, *whom he accused of ...*. Lexicons are per language (``languages/<lang>/events.yaml``);
the engine reads clause structure only from those word lists and punctuation.
"""

from __future__ import annotations

import re

from brink.coding import modality as modality_mod
from brink.coding.codebook import Codebook
from brink.coding.langdata import EventCues, action_table, event_cues, nuclear_bonus
from brink.coding.sentences import sentence_spans
from brink.coding.targets import canonical, names_in
from brink.model import ActorRef, Analysis, Event, Span, Statement

_WORD = re.compile(r"[\w’'-]+")
_BREAK = re.compile(r"[,;:()–—]|\s-\s")
_COMPLEMENT = re.compile(r"^\s*,?\s*(?:dat|that|:|[\"“„‘'«])", re.IGNORECASE)


def _clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    start, end = lo, hi
    for m in _BREAK.finditer(text, lo, hi):
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

    def __init__(self, statements: list[Statement]) -> None:
        self.anchors = sorted(
            (((st.speaker.span or st.span)[0], st)
            for st in statements
            if st.speaker.type == "person" and st.speaker.name
        ), key=lambda pair: pair[0])

    def resolve(self, pos: int) -> Statement | None:
        best = None
        for at, st in self.anchors:
            if at > pos:
                break
            best = st
        return best


def _refs(text: str, lo: int, hi: int, cues: EventCues, mentions: list[ActorRef],
          resolver: _Resolver) -> list[ActorRef]:
    """Actor candidates in ``text[lo:hi]``: linked mentions, names and resolved pronouns."""
    refs = [m for m in mentions if m.span and lo <= m.span[0] and m.span[1] <= hi]
    if not refs:
        refs = names_in(text[lo:hi], lo, cues)
    for word, a, b in _words(text, lo, hi):
        if word.lower() in cues.person_pronouns:
            st = resolver.resolve(a)
            refs.append(ActorRef(
                text=word, span=(a, b),
                name=st.speaker.name if st else None,
                actor_id=st.speaker.actor_id if st else None,
                type="person", reason=None if st else "unresolved pronoun"))
    refs.sort(key=lambda r: r.span[0] if r.span else 0)
    return refs


def _group_after(refs: list[ActorRef], text: str, joiners: set[str]) -> list[ActorRef]:
    """The first ref and those joined to it by ``en``/``and``/commas."""
    if not refs:
        return []
    out = [refs[0]]
    for ref in refs[1:]:
        prev = out[-1]
        assert prev.span and ref.span
        gap = text[prev.span[1]:ref.span[0]].strip().lower()
        if gap in joiners:
            out.append(ref)
        else:
            break
    return out


_JOINERS = {"", ",", "en", "and", ", and", ", en", "&"}


def find_events(analysis: Analysis, book: Codebook,
                sentences: list[tuple[int, int]] | None = None) -> list[Event]:
    """Events in ``analysis``; ``sentences`` are its `sentence_spans` when already known."""
    doc = analysis.document
    text = doc.text
    lang = doc.lang or "en"
    cues = event_cues(lang)
    if not cues.actions:
        return []
    actions = action_table()
    bonus = nuclear_bonus()
    nuclear = book.nuclear.get(lang)
    resolver = _Resolver(analysis.statements)
    quoted = [s for st in analysis.statements if st.kind == "direct" for s in st.spans]
    cue_spans = [st.cue_span for st in analysis.statements if st.cue_span]
    events: list[Event] = []
    seen: set[tuple[str, str, str, int]] = set()
    names = list(cues.actions)
    matcher = cues.action_matcher()
    if sentences is None:
        sentences = sentence_spans(text, lang)
    may_match = matcher.scanner.gate(text)
    for s_lo, s_hi in sentences:
        if may_match is not None and not may_match(s_lo, s_hi):
            continue  # no action cue can occur in this sentence
        found = []
        for action, hits in zip(names, matcher.find(text[s_lo:s_hi]), strict=True):
            for hit in hits:
                found.append((action, s_lo + hit.start, s_lo + hit.end, hit.text))
        if not found:
            continue
        for action, a, b, surface in sorted(found, key=lambda f: f[1]):
            if surface.lower() in cues.exclude:
                continue
            if any(q0 <= a < q1 for q0, q1 in quoted):
                continue
            if any(c0 <= a < c1 for c0, c1 in cue_spans):
                continue
            if _COMPLEMENT.match(text[b:s_hi]):
                continue  # "warned that ..." introduces content: a statement, not an event
            for ev in _build(text, (s_lo, s_hi), (a, b), action, cues, analysis, resolver):
                key = ((ev.actor.name or ev.actor.text).lower(), ev.action,
                       (ev.target.name or ev.target.text).lower() if ev.target else "", s_lo)
                if key in seen:
                    continue
                seen.add(key)
                c_lo, c_hi = _clause(text, s_lo, s_hi, a)
                clause_text = text[c_lo:c_hi]
                ev.mode = "nuclear" if nuclear and nuclear.find(clause_text) else None
                mood, _ = modality_mod.detect(clause_text, lang)
                ev.modality = mood
                info = actions.get(action)
                if info is not None:
                    ev.plover, ev.cameo = info.plover, info.cameo
                    base = info.intensity + (bonus if ev.mode else 0.0)
                    base = max(book.scale[0], min(book.scale[1], base))
                    ev.intensity = round(base * book.modality_weights.get(mood, 1.0), 3) + 0.0
                events.append(ev)
    return events


def _build(text: str, sentence: Span, verb: Span, action: str, cues: EventCues,
           analysis: Analysis, resolver: _Resolver) -> list[Event]:
    s_lo, s_hi = sentence
    a, b = verb
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    mentions = analysis.mentions
    left_words = _words(text, c_lo, a)
    lower_left = [w.lower() for w, _, _ in left_words]
    actor: ActorRef | None = None
    targets: list[ActorRef] = []

    agent_at = None
    for word, w0, w1 in _words(text, c_lo, c_hi):
        if word.lower() in cues.agent_markers:
            agent_at = (w0, w1)
    has_aux = any(w in cues.passive_auxiliaries for w in lower_left)
    if agent_at is not None and has_aux:
        # Passive: "<targets> zijn door <actor> bedreigd" / "<targets> were threatened by <actor>".
        agent_refs = _refs(text, agent_at[1], c_hi, cues, mentions, resolver)
        if agent_refs:
            actor = agent_refs[0]
            aux_pos = min(w0 for w, w0, _ in left_words if w.lower() in cues.passive_auxiliaries)
            subject = _refs(text, c_lo, aux_pos, cues, mentions, resolver)
            targets = [r for r in subject if r.span and r.span[0] < min(agent_at[0], aux_pos)]
    elif lower_left and lower_left[0] in cues.relative_pronouns:
        # Relative clause: "<antecedent> - die hij verwijt ..." / "<antecedent>, whom he accused".
        inner = _refs(text, c_lo, a, cues, mentions, resolver)
        before = _refs(text, s_lo, c_lo, cues, mentions, resolver)
        if inner:
            actor = inner[-1]
            if before:
                targets = [before[-1]]
        elif before:
            actor = before[-1]  # subject relative: "Russia, which denied ..."
            targets = _group_after(_refs(text, b, c_hi, cues, mentions, resolver), text, _JOINERS)
    else:
        left = _refs(text, c_lo, a, cues, mentions, resolver)
        if left:
            actor = left[-1]
        right_lo = b
        for word, _w0, w1 in _words(text, b, c_hi):
            if word.lower() in cues.target_markers:
                right_lo = w1
                break
        targets = _group_after(_refs(text, right_lo, c_hi, cues, mentions, resolver), text,
                               _JOINERS)
        targets = targets[:1] if right_lo == b and len(targets) > 3 else targets
    if actor is None:
        return []
    actor = _canon(actor, cues)
    lo = min([c_lo, *(t.span[0] for t in targets if t.span)])
    evidence_span = (lo, c_hi)
    evidence = text[lo:c_hi].strip()
    out = []
    pool: list[ActorRef | None] = list(targets) or [None]
    for target in pool:
        if target is not None:
            target = _canon(target, cues)
            if (target.name or target.text) == (actor.name or actor.text):
                continue
        out.append(Event(doc_id=analysis.document.id, actor=actor, action=action, mode=None,
                         target=target, evidence=evidence, span=evidence_span))
    return out


def _canon(ref: ActorRef, cues: EventCues) -> ActorRef:
    if ref.actor_id is None and (name := canonical(ref.text, cues)):
        ref.name = name
        ref.reason = None
    return ref
