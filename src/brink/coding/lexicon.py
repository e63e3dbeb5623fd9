"""Cue terms: compiled once, matched case-insensitively on word boundaries.

A term is one or more words; ``*`` stands for any run of letters, so ``threat*`` matches
*threats* and *threatened* and ``*kernwapen*`` matches Dutch compounds such as
*tactische-kernwapens*. Patterns are plain regular expressions for what a term cannot say.

Each term and pattern is matched on its own, as ``finditer`` would: the matches of one entry
never overlap, those of different entries may. `Scanner` finds exactly those matches for a whole
lexicon (or several, `LexiconSet`) in one pass, which is what keeps coding cheap:

1. candidate offsets: a case-sensitive regex over ``text.lower()`` finds word starts followed by
   what some term must start with (letters, word gaps, its end: a trie, which ``re`` scans
   quickly); terms opening with ``*`` are found by their first letters anywhere in a word, and
   entries with nothing usable (patterns, say) by a combined case-insensitive regex;
2. at each candidate, an anchored regex over the entries that can start with that character
   says which of them match there and how far.

Step 1 only ever adds offsets, never loses one, as long as lower-casing maps every character
of the text to one character and the text has none of the few characters that ``re`` folds
onto an ASCII letter without ``str.lower`` doing so (``ı``, ``ſ``); other texts take a slower
exact path. `Scanner.gate` uses the same letters to skip slices of a long text without cues.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_WORD_GAP = r"[\s\-‐]+"
_TERM_START = r"(?<!\w)"
_DEFAULT_FLAGS = re.compile("", re.IGNORECASE).flags
_UNSET = (-1, -1)


# A match as (start, -end, entry). Sorted, this is the order of scanning entry by entry and
# then sorting all matches by (start, -end) stably.
Match = tuple[int, int, int]


def term_regex(term: str) -> str:
    """The regular expression for one cue term (see the module docstring)."""
    words = term.strip().lower().split()
    parts = []
    for word in words:
        pieces = [re.escape(p) for p in word.split("*")]
        parts.append(r"\w*".join(pieces))
    return _TERM_START + _WORD_GAP.join(parts) + r"(?!\w)"


def _extra_cases() -> dict[int, tuple[int, ...]]:
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - other Pythons
        return {}
    return extra


_EXTRA = _extra_cases()
_EXTRA_ANY = frozenset(_EXTRA) | {v for vs in _EXTRA.values() for v in vs}
# Characters ``re`` (IGNORECASE) matches to an ASCII letter that ``str.lower`` keeps apart.
_UNSAFE = tuple(sorted({chr(v) for k, vs in _EXTRA.items() if k < 128 for v in vs} | {"ı", "ſ"}))

# Prefilter tokens besides plain characters.
_GAP = "\x00gap"
_END = "\x00end"


def _safe_char(ch: str) -> bool:
    """Whether every character ``re`` matches to ``ch`` (IGNORECASE) lower-cases to ``ch``.

    True for ASCII (``i`` and ``s`` need a text without ``ı``/``ſ``, see `Scanner`) and for
    other characters ``str.lower`` leaves alone that take no part in special case folding.
    """
    if ch.isascii():
        return True
    return len(ch.lower()) == 1 and ch.lower() == ch and ord(ch) not in _EXTRA_ANY


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _prefix_tokens(term: str) -> tuple[tuple[str, ...], bool]:
    """What every match of ``term`` starts with, as prefilter tokens, and whether it may
    start inside a word (``*kernwapen*``: then the tokens are letters somewhere in the word).

    Tokens are characters, `_GAP` (between words) and `_END` (the term is over); they stop
    at the first wildcard or unsafe character. Empty when nothing useful is known.
    """
    words = term.strip().lower().split()
    if not words:
        return (), False
    first = words[0].split("*")
    if first[0] == "":
        literal = next((p for p in first if p), "")
        n = 0
        while n < len(literal) and _safe_char(literal[n]) and _is_word(literal[n]):
            n += 1
        return tuple(literal[:n]), True
    tokens: list[str] = []
    for w, word in enumerate(words):
        if w:
            tokens.append(_GAP)
        for p, piece in enumerate(word.split("*")):
            if p:
                return tuple(tokens), False  # a wildcard: any letters follow
            for ch in piece:
                if not _safe_char(ch):
                    return tuple(tokens), False
                tokens.append(ch)
    tokens.append(_END)
    return tuple(tokens), False


def _word_letters(term: str) -> tuple[str, ...]:
    """Letters every match of ``term`` contains: the first run of safe word characters
    (`_safe_char`) of its first word. Empty when there is none."""
    words = term.strip().lower().split()
    if not words:
        return ()
    literal = next((p for p in words[0].split("*") if p), "")
    n = 0
    while n < len(literal) and _safe_char(literal[n]) and _is_word(literal[n]):
        n += 1
    return tuple(literal[:n])


_Node = dict[str, "_Node"]


def _trie(sequences: Iterable[tuple[str, ...]]) -> str:
    """A regex for any of the token ``sequences`` (none a prefix of another), as a trie."""
    root: _Node = {}
    for seq in sequences:
        node = root
        for token in seq:
            node = node.setdefault(token, {})

    def token_regex(token: str) -> str:
        if token == _GAP:
            return _WORD_GAP
        if token == _END:
            return r"(?!\w)"
        return re.escape(token)

    def emit(node: _Node) -> str:
        alts = [token_regex(t) + emit(child) for t, child in sorted(node.items())]
        if len(alts) <= 1:
            return "".join(alts)
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


def _shortest(sequences: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``sequences`` without those that extend another (``kern`` covers ``kernwapen``)."""
    out: list[tuple[str, ...]] = []
    for seq in sorted(sequences):  # a prefix sorts right before its extensions
        if not out or seq[:len(out[-1])] != out[-1]:
            out.append(seq)
    return out


