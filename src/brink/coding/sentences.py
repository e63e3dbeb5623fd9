"""Sentence spans for the event finder.

Uses the shared segmenter (`brink.analyse.segment.split_sentences`) when it is available and
falls back to a small splitter: paragraph breaks, and ``. ! ?`` followed by space and a capital
or an opening quote.
"""

from __future__ import annotations

import re
from typing import Any

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“„‘'(]?[A-Z0-9À-Ý])|\n\s*\n|\n")


def _fallback(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        # Keep a closing quote with its sentence.
        while end < len(text) and text[end] in "\"”’'" and end < m.end():
            end += 1
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    try:
        from brink.analyse import segment  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback(text)
    split: Any = getattr(segment, "split_sentences", None)
    if split is None:
        return _fallback(text)
    try:
        return [(int(s.start), int(s.end)) for s in split(text, lang)]
    except (TypeError, AttributeError, ValueError):
        return _fallback(text)
