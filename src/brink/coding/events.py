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
# Clause breaks; a short parenthesis ("(WRR)", "(IAEA)") is matched whole and is no break.
_BREAK = re.compile(r"\([^()]{0,15}\)|[,;:()–—]|\s-\s")
_QUOTED = re.compile(r"“[^“”]*”|„[^„”“]*[”“]|\"[^\"\n]*\"|«[^«»]*»|‘[^‘’\n]*’(?!\w)")
_QUOTE_OPEN = "\"“„‘'«"
_POSSESSIVE = ("’s", "'s", "’", "'")


def _clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    start, end = lo, hi
    for m in _BREAK.finditer(text, lo, hi):
        if len(m.group(0)) > 1 and m.group(0)[0] == "(":
            continue  # a short parenthesis belongs to its clause
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


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _next_word(text: str, pos: int, hi: int) -> str:
    m = _WORD.search(text, pos, hi)
    return m.group(0).lower() if m else ""


def _introduces_content(text: str, pos: int, hi: int, cues: EventCues) -> bool:
    """Whether what follows a speech verb is its content ("warned that ...", a colon, a quote)."""
    rest = text[pos:hi].lstrip(" ,")
    if not rest or rest[0] in _QUOTE_OPEN or rest[0] == ":":
        return bool(rest)
    return _next_word(text, pos, hi) in cues.complementizers


def find_events(analysis: Analysis, book: Codebook,
                sentences: list[tuple[int, int]] | None = None) -> list[Event]:
    """Events in ``analysis``; ``sentences`` are its `sentence_spans` when already known."""
    doc = analysis.document
    text = doc.text
    lang = doc.lang or "en"
    cues = event_cues(lang)
    if not cues.actions and not cues.nominals:
        return []
    actions = action_table()
    bonus = nuclear_bonus()
    nuclear = book.nuclear.get(lang)
    resolver = _Resolver(analysis.statements)
    # Acts inside quotations or inside reported content belong to what was said, not to
    # the narration: "Russia had warned the US" said by a minister is his claim.
    reported = [s for st in analysis.statements for s in st.spans]
    events: list[Event] = []
    seen: set[tuple[str, str, str, int]] = set()
    labels = cues.action_labels()
    matcher = cues.action_matcher()
    if sentences is None:
        sentences = sentence_spans(text, lang)
    may_match = matcher.scanner.gate(text)
    quoted: list[tuple[int, int]] | None = None
    for s_lo, s_hi in sentences:
        if may_match is not None and not may_match(s_lo, s_hi):
            continue  # no action cue can occur in this sentence
        found = []
        for (action, nominal), hits in zip(labels, matcher.find(text[s_lo:s_hi]), strict=True):
            for hit in hits:
                found.append((action, nominal, s_lo + hit.start, s_lo + hit.end, hit.text))
        if not found:
            continue
        if quoted is None:
            quoted = [m.span() for m in _QUOTED.finditer(text)]
        taken: list[tuple[int, int]] = []
        for action, nominal, a, b, surface in sorted(found, key=lambda f: (f[2], f[3] - f[2])):
            if surface.lower() in cues.exclude:
                continue
            if _inside(a, quoted) or _inside(a, reported):
                continue
            if any(t0 <= a < t1 or a <= t0 < b for t0, t1 in taken):
                continue  # one act per stretch of text ("sabre-rattling" is not two)
            if not nominal and _introduces_content(text, b, s_hi, cues):
                continue  # "warned that ..." introduces content: a statement, not an event
            info = actions.get(action)
            build = _build_nominal if nominal else _build
            built = build(text, (s_lo, s_hi), (a, b), action, cues, analysis, resolver)
            if built:
                taken.append((a, b))
            for ev in built:
                if info is not None and not info.takes_target:
                    ev.target = None
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
                if info is not None:
                    ev.plover, ev.cameo = info.plover, info.cameo
                    base = info.intensity + (bonus if ev.mode else 0.0)
                    base = max(book.scale[0], min(book.scale[1], base))
                    ev.intensity = round(base * book.modality_weights.get(mood, 1.0), 3) + 0.0
                events.append(ev)
    return events


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
                   resolver: _Resolver, markers: set[str]) -> list[ActorRef]:
    """Targets right of an act: its object, else the names after a target marker."""
    mentions = analysis.mentions
    marker_at = None
    for word, w0, w1 in _words(text, lo, hi):
        if word.lower() in markers:
            marker_at = (w0, w1)
            break
    obj_hi = marker_at[0] if marker_at else hi
    targets = _group_after(_refs(text, lo, obj_hi, cues, mentions, resolver), text, _JOINERS)
    if not targets and marker_at is not None:
        targets = _group_after(_refs(text, marker_at[1], hi, cues, mentions, resolver), text,
                               _JOINERS)
    return targets


