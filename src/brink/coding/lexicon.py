"""Cue terms: compiled once, matched case-insensitively on word boundaries.

A term is one or more words; ``*`` stands for any run of letters, so ``threat*`` matches
*threats* and *threatened* and ``*kernwapen*`` matches Dutch compounds such as
*tactische-kernwapens*. Patterns are plain regular expressions for what a term cannot say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD_GAP = r"[\s\-‐]+"


def term_regex(term: str) -> str:
    """The regular expression for one cue term (see the module docstring)."""
    words = term.strip().lower().split()
    parts = []
    for word in words:
        pieces = [re.escape(p) for p in word.split("*")]
        parts.append(r"\w*".join(pieces))
    return r"(?<!\w)" + _WORD_GAP.join(parts) + r"(?!\w)"


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue occurrence: the term (as written in the lexicon), the text matched and where."""

    term: str
    text: str
    start: int
    end: int


class Lexicon:
    """A set of terms and patterns matched together."""

    def __init__(self, terms: list[str], patterns: list[str] | None = None) -> None:
        self.terms = list(terms)
        self.patterns = list(patterns or [])
        self._compiled: list[tuple[str, re.Pattern[str]]] = [
            (t, re.compile(term_regex(t), re.IGNORECASE)) for t in self.terms
        ]
        self._compiled += [(p, re.compile(p, re.IGNORECASE)) for p in self.patterns]

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def find(self, text: str) -> list[Hit]:
        hits = [
            Hit(label, m.group(0), m.start(), m.end())
            for label, rx in self._compiled
            for m in rx.finditer(text)
        ]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def first(self, text: str) -> Hit | None:
        hits = self.find(text)
        return hits[0] if hits else None


def check_pattern(pattern: str) -> str | None:
    """The error message for an invalid regular expression, else None."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None