def _word_start(text: str, pos: int) -> int:
    while pos and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        pos -= 1
    return pos


class _Verifier:
    """Anchored at an offset, says which of some entries match there and how far."""

    __slots__ = ("_all", "_entry", "_first", "_single")

    def __init__(self, entries: list[tuple[int, str]]) -> None:
        # `_first` names the first entry matching, `_all` captures every entry that does.
        self._first = re.compile("|".join(f"({s})" for _, s in entries), re.IGNORECASE)
        self._all = re.compile("".join(f"(?:(?=({s})))?" for _, s in entries), re.IGNORECASE)
        self._entry = [-1] + [i for i, _ in entries]  # group number -> entry
        self._single = len(entries) - 1  # unset groups in `_all` when one entry matches

    def at(self, text: str, pos: int) -> list[tuple[int, int]]:
        """``(entry, end)`` of each entry matching at ``pos``."""
        hit = self._first.match(text, pos)
        if hit is None:
            return []
        if len(self._entry) == 2:
            return [(self._entry[1], hit.end())]
        regs = self._all.match(text, pos).regs  # type: ignore[union-attr]
        if regs.count(_UNSET) == self._single:
            group = hit.lastindex or 0
            return [(self._entry[group], regs[group][1])]
        return [(self._entry[g], regs[g][1]) for g in range(1, len(regs)) if regs[g][1] >= 0]


