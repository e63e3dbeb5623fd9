"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a detected encoding."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

# When charset-normalizer finds several encodings about as plausible (short texts, Dutch or
# English with a few accented letters), prefer the legacy encodings of Western European news.
PREFERRED_LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")
CHAOS_TOLERANCE = 0.05

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

NOT_TEXT = "binary file, not text"


class NotText(ValueError):
    """The bytes are not text in any encoding brink can recognise."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`, or raise `NotText`.

    A byte order mark decides; then strict UTF-8; NUL bytes mean binary; otherwise
    charset-normalizer picks the most plausible encoding.
    """
    if (bom := bom_encoding(data)) is not None:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError as exc:
            raise NotText(f"{NOT_TEXT} (bad {bom}: {exc.reason})") from exc
    if b"\x00" in data:
        raise NotText(NOT_TEXT)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = detect_encoding(data)
    if encoding is None:
        raise NotText(NOT_TEXT)
    return Decoded(data.decode(encoding, errors="replace"), encoding)


def detect_encoding(data: bytes) -> str | None:
    """The most plausible legacy encoding of `data` (not UTF-8), or None when nothing fits."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # Coherence is noise on short texts; chaos (how messy the decoded text looks) is not.
    # charset-normalizer folds encodings that decode to the same text into one match.
    plausible = {
        encoding
        for m in matches
        if m.chaos <= best.chaos + CHAOS_TOLERANCE
        for encoding in [m.encoding, *m.could_be_from_charset]
    }
    for preferred in PREFERRED_LEGACY_ENCODINGS:
        if preferred in plausible:
            return preferred
    return str(best.encoding)
