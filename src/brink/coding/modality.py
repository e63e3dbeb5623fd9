"""Modality of a clause: asserted, hedged, conditional, negated or question.

Precedence when several markers occur: question > negated > conditional > hedged > asserted.
A negator inside the condition itself ("if we had no arsenal, ...") does not negate the claim,
and listed exceptions ("not only") never count.
"""

from __future__ import annotations

import re

from brink.coding.langdata import ModalityCues, modality_cues
from brink.coding.lexicon import Hit

_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s|[.!?](?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’']*)(?=\s|$)")


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text`` (split at punctuation), never empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [s for s in spans if text[s[0]:s[1]].strip()] or [(0, len(text))]


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos:
            return start, m.end()
        start = m.end()
    return start, len(text)


def _negations(cues: ModalityCues, text: str, negations: list[Hit] | None = None,
               exceptions: list[Hit] | None = None) -> list[Hit]:
    """Negators not inside a listed exception (``negations``/``exceptions``: hits if known)."""
    if exceptions is None:
        exceptions = cues.negation_exceptions.find(text)
    if negations is None:
        negations = cues.negation.find(text)
    return [
        h for h in negations
        if not any(e.start <= h.start < e.end for e in exceptions)
    ]


def _conditional_zones(cues: ModalityCues, text: str,
                       markers: list[Hit] | None = None) -> list[tuple[int, int]]:
    """Each conditional marker and the clause it opens (up to the next clause break)."""
    zones = []
    for hit in cues.conditional.find(text) if markers is None else markers:
        m = _CLAUSE_BREAK.search(text, hit.end)
        zones.append((hit.start, m.start() if m else len(text)))
    return zones


def detect(text: str, lang: str, focus: int | None = None) -> tuple[str, list[str]]:
    """The modality of ``text`` (around offset ``focus`` when given) and the markers found.

    With a focus, negation and hedging are read from the sentence holding the focus, and a
    condition counts when that sentence contains one.
    """
    cues = modality_cues(lang)
    lo, hi = (0, len(text)) if focus is None else _sentence_of(text, focus)
    part = text[lo:hi]
    stripped = part.rstrip(" \"”’'»)")
    if any(stripped.endswith(q) for q in cues.question_marks):
        return "question", ["?"]
    negations, exceptions, conditions, hedges = cues.matcher().find(part)
    zones = _conditional_zones(cues, part, conditions)
    negs = [h for h in _negations(cues, part, negations, exceptions)
            if not any(a <= h.start < b for a, b in zones)]
    if negs:
        return "negated", [h.text for h in negs]
    if zones:
        return "conditional", [part[a:b].split()[0] for a, b in zones if part[a:b].split()]
    if hedges:
        return "hedged", [h.text for h in hedges]
    return "asserted", []
