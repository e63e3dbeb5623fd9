"""Length-preserving text normalisation and tokenisation shared by the alias index and the matcher.

`fold(text)` lower-cases and strips diacritics character by character, so offsets in the folded
text are offsets in the original. Tokens are runs of word characters (`\\w+`): hyphens,
apostrophes and spaces separate tokens the same way in names and in articles, so
"non-proliferatieverdrag", "Thomas-Greenfield" and "Russia's" need no special case.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

TOKEN_RE = re.compile(r"\w+")


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
    if text.isascii():  # (the table's one ASCII key is "`"; `replace` beats `translate`)
        return text.lower().replace("`", "'")
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


# Word shapes: an ASCII text of the same length in which every character of a word (`\w`) is
# itself lower-cased (ASCII) or "_" (other scripts) and every other character is a space.
# Splitting it on spaces finds the words in C, without a regular expression; the offset of a
# piece is the sum of the lengths before it plus one per space. One `translate` with this
# table makes the shape of an ASCII text (lower-casing included).
_ASCII_SHAPE: dict[int, str] = {
    **{c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")},
    **{c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
}
# The same as a table for `bytes.translate`, which maps a byte by indexing, not by a look-up
# in a dict per character as `str.translate` does. (Bytes above 127 never occur: the text is
# encoded to ASCII first.)
_ASCII_SHAPE_BYTES = bytes(ord(_ASCII_SHAPE.get(c, chr(c))) if c < 128 else c for c in range(256))
_RUN_SHAPES: dict[str, str] = {}


def _run_shape(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the shape of a run of non-ASCII characters ("“" → " ", "ë" → "_")."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    shape = _RUN_SHAPES.get(run)
    if shape is None:
        shape = "".join("_" if c.isalnum() or c == "_" else " " for c in run)
        if len(_RUN_SHAPES) < 10000:
            _RUN_SHAPES[run] = shape
    return shape, error.end


codecs.register_error("brink-word-shape", _run_shape)


def needs_whole_lower(text: str) -> bool:
    """Whether lower-casing `text` word by word differs from lower-casing it whole: "İ" becomes
    two characters, "Σ" depends on the letters around it. Lower-casing changes no character
    from word to non-word or back."""
    return "\u0130" in text or "\u03a3" in text


def words_of(text: str) -> tuple[list[str], list[int]]:
    """The words of `text` (runs of `\\w`, as `TOKEN_RE` finds them), lower-cased and folded,
    and where each starts; a word is as long as in `text`. Pass `text.lower()` (or `fold`) when
    `needs_whole_lower(text)`."""
    if text.isascii():
        ascii_bytes = text.encode("ascii")
    else:
        # Curly quotes, most of the non-ASCII runs of an article, are no word characters:
        # spaces, without a call of the error handler each.
        ascii_bytes = (
            text.replace("\u201c", " ")
            .replace("\u201d", " ")
            .replace("\u2019", " ")
            .encode("ascii", "brink-word-shape")
        )
    shape = ascii_bytes.translate(_ASCII_SHAPE_BYTES).decode("ascii")
    words: list[str] = []
    starts: list[int] = []
    # A plain loop: compiled, it beats a chain of `map`/`compress`/`accumulate` iterators.
    pos = 0
    for piece in shape.split(" "):
        if piece:
            words.append(piece)
            starts.append(pos)
            pos += len(piece) + 1
        else:
            pos += 1
    # Words with letters of other scripts (or an underscore) are the text's own: found from
    # each "_" in the shape (a few), not by a test of every word.
    at = shape.find("_")
    while at >= 0:
        k = bisect_right(starts, at) - 1  # the word `at` is in
        start = starts[k]
        end = start + len(words[k])
        words[k] = fold_word(text[start:end].lower())
        at = shape.find("_", end)
    return words, starts


def surface_tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def is_acronym(token: str) -> bool:
    """ "AP", "VS", "CDA", "G7": all letters upper-case, short; such aliases match case-exactly."""
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(token) <= 6
