"""Finding and linking actor mentions in a document: names, demonyms and dated role phrases.

One left-to-right pass over the folded tokens walks the alias trie (longest match wins), trying
the language's inflection suffixes and compound heads (data in `language.yaml`) when a
capitalised token is not known as such. A second pass resolves what the first found, using the
document as context: ambiguous names go to the candidate the document names in full (surname
back-reference) or whose country it talks about; role phrases go to the holder on the document
date ("de Russische president" → Putin in 2022, Medvedev in 2010; "de oud-president" → a holder
whose role had ended).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from difflib import SequenceMatcher
from functools import lru_cache
from operator import itemgetter
from typing import Any, Final

from brink.actors.kb import DEMONYM, NAME, ROLE, Actor, AliasEntry, KnowledgeBase
from brink.actors.text import fold, fold_key, needs_whole_lower, words_of
from brink.languages import SUPPORTED_LANGUAGES, LanguageResources, load_language
from brink.model import ActorRef, Analysis, Document, Speaker, Statement

_GAP_OK = re.compile(r"[ \u00a0\-'’&.]{1,3}\Z")
_NEUTER_REACH = 1500  # characters back from `it` to the country or body it stands for
_SPEAKER_TYPE = {
    "person": "person",
    "organization": "organization",
    "country": "organization",
    "alliance": "organization",
    "security_service": "organization",
    "media": "media",
    "document": "document",
    "treaty": "document",
    "group": "group",
}
_COMPOUND_TYPES = frozenset(
    ("country", "alliance", "organization", "security_service", "media", "treaty")
)
# A sentence end: not after an initial or a short abbreviation (`M. Rutte`, `Mr. Zelensky`),
# and before a capital. (The mark comes first, so the engine skips to one; the look-behinds
# end with it.)
_SENTENCE_BREAK = re.compile(
    r"[.!?](?<![\s.][A-Za-z].)(?<![\s.][A-Z][a-z].)[\"'”’»)]*\s+(?=[\"'“‘„«(]*[^\W\d_a-z])"
)
_OPENING_MARKS = " \"'“‘„«("
_CLAUSE_END = re.compile(r"[.!?:;\"“”„«»]\s*$")
_SENTENCE_END = re.compile(r"[.!?:\n][\s\"'“”‘’„,«»()-]*\Z")


def _gap_ok(sep: str) -> bool:
    """Whether two words separated by `sep` can belong to one name ("Jean-Marie", "A & B")."""
    return bool(_GAP_OK.match(sep))


def _shape_index(word: str) -> int:
    """The low four bits of a word's length and the low five bits of its first, middle and
    last character, as one number below 2**19: words that differ in it are different words.
    (Shifts and masks: compiled, they are plain machine operations.)"""
    n = len(word)
    first = ord(word[0]) & 31
    middle = ord(word[n >> 1]) & 31
    return ((n & 15) << 15) | (first << 10) | (middle << 5) | (ord(word[n - 1]) & 31)


def _starts_capital(text: str, start: int) -> bool:
    """Whether the word at `start` of `text` starts with a capital ("Ödön" too; `isupper`
    only beyond ASCII)."""
    first = ord(text[start])
    return 65 <= first <= 90 or (first > 127 and text[start].isupper())


def _name_goes_on(text: str, ref: ActorRef, span: tuple[int, int]) -> bool:
    """Whether a capitalised name goes on after the country `ref` inside `span`: the country
    then only qualifies a body the data does not know (`The U.S. Indo-Pacific Command`)."""
    if ref.span is None or not ref.span[1] <= span[1]:
        return False
    return any(w[:1].isupper() for w in text[ref.span[1] : span[1]].split()[:3])


def _split_at(words: list[str], starts: list[int], cuts: list[int]) -> None:
    """Cut the words that `cuts` fall inside in two, in place (`estoniaread` → `estonia`,
    `read`)."""
    for p in reversed(cuts):
        k = bisect_left(starts, p + 1) - 1
        if k >= 0 and starts[k] < p < starts[k] + len(words[k]):
            cut = p - starts[k]
            words[k : k + 1] = [words[k][:cut], words[k][cut:]]
            starts.insert(k + 1, p)


def _capitals_as_written(surface: str, alias: str) -> bool:
    """Whether every word the alias capitalises is capitalised in the text's `surface`."""
    written, words = surface.split(), alias.split()
    if len(written) != len(words):
        return True  # words cut differently ("l’Occident"): not comparable, accepted
    return all(w[:1].isupper() for w, a in zip(written, words, strict=True) if a[:1].isupper())


def _sentence_start(text: str, offset: int) -> bool:
    return offset == 0 or bool(_SENTENCE_END.search(text[max(0, offset - 6) : offset]))


@dataclass(slots=True)
class _Tokens:
    """The words of a text (`\\w+` runs, folded) with their offsets: parallel lists, one entry
    per word; and the text as written, for whether a word starts with a capital."""

    words: list[str]
    starts: list[int]
    text: str

    def __init__(self, words: list[str], starts: list[int], text: str) -> None:
        # (compiled: see `_Alias`)
        self.words = words
        self.starts = starts
        self.text = text

    def end(self, k: int) -> int:
        """Where word k ends (folding keeps the length of a word)."""
        return self.starts[k] + len(self.words[k])

    def capital(self, k: int) -> bool:
        """Whether word k starts with a capital (read when asked: most words never are)."""
        return _starts_capital(self.text, self.starts[k])


class _Node:
    """A node of the alias trie as a compiled class: the alias key that ends here, if any, and
    the node after each next word. (The knowledge base's trie keeps the key under "" in a dict:
    a look-up in the walk where this is a field read.)"""

    __slots__ = ("children", "terminal")

    def __init__(self, trie: dict[str, Any]) -> None:
        terminal: tuple[str, ...] | None = trie.get("")
        self.terminal = terminal
        self.children: dict[str, _Node] = {
            word: _Node(child) for word, child in trie.items() if word
        }


@dataclass(slots=True)
class _Alias:
    """Alias entries that apply at one occurrence, and what they name: computed once per alias
    key, language and letter case instead of once per match."""

    entries: list[AliasEntry]
    kind: str  # NAME, DEMONYM, or ROLE when no entry names an actor
    candidates: list[str]  # the actors named, sorted
    actor_id: str | None  # the one actor named, if only one
    role_keys: list[str] | None = None  # ROLE: the roles it names and includes (when needed)

    # Written out: mypyc compiles an explicit `__init__`, while the one `dataclass` generates
    # runs interpreted (so does every such constructor call).
    def __init__(
        self,
        entries: list[AliasEntry],
        kind: str,
        candidates: list[str],
        actor_id: str | None,
        role_keys: list[str] | None = None,
    ) -> None:
        self.entries = entries
        self.kind = kind
        self.candidates = candidates
        self.actor_id = actor_id
        self.role_keys = role_keys


def _alias_of(entries: list[AliasEntry]) -> _Alias:
    targets = {e.target for e in entries if e.kind != ROLE}
    if not targets:
        return _Alias(entries, ROLE, [], None)
    kind = DEMONYM if all(e.kind == DEMONYM for e in entries if e.kind != ROLE) else NAME
    single = next(iter(targets)) if len(targets) == 1 else None
    return _Alias(entries, kind, sorted(targets), single)


