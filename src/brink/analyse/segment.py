"""Paragraphs, sentences and tokens, with offsets into the document text.

Written for news text rather than taken from a general tokenizer: an opening quote (`,,`, `„`,
`“`, `"`) starts the next sentence instead of ending the previous one, a line break always ends
a sentence, a sentence never ends inside a quotation (`"A. B," he said.` is one unit), and a
heading glued to the next sentence by lost line breaks is cut off before a capitalised
function word (`... Coronabeleid In het gesprek ...`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brink.analyse.quotes import Quote
    from brink.languages import LanguageResources

# Group 1: a word (letters or digits, with inner hyphens, apostrophes, dots); else punctuation.
_TOKEN = re.compile(r"(\w+(?:[-’'.&]\w+)*)|,,|[^\w\s]", re.UNICODE)
_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(
    r"(?P<stop>[.!?…]+|\.\.\.)(?P<closers>[\"”’'»)\]]*)(?P<space>\s+)"
    r"(?=(?:,,|[\"“„‘'«(\[\-–—])*\s?[^\W\d_a-z]|\d|,,|[\"“„«])",
    re.UNICODE,
)
# `...them?Read more`: a question or exclamation mark glued to the next sentence.
_GLUED_BOUNDARY = re.compile(r"[?!][\"”’'»)]*(?=[^\W\d_a-z][a-z])", re.UNICODE)
# A capitalised word between a word and a lower-case word (`... vraag Maar volgens ...`).
_GLUED_CANDIDATE = re.compile(r"[ \t]([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)[ \t]+[a-zß-öø-ÿ]")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)\W*$", re.UNICODE)


class Token:
    """A word or punctuation mark with its offsets; the derived attributes are computed once."""

    __slots__ = ("end", "is_capitalised", "is_word", "lower", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, lower: str | None = None, is_word: bool | None = None
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower() if lower is None else lower
        first = text[0]
        self.is_word = first.isalnum() if is_word is None else is_word
        self.is_capitalised = self.is_word and first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed: in news text every line break ends a paragraph."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two (`İ`): no shortcut
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    tokens = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        tokens.append(Token(text[s:e], s, e, lowered[s:e], m.lastindex == 1))
    return tokens


def split_at_link_labels(
    text: str, tokens: list[Token], resources: LanguageResources
) -> list[Token]:
    """`tokens` with a word that a link label is glued to cut in two (`EstoniaRead` →
    `Estonia`, `Read`): the sentence ends between them."""
    cuts = [a for a, _ in resources.glued_link_labels(text)]
    if not cuts:
        return tokens
    starts = [t.start for t in tokens]
    out = list(tokens)
    for p in reversed(cuts):
        k = bisect_left(starts, p + 1) - 1
        if k < 0:
            continue
        tok = tokens[k]
        if tok.start < p < tok.end:
            out[k : k + 1] = [
                Token(text[tok.start : p], tok.start, p),
                Token(text[p : tok.end], p, tok.end),
            ]
    return out


_TITLE_REACH = 400  # characters before a link label within which its title starts
_TITLE_START = re.compile(r"[.!?][\"”’']?\s+|\n")


def link_titles(text: str, resources: LanguageResources) -> list[tuple[int, int]]:
    """Spans of the titles of related-article links (`... Read more`, `Lees ook`): from
    the end of the sentence before a glued link label through the label. A title is no text
    of the article: its reporting verbs (`..., says Estonia`) report nothing."""
    spans: list[tuple[int, int]] = []
    for at, after in resources.glued_link_labels(text):
        # (the title's own final ?/! stays with it: "... approach to Russia?Read more"; a
        # title is a line, so the search looks back no further than one)
        lo = max(0, at - _TITLE_REACH)
        start = lo
        for m in _TITLE_START.finditer(text, lo, max(0, at - 1)):
            start = m.end()
        spans.append((start, after))
    return spans


def tokens_within(tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
    """The tokens of a document-wide list that lie in [start, end); `starts` are their offsets."""
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    return tokens[lo:hi]


def _inside_any(pos: int, quotes: Iterable[Quote]) -> bool:
    # A plain loop: this runs for every boundary candidate, and compiles to tight C.
    for q in quotes:  # noqa: SIM110
        if q.open_start < pos < q.close_end and q.closed:
            return True
    return False


def split_sentences(
    text: str,
    resources: LanguageResources,
    quotes: list[Quote] | None = None,
) -> list[Sentence]:
    """Sentences of `text`; a sentence never ends inside a closed quotation from `quotes`."""
    quotes = quotes or []
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        local = [
            q for q in quotes if q.open_start >= p_start and q.close_end <= p_end and q.depth == 0
        ]
        cuts = [p_start]
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            stop_at = m.start("stop")
            if m.group("stop") == "." and is_abbreviation(text, p_start, stop_at, resources):
                continue
            cut = m.end("space")
            if _inside_any(cut, local):
                continue
            cuts.append(cut)
        cuts.extend(
            m.end()
            for m in _GLUED_BOUNDARY.finditer(text, p_start, p_end)
            if not _inside_any(m.end(), local)
        )
        cuts.extend(_glued_heading_cuts(text, p_start, p_end, resources, local))
        cuts.extend(_link_label_cuts(text, p_start, p_end, resources))
        cuts = sorted(set(cuts))
        for s, e in zip(cuts, [*cuts[1:], p_end], strict=True):
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(s, e, number))
    return sentences


def is_abbreviation(text: str, p_start: int, stop_at: int, resources: LanguageResources) -> bool:
    """Whether the full stop at `stop_at` closes an abbreviation or an initial (`U.N.`, `J.
    Smith`) rather than a sentence; `p_start` is where its paragraph starts."""
    m = _WORD_BEFORE.search(text, max(p_start, stop_at - 30), stop_at)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isalpha() and text[m.start(1) - 1 : m.start(1)] not in ("'", "’"):
        # an initial ("J. Smith"), unless a channel word names it: "schreef hij op X."
        # (not the `s` of "F-16's." or "Reagan's.")
        before = _WORD_BEFORE.search(text, max(p_start, m.start(1) - 30), m.start(1))
        return before is None or before.group(1).lower() not in resources.channel_markers
    return word.lower() in resources.abbreviations


def _link_label_cuts(text: str, start: int, end: int, resources: LanguageResources) -> list[int]:
    """Around a link label glued to the word before it (`... NatoRead more The ...`, also
    `them?Read more The`): the
    label is a sentence of its own, so neither neighbour takes it."""
    cuts: list[int] = []
    for at, after in resources.glued_link_labels(text, start, end):
        while after < end and text[after].isspace():
            after += 1
        cuts.append(at)
        cuts.append(after)
    return cuts


def _glued_heading_cuts(
    text: str, start: int, end: int, resources: LanguageResources, quotes: list[Quote]
) -> list[int]:
    """Cut before a capitalised function word that follows a word with no punctuation and
    precedes a lower-case word: the trace of a lost line break after a heading."""
    openers = resources.sentence_openers
    return [
        m.start(1)
        for m in _GLUED_CANDIDATE.finditer(text, start, end)
        if m.start() > start
        and text[m.start() - 1].isalnum()
        and m.group(1).lower() in openers
        and not _inside_any(m.start(1), quotes)
    ]
