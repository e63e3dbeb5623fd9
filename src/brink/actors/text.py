"""Length-preserving text normalisation and tokenisation shared by the alias index and the matcher.

`fold(text)` lower-cases and strips diacritics character by character, so offsets in the folded
text are offsets in the original. Tokens are runs of word characters (`\\w+`): hyphens,
apostrophes and spaces separate tokens the same way in names and in articles, so
"non-proliferatieverdrag", "Thomas-Greenfield" and "Russia's" need no special case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TOKEN_RE = re.compile(r"\w+")
SPLIT_RE = re.compile(r"(\W+)")


def _strip_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 Supplement to Latin Extended-B, Greek is left alone, Cyrillic (ё, й, ї...).
    for code in (*range(0x00C0, 0x0250), *range(0x0400, 0x0530), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = base.lower()
    # Letters without a decomposition that readers treat as their base letter.
    for char, base in {
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
    }.items():
        table[ord(char)] = base
    # Typographic apostrophes and dashes behave like their ASCII forms.
    for char in "’‘ʼ`´":
        table[ord(char)] = "'"
    for char in "‐‑‒–—":
        table[ord(char)] = "-"
    return table


_TABLE = _strip_table()


def fold(text: str) -> str:
    """Lower-case and strip diacritics, keeping the length (offsets stay valid)."""
    folded = text.lower().translate(_TABLE)
    if len(folded) != len(text):  # e.g. "İ" lower-cases to two characters
        folded = "".join((c.lower()[:1] or c).translate(_TABLE) for c in text)
    return folded


@lru_cache(maxsize=131072)
def fold_word(word: str) -> str:
    """`fold` of one lower-cased word, cached: articles repeat their words."""
    return word if word.isascii() else word.translate(_TABLE)


@lru_cache(maxsize=65536)
def fold_key(text: str) -> tuple[str, ...]:
    """The token keys of a name: "Médvédev" → ("medvedev",); "New START" → ("new", "start")."""
    return tuple(TOKEN_RE.findall(fold(text)))


def surface_tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def is_acronym(token: str) -> bool:
    """ "AP", "VS", "CDA", "G7": all letters upper-case, short; such aliases match case-exactly."""
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(token) <= 6