@dataclass(slots=True)
class _Match:
    """A name, demonym or role phrase found at tokens tok_start..tok_end (characters start..end)."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    alias: _Alias
    actor_id: str | None = None
    reason: str | None = None

    def __init__(  # (compiled: see `_Alias`)
        self,
        start: int,
        end: int,
        tok_start: int,
        tok_end: int,
        alias: _Alias,
        actor_id: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.alias = alias
        self.actor_id = actor_id
        self.reason = reason


def _new_match(start: int, end: int, tok_start: int, tok_end: int, alias: _Alias) -> _Match:
    return _Match(start, end, tok_start, tok_end, alias, alias.actor_id)


# A surname the document gave in full before (no alias of its own).
# (`Final` here and below: compiled, a static read instead of a look-up in the module's dict)
_SURNAME: Final = _Alias([], NAME, [], None)


# Cache markers: "not looked up yet" (compared by identity).
_UNSEEN_ALIAS: Final = _Alias([], ROLE, [], None)
_EXACT_ALIAS: Final = _Alias([], ROLE, [], None)  # depends on the words as written: see `_exact`
_UNSEEN_NODE: Final = _Node({})


@dataclass(slots=True)
class _LangData:
    suffixes: tuple[str, ...] = ()
    min_stem: int = 3
    compounds: bool = False
    min_compound_rest: int = 4
    former: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    of: frozenset[str] = frozenset()
    deputy: frozenset[str] = frozenset()
    current: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()


@dataclass(slots=True)
class _DocLinks:
    """A document's mentions (sorted by start), for linking its speakers and channels."""

    doc: Document
    refs: list[ActorRef]
    kinds: dict[tuple[int, int], str]  # span → NAME, DEMONYM or ROLE
    starts: list[int]  # where each of `refs` starts
    reach: int  # no mention is longer than this
    context: dict[str, int]  # actor id → mentions
    memo: dict[str, ActorRef]  # `link_name` answers in this document
    # The persons linked, with the words of their names (made when first needed).
    persons: list[tuple[str, tuple[str, ...], ActorRef]] | None = None
    # Speakers linked so far that are no persons (countries, bodies), with where they spoke.
    bodies: list[tuple[int, Speaker]] = field(default_factory=list)

    def __init__(  # (compiled: see `_Alias`)
        self,
        doc: Document,
        refs: list[ActorRef],
        kinds: dict[tuple[int, int], str],
        starts: list[int],
        reach: int,
        context: dict[str, int],
        memo: dict[str, ActorRef],
    ) -> None:
        self.doc = doc
        self.refs = refs
        self.kinds = kinds
        self.starts = starts
        self.reach = reach
        self.context = context
        self.memo = memo
        self.persons = None
        self.bodies = []


def _same_given_name(word: str, name_words: Sequence[str]) -> bool:
    """`Dimitry` for Dmitry, `Volodymyr` for Volodymyr: a spelling variant of a name part."""
    return any(
        word == part or (word[:1] == part[:1] and SequenceMatcher(None, word, part).ratio() >= 0.75)
        for part in name_words
    )


# No mention (a name, role phrase or title) is longer than this.
_MAX_MENTION_CHARS = 400


def _match_start(m: _Match) -> int:
    return m.start


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of an actor's name, split at spaces (cached: speakers repeat them)."""
    return tuple(fold(name).split())


def _preferred(refs: list[ActorRef], prefer: str) -> ActorRef:
    """The first of `refs` of type `prefer`, else the first that is no country, else the first."""
    # (a function of its own: the lambda's closure would be set up on every call of `_head`)
    return min(refs, key=lambda r: (r.type != prefer, r.type == "country"))


def _role_label(role_keys: list[str], of: str | None, former: bool) -> str:
    return "/".join(role_keys) + (f" of {of}" if of else "") + (" (former)" if former else "")


def _copy_ref(ref: ActorRef) -> ActorRef:
    return ActorRef(
        text=ref.text,
        span=ref.span,
        actor_id=ref.actor_id,
        name=ref.name,
        type=ref.type,
        reason=ref.reason,
    )


def _ref_span(ref: ActorRef) -> tuple[int, int]:
    return ref.span or (0, 0)


_second = itemgetter(1)


def _ref_start(ref: ActorRef) -> int:
    return ref.span[0] if ref.span else 0


def _function_words(lang: str | None) -> frozenset[str]:
    """Capitalised words that never start a person's name (`Volgens`, `The`, `But`)."""
    if lang not in SUPPORTED_LANGUAGES:
        return frozenset()
    res = load_language(lang)
    return res.not_name_starts | res.according_before_words | res.time_words | res.adverbs


