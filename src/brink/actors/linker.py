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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate, compress
from operator import or_
from typing import Any

from brink.actors.kb import DEMONYM, NAME, ROLE, Actor, AliasEntry, KnowledgeBase
from brink.actors.text import SPLIT_RE, fold, fold_key, fold_word
from brink.model import ActorRef, Analysis, Document, Speaker, Statement

_GAP_OK = re.compile(r"[ \u00a0\-'’&.]{1,3}\Z")
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
_SENTENCE_END = re.compile(r"[.!?:\n][\s\"'“”‘’„,«»()-]*\Z")


@lru_cache(maxsize=4096)
def _gap_ok(sep: str) -> bool:
    """Whether two words separated by `sep` can belong to one name ("Jean-Marie", "A & B")."""
    return bool(_GAP_OK.match(sep))


def _sentence_start(text: str, offset: int) -> bool:
    return offset == 0 or bool(_SENTENCE_END.search(text[max(0, offset - 6) : offset]))


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    tok_start: int
    tok_end: int
    entries: list[AliasEntry]
    actor_id: str | None = None
    reason: str | None = None
    kind: str = NAME
    candidates: list[str] = field(default_factory=list)


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


def _same_given_name(word: str, name_words: Sequence[str]) -> bool:
    """`Dimitry` for Dmitry, `Volodymyr` for Volodymyr: a spelling variant of a name part."""
    return any(
        word == part or (word[:1] == part[:1] and SequenceMatcher(None, word, part).ratio() >= 0.75)
        for part in name_words
    )


# No mention (a name, role phrase or title) is longer than this.
_MAX_MENTION_CHARS = 400


def _ref_start(ref: ActorRef) -> int:
    return ref.span[0] if ref.span else 0


@lru_cache(maxsize=16)
def _function_words(lang: str | None) -> frozenset[str]:
    """Capitalised words that never start a person's name (`Volgens`, `The`, `But`)."""
    from brink.languages import SUPPORTED_LANGUAGES, load_language

    if lang not in SUPPORTED_LANGUAGES:
        return frozenset()
    res = load_language(lang)
    return res.not_name_starts | res.according_before_words | res.time_words | res.adverbs


