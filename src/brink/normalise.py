"""Text normalisation that remembers where every character came from.

`normalise_text` turns decoded input into the text every later stage works on:

- newlines: ``\\r\\n``, ``\\r``, NEL (U+0085), LINE and PARAGRAPH SEPARATOR become ``\\n``;
- byte order marks (U+FEFF) and control characters other than ``\\n`` and ``\\t`` are removed;
- Unicode is composed (NFC), so ``e`` + COMBINING ACUTE becomes ``é``.

It returns the text and an `OffsetMap` from offsets in the result to offsets in the input.
Removed characters belong to the character that follows them, so ``to_original`` is monotone,
maps 0 to 0 and the end to the end, and a span ``(s, e)`` of the result maps to the stretch of
input it came from: ``raw[m.to_original(s):m.to_original(e)]``.

Text that is already clean (the usual case) costs one regex search and one NFC check.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from brink.model import OffsetMap

__all__ = ["normalise_text", "shift_map"]

# Newline sequences that become "\n"; everything else matched by _JUNK is dropped.
_NEWLINES = {"\r\n": "\n", "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
_JUNK = re.compile("\r\n?|[\x85\u2028\u2029]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]+")
# Only a non-ASCII character can change under NFC, together with the character before it.
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def normalise_text(raw: str) -> tuple[str, OffsetMap]:
    """Clean and NFC-compose `raw`; return the text and a map back to offsets in `raw`."""
    cleaned, clean_points = _clean(raw)
    if unicodedata.is_normalized("NFC", cleaned):
        return cleaned, OffsetMap(clean_points)
    composed, nfc_points = _compose(cleaned)
    if not clean_points:
        return composed, OffsetMap(nfc_points)
    if not nfc_points:
        return composed, OffsetMap(clean_points)
    return composed, OffsetMap(_chain(nfc_points, clean_points, len(composed)))


def shift_map(offsets: OffsetMap, base: int) -> OffsetMap:
    """The map for text that started at offset `base` of a larger original."""
    if base == 0:
        return offsets
    points = [(0, base)] if not offsets.points or offsets.points[0][0] != 0 else []
    points.extend((norm, orig + base) for norm, orig in offsets.points)
    return OffsetMap(points)


# -- stage 1: newlines, BOMs and control characters -------------------------------------------


def _clean(raw: str) -> tuple[str, list[tuple[int, int]]]:
    if _JUNK.search(raw) is None:
        return raw, []
    parts: list[str] = []
    points = _Points()
    pos = 0  # next unread offset in raw
    out = 0  # length of the output so far
    for m in _JUNK.finditer(raw):
        start, end = m.span()
        parts.append(raw[pos:start])
        out += start - pos
        replacement = _NEWLINES.get(m.group())
        if replacement is None:
            # Dropped: the removed run belongs to the next output character (or the end).
            if end < len(raw):
                points.add(out + 1, end + 1)
        else:
            # "\r\n" -> "\n": the output "\n" stands for both input characters.
            parts.append(replacement)
            out += 1
            points.add(out, end)
        pos = end
    parts.append(raw[pos:])
    out += len(raw) - pos
    points.add(out, len(raw))  # removed characters at the very end belong to the end
    return "".join(parts), points.items


# -- stage 2: NFC --------------------------------------------------------------------------


def _compose(text: str) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    points = _Points()
    pos = 0
    out = 0
    for m in _NON_ASCII_RUN.finditer(text):
        segment = m.group()
        composed = unicodedata.normalize("NFC", segment)
        if composed == segment:
            continue
        start = m.start()
        parts.append(text[pos:start])
        out += start - pos
        for chunk_start, chunk in _chunks(segment):
            new = unicodedata.normalize("NFC", chunk)
            orig = start + chunk_start
            if new == chunk:
                points.add(out, orig)
            else:
                # A common prefix maps one to one; the changed rest spreads evenly.
                same = _common_prefix(chunk, new)
                for k in range(len(new)):
                    if k < same:
                        points.add(out + k, orig + k)
                    else:
                        spread = ((k - same) * (len(chunk) - same)) // (len(new) - same)
                        points.add(out + k, orig + same + spread)
            parts.append(new)
            out += len(new)
        pos = m.end()
        points.add(out, pos)
    parts.append(text[pos:])
    composed_text = "".join(parts)
    if composed_text != unicodedata.normalize("NFC", text):  # pragma: no cover - safety net
        whole = unicodedata.normalize("NFC", text)
        return whole, [(len(whole), len(text))] if len(whole) != len(text) else []
    return composed_text, points.items


def _chunks(segment: str) -> list[tuple[int, str]]:
    """Split `segment` before every character NFC cannot join to what precedes it.

    Checked: when the pieces normalise to something else than the whole, the whole segment is
    one chunk (offsets inside it are then approximate, never out of order).
    """
    starts = [0] + [i for i in range(1, len(segment)) if _boundary_before(segment[i])]
    chunks = [(a, segment[a:b]) for a, b in zip(starts, [*starts[1:], len(segment)], strict=True)]
    joined = "".join(unicodedata.normalize("NFC", c) for _, c in chunks)
    if joined != unicodedata.normalize("NFC", segment):
        return [(0, segment)]
    return chunks


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=4096)
def _boundary_before(ch: str) -> bool:
    first = unicodedata.normalize("NFD", ch)[0]
    return (
        unicodedata.combining(first) == 0
        and first not in _second_of_pairs()
        and (ch not in _second_of_pairs())
    )


@lru_cache(maxsize=1)
def _second_of_pairs() -> frozenset[str]:
    """Starters that NFC can merge into the character before them (Hangul vowels, some Indic)."""
    seconds: set[str] = set()
    for cp in range(0xC0, 0x30000):
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition or decomposition.startswith("<"):
            continue
        codes = decomposition.split()
        if len(codes) == 2:
            second = chr(int(codes[1], 16))
            if unicodedata.combining(second) == 0:
                seconds.add(second)
    seconds.update(chr(cp) for cp in range(0x1161, 0x1176))  # Hangul medial vowels
    seconds.update(chr(cp) for cp in range(0x11A8, 0x11C3))  # Hangul final consonants
    return frozenset(seconds)


# -- point lists -----------------------------------------------------------------------------


class _Points:
    """Collects (normalised, original) points, keeping only those where the drift changes."""

    __slots__ = ("drift", "items")

    def __init__(self) -> None:
        self.items: list[tuple[int, int]] = []
        self.drift = 0

    def add(self, norm: int, orig: int) -> None:
        drift = orig - norm
        if drift == self.drift:
            return
        if self.items and self.items[-1][0] == norm:
            self.items.pop()
            previous = self.items[-1][1] - self.items[-1][0] if self.items else 0
            if previous == drift:
                self.drift = drift
                return
        self.items.append((norm, orig))
        self.drift = drift


def _mapper(points: list[tuple[int, int]]) -> Callable[[int], int]:
    keys = [p[0] for p in points]

    def to_original(offset: int) -> int:
        i = bisect_right(keys, offset)
        return offset if i == 0 else offset + points[i - 1][1] - points[i - 1][0]

    return to_original


def _chain(
    first: list[tuple[int, int]], second: list[tuple[int, int]], length: int
) -> list[tuple[int, int]]:
    """Points of ``second ∘ first``: normalised → intermediate (`first`) → original (`second`)."""
    f = _mapper(first)
    g = _mapper(second)
    candidates = {0, length, *(p[0] for p in first)}
    for mid, _ in second:
        # The first normalised offset whose intermediate offset reaches `mid`.
        lo, hi = 0, length
        while lo < hi:
            m = (lo + hi) // 2
            if f(m) >= mid:
                hi = m
            else:
                lo = m + 1
        candidates.add(lo)
    points = _Points()
    for k in sorted(candidates):
        points.add(k, g(f(k)))
    return points.items