def _listed(text: str, c_hi: int, s_hi: int, cues: EventCues, analysis: Analysis,
            resolver: _Resolver) -> list[ActorRef]:
    """Names listed after the clause: "accused countries, including X, Y and Z"."""
    if not cues.list_markers or text[c_hi:c_hi + 1] != ",":
        return []
    rest = text[c_hi + 1:s_hi].lstrip()
    low = rest.lower()
    marker = next((m for m in cues.list_markers
                   if low.startswith(m) and not low[len(m):len(m) + 1].isalnum()), None)
    if marker is None:
        return []
    lo = s_hi - len(rest) + len(marker)
    refs = _refs(text, lo, s_hi, cues, analysis.mentions, resolver)
    return _group_after(refs, text, _JOINERS)


def _build(text: str, sentence: Span, verb: Span, action: str, cues: EventCues,
           analysis: Analysis, resolver: _Resolver) -> list[Event]:
    s_lo, s_hi = sentence
    a, b = verb
    c_lo, c_hi = _clause(text, s_lo, s_hi, a)
    mentions = analysis.mentions
    left_words = _words(text, c_lo, a)
    lower_left = [w.lower() for w, _, _ in left_words]
    surface = text[a:b].lower()
    actor: ActorRef | None = None
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
    aux_near = not progressive and any(w in cues.passive_auxiliaries for w in lower_left[-3:])
    has_aux = not progressive and any(w in cues.passive_auxiliaries for w in lower_left)
    rel_at = max((i for i, w in enumerate(lower_left) if w in cues.relative_pronouns),
                 default=None)
    if lower_left and (lower_left[-1] in cues.determiners
                       or lower_left[-1].endswith(_POSSESSIVE[:2])):
        return []  # "the threatening posture", "het bedreigen van": not a finite act
    if agent_at is not None and has_aux:
        # Passive: "<targets> zijn door <actor> bedreigd" / "<targets> were threatened by <actor>".
        agent_hi = c_hi if agent_at[0] > a else a
        agent_refs = _refs(text, agent_at[1], agent_hi, cues, mentions, resolver)
        if agent_refs:
            actor = agent_refs[0]
            aux_pos = min(w0 for w, w0, _ in left_words if w.lower() in cues.passive_auxiliaries)
            subject = _refs(text, c_lo, aux_pos, cues, mentions, resolver)
            targets = [r for r in subject if r.span and r.span[0] < min(agent_at[0], aux_pos)]
            if not targets and rel_at is not None:
                before = _refs(text, s_lo, left_words[rel_at][1], cues, mentions, resolver)
                targets = before[-1:]
    elif aux_near and rel_at is None:
        return []  # a passive without its agent ("Finland was welcomed"): actor unknown
    elif rel_at is not None:
        # Relative clause: "<antecedent>, die hij verwijt ..." / "<antecedent>, whom he accused".
        r0 = left_words[rel_at][1]
        inner = _refs(text, left_words[rel_at][2], a, cues, mentions, resolver)
        before = _refs(text, s_lo, r0, cues, mentions, resolver)
        antecedent = None
        if before and before[-1].span and not re.search(r"\w", text[before[-1].span[1]:r0]):
            antecedent = before[-1]  # the name right before the pronoun
        pronoun_inside = any(w in cues.person_pronouns or w in cues.other_pronouns
                             for w in lower_left[rel_at + 1:])
        after = _targets_after(text, b, c_hi, cues, analysis, resolver, cues.target_markers)
        if pronoun_inside or (inner and not after):
            # Object relative: the antecedent undergoes the act.
            if not inner or inner[-1].name is None:
                return []  # "which it seized": an unresolved pronoun acts
            actor = inner[-1]
            targets = [antecedent] if antecedent is not None else []
        elif antecedent is not None:
            actor = antecedent  # subject relative: "Russia, which denied ..."
            targets = after
    else:
        left = _refs(text, c_lo, a, cues, mentions, resolver)
        if left:
            actor = left[-1]
        elif len(left_words) <= 1 and c_lo > s_lo:
            # "Joe Biden, condemning Moscow ...": a participle clause acts for the name before.
            before = _refs(text, s_lo, c_lo, cues, mentions, resolver)
            actor = before[-1] if before else None
        if _next_word(text, b, c_hi) in cues.infinitive_markers:
            targets = []  # "threatened to deploy ...": an act, not an addressee
        else:
            targets = _targets_after(text, b, c_hi, cues, analysis, resolver,
                                     cues.target_markers)
            listed = _listed(text, c_hi, s_hi, cues, analysis, resolver)
            if listed and not targets:
                targets = listed
            elif not targets and left and not _WORD.search(text, b, c_hi):
                # verb-final clause ("heeft het verdrag met de VS opgeschort"): the object
                # stands between subject and verb
                targets = _group_after(left[1:], text, _JOINERS) if len(left) > 1 else []
                if left:
                    actor = left[0]
        if len(targets) > 3:
            targets = targets[:1]
    if actor is None:
        return []
    return _events(text, analysis, cues, action, actor, targets, c_lo, c_hi)