class Linker:
    """Links mentions, speakers and channels of an `Analysis` to the actors of a knowledge base."""

    def __init__(self, kb: KnowledgeBase, unknown_names: bool = True) -> None:
        self.kb = kb
        self.unknown_names = unknown_names
        self._country: dict[str, str | None] = {}
        self._lang: dict[str | None, _LangData] = {}
        self._holders: dict[tuple[str, str | None, str, bool], list[Actor]] = {}
        # First words of names and roles that may stand in lower case ("president", "russische").
        self._lower_starts = frozenset(
            key[0] for key, entries in kb.index.items() if any(e.case == 0 for e in entries)
        )
        self._names: dict[tuple[str, str | None, str | None], ActorRef] = {}
        # First four letters of one-word names that may open a compound ("Ruslandkenner").
        self._heads4 = frozenset(
            key[0][:4] for key in kb.index if len(key) == 1 and len(key[0]) >= 4
        )

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
        )
        self._lang[lang] = data
        return data

    # -- pass 1: matching -----------------------------------------------------------------

    def _scan(
        self, text: str, lang: str | None
    ) -> tuple[list[tuple[int, int, str]], list[_Match], list[int]]:
        """Tokens, raw matches (longest first at each position) and unmatched capitalised tokens.

        Tokenising, folding and picking the tokens worth a look (known first words and
        capitalised words) run in C (`re.split`, `str.translate`, `map`); Python only walks
        the trie from those.
        """
        lower = text.lower()
        if len(lower) != len(text):  # e.g. "İ" lower-cases to two characters
            lower = fold(text)
        parts = SPLIT_RE.split(lower)
        cum = [0, *accumulate(map(len, parts))]
        words = list(map(fold_word, parts[0::2]))
        starts = cum[0::2]
        ends = cum[1::2]
        seps = parts[1::2]
        if words and not words[0]:  # text starts with a non-word
            words, starts, ends, seps = words[1:], starts[1:], ends[1:], seps[1:]
        if words and not words[-1]:
            words, starts, ends = words[:-1], starts[:-1], ends[:-1]
        n = len(words)
        toks = list(zip(starts, ends, words, strict=False))
        caps = list(map(str.isupper, map(text.__getitem__, starts)))
        trie = self.kb.trie
        ld = self._langdata(lang)
        matches: list[_Match] = []
        unmatched_caps: list[int] = []
        # Capitalised words, and the lower-case words some name or role may start with.
        look = compress(range(n), map(or_, caps, map(self._lower_starts.__contains__, words)))
        i = 0
        for i0 in look:
            if i0 < i:
                continue
            i = i0
            node: dict[str, Any] | None = trie
            j = i
            best: tuple[int, list[AliasEntry], int] | None = None
            while j < n and node is not None:
                key = words[j]
                child = node.get(key)
                if child is None and ld.suffixes and caps[j]:
                    for suf in ld.suffixes:
                        if key.endswith(suf) and len(key) - len(suf) >= ld.min_stem:
                            child = node.get(key[: -len(suf)])
                            if child is not None:
                                break
                if child is None:
                    if j > i and ld.compounds and caps[j]:
                        # "Witte Huiswoordvoerder": the last word of a name opens a compound.
                        found = self._compound(key, text, starts[j], ld, node, i, toks, lang)
                        if found is not None:
                            best = (j + 1, found[1], starts[j] + found[0])
                    break
                node = child
                j += 1
                terminal = node.get("")
                if terminal is not None:
                    entries = self._valid(self.kb.index[terminal], text, toks, i, j, lang)
                    if entries:
                        best = (j, entries, ends[j - 1])
                if j < n and not _gap_ok(seps[j - 1]):
                    break
            if best is not None:
                j, entries, end = best
                matches.append(_Match(starts[i], end, i, j, entries))
                if j - i >= 3 and all(en.kind == ROLE for en in entries):
                    matches.extend(self._inner(text, toks, i + 1, j, lang))
                i = j
                continue
            if caps[i]:
                key = words[i]
                if ld.compounds and len(key) >= 7 and key[:4] in self._heads4:
                    found = self._compound(key, text, starts[i], ld, trie, i, toks, lang)
                    if found is not None:
                        cut, entries = found
                        matches.append(_Match(starts[i], starts[i] + cut, i, i + 1, entries))
                        i += 1
                        continue
                unmatched_caps.append(i)
            i += 1
        return toks, matches, unmatched_caps

    def _valid(
        self,
        entries: list[AliasEntry],
        text: str,
        toks: list[tuple[int, int, str]],
        i: int,
        j: int,
        lang: str | None,
    ) -> list[AliasEntry]:
        out = []
        first = text[toks[i][0] : toks[i][1]]
        for entry in entries:
            if entry.kind != NAME and lang and entry.lang and entry.lang != lang:
                continue
            if entry.case == 1 and not first[:1].isupper():
                continue
            if entry.case == 2:
                surface = text[toks[i][0] : toks[j - 1][1]]
                if surface != entry.surface and not (surface.isupper() and len(surface) > 1):
                    continue
            out.append(entry)
        return out

    def _compound(
        self,
        key: str,
        text: str,
        start: int,
        ld: _LangData,
        node: dict[str, Any],
        first: int,
        toks: list[tuple[int, int, str]],
        lang: str | None,
    ) -> tuple[int, list[AliasEntry]] | None:
        """A capitalised compound starting with a name ("Ruslandkenner", "Sovjetarsenaal")."""
        for cut in range(len(key) - ld.min_compound_rest, 3, -1):
            sub = node.get(key[:cut])
            if sub is None or "" not in sub or not text[start + cut].islower():
                continue
            entries = [
                e
                for e in self._valid(self.kb.index[sub[""]], text, toks, first, first + 1, lang)
                if e.kind != ROLE
                and e.case != 2
                and (actor := self.kb.actors.get(e.target)) is not None
                and actor.type in _COMPOUND_TYPES
            ]
            if entries:
                return cut, entries
        return None

    def _inner(
        self, text: str, toks: list[tuple[int, int, str]], i: int, j: int, lang: str | None
    ) -> list[_Match]:
        """Names inside a long role label ("... voorzitter van de Veiligheidsraad")."""
        out: list[_Match] = []
        for k in range(i, j):
            node: dict[str, Any] | None = self.kb.trie
            for m in range(k, j):
                assert node is not None
                node = node.get(toks[m][2])
                if node is None:
                    break
                terminal = node.get("")
                if terminal is not None:
                    entries = [
                        e
                        for e in self._valid(self.kb.index[terminal], text, toks, k, m + 1, lang)
                        if e.kind == NAME
                    ]
                    if entries:
                        out.append(_Match(toks[k][0], toks[m][1], k, m + 1, entries))
        return out

    # -- pass 2: resolving ----------------------------------------------------------------

    def mentions(self, doc: Document) -> list[ActorRef]:
        """Every actor mention in the document, linked where the evidence allows."""
        return self._mentions(doc.text, doc.lang, doc.date)[0]

    def _mentions(
        self, text: str, lang: str | None, date: str | None, context: Counter[str] | None = None
    ) -> tuple[list[ActorRef], dict[tuple[int, int], str]]:
        """Mentions, and the kind of each (name, demonym or role) by span."""
        toks, matches, caps = self._scan(text, lang)
        kb = self.kb
        matches = self._without_namesakes(text, toks, matches, caps, lang)
        counts: Counter[str] = Counter(context or ())
        countries: Counter[str] = Counter()
        surnames: dict[str, set[str]] = {}
        for m in matches:
            targets = {e.target for e in m.entries if e.kind != ROLE}
            if targets:
                m.kind = (
                    DEMONYM if all(e.kind == DEMONYM for e in m.entries if e.kind != ROLE) else NAME
                )
                m.candidates = sorted(targets)
                if len(targets) == 1:
                    m.actor_id = next(iter(targets))
            else:
                m.kind = ROLE
        for m in matches:
            if m.actor_id is None:
                continue
            counts[m.actor_id] += 1
            country = self._country.get(m.actor_id, "")
            if country == "":
                country = self._country[m.actor_id] = kb.country_of(m.actor_id)
            if country:
                countries[country] += 1
            actor = kb.actors[m.actor_id]
            if actor.type == "person" and m.tok_end - m.tok_start >= 2:
                surnames.setdefault(toks[m.tok_end - 1][2], set()).add(actor.id)
                key = fold_key(actor.name)
                if len(key) >= 2:
                    surnames.setdefault(key[-1], set()).add(actor.id)
        # Ambiguous names: the one the document names in full (surname back-reference), else
        # the one whose country the document talks about most.
        for m in matches:
            if m.kind == ROLE or m.actor_id is not None:
                continue
            last = toks[m.tok_end - 1][2]
            named = [c for c in m.candidates if c in surnames.get(last, ())]
            if len(named) == 1:
                m.actor_id = named[0]
            else:
                m.actor_id, m.reason = self._choose(m.candidates, counts, countries, date)
        # Surname back-reference for persons the data lists without a surname-only alias.
        for idx in caps:
            ids = surnames.get(toks[idx][2])
            if ids and len(ids) == 1:
                s, e, _ = toks[idx]
                matches.append(_Match(s, e, idx, idx + 1, [], actor_id=next(iter(ids)), kind=NAME))
        matches.sort(key=lambda m: m.start)
        ld = self._langdata(lang)
        by_tok_end = {m.tok_end: m for m in matches if m.kind != ROLE}
        by_tok_start = {m.tok_start: m for m in matches if m.kind != ROLE}
        refs: list[ActorRef] = []
        kinds: dict[tuple[int, int], str] = {}
        for m in matches:
            if m.kind == ROLE:
                ref = self._resolve_role(
                    m, text, toks, by_tok_end, by_tok_start, counts, countries, date, ld
                )
                if ref is not None and ref.span is not None:
                    refs.append(ref)
                    kinds[ref.span] = ROLE
                continue
            found = kb.actors.get(m.actor_id) if m.actor_id else None
            refs.append(
                ActorRef(
                    text=text[m.start : m.end],
                    span=(m.start, m.end),
                    actor_id=found.id if found else None,
                    name=found.name if found else None,
                    type=found.type if found else None,
                    reason=None if found else m.reason,
                )
            )
            kinds[(m.start, m.end)] = m.kind
        if self.unknown_names:
            covered = {t for m in matches for t in range(m.tok_start, m.tok_end)}
            refs.extend(self._unknown_names(text, toks, caps, covered))
        refs.sort(key=lambda r: r.span or (0, 0))
        return refs, kinds

    def _without_namesakes(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        matches: list[_Match],
        caps: list[int],
        lang: str | None,
    ) -> list[_Match]:
        """Drop a surname match preceded by a first name the data does not know: *Ingrid
        Solberg* is not Erna Solberg, *Johan Veldkamp* is not Caspar Veldkamp."""
        words = _function_words(lang)
        if not words:
            return matches  # no function-word data (German capitalises every noun: `Rede`)
        unknown = {i for i in caps if toks[i][2] not in words}
        kept = []
        for m in matches:
            i = m.tok_start
            if (
                m.tok_end - i == 1
                and i - 1 in unknown
                and text[toks[i - 1][1] : toks[i][0]] == " "
                and (
                    i == 1
                    or not re.search(r"[.!?:;\"“”„«»]\s*$", text[toks[i - 2][1] : toks[i - 1][0]])
                )
                and all(
                    e.kind != ROLE
                    and (a := self.kb.actors.get(e.target)) is not None
                    and a.type == "person"
                    and not _same_given_name(toks[i - 1][2], fold_key(a.name))
                    for e in m.entries
                )
            ):
                continue
            kept.append(m)
        return kept

    def _choose(
        self, candidates: list[str], counts: Counter[str], countries: Counter[str], date: str | None
    ) -> tuple[str | None, str | None]:
        kb = self.kb

        def score(actor_id: str) -> tuple[int, int, int]:
            actor = kb.actors.get(actor_id)
            active = int(bool(actor and date and actor.roles_at(date)))
            return (counts[actor_id], countries[kb.country_of(actor_id) or ""], active)

        ranked = sorted(candidates, key=score, reverse=True)
        if len(ranked) == 1 or (score(ranked[0]) > score(ranked[1]) and any(score(ranked[0]))):
            return ranked[0], None
        names = ", ".join(kb.actors[c].name for c in candidates if c in kb.actors)
        return None, f"ambiguous: {names}"

    def _resolve_role(
        self,
        m: _Match,
        text: str,
        toks: list[tuple[int, int, str]],
        by_tok_end: dict[int, _Match],
        by_tok_start: dict[int, _Match],
        counts: Counter[str],
        countries: Counter[str],
        date: str | None,
        ld: _LangData,
    ) -> ActorRef | None:
        kb = self.kb
        role_keys: list[str] = []
        for key in dict.fromkeys(e.target for e in m.entries if e.kind == ROLE):
            role_keys.append(key)
            role = kb.roles.get(key)
            if role is not None:
                role_keys.extend(k for k in role.includes if k not in role_keys)
        # A role followed by a name is an apposition ("de Russische president Poetin"): the
        # name is the mention.
        nxt = by_tok_start.get(m.tok_end)
        if nxt is not None and nxt.actor_id and kb.actors[nxt.actor_id].type == "person":
            return None
        former = False
        of: str | None = None
        start = m.start
        k = m.tok_start - 1
        steps = 0
        qualified = False
        while k >= 0 and steps < 5:
            prev = by_tok_end.get(k + 1)
            if prev is not None and of is None and prev.actor_id:
                of = prev.actor_id
                start = prev.start
                k = prev.tok_start - 1
                steps += 1
                continue
            key = toks[k][2]
            gap = text[toks[k][1] : toks[k + 1][0]]
            if not _GAP_OK.match(gap):
                break
            if key in ld.former:
                former = True
                start = toks[k][0]
            elif key in ld.deputy:
                return None  # "plaatsvervangend minister": a deputy, not the holder
            elif key in ld.current:
                start = toks[k][0]
            elif key == "s" and by_tok_end.get(k) is not None:
                pass  # "Russia's president"
            elif key in ld.articles or key in ld.of:
                break
            else:
                # "the opposition leader", "the 69-year-old president": a word we cannot read
                # narrows the role; do not guess unless a country or organisation is named.
                qualified = of is None
                break
            k -= 1
            steps += 1
        end = m.end
        if of is None:
            k = m.tok_end
            if k < len(toks) and toks[k][2] in ld.of:
                k += 1
                while k < len(toks) and toks[k][2] in ld.articles:
                    k += 1
                after = by_tok_start.get(k)
                if after is not None and after.actor_id and after.kind != DEMONYM:
                    of = after.actor_id
                    end = after.end
                    qualified = False
                elif after is None and k < len(toks) and text[toks[k][0]].isupper():
                    # `the defence minister of Valdoria`: a country or body the data does not
                    # know; the holder cannot be looked up.
                    qualified = True
        possessor = kb.actors.get(of) if of is not None else None
        if possessor is not None and possessor.type == "person":
            of = possessor.country  # "Putin's spokesman": a spokesman in his country
        if qualified:
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

    def _holder(
        self,
        role_keys: list[str],
        of: str | None,
        former: bool,
        counts: Counter[str],
        countries: Counter[str],
        date: str | None,
    ) -> tuple[Actor | None, str]:
        kb = self.kb
        when = date or _date.today().isoformat()
        holders: list[Actor] = []
        seen: set[str] = set()
        for key in role_keys:
            cache_key = (key, of, when, former)
            found = self._holders.get(cache_key)
            if found is None:
                if len(self._holders) > 50000:
                    self._holders.clear()
                found = self._holders[cache_key] = kb.role_holder(key, of, when, former=former)
            for actor in found:
                if actor.id not in seen:
                    seen.add(actor.id)
                    holders.append(actor)
        label = "/".join(role_keys) + (f" of {of}" if of else "") + (" (former)" if former else "")
        if not holders:
            return None, f"no holder of {label} on {when} in the knowledge base"
        mentioned = [a for a in holders if counts[a.id]]
        if len(mentioned) == 1:
            return mentioned[0], ""
        if len(mentioned) > 1:
            holders = mentioned
        if len(holders) == 1:
            return holders[0], ""
        if of is not None and former:
            return holders[0], ""  # the most recent former holder
        if of is None and countries:
            top = countries.most_common(1)[0][0]
            local = [a for a in holders if a.country == top]
            if len(local) == 1:
                return local[0], ""
        names = ", ".join(a.name for a in holders[:5])
        return None, f"ambiguous {label}: {names}"

    def _unknown_names(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        caps: list[int],
        covered: set[int],
    ) -> list[ActorRef]:
        """Runs of two or more capitalised words that the knowledge base does not know."""
        out: list[ActorRef] = []
        run: list[int] = []
        caps_set = [c for c in caps if c not in covered]

        def flush() -> None:
            if run and _sentence_start(text, toks[run[0]][0]):
                run.pop(0)  # "Volgens Pavel Podvig": the first word is capitalised as such
            if len(run) >= 2:
                s, e = toks[run[0]][0], toks[run[-1]][1]
                out.append(
                    ActorRef(text=text[s:e], span=(s, e), reason="not in the knowledge base")
                )
            run.clear()

        for idx in caps_set:
            if run and (
                idx != run[-1] + 1 or text[toks[run[-1]][1] : toks[idx][0]] not in (" ", "-")
            ):
                flush()
            if len(toks[idx][2]) >= 2 and toks[idx][2].isalpha():
                run.append(idx)
            else:
                flush()
        flush()
        return out

    # -- statements -----------------------------------------------------------------------

    def link_name(
        self, name: str, lang: str | None, date: str | None, context: Counter[str] | None = None
    ) -> ActorRef:
        """Link a name or role phrase on its own ("Dmitry Medvedev", "de Russische president")."""
        key = (name, lang, date)
        known = self._names.get(key)
        if known is not None:
            return ActorRef(
                text=name,
                span=None,
                actor_id=known.actor_id,
                name=known.name,
                type=known.type,
                reason=known.reason,
            )
        targets = {e.target for e in self.kb.lookup(name) if e.kind == NAME}
        if len(targets) == 1:
            # A known name of one actor: no need to read it as a phrase.
            actor = self.kb.actors[next(iter(targets))]
            ref = ActorRef(
                text=name, span=None, actor_id=actor.id, name=actor.name, type=actor.type
            )
            if len(self._names) > 20000:
                self._names.clear()
            self._names[key] = ref
            return ActorRef(
                text=name, span=None, actor_id=actor.id, name=actor.name, type=actor.type
            )
        refs, kinds = self._mentions(name, lang, date, context)
        best = self._head(refs, kinds, (0, len(name)), name)
        if best is not None and best.actor_id:
            return ActorRef(
                text=name, span=None, actor_id=best.actor_id, name=best.name, type=best.type
            )
        reason = (best.reason if best else None) or next((r.reason for r in refs if r.reason), None)
        return ActorRef(text=name, span=None, reason=reason or "not in the knowledge base")

    def link(self, analysis: Analysis) -> Analysis:
        doc = analysis.document
        refs, kinds = self._mentions(doc.text, doc.lang, doc.date)
        analysis.mentions = refs
        if not analysis.statements:
            return analysis
        context: Counter[str] = Counter(r.actor_id for r in refs if r.actor_id)
        for st in analysis.statements:
            self._link_speaker(st, refs, kinds, context, doc)
            if st.channel:
                st.channel_actor = self._link_span(
                    st.channel, st.channel_span, refs, kinds, context, doc, prefer="media"
                )
        return analysis

    @staticmethod
    def _head(
        refs: list[ActorRef],
        kinds: dict[tuple[int, int], str],
        span: tuple[int, int],
        text: str,
        prefer: str = "person",
    ) -> ActorRef | None:
        """The mention a phrase is about, never a demonym: a person named before an apposition
        ("Stoltenberg, the secretary general"), else the phrase's role ("Putin's spokesman",
        even when unresolved), else the first person (or `prefer` type) named in it."""
        # `refs` are sorted by start: look only at those that can overlap the span.
        hi = bisect_left(refs, span[1], key=_ref_start)
        lo = bisect_left(refs, span[0] - _MAX_MENTION_CHARS, 0, hi, key=_ref_start)
        inside = [
            r
            for r in refs[lo:hi]
            if r.span
            and span[0] < r.span[1]
            and kinds.get(r.span) != DEMONYM
            and (r.actor_id or kinds.get(r.span) == ROLE)
        ]
        if not inside:
            return None
        roles = [r for r in inside if kinds.get(r.span or (0, 0)) == ROLE]
        named = [r for r in inside if kinds.get(r.span or (0, 0)) != ROLE]
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
        if not named:
            return None
        return min(named, key=lambda r: (r.type != prefer, r.type == "country"))

    def _link_span(
        self,
        text: str,
        span: tuple[int, int] | None,
        refs: list[ActorRef],
        kinds: dict[tuple[int, int], str],
        context: Counter[str],
        doc: Document,
        prefer: str = "person",
    ) -> ActorRef:
        if span is not None:
            best = self._head(refs, kinds, span, doc.text, prefer)
            if best is not None:
                return ActorRef(
                    text=text,
                    span=span,
                    actor_id=best.actor_id,
                    name=best.name,
                    type=best.type,
                    reason=best.reason,
                )
        ref = self.link_name(text, doc.lang, doc.date, context)
        ref.span = span
        return ref

    def _link_speaker(
        self,
        st: Statement,
        refs: list[ActorRef],
        kinds: dict[tuple[int, int], str],
        context: Counter[str],
        doc: Document,
    ) -> None:
        sp: Speaker = st.speaker
        ref: ActorRef | None = None
        gender = self._pronoun_gender(sp.text, doc.lang)
        if sp.text and gender is None:
            text, span = sp.text, sp.span
            if (
                sp.name
                and span is not None
                and sp.name != text
                and (
                    (sp.name in text.split(",")[0] and "," in text)
                    or (sp.resolved_by == "name" and " " in sp.name and sp.name in text)
                )
            ):
                # `the newspaper De Tijd, edited by X`: the name the extraction chose
                # is the head; link that part, not a name inside the apposition.
                at = span[0] + text.index(sp.name)
                text, span = sp.name, (at, at + len(sp.name))
                ref = self.link_name(sp.name, doc.lang, doc.date, context)
            if ref is None or ref.actor_id is None:
                ref = self._link_span(text, span, refs, kinds, context, doc)
        if (ref is None or ref.actor_id is None) and sp.name and sp.name != sp.text:
            ref = self.link_name(sp.name, doc.lang, doc.date, context)
            if ref.actor_id is None:
                ref = self._by_surname(sp.name, refs)
        named_person = sp.resolved_by == "name" and sp.type == "person" and " " in (sp.name or "")
        if (
            (ref is None or ref.actor_id is None)
            and sp.text
            and gender is None
            and sp.name
            and (not named_person)
        ):
            # Nothing under the chosen name: any actor the whole mention names.
            ref = self._link_span(sp.text, sp.span, refs, kinds, context, doc) or ref
        if (ref is None or ref.actor_id is None) and sp.text and sp.span is not None:
            ref = self._definite(sp.text, sp.span[0], refs, doc.lang) or ref
        if gender is not None:
            # A personal pronoun: only a person of that gender, else the nearest one before it.
            if ref is not None and not self._fits(ref.actor_id, gender):
                ref = None
            if ref is None and sp.span is not None:
                ref = self._nearest_person(refs, sp.span[0], gender)
        if ref is None or ref.actor_id is None:
            return
        sp.actor_id = ref.actor_id
        sp.name = ref.name
        if sp.type == "unknown" and ref.type:
            sp.type = _SPEAKER_TYPE.get(ref.type, "unknown")

    def _pronoun_gender(self, text: str | None, lang: str | None) -> str | None:
        if not text or " " in text.strip():
            return None
        word = fold(text.strip())
        for code in [lang] if lang else list(self.kb.language):
            for gender, words in self.kb.language.get(code or "", {}).get("pronouns", {}).items():
                if word in words:
                    return str(gender)
        return None

    def _fits(self, actor_id: str | None, gender: str) -> bool:
        actor = self.kb.actors.get(actor_id or "")
        return (
            actor is not None
            and actor.type == "person"
            and (actor.gender is None or actor.gender == gender)
        )

    def _nearest_person(self, refs: list[ActorRef], before: int, gender: str) -> ActorRef | None:
        """The last person of `gender` linked in the 600 characters before a pronoun."""
        for ref in reversed(refs):
            if ref.span is None or ref.span[1] > before:
                continue
            if before - ref.span[1] > 600:
                return None
            if self._fits(ref.actor_id, gender):
                return ref
        return None

    def _definite(
        self, text: str, before: int, refs: list[ActorRef], lang: str | None
    ) -> ActorRef | None:
        """ "the ministry", "het ministerie": the last organisation named with that word."""
        words = fold_key(text)
        if len(words) != 2 or words[0] not in self._langdata(lang).articles:
            return None
        noun = words[1]
        for ref in reversed(refs):
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

    def _by_surname(self, name: str, refs: list[ActorRef]) -> ActorRef | None:
        """A name the document uses for a person it names in full ("Leyen", "von der Leyen")."""
        key = fold_key(name)
        if not key:
            return None
        found = {
            r.actor_id: r
            for r in refs
            if r.actor_id
            and r.type == "person"
            and fold_key(self.kb.actors[r.actor_id].name)[-len(key) :] == key
        }
        return next(iter(found.values())) if len(found) == 1 else None