class Scanner:
    """Matches many regular expressions (case-insensitively) against a text in one pass.

    ``entries`` are ``(source, term)`` pairs, ``term`` being the cue term a source was made
    from by `term_regex` (None for a pattern). `scan` returns the matches ``finditer`` finds
    with each source on its own. Sources that cannot be combined safely (capturing groups,
    global inline flags) are matched on their own.
    """

    __slots__ = ("_any", "_at_start", "_by_char", "_combined", "_compiled", "_everything",
                 "_gate", "_inner", "_other", "_rest", "_solo", "_starts")

    def __init__(self, entries: Iterable[tuple[str, str | None]]) -> None:
        entries = list(entries)
        self._compiled = [(i, re.compile(s, re.IGNORECASE)) for i, (s, _) in enumerate(entries)]
        self._solo: list[tuple[int, re.Pattern[str]]] = []
        combined: list[tuple[int, str]] = []
        starts: set[tuple[str, ...]] = set()
        inner: set[tuple[str, ...]] = set()
        by_char: dict[str, list[tuple[int, str]]] = {}
        other: list[tuple[int, str]] = []  # entries found by `_inner` or `_rest`
        rest: list[str] = []
        letters: set[tuple[str, ...]] | None = set()  # see `gate`
        for i, rx in self._compiled:
            if rx.groups or rx.flags != _DEFAULT_FLAGS:
                self._solo.append((i, rx))
                letters = None
                continue
            combined.append((i, rx.pattern))
            term = entries[i][1]
            if letters is not None:
                word = _word_letters(term) if term is not None else ()
                if word:
                    letters.add(word)
                else:
                    letters = None
            tokens, is_inner = _prefix_tokens(term) if term is not None else ((), False)
            if not tokens or not rx.pattern.startswith(_TERM_START):
                rest.append(rx.pattern)
                other.append((i, rx.pattern))
            elif is_inner:
                inner.add(tokens)
                other.append((i, rx.pattern))
            else:
                starts.add(tokens)
                by_char.setdefault(tokens[0], []).append((i, rx.pattern))
        self._combined: list[tuple[int, str]] = []
        self._everything: _Verifier | None = None  # for unsafe texts, built when needed
        self._by_char: dict[str, _Verifier] = {}
        self._other: _Verifier | None = None
        self._any: re.Pattern[str] | None = None
        self._starts: re.Pattern[str] | None = None
        self._at_start: re.Pattern[str] | None = None
        self._inner: re.Pattern[str] | None = None
        self._rest: re.Pattern[str] | None = None
        self._gate: re.Pattern[str] | None = None
        if not combined:
            return
        self._combined = combined
        try:
            self._by_char = {ch: _Verifier(group) for ch, group in by_char.items()}
            self._other = _Verifier(other) if other else None
            if starts:
                # zero-width after the \W, so one candidate never hides the next
                trie = _trie(_shortest(starts))
                self._starts = re.compile(r"\W(?=" + trie + ")")
                self._at_start = re.compile(trie)
            if inner:
                self._inner = re.compile(_trie(_shortest(inner)))
            if rest:
                self._rest = re.compile("(?=" + "|".join(f"(?:{s})" for s in rest) + ")",
                                        re.IGNORECASE)
            if letters:
                self._gate = re.compile(_trie(_shortest(letters)))
        except (re.error, OverflowError, RecursionError):  # pragma: no cover - defensive
            self._solo = self._compiled
            self._combined = []
            self._gate = None

    def gate(self, text: str) -> Callable[[int, int], bool] | None:
        """A test whether ``text[lo:hi]`` may contain a match (False: `scan` of that slice
        finds nothing), to skip most slices of a long text cheaply; None when no test applies.

        Every match contains letters of its term's first word (`_word_letters`); the slices
        that overlap no occurrence of any of them (in ``text.lower()``) have no match.
        """
        if self._gate is None:
            return None
        lower = text.lower()
        if len(lower) != len(text) or any(ch in text for ch in _UNSAFE):
            return None
        found = [m.span() for m in self._gate.finditer(lower)]  # sorted, disjoint
        ends = [e for _, e in found]

        def may_match(lo: int, hi: int) -> bool:
            k = bisect_right(ends, lo)  # first occurrence ending after lo
            return k < len(found) and found[k][0] < hi

        return may_match

    def scan(self, text: str) -> list[Match]:
        """Every match of every entry as ``(start, -end, entry)``, sorted."""
        out: list[Match] = []
        if self._combined:
            combined = self._scan_combined(text)
            if combined is None:  # an empty match: leave finditer's rules to finditer
                return sorted(self._scan_alone(text, self._compiled))
            out = combined
        if self._solo:
            out += self._scan_alone(text, self._solo)
        out.sort()
        return out

    def _candidates(self, text: str) -> list[tuple[int, list[_Verifier]]]:
        """Offsets where some combined entry may match (all of them, maybe a few more), each
        with the verifiers that cover every entry that can match there."""
        lower = text.lower()
        safe = len(lower) == len(text)
        for ch in _UNSAFE:
            if ch in text:
                safe = False
        if not safe:
            if self._any is None or self._everything is None:
                # Every offset where some entry matches (exact, slower) and all entries.
                combined = self._combined
                self._any = re.compile(
                    "(?=" + "|".join(f"(?:{s})" for _, s in combined) + ")", re.IGNORECASE)
                self._everything = _Verifier(combined)
            return [(m.start(), [self._everything]) for m in self._any.finditer(text)]
        found: dict[int, list[_Verifier]] = {}
        if self._starts is not None and self._at_start is not None:
            by_char = self._by_char
            offsets = [m.start() + 1 for m in self._starts.finditer(lower)]
            if self._at_start.match(lower):
                offsets.insert(0, 0)
            for pos in offsets:
                found[pos] = [by_char[lower[pos]]]
        if self._other is not None:
            others: set[int] = set()
            if self._inner is not None:
                others.update([_word_start(text, m.start()) for m in self._inner.finditer(lower)])
            if self._rest is not None:
                others.update([m.start() for m in self._rest.finditer(text)])
            for pos in others:
                found.setdefault(pos, []).append(self._other)
        return sorted(found.items())

    def _scan_combined(self, text: str) -> list[Match] | None:
        out: list[Match] = []
        after: dict[int, int] = {}  # entry -> end of its last match (finditer resumes there)
        for pos, verifiers in self._candidates(text):
            for verifier in verifiers:
                for entry, end in verifier.at(text, pos):
                    if end == pos:
                        return None
                    if after.get(entry, 0) <= pos:
                        after[entry] = end
                        out.append((pos, -end, entry))
        return out

    @staticmethod
    def _scan_alone(text: str, entries: Iterable[tuple[int, re.Pattern[str]]]) -> list[Match]:
        return [(m.start(), -m.end(), i) for i, rx in entries for m in rx.finditer(text)]


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
        self.labels: tuple[str, ...] = (*self.terms, *self.patterns)
        self.entries: tuple[tuple[str, str | None], ...] = (
            *((term_regex(t), t) for t in self.terms), *((p, None) for p in self.patterns))
        self._scanner: Scanner | None = None

    @property
    def scanner(self) -> Scanner:
        """The compiled lexicon (built on first use)."""
        if self._scanner is None:
            self._scanner = Scanner(self.entries)
        return self._scanner

    def __bool__(self) -> bool:
        return bool(self.labels)

    def find(self, text: str) -> list[Hit]:
        labels = self.labels
        return [Hit(labels[i], text[s:-e], s, -e) for s, e, i in self.scanner.scan(text)]

    def first(self, text: str) -> Hit | None:
        hits = self.find(text)
        return hits[0] if hits else None


class LexiconSet:
    """Several lexicons matched in one pass: `find` gives what each one's `Lexicon.find` does."""

    def __init__(self, lexicons: Iterable[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self._owner: list[tuple[int, str]] = []  # entry -> (lexicon number, label)
        entries: list[tuple[str, str | None]] = []
        for n, lex in enumerate(self.lexicons):
            self._owner.extend((n, label) for label in lex.labels)
            entries.extend(lex.entries)
        self.scanner = Scanner(entries)

    def find(self, text: str) -> list[list[Hit]]:
        """The hits of each lexicon, in the order of ``lexicons``."""
        out: list[list[Hit]] = [[] for _ in self.lexicons]
        owner = self._owner
        for s, e, i in self.scanner.scan(text):
            n, label = owner[i]
            out[n].append(Hit(label, text[s:-e], s, -e))
        return out


def check_pattern(pattern: str) -> str | None:
    """The error message for an invalid regular expression, else None."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None