class Linker:
    """Links mentions, speakers and channels of an `Analysis` to the actors of a knowledge base."""

    def __init__(self, kb: KnowledgeBase, unknown_names: bool = True) -> None:
        self.kb = kb
        self.unknown_names = unknown_names
        # Actor id → (country, is a person, last word of its name if two words or more).
        self._actor_facts: dict[str, tuple[str | None, bool, str | None]] = {}
        # Actor id → the folded words of its name (`_by_surname`, once per document and person);
        # → its id, name and type (`Actor` is not compiled: an attribute read is a Python look-up).
        self._name_keys: dict[str, tuple[str, ...]] = {}
        self._ref_fields: dict[str, tuple[str, str, str]] = {}
        self._lang: dict[str | None, _LangData] = {}
        self._holders: dict[tuple[str, str | None, str, bool], list[Actor]] = {}
        # Role keys, of, date, former → their holders merged, and the position of each.
        self._merged: dict[
            tuple[tuple[str, ...], str | None, str, bool], tuple[list[Actor], dict[str, int]]
        ] = {}
        # First words of names and roles that may stand in lower case ("president", "russische"),
        # with the trie node each reaches.
        self._trie = _Node(kb.trie)
        lower_starts = {
            key[0] for key, entries in kb.index.items() if any(e.case in (0, 3) for e in entries)
        }
        self._lower_roots: dict[str, _Node] = {
            word: self._trie.children[word] for word in lower_starts if word in self._trie.children
        }
        # The `_shape_index` of each of them, as a table of bits: most words of an article are
        # no such word, and the table says so without hashing the word (as the dict would).
        shapes = bytearray(2**19 // 8)
        for word in self._lower_roots:
            index = _shape_index(word)
            shapes[index >> 3] |= 1 << (index & 7)
        self._lower_shapes = bytes(shapes)
        # `link_name` answers that depend on neither the date nor the document, by name and
        # language; the gender of a speaker's pronoun ("" when not a pronoun).
        self._names: dict[tuple[str, str | None], ActorRef] = {}
        self._pronouns: dict[tuple[str, str | None], str] = {}
        # Caches by language. (language, upper-case first letter) → alias key → its entries
        # valid there (`_EXACT_ALIAS`: see `_exact`, by key and the words as written);
        # capitalised word → the trie node it reaches without its inflection suffix.
        self._aliases: dict[tuple[str | None, bool], dict[tuple[str, ...], _Alias | None]] = {}
        self._exact: dict[str | None, dict[tuple[tuple[str, ...], str], _Alias | None]] = {}
        self._roots: dict[str | None, dict[str, _Node | None]] = {}
        # First four letters of one-word names that may open a compound ("Ruslandkenner").
        self._heads4 = frozenset(
            key[0][:4] for key in kb.index if len(key) == 1 and len(key[0]) >= 4
        )
        # `_gap_ok` and `_function_words` answers (plain dicts: compiled, an `lru_cache`
        # wrapper would be a Python call each time).
        self._gaps: dict[str, bool] = {}
        self._not_names: dict[str | None, frozenset[str]] = {}
        self._languages: dict[str | None, LanguageResources | None] = {}

    # -- language data --------------------------------------------------------------------

    def _langdata(self, lang: str | None) -> _LangData:
        data = self._lang.get(lang)
        if data is not None:
            return data
        spec = self.kb.language.get(lang or "", {})
        mods = self.kb.modifiers

        def words(kind: str) -> frozenset[str]:
            langs = [lang] if lang else list(mods.get(kind, {}))
            out: set[str] = set()
            for code in langs:
                for word in mods.get(kind, {}).get(code or "", []):
                    out.update(fold_key(word))
            return frozenset(out)

        suffixes = tuple(sorted({fold(s) for s in spec.get("suffixes", [])}, key=len, reverse=True))
        data = _LangData(
            suffixes=suffixes,
            min_stem=int(spec.get("min_stem", 3)),
            compounds=bool(spec.get("compounds", False)),
            min_compound_rest=int(spec.get("min_compound_rest", 4)),
            former=words("former"),
            articles=words("articles"),
            of=words("of"),
            deputy=words("deputy"),
            current=words("current"),
            indefinite=words("indefinite"),
        )
        self._lang[lang] = data
        return data

    def _language(self, lang: str | None) -> LanguageResources | None:
        """The extraction's resources of a supported language (for its link labels)."""
        if lang in self._languages:
            return self._languages[lang]
        res = load_language(lang) if lang in SUPPORTED_LANGUAGES else None
        self._languages[lang] = res
        return res

    # -- pass 1: matching -----------------------------------------------------------------

    def _scan(self, text: str, lang: str | None) -> tuple[_Tokens, list[_Match], list[int]]:
        """Tokens, raw matches (longest first at each position) and unmatched capitalised tokens.

        Tokenising, folding and picking the tokens worth a look (known first words and
        capitalised words) are plain compiled loops; the trie is walked only from those. What
        an alias key means in a language and letter case, and which node a capitalised word
        with an inflection suffix reaches, are cached across documents.
        """
        # The words, and the text the separators between them are read from: lower-casing
        # changes no separator, unless the text must be lower-cased as a whole.
        lower = text
        if needs_whole_lower(text):
            lower = text.lower()
            if len(lower) != len(text):  # "İ" lower-cases to two characters
                lower = fold(text)
        words, starts = words_of(lower)
        res = self._language(lang)
        glued = res.glued_link_labels(text) if res is not None else []
        if glued:
            _split_at(words, starts, [a for a, _ in glued])  # `EstoniaRead more`
        n = len(words)
        toks = _Tokens(words, starts, text)
        trie = self._trie
        first_words = trie.children
        lower_roots = self._lower_roots
        lower_shapes = self._lower_shapes
        ld = self._langdata(lang)
        suffixes = ld.suffixes
        compounds = ld.compounds
        lower_aliases = self._alias_cache(lang, False)
        upper_aliases = self._alias_cache(lang, True)
        roots = self._suffix_roots(lang)
        matches: list[_Match] = []
        unmatched_caps: list[int] = []
        # One compiled loop over the words; the trie is walked only from those worth a look:
        # capitalised ones and the lower-case words some name or role may start with.
        i = 0
        while i < n:
            key = words[i]
            upper = _starts_capital(text, starts[i])
            reached: _Node | None
            if upper:
                reached = first_words.get(key)
                if reached is None and suffixes:
                    reached = roots.get(key, _UNSEEN_NODE)
                    if reached is _UNSEEN_NODE:
                        reached = self._by_suffix(key, trie, ld)
                        if len(roots) > 50000:
                            roots.clear()
                        roots[key] = reached
            else:
                index = _shape_index(key)
                if not (lower_shapes[index >> 3] >> (index & 7)) & 1:
                    i += 1
                    continue
                reached = lower_roots.get(key)
                if reached is None:
                    i += 1
                    continue
            # Walk the trie unless only longer names start with this word ("the", "de") and the
            # next word continues none (nor may, not capitalised, by suffix or compound).
            if reached is not None and (
                reached.terminal is not None
                or (i + 1 < n and (toks.capital(i + 1) or words[i + 1] in reached.children))
            ):
                node: _Node = reached
                # The longest match from here: its alias, the token after it, and where in
                # that token a compound's name ends (-1: the match ends with a whole token).
                best: _Alias | None = None
                best_j = 0
                best_cut = -1
                aliases = upper_aliases if upper else lower_aliases
                j = i + 1
                while True:
                    terminal = node.terminal
                    if terminal is not None:
                        alias = aliases.get(terminal, _UNSEEN_ALIAS)
                        if alias is _UNSEEN_ALIAS or alias is _EXACT_ALIAS:
                            alias = self._alias(terminal, upper, text, toks, i, j, lang)
                        if alias is not None:
                            best, best_j = alias, j
                    if j >= n:
                        break
                    key = words[j]
                    child = node.children.get(key)
                    if child is None and not toks.capital(j):
                        break  # nothing to try (suffixes and compounds need a capital)
                    # (most gaps are one space: compared in place, not sliced)
                    gap = starts[j - 1] + len(words[j - 1])
                    if not (starts[j] == gap + 1 and lower[gap] == " ") and not self._gap_ok(
                        lower[gap : starts[j]]
                    ):
                        break
                    if child is None and suffixes:
                        child = self._by_suffix(key, node, ld)
                    if child is None:
                        if compounds:
                            # "Witte Huiswoordvoerder": the last word of a name opens a compound.
                            found = self._compound(key, text, starts[j], ld, node, i, toks, lang)
                            if found is not None:
                                best, best_j, best_cut = _alias_of(found[1]), j + 1, found[0]
                        break
                    node = child
                    j += 1
                if best is not None:
                    last = best_j - 1
                    end = starts[last] + (best_cut if best_cut >= 0 else len(words[last]))
                    matches.append(_Match(starts[i], end, i, best_j, best, best.actor_id))
                    if best_j - i >= 3 and best.kind == ROLE:
                        matches.extend(self._inner(text, toks, i + 1, best_j, lang))
                    i = best_j
                    continue
            if upper:
                key = words[i]
                if compounds and len(key) >= 7 and key[:4] in self._heads4:
                    found = self._compound(key, text, starts[i], ld, trie, i, toks, lang)
                    if found is not None:
                        cut, entries = found
                        matches.append(
                            _new_match(starts[i], starts[i] + cut, i, i + 1, _alias_of(entries))
                        )
                        i += 1
                        continue
                unmatched_caps.append(i)
            i += 1
        return toks, matches, unmatched_caps

    def _gap_ok(self, sep: str) -> bool:
        """`_gap_ok`, cached (articles repeat their separators)."""
        ok = self._gaps.get(sep)
        if ok is None:
            if len(self._gaps) > 4096:
                self._gaps.clear()
            ok = self._gaps[sep] = _gap_ok(sep)
        return ok

    @staticmethod
    def _by_suffix(key: str, node: _Node, ld: _LangData) -> _Node | None:
        """The child of `node` for `key` without an inflection suffix ("Poetins" → poetin)."""
        for suf in ld.suffixes:
            if key.endswith(suf) and len(key) - len(suf) >= ld.min_stem:
                child = node.children.get(key[: -len(suf)])
                if child is not None:
                    return child
        return None

    def _alias_cache(self, lang: str | None, upper: bool) -> dict[tuple[str, ...], _Alias | None]:
        """Alias key → what it means in `lang` after a lower- or upper-case first letter
        (bounded by the size of the index)."""
        cache = self._aliases.get((lang, upper))
        if cache is None:
            cache = self._aliases[(lang, upper)] = {}
        return cache

    def _suffix_roots(self, lang: str | None) -> dict[str, _Node | None]:
        roots = self._roots.get(lang)
        if roots is None:
            roots = self._roots[lang] = {}
        return roots

    def _alias(
        self,
        terminal: tuple[str, ...],
        upper: bool,
        text: str,
        toks: _Tokens,
        i: int,
        j: int,
        lang: str | None,
    ) -> _Alias | None:
        """The entries of alias key `terminal` valid at tokens i..j: cached by key and case, or
        by key and the words as written when one of them must match exactly (short acronyms)."""
        index_entries = self.kb.index[terminal]
        cache = self._alias_cache(lang, upper)
        if cache.get(terminal) is _EXACT_ALIAS or any(e.case >= 2 for e in index_entries):
            cache[terminal] = _EXACT_ALIAS
            exact = self._exact.get(lang)
            if exact is None:
                exact = self._exact[lang] = {}
            key = (terminal, text[toks.starts[i] : toks.end(j - 1)])
            alias = exact.get(key, _UNSEEN_ALIAS)
            if alias is _UNSEEN_ALIAS:
                entries = self._valid(index_entries, text, toks, i, j, lang)
                alias = _alias_of(entries) if entries else None
                if len(exact) > 50000:
                    exact.clear()
                exact[key] = alias
            return alias
        entries = self._valid(index_entries, text, toks, i, j, lang)
        alias = _alias_of(entries) if entries else None
        cache[terminal] = alias
        return alias

    def _valid(
        self,
        entries: list[AliasEntry],
        text: str,
        toks: _Tokens,
        i: int,
        j: int,
        lang: str | None,
    ) -> list[AliasEntry]:
        out = []
        upper = toks.capital(i)  # the first letter of the first word
        for entry in entries:
            if entry.kind != NAME and lang and entry.lang and entry.lang != lang:
                continue
            if entry.case == 1 and not upper:
                continue
            if entry.case == 2:
                surface = text[toks.starts[i] : toks.end(j - 1)]
                if surface != entry.surface and not (surface.isupper() and len(surface) > 1):
                    continue
            elif entry.case == 3 and not _capitals_as_written(
                text[toks.starts[i] : toks.end(j - 1)], entry.surface
            ):
                continue
            out.append(entry)
        return out

    def _compound(
        self,
        key: str,
        text: str,
        start: int,
        ld: _LangData,
        node: _Node,
        first: int,
        toks: _Tokens,
        lang: str | None,
    ) -> tuple[int, list[AliasEntry]] | None:
        """A capitalised compound starting with a name ("Ruslandkenner", "Sovjetarsenaal")."""
        for cut in range(len(key) - ld.min_compound_rest, 3, -1):
            sub = node.children.get(key[:cut])
            if sub is None or sub.terminal is None or not text[start + cut].islower():
                continue
            entries = [
                e
                for e in self._valid(
                    self.kb.index[sub.terminal], text, toks, first, first + 1, lang
                )
                if e.kind != ROLE
                and e.case != 2
                and (actor := self.kb.actors.get(e.target)) is not None
                and actor.type in _COMPOUND_TYPES
            ]
            if entries:
                return cut, entries
        return None

    def _inner(self, text: str, toks: _Tokens, i: int, j: int, lang: str | None) -> list[_Match]:
        """Names inside a long role label ("... voorzitter van de Veiligheidsraad")."""
        out: list[_Match] = []
        for k in range(i, j):
            node: _Node | None = self._trie
            for m in range(k, j):
                assert node is not None
                node = node.children.get(toks.words[m])
                if node is None:
                    break
                terminal = node.terminal
                if terminal is not None:
                    entries = [
                        e
                        for e in self._valid(self.kb.index[terminal], text, toks, k, m + 1, lang)
                        if e.kind == NAME
                    ]
                    if entries:
                        out.append(
                            _new_match(toks.starts[k], toks.end(m), k, m + 1, _alias_of(entries))
                        )
        return out

    # -- pass 2: resolving ----------------------------------------------------------------

    def mentions(self, doc: Document) -> list[ActorRef]:
        """Every actor mention in the document, linked where the evidence allows."""
        return self._mentions(doc.text, doc.lang, doc.date)[0]

    def _mentions(
        self,
        text: str,
        lang: str | None,
        date: str | None,
        context: dict[str, int] | None = None,
    ) -> tuple[list[ActorRef], dict[tuple[int, int], str], bool]:
        """Mentions, the kind of each (name, demonym or role) by span, and whether the date and
        `context` mattered (a role phrase or a name of several actors)."""
        toks, found, caps = self._scan(text, lang)
        if not found and not self.unknown_names:
            return [], {}, False
        kb = self.kb
        words = toks.words
        not_names = self._not_names.get(lang)
        if not_names is None:
            not_names = self._not_names[lang] = _function_words(lang)
        unmatched = set(caps) if not_names else set()
        matches: list[_Match] = []
        ambiguous: list[_Match] = []
        # Names by the token they end at and start at, for the role phrases next to them.
        # (lists by token, one entry past the last: compiled, no hashing and no boxed keys)
        by_tok_end: list[_Match | None] = [None] * (len(words) + 1)
        by_tok_start: list[_Match | None] = [None] * (len(words) + 1)
        # Mentions by actor and by country (plain dicts: `Counter` is interpreted Python). The
        # context's counts are added when needed.
        counts: dict[str, int] = {}
        countries: dict[str, int] = {}
        surnames: dict[str, set[str]] = {}
        has_roles = False
        for m in found:
            i = m.tok_start
            # One word after a capitalised word that is no function word: maybe a namesake.
            if (
                i - 1 in unmatched
                and m.tok_end - i == 1
                and words[i - 1] not in not_names
                and self._namesake(text, toks, m)
            ):
                continue
            matches.append(m)
            if m.alias.kind == ROLE:
                has_roles = True
                continue
            by_tok_end[m.tok_end] = m
            by_tok_start[i] = m
            actor_id = m.actor_id
            if actor_id is None:
                ambiguous.append(m)
                continue
            counts[actor_id] = counts.get(actor_id, 0) + 1
            country, person, surname = self._facts(actor_id)
            if country:
                countries[country] = countries.get(country, 0) + 1
            if person and m.tok_end - i >= 2:
                surnames.setdefault(words[m.tok_end - 1], set()).add(actor_id)
                if surname is not None:
                    surnames.setdefault(surname, set()).add(actor_id)
        if context and (ambiguous or has_roles):  # weighed by the document's mentions too
            with_context = dict(context)
            for actor_id, n in counts.items():
                with_context[actor_id] = with_context.get(actor_id, 0) + n
            counts = with_context
        # Ambiguous names: the one the document names in full (surname back-reference), else
        # the one whose country the document talks about most.
        for m in ambiguous:
            last = words[m.tok_end - 1]
            named = [c for c in m.alias.candidates if c in surnames.get(last, ())]
            if len(named) == 1:
                m.actor_id = named[0]
            else:
                m.actor_id, m.reason = self._choose(m.alias.candidates, counts, countries, date)
        # Surname back-reference for persons the data lists without a surname-only alias.
        if surnames:
            added = False
            for idx in caps:
                ids = surnames.get(words[idx])
                if ids and len(ids) == 1:
                    back = _Match(toks.starts[idx], toks.end(idx), idx, idx + 1, _SURNAME)
                    back.actor_id = next(iter(ids))
                    matches.append(back)
                    by_tok_end[idx + 1] = back
                    by_tok_start[idx] = back
                    added = True
            if added:
                matches.sort(key=_match_start)
        ld = self._langdata(lang)
        for m in matches:
            if m.alias.kind != ROLE and m.actor_id:
                self._unlink_body_of_other_country(m, words, by_tok_end, ld)
        refs: list[ActorRef] = []
        kinds: dict[tuple[int, int], str] = {}
        # Refs come out sorted by span unless a role phrase reaches back. (The span before is
        # kept as two numbers: compiled, comparing tuples would box both.)
        in_order = True
        previous_start = previous_end = -1
        for m in matches:
            span = (m.start, m.end)
            if m.alias.kind == ROLE:
                ref = self._resolve_role(
                    m, text, toks, by_tok_end, by_tok_start, counts, countries, date, ld, not_names
                )
                if ref is None or ref.span is None:
                    continue
                span = ref.span
                kinds[span] = ROLE
            else:
                fields = self._ref_fields.get(m.actor_id) if m.actor_id else None
                if fields is None and m.actor_id:
                    actor = kb.actors.get(m.actor_id)
                    if actor is not None:
                        fields = self._ref_fields[m.actor_id] = (actor.id, actor.name, actor.type)
                if fields is not None:
                    ref = ActorRef(text[m.start : m.end], span, fields[0], fields[1], fields[2])
                else:
                    ref = ActorRef(text[m.start : m.end], span, reason=m.reason)
                kinds[span] = m.alias.kind
            refs.append(ref)
            start, end = span
            if start < previous_start or (start == previous_start and end < previous_end):
                in_order = False
            previous_start, previous_end = start, end
        if self.unknown_names:
            covered = {t for m in matches for t in range(m.tok_start, m.tok_end)}
            unknown = self._unknown_names(text, toks, caps, covered)
            if unknown:
                refs.extend(unknown)
                in_order = False
        if not in_order:
            refs.sort(key=_ref_span)
        return refs, kinds, has_roles or bool(ambiguous)

    def _facts(self, actor_id: str) -> tuple[str | None, bool, str | None]:
        """An actor's country, whether a person, and the last word of a name of two or more
        (cached)."""
        known = self._actor_facts.get(actor_id)
        if known is not None:
            return known
        actor = self.kb.actors[actor_id]
        key = fold_key(actor.name)
        last = key[-1] if len(key) >= 2 else None
        info = (self.kb.country_of(actor_id), actor.type == "person", last)
        self._actor_facts[actor_id] = info
        return info

    def _namesake(self, text: str, toks: _Tokens, m: _Match) -> bool:
        """Whether a one-word person match follows a first name the data does not know
        (checked by the caller: an unmatched capitalised word that is not a function word):
        *Ingrid Solberg* is not Erna Solberg, *Johan Veldkamp* is not Caspar Veldkamp. German
        has no function-word data (it capitalises every noun: `Rede`), so no check there."""
        i = m.tok_start
        given = toks.words[i - 1]
        return (
            text[toks.end(i - 1) : toks.starts[i]] == " "
            and (i == 1 or not _CLAUSE_END.search(text[toks.end(i - 2) : toks.starts[i - 1]]))
            and all(
                e.kind != ROLE
                and (a := self.kb.actors.get(e.target)) is not None
                and a.type == "person"
                and not _same_given_name(given, fold_key(a.name))
                for e in m.alias.entries
            )
        )

    def _choose(
        self,
        candidates: list[str],
        counts: dict[str, int],
        countries: dict[str, int],
        date: str | None,
    ) -> tuple[str | None, str | None]:
        kb = self.kb

        def score(actor_id: str) -> tuple[int, int, int]:
            actor = kb.actors.get(actor_id)
            active = int(bool(actor and date and actor.roles_at(date)))
            country = kb.country_of(actor_id) or ""
            return (counts.get(actor_id, 0), countries.get(country, 0), active)

        ranked = sorted(candidates, key=score, reverse=True)
        if len(ranked) == 1 or (score(ranked[0]) > score(ranked[1]) and any(score(ranked[0]))):
            return ranked[0], None
        names = ", ".join(kb.actors[c].name for c in candidates if c in kb.actors)
        return None, f"ambiguous: {names}"

    def _resolve_role(
        self,
        m: _Match,
        text: str,
        toks: _Tokens,
        by_tok_end: list[_Match | None],
        by_tok_start: list[_Match | None],
        counts: dict[str, int],
        countries: dict[str, int],
        date: str | None,
        ld: _LangData,
        not_names: frozenset[str] = frozenset(),
    ) -> ActorRef | None:
        kb = self.kb
        # A role followed by a name is an apposition ("de Russische president Poetin"): the
        # name is the mention.
        nxt = by_tok_start[m.tok_end]
        if nxt is not None and nxt.actor_id and kb.actors[nxt.actor_id].type == "person":
            return None
        role_keys = m.alias.role_keys
        if role_keys is None:
            role_keys = m.alias.role_keys = []
            for key in dict.fromkeys(e.target for e in m.alias.entries if e.kind == ROLE):
                role_keys.append(key)
                role = kb.roles.get(key)
                if role is not None:
                    role_keys.extend(k for k in role.includes if k not in role_keys)
        former = False
        of: str | None = None
        start = m.start
        k = m.tok_start - 1
        steps = 0
        qualified = False
        indefinite = False
        while k >= 0 and steps < 5:
            prev = by_tok_end[k + 1]
            if (
                prev is not None
                and of is None
                and prev.actor_id
                and _gap_ok(text[prev.end : toks.starts[k + 1]])
            ):
                of = prev.actor_id
                start = prev.start
                k = prev.tok_start - 1
                steps += 1
                continue
            key = toks.words[k]
            gap = text[toks.end(k) : toks.starts[k + 1]]
            if not _GAP_OK.match(gap):
                break
            if key in ld.former:
                former = True
                start = toks.starts[k]
            elif key in ld.deputy:
                return None  # "plaatsvervangend minister": a deputy, not the holder
            elif key in ld.current:
                start = toks.starts[k]
            elif key == "s" and by_tok_end[k] is not None:
                pass  # "Russia's president"
            elif key in ld.articles or key in ld.of:
                indefinite = key in ld.indefinite
                break
            else:
                # "the opposition leader", "the 69-year-old president": a word we cannot read
                # narrows the role; do not guess unless a country or organisation is named.
                qualified = of is None
                break
            k -= 1
            steps += 1
        end = m.end
        before = k  # the last word before the role phrase
        if of is None:
            k = m.tok_end
            n = len(toks.words)
            if k < n and toks.words[k] in ld.of:
                k += 1
                while k < n and toks.words[k] in ld.articles:
                    k += 1
                after = by_tok_start[k]
                if after is not None and after.actor_id and after.alias.kind != DEMONYM:
                    of = after.actor_id
                    end = after.end
                    qualified = False
                elif after is None and k < n and toks.capital(k):
                    # `the defence minister of Valdoria`: a country or body the data does not
                    # know; the holder cannot be looked up.
                    qualified = True
        apposed = self._apposed_person(before, end, text, toks, by_tok_end, ld)
        if apposed is not None:
            # "Stef Blok, minister van Buitenlandse Zaken, ...": the role is said of the
            # person it stands beside, whoever the data has in it on that date.
            person = kb.actors[apposed]
            return ActorRef(text[start:end], (start, end), person.id, person.name, person.type)
        possessor = kb.actors.get(of) if of is not None else None
        if indefinite:
            # "een woordvoerder van het ministerie": someone in the role, not its holder
            return ActorRef(text[start:end], (start, end), reason="an unnamed holder of the role")
        if possessor is not None and possessor.type == "person":
            of = possessor.country  # "Putin's spokesman": a spokesman in his country
        if self._name_after(m, text, toks, by_tok_start, not_names):
            # "Senator Graham": the holder of that surname; "Premier Jansen": someone the data
            # does not know holds the role
            named = self._holder_by_surname(toks.words[m.tok_end], role_keys, of, former, date)
            if named is not None:
                end = toks.end(m.tok_end)
                actor, reason = named, ""
            else:
                actor, reason = None, "role given with a name the data does not know"
        elif all((r := kb.roles.get(key)) is not None and r.collective for key in role_keys):
            actor, reason = None, "a role many hold at once"  # "Kamerlid", "the senator"
        elif qualified:
            actor, reason = None, "role narrowed by a word the data does not know"
        else:
            actor, reason = self._holder(role_keys, of, former, counts, countries, date)
        return ActorRef(
            text=text[start:end],
            span=(start, end),
            actor_id=actor.id if actor else None,
            name=actor.name if actor else None,
            type=actor.type if actor else None,
            reason=None if actor else reason,
        )

    def _unlink_body_of_other_country(
        self, m: _Match, words: list[str], by_tok_end: list[_Match | None], ld: _LangData
    ) -> None:
        """`het Franse ministerie van Buitenlandse Zaken`: the bare name stands for the home
        country's body, but a demonym of another country before `<noun> van` makes it that
        country's; unlinked."""
        k = m.tok_start - 1
        while k >= 0 and words[k] in ld.articles:
            k -= 1
        if k < 2 or words[k] not in ld.of:
            return
        qualifier = by_tok_end[k - 1]  # the word before the noun that `of` follows
        if qualifier is None or not qualifier.actor_id or qualifier.alias.kind != DEMONYM:
            return
        assert m.actor_id is not None
        body_country = self._facts(m.actor_id)[0]
        if body_country and body_country != qualifier.actor_id:
            m.actor_id = None
            m.reason = "named as a body of another country"

    def _apposed_person(
        self,
        k: int,
        end: int,
        text: str,
        toks: _Tokens,
        by_tok_end: list[_Match | None],
        ld: _LangData,
    ) -> str | None:
        """The person a role phrase is in apposition to, if any: word `k` is the last before
        the phrase, which ends at `end`. The phrase follows the person's name after a comma
        (and an article) and is closed by punctuation: "Scholz, the German chancellor, said",
        not a list ("Putin, the foreign minister and the defence minister")."""
        if k >= 1 and toks.words[k] in ld.articles:
            if text[toks.end(k - 1) : toks.starts[k]] != ", ":
                return None
            k -= 1
        elif k < 0 or text[toks.end(k) : toks.starts[k + 1]] != ", ":
            return None
        prev = by_tok_end[k + 1]
        if prev is None or not prev.actor_id or self.kb.actors[prev.actor_id].type != "person":
            return None
        after = text[end : end + 1]
        return prev.actor_id if after == "" or after in ",.;:)" else None

    @staticmethod
    def _name_after(
        m: _Match,
        text: str,
        toks: _Tokens,
        by_tok_start: list[_Match | None],
        not_names: frozenset[str],
    ) -> bool:
        """Whether an unknown capitalised word follows the role, one space after it."""
        k = m.tok_end
        return (
            k < len(toks.words)
            and toks.capital(k)
            and by_tok_start[k] is None
            and text[m.end : toks.starts[k]] == " "
            and toks.words[k] not in not_names
        )

    def _holder_by_surname(
        self, surname: str, role_keys: list[str], of: str | None, former: bool, date: str | None
    ) -> Actor | None:
        """The one holder of the role whose surname (folded) is `surname`, if one."""
        holders, _ = self._merge_holders(role_keys, of, date or _date.today().isoformat(), former)
        named = [a for a in holders if self._facts(a.id)[2] == surname]
        return named[0] if len(named) == 1 else None

    def _holder(
        self,
        role_keys: list[str],
        of: str | None,
        former: bool,
        counts: dict[str, int],
        countries: dict[str, int],
        date: str | None,
    ) -> tuple[Actor | None, str]:
        when = date or _date.today().isoformat()
        merged_key = (tuple(role_keys), of, when, former)
        merged = self._merged.get(merged_key)
        if merged is None:
            merged = self._merge_holders(role_keys, of, when, former)
            if len(self._merged) > 50000:
                self._merged.clear()
            self._merged[merged_key] = merged
        holders, position = merged
        if not holders:
            label = _role_label(role_keys, of, former)
            return None, f"no holder of {label} on {when} in the knowledge base"
        # The holders the document names, in the holders' order.
        if len(counts) < len(holders):
            found = sorted(position[k] for k in counts if k in position)
            mentioned = [holders[k] for k in found]
        else:
            mentioned = [a for a in holders if counts.get(a.id)]
        if len(mentioned) == 1:
            return mentioned[0], ""
        if len(mentioned) > 1:
            holders = mentioned
        if len(holders) == 1:
            return holders[0], ""
        if of is not None and former:
            return holders[0], ""  # the most recent former holder
        if of is None and countries:
            top = max(countries.items(), key=_second)[0]  # = most_common(1)
            local = [a for a in holders if a.country == top]
            if len(local) == 1:
                return local[0], ""
        names = ", ".join(a.name for a in holders[:5])
        return None, f"ambiguous {_role_label(role_keys, of, former)}: {names}"

    def _merge_holders(
        self, role_keys: list[str], of: str | None, when: str, former: bool
    ) -> tuple[list[Actor], dict[str, int]]:
        """The holders of any of the roles (each once, in order), and the position of each."""
        holders: list[Actor] = []
        position: dict[str, int] = {}
        for key in role_keys:
            cache_key = (key, of, when, former)
            found = self._holders.get(cache_key)
            if found is None:
                if len(self._holders) > 50000:
                    self._holders.clear()
                found = self._holders[cache_key] = self.kb.role_holder(key, of, when, former=former)
            for actor in found:
                if actor.id not in position:
                    position[actor.id] = len(holders)
                    holders.append(actor)
        return holders, position

    def _unknown_names(
        self,
        text: str,
        toks: _Tokens,
        caps: list[int],
        covered: set[int],
    ) -> list[ActorRef]:
        """Runs of two or more capitalised words that the knowledge base does not know."""
        out: list[ActorRef] = []
        run: list[int] = []
        caps_set = [c for c in caps if c not in covered]

        def flush() -> None:
            if run and _sentence_start(text, toks.starts[run[0]]):
                run.pop(0)  # "Volgens Pavel Podvig": the first word is capitalised as such
            if len(run) >= 2:
                s, e = toks.starts[run[0]], toks.end(run[-1])
                out.append(
                    ActorRef(text=text[s:e], span=(s, e), reason="not in the knowledge base")
                )
            run.clear()

        for idx in caps_set:
            if run and (
                idx != run[-1] + 1 or text[toks.end(run[-1]) : toks.starts[idx]] not in (" ", "-")
            ):
                flush()
            word = toks.words[idx]
            if len(word) >= 2 and word.isalpha():
                run.append(idx)
            else:
                flush()
        flush()
        return out

    # -- statements -----------------------------------------------------------------------

    def link_name(
        self, name: str, lang: str | None, date: str | None, context: dict[str, int] | None = None
    ) -> ActorRef:
        """Link a name or role phrase on its own ("Dmitry Medvedev", "de Russische president")."""
        return self._link_name(name, lang, date, context, None)

    def _link_name(
        self,
        name: str,
        lang: str | None,
        date: str | None,
        context: dict[str, int] | None,
        memo: dict[str, ActorRef] | None,
    ) -> ActorRef:
        """`link_name`; `memo` keeps the answers for one document (same language, date and
        context), where speakers and channels repeat the same names."""
        if memo is not None:
            done = memo.get(name)
            if done is None:
                done = memo[name] = self._link_name(name, lang, date, context, None)
            return _copy_ref(done)  # callers set the span of the answer
        # Answers that depend on neither the date nor the document, by name and language.
        key = (name, lang)
        known = self._names.get(key)
        if known is not None:
            return _copy_ref(known)
        targets = {e.target for e in self.kb.lookup(name) if e.kind == NAME}
        if len(targets) == 1:
            # A known name of one actor: no need to read it as a phrase.
            actor = self.kb.actors[next(iter(targets))]
            ref = ActorRef(
                text=name, span=None, actor_id=actor.id, name=actor.name, type=actor.type
            )
        else:
            refs, kinds, contextual = self._mentions(name, lang, date, context)
            best = self._head(refs, kinds, (0, len(name)), name)
            if best is not None and best.actor_id:
                ref = ActorRef(
                    text=name, span=None, actor_id=best.actor_id, name=best.name, type=best.type
                )
            else:
                reason = (best.reason if best else None) or next(
                    (r.reason for r in refs if r.reason), None
                )
                ref = ActorRef(text=name, span=None, reason=reason or "not in the knowledge base")
            if contextual:  # a role phrase or a name of several actors
                return ref
        if len(self._names) > 20000:
            self._names.clear()
        self._names[key] = _copy_ref(ref)
        return ref

    def link(self, analysis: Analysis) -> Analysis:
        doc = analysis.document
        refs, kinds, _ = self._mentions(doc.text, doc.lang, doc.date)
        analysis.mentions = refs
        if not analysis.statements:
            return analysis
        # Where each mention starts, the longest one, and the mentions of each actor.
        starts: list[int] = []
        longest = 0
        context: dict[str, int] = {}
        for ref in refs:
            span = ref.span
            assert span is not None  # every document mention has a span
            starts.append(span[0])
            longest = max(longest, span[1] - span[0])
            if ref.actor_id:
                context[ref.actor_id] = context.get(ref.actor_id, 0) + 1
        links = _DocLinks(
            doc,
            refs,
            kinds,
            starts,
            min(longest, _MAX_MENTION_CHARS),
            context,
            {},
        )
        # A quote that goes on (`resolved_by == "continuation"`) is its first part's speaker:
        # the link of that statement, not a fresh look-up of the name it carries.
        linked: dict[str | None, Speaker] = {}
        for st in analysis.statements:
            sp = st.speaker
            first = linked.get(sp.name) if sp.resolved_by == "continuation" else None
            if first is not None:
                sp.actor_id, sp.name, sp.type = first.actor_id, first.name, first.type
            else:
                # the extraction names a continuation after its first part's name or mention
                original = sp.name or sp.text
                self._link_speaker(st, links)
                if sp.actor_id is not None:
                    linked[original] = sp
            if sp.actor_id is not None and sp.type in ("organization", "group") and sp.span:
                links.bodies.append((sp.span[0], sp))
            if st.channel:
                st.channel_actor = self._link_span(
                    st.channel, st.channel_span, links, prefer="media"
                )
        return analysis

    @staticmethod
    def _head(
        refs: list[ActorRef],
        kinds: dict[tuple[int, int], str],
        span: tuple[int, int],
        text: str,
        prefer: str = "person",
        starts: list[int] | None = None,
        reach: int = _MAX_MENTION_CHARS,
    ) -> ActorRef | None:
        """The mention a phrase is about, never a demonym: a person named before an apposition
        ("Stoltenberg, the secretary general"), else the phrase's role ("Putin's spokesman",
        even when unresolved), else the first person (or `prefer` type) named in it."""
        # `refs` are sorted by start (`starts`): look only at those that can overlap the span.
        if starts is None:
            starts = list(map(_ref_start, refs))
        hi = bisect_left(starts, span[1])
        lo = bisect_left(starts, span[0] - reach, 0, hi)
        roles: list[ActorRef] = []
        named: list[ActorRef] = []  # linked names (no demonyms)
        for r in refs[lo:hi]:
            at = r.span
            if at and span[0] < at[1]:
                kind = kinds.get(at)
                if kind == ROLE:
                    roles.append(r)
                elif (
                    kind != DEMONYM
                    and r.actor_id
                    and not (r.type == "country" and _name_goes_on(text, r, span))
                ):
                    named.append(r)
        if roles:
            first = (roles[0].span or (0, 0))[0]
            for r in named:
                end = (r.span or (0, 0))[1]
                if r.type == "person" and end <= first and "," in text[end:first]:
                    return r
            if roles[0].actor_id is None:
                # An unresolved role: a person the phrase names, unless as a possessor.
                for r in named:
                    end = (r.span or (0, 0))[1]
                    if r.type == "person" and text[end : end + 1] not in ("'", "’"):
                        return r
            return roles[0]
        if len(named) < 2:
            return named[0] if named else None
        # "Putin's spokesman Peskov": a possessor is not whom the phrase is about
        heads = [r for r in named if text[(r.span or (0, 0))[1] :][:1] not in ("'", "’")]
        return _preferred(heads or named, prefer)

    def _link_span(
        self,
        text: str,
        span: tuple[int, int] | None,
        links: _DocLinks,
        prefer: str = "person",
    ) -> ActorRef:
        doc = links.doc
        if span is not None:
            best = self._head(
                links.refs, links.kinds, span, doc.text, prefer, links.starts, links.reach
            )
            if best is not None:
                return ActorRef(
                    text=text,
                    span=span,
                    actor_id=best.actor_id,
                    name=best.name,
                    type=best.type,
                    reason=best.reason,
                )
        ref = self._link_name(text, doc.lang, doc.date, links.context, links.memo)
        ref.span = span
        return ref

    def _link_speaker(self, st: Statement, links: _DocLinks) -> None:
        doc, context, memo = links.doc, links.context, links.memo
        sp: Speaker = st.speaker
        ref: ActorRef | None = None
        if sp.text and sp.type == "person" and sp.resolved_by in ("new_role", "unresolved"):
            first = sp.text.split(maxsplit=1)[0].lower()
            if first in self._langdata(doc.lang).indefinite:
                # `een woordvoerder van ...`, someone new: in the role, not its holder
                return
        # (`zeggen ze`: the extraction read "ze" as plural, so it is no woman's pronoun)
        gender = self._pronoun_gender(sp.text, doc.lang)
        if gender == "neuter":
            # `It added that ...`: the last country or body that spoke before it
            if sp.span is not None:
                start = sp.span[0]
                body = next(((at, b) for at, b in reversed(links.bodies) if at < start), None)
                if body is not None and start - body[0] <= _NEUTER_REACH:
                    sp.actor_id, sp.name, sp.type = body[1].actor_id, body[1].name, body[1].type
            return
        if sp.type == "group":
            gender = None
        if sp.text and gender is None:
            text, span = sp.text, sp.span
            if (
                sp.name
                and span is not None
                and sp.name != text
                and (
                    (sp.name in text.partition(",")[0] and "," in text)
                    or (sp.resolved_by == "name" and " " in sp.name and sp.name in text)
                )
            ):
                # `the newspaper De Tijd, edited by X`: the name the extraction chose
                # is the head; link that part, not a name inside the apposition.
                at = span[0] + text.index(sp.name)
                text, span = sp.name, (at, at + len(sp.name))
                ref = self._link_name(sp.name, doc.lang, doc.date, context, memo)
            if ref is None or ref.actor_id is None:
                ref = self._link_span(text, span, links)
        by_name: ActorRef | None = None  # what the extraction's name links to by itself
        if (ref is None or ref.actor_id is None) and sp.name and sp.name != sp.text:
            ref = by_name = self._link_name(sp.name, doc.lang, doc.date, context, memo)
            if ref.actor_id is None:
                ref = self._by_surname(sp.name, links)
        named_person = sp.resolved_by == "name" and sp.type == "person" and " " in (sp.name or "")
        if (
            (ref is None or ref.actor_id is None)
            and sp.text
            and gender is None
            and sp.name
            and (not named_person)
        ):
            # Nothing under the chosen name: any actor the whole mention names.
            ref = self._link_span(sp.text, sp.span, links) or ref
        if (ref is None or ref.actor_id is None) and sp.text and sp.span is not None:
            ref = self._definite(sp.text, sp.span[0], links) or ref
        if gender is not None:
            # A personal pronoun: only a person of that gender, else the nearest one before it.
            if ref is not None and not self._fits(ref.actor_id, gender):
                ref = None
            if ref is None and sp.span is not None:
                ref = self._nearest_person(links, sp.span[0], gender)
                if (
                    ref is not None
                    and ref.span is not None
                    and sp.name
                    and by_name is not None
                    and by_name.actor_id is None
                ):
                    # The extraction resolved the pronoun to someone the knowledge base does not
                    # know: keep that person when named closer to the pronoun than the known one
                    # ("... zei P. ... Daarbij schreef hij" is P., not a minister named before).
                    named_at = doc.text.rfind(sp.name.split()[-1], 0, sp.span[0])
                    if named_at > ref.span[0]:
                        ref = None
        if (
            sp.type == "person"
            and sp.resolved_by in ("role", "unresolved")
            and sp.text
            and sp.span is not None
            and (ref is None or ref.type != "person")
        ):
            # `zei de CDA-bewindsman`: a person in a role, not the party in the compound - the
            # person the extraction resolved the role to, else (a definite role the article
            # gave no name) the person named last before it
            named = (
                self._link_name(sp.name, doc.lang, doc.date, context, memo)
                if (sp.name and sp.name != sp.text)
                else None
            )
            if named is not None and named.type == "person":
                ref = named
            elif sp.resolved_by == "unresolved" and self._is_definite(sp.text, doc.lang):
                ref = self._nearest_person(links, sp.span[0], None) or ref
        if ref is None or ref.actor_id is None:
            return
        if self._other_person_named(sp, ref, links):
            return  # `Premier Jansen`: the role's holder is someone else than the man named
        by_its_name = sp.resolved_by == "name" and sp.name is not None and sp.name == ref.text
        if sp.type in ("person", "group") and ref.type == "country" and not by_its_name:
            return  # `a senior US official`, `US officials`: people of the country, not it
        if (
            sp.type == "person"
            and sp.resolved_by == "name"
            and ref.type != "person"
            and not by_its_name
            and " " in (sp.name or "")
        ):
            return  # `CDA-raadslid Marja Veenstra`: a person, not the party in the title
        if by_its_name and sp.type == "person" and ref.type != "person":
            sp.type = _SPEAKER_TYPE.get(ref.type or "", sp.type)  # `North Korea said`
        sp.actor_id = ref.actor_id
        sp.name = ref.name
        if sp.type == "unknown" and ref.type:
            sp.type = _SPEAKER_TYPE.get(ref.type, "unknown")

    def _other_person_named(self, sp: Speaker, ref: ActorRef, links: _DocLinks) -> bool:
        """Whether the extraction named a person whom the knowledge base does not know and
        whose surname is not the linked person's (a role resolved past the name given)."""
        if sp.resolved_by != "name" or not sp.name or ref.type != "person" or not ref.name:
            return False
        surname = sp.name.split()[-1]
        if not sp.text or sp.text.split()[-1] != surname or fold(surname) in _name_words(ref.name):
            return False  # (only a name that ends the mention: `Premier Jansen`)
        doc = links.doc
        own = self._link_name(surname, doc.lang, doc.date, links.context, links.memo)
        return own.actor_id is None

    def _pronoun_gender(self, text: str | None, lang: str | None) -> str | None:
        if not text or " " in text.strip():
            return None
        key = (text, lang)
        known = self._pronouns.get(key)
        if known is None:
            if len(self._pronouns) > 20000:
                self._pronouns.clear()
            known = self._pronouns[key] = self._gender_of_word(fold(text.strip()), lang) or ""
        return known or None

    def _gender_of_word(self, word: str, lang: str | None) -> str | None:
        for code in [lang] if lang else list(self.kb.language):
            for gender, words in self.kb.language.get(code or "", {}).get("pronouns", {}).items():
                if word in words:
                    return str(gender)
        return None

    def _fits(self, actor_id: str | None, gender: str | None) -> bool:
        """Whether the actor is a person of `gender` (None: of any)."""
        actor = self.kb.actors.get(actor_id or "")
        return (
            actor is not None
            and actor.type == "person"
            and (gender is None or actor.gender is None or actor.gender == gender)
        )

    def _is_definite(self, text: str, lang: str | None) -> bool:
        """Whether the phrase opens with a definite article (`de minister`, `the envoy`)."""
        ld = self._langdata(lang)
        first = text.split(maxsplit=1)[0].lower()
        return first in ld.articles and first not in ld.indefinite

    @staticmethod
    def _before(links: _DocLinks, offset: int) -> list[ActorRef]:
        """The mentions that start before `offset` (the others cannot end before it)."""
        return links.refs[: bisect_left(links.starts, offset)]

    def _nearest_person(self, links: _DocLinks, before: int, gender: str | None) -> ActorRef | None:
        """The last person of `gender` (None: any) linked in the 600 characters before a
        pronoun; for a pronoun that opens its sentence, the first one of the sentence before
        (its subject, as a rule: `Premier Rutte sprak met president Zelensky. Hij zei ...` is
        Rutte)."""
        text = links.doc.text
        # (the search reaches past `before`: a break looks at the capital after it)
        ends = [
            m
            for m in _SENTENCE_BREAK.finditer(text, max(0, before - 600), before + 8)
            if m.end() <= before
        ]
        if ends and not text[ends[-1].end() : before].strip(_OPENING_MARKS):
            lo = ends[-2].end() if len(ends) >= 2 else max(0, before - 600)
            end = ends[-1].start()
            for ref in self._before(links, before):
                at = ref.span
                if (
                    at is not None
                    and lo <= at[0]
                    and at[1] <= end
                    and ref.type == "person"
                    and (self._fits(ref.actor_id, gender))
                ):
                    return ref
        for ref in reversed(self._before(links, before)):
            if ref.span is None or ref.span[1] > before:
                continue
            if before - ref.span[1] > 600:
                return None
            if self._fits(ref.actor_id, gender):
                return ref
        return None

    def _definite(self, text: str, before: int, links: _DocLinks) -> ActorRef | None:
        """ "the ministry", "het ministerie": the last organisation named with that word."""
        words = fold_key(text)
        if len(words) != 2 or words[0] not in self._langdata(links.doc.lang).articles:
            return None
        noun = words[1]
        for ref in reversed(self._before(links, before)):
            if ref.span is None or ref.span[1] > before or not ref.actor_id:
                continue
            if before - ref.span[1] > 2000:
                return None
            actor = self.kb.actors[ref.actor_id]
            if actor.type in ("person", "country"):
                continue
            if noun in fold_key(ref.text) or noun in fold_key(actor.name):
                return ref
        return None

    def _by_surname(self, name: str, links: _DocLinks) -> ActorRef | None:
        """A name the document uses for a person it names in full ("Leyen", "von der Leyen")."""
        key = fold_key(name)
        if not key:
            return None
        persons = links.persons
        if persons is None:
            # (a plain loop and a cache of the folded names: `fold_key` is an `lru_cache`
            # wrapper, a Python call each time)
            persons = links.persons = []
            name_keys = self._name_keys
            for r in links.refs:
                actor_id = r.actor_id
                if actor_id and r.type == "person":
                    words = name_keys.get(actor_id)
                    if words is None:
                        words = name_keys[actor_id] = fold_key(self.kb.actors[actor_id].name)
                    persons.append((actor_id, words, r))
        found: dict[str, ActorRef] = {}
        for actor_id, words, r in persons:
            if words[-len(key) :] == key:
                found[actor_id] = r
        return next(iter(found.values())) if len(found) == 1 else None
