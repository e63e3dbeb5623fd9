"""Quotation spans: where quoted words start and end, whatever the convention.

Handles `"…"`, `“…”`, `„…”`, `,,…”` (Dutch), `«…»`, `‘…’` and `'…'`, one level of nesting, and
quotes left open at the end of a paragraph (the newspaper convention for quotes that run on);
an apostrophe inside a word (`nazi’s`, `can't`) is never a quote mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from brink.analyse.segment import paragraph_spans

# A quote longer than this is more likely a stray mark than one quotation.
MAX_QUOTE_CHARS = 1500
_OPEN_LEFT = set(" \t\n([{/—–-:;\u00a0") | {""}
_SINGLE = ("'", "‘")
_CLOSE_RIGHT = set(" \t\n)]},.;:!?—–-/…\u00a0") | {""}
# Directional opening marks that may stand apart from their first word (`“ it will be ...”`,
# `« Nous ... »`, a typesetting habit or slip) when no quotation is open (so that they cannot
# close one: “ closes „ in Dutch); their closing mark may then stand apart too.
_SPACED_OPENERS = ("“", "«", "„")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at [open_start, start) and [end, close_end); words at [start, end)."""

    open_start: int
    start: int
    end: int
    close_end: int
    closed: bool
    depth: int = 0

    @property
    def outer(self) -> tuple[int, int]:
        return (self.open_start, self.close_end)


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def find_quotes(text: str, pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> list[Quote]:
    """All quotations in `text`, ordered by start; nested ones have depth 1."""
    quotes: list[Quote] = []
    for p_start, p_end in paragraph_spans(text):
        quotes.extend(_paragraph_quotes(text, p_start, p_end, pairs))
    quotes.sort(key=lambda q: (q.open_start, q.depth))
    return quotes


@lru_cache(maxsize=16)
def _marks(
    pairs: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[list[str], dict[str, tuple[str, ...]], re.Pattern[str]]:
    openers = sorted((p[0] for p in pairs), key=len, reverse=True)
    closers_of = {p[0]: p[1] for p in pairs}
    every = sorted({m for p in pairs for m in (p[0], *p[1])}, key=len, reverse=True)
    return openers, closers_of, re.compile("|".join(re.escape(m) for m in every))


def _paragraph_quotes(
    text: str, start: int, end: int, pairs: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[Quote]:
    openers, closers_of, any_mark = _marks(pairs)
    # (opener, open_start, content_start, opened apart from its first word)
    stack: list[tuple[str, int, int, bool]] = []
    found: list[Quote] = []
    i = start
    while i < end:
        # Jump to the next quotation mark; everything between is plain text.
        m = any_mark.search(text, i, end)
        if m is None:
            break
        i = m.start()
        left = _char(text, i - 1)
        # Try to close the innermost open quote first.
        if stack:
            opener, o_start, c_start, spaced = stack[-1]
            closer = next((c for c in closers_of[opener] if text.startswith(c, i)), None)
            if closer is not None and _can_close(text, i, len(closer), left, spaced):
                stack.pop()
                end_of_content = _trim_end(text, i) if spaced else i
                found.append(
                    Quote(o_start, c_start, end_of_content, i + len(closer), True, depth=len(stack))
                )
                i += len(closer)
                continue
        found_opener = next((o for o in openers if text.startswith(o, i)), None)
        spaced = (
            not stack and found_opener in _SPACED_OPENERS and text[i + 1 : i + 2] in (" ", "\u00a0")
        )
        if found_opener is not None and _can_open(text, i, len(found_opener), left, end, spaced):
            opener = found_opener
            if len(stack) >= 2 or (stack and stack[-1][0] == opener and opener not in ("'", "‘")):
                # A second opening mark of the same kind: the previous quote ran on unclosed.
                prev_opener, o_start, c_start, _ = stack.pop()
                if prev_opener not in _SINGLE:
                    found.append(
                        Quote(o_start, c_start, _trim_end(text, i), i, False, depth=len(stack))
                    )
            content_start = i + len(opener)
            while content_start < end and text[content_start] in " \u00a0":
                content_start += 1
            stack.append((opener, i, content_start, spaced))
            i += len(opener)
            continue
        i += 1
    while stack:
        opener, o_start, c_start, _ = stack.pop()
        if opener in _SINGLE:
            # An unclosed single mark is far more often an apostrophe (`'s avonds`) than a quote.
            continue
        found.append(Quote(o_start, c_start, _trim_end(text, end), end, False, depth=len(stack)))
    return [q for q in found if 0 < q.end - q.start <= MAX_QUOTE_CHARS]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _can_open(text: str, i: int, width: int, left: str, limit: int, spaced: bool = False) -> bool:
    right = _char(text, i + width)
    if spaced and i + width + 1 < limit:
        right = _char(text, i + width + 1)  # `“ it will be`: the mark still opens
    if right == "" or right.isspace() or i + width >= limit:
        return False
    if left.isalnum():
        return False
    return left in _OPEN_LEFT or not left.isalnum()


def _can_close(text: str, i: int, width: int, left: str, spaced: bool = False) -> bool:
    right = _char(text, i + width)
    if left == "" or (left.isspace() and not spaced):
        return False
    if right.isalnum():
        # `nazi’s`, `can't`: an apostrophe, not a closing mark.
        return False
    return right in _CLOSE_RIGHT or not right.isalnum()
