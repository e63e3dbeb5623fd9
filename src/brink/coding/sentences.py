"""Sentence spans for the coder and the event finder.

A small splitter: paragraph breaks, line breaks, and ``. ! ?`` followed by space and a capital
or an opening quote.

This used to try the shared segmenter first (`brink.analyse.segment.split_sentences`), but it
was handed a language code where that function needs the language's resources, so it raised on
every non-blank text (an empty text gives no sentences either way) and the splitter below always
decided, after tokenising the whole document for nothing. It now decides directly, with the same
results. Switching to the shared segmenter would change coding results and is its own decision.
"""

from __future__ import annotations

import re

from brink.analyse.segment import is_abbreviation
from brink.languages import SUPPORTED_LANGUAGES, LanguageResources, load_language

# a capitalised word right after a lower-case letter and a space (a glued heading's end)
_GLUED_OPENER = re.compile(r"(?<=[a-zà-ÿ]) ([A-Z][a-z]+)\b")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“„‘'(]?[A-Z0-9À-Ý])|\n\s*\n|\n")


def _fallback(text: str, resources: LanguageResources | None = None) -> list[tuple[int, int]]:
    breaks: list[tuple[int, int]] = []  # (where a sentence ends, where the next one starts)
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        # (the extraction's test: "the U.N. Security Council", "J. Smith" end no sentence)
        if resources is not None and "\n" not in m.group(0) and text[end - 1] == "." \
                and is_abbreviation(text, 0, end - 1, resources):
            continue
        # Keep a closing quote with its sentence.
        while end < len(text) and text[end] in "\"”’'" and end < m.end():
            end += 1
        breaks.append((end, m.end()))
    if resources is not None:
        # a link label glued to a title ends a sentence: "... says EstoniaRead more The ..."
        breaks.extend((after, after) for _, after in resources.glued_link_labels(text))
        # so does a heading glued to its paragraph: "... over de zorgkosten Vooral tegen ..."
        breaks.extend((m.start(), m.start() + 1) for m in _GLUED_OPENER.finditer(text)
                      if m.group(1).lower() in resources.heading_openers)
        breaks.sort()
    spans = []
    start = 0
    for end, next_start in breaks:
        if end < start:
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = next_start
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``; a full stop after one of the language's
    abbreviations (grammar.yaml) ends none."""
    return _fallback(text, load_language(lang) if lang in SUPPORTED_LANGUAGES else None)