def _events(text: str, analysis: Analysis, cues: EventCues, action: str, actor: ActorRef,
            targets: list[ActorRef], c_lo: int, c_hi: int) -> list[Event]:
    actor = _canon(_extend_group(actor, text, c_hi, cues), cues)
    lo = min([c_lo, *(t.span[0] for t in targets if t.span)])
    hi = max([c_hi, *(t.span[1] for t in targets if t.span)])
    evidence_span = (lo, hi)
    evidence = text[lo:hi].strip()
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
    actor: ActorRef | None = None
    # target phrase: the first target marker right after the noun (within two words)
    right = _words(text, b, c_hi)
    t_at = next((i for i, (w, _, _) in enumerate(right[:3])
                 if w.lower() in cues.nominal_target_markers), None)
    src_at = next((i for i, (w, _, _) in enumerate(right) if w.lower() in cues.source_markers),
                  None)
    if src_at is not None and t_at is not None and src_at < t_at:
        t_at = None
    if src_at is not None and t_at is None:
        src_hi = c_hi
        found = _refs(text, right[src_at][2], src_hi, cues, mentions, resolver)
        actor = found[0] if found else None
    if actor is None:
        # a possessor within the noun phrase: "Russia's attack", "Putin's provocative test"
        recent = _refs(text, max(c_lo, left_words[-4][1] if len(left_words) >= 4 else c_lo), a,
                       cues, mentions, resolver)
        for ref in reversed(recent):
            if ref.span and (text[ref.span[1]:ref.span[1] + 2].startswith(_POSSESSIVE)
                             or ref.text.endswith(_POSSESSIVE[:2])):
                actor = ref
                break
    if actor is None:
        support = [w0 for w, w0, _ in left_words if w.lower() in cues.support_verbs]
        if support:
            left = _refs(text, c_lo, a, cues, mentions, resolver)
            before = [r for r in left if r.span and r.span[0] < support[0]]
            actor = before[-1] if before else (left[0] if left else None)
            if actor is None and c_lo > s_lo and len(left_words) <= 4:
                prev = _refs(text, s_lo, c_lo, cues, mentions, resolver)
                actor = prev[-1] if prev else None
    if actor is None:
        return []
    targets: list[ActorRef] = []
    if t_at is not None:
        t_hi = right[src_at][1] if src_at is not None and src_at > t_at else c_hi
        targets = _group_after(_refs(text, right[t_at][2], t_hi, cues, mentions, resolver),
                               text, _JOINERS)
        if len(targets) > 3:
            targets = targets[:1]
    return _events(text, analysis, cues, action, actor, targets, c_lo, c_hi)


def _canon(ref: ActorRef, cues: EventCues) -> ActorRef:
    if ref.actor_id is None and (name := canonical(ref.text, cues)):
        ref.name = name
        ref.reason = None
    return ref
