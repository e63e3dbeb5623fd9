"""The actor knowledge base: built-in data files, user folders merged over them, and indexes.

`load_knowledge_base()` reads every `*.yaml` under `brink/data/actors/` (and the given extra
folders, later ones winning), validates them (`ActorDataError` names file and line), merges them,
adds country names from pycountry, and compiles the alias index the matcher uses. The compiled
result is pickled in the user cache, keyed by the files' paths, sizes and modification times, so
later runs load in milliseconds.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import os
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from brink.actors.schema import (
    ActorDataError,
    ActorEntry,
    FileData,
    Issue,
    RoleDef,
    RoleSpan,
    date_bounds,
    read_file,
)
from brink.actors.text import fold_key, is_acronym

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
_CACHE_FORMAT = 7  # bump when a cached class or its compiling changes (7: AliasEntry case 3)

# Alias kinds in the index.
# (`Final`: the compiled linker reads them as constants, not from this module at each use)
NAME: Final = "name"
DEMONYM: Final = "demonym"
ROLE: Final = "role"


@dataclass(slots=True)
class Actor:
    """A merged actor: one id, a canonical English name, aliases per language, dated roles."""

    id: str
    type: str
    name: str
    wikidata: str | None = None
    country: str | None = None
    gender: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    roles: list[RoleSpan] = field(default_factory=list)
    part_of: str | None = None
    sources: list[str] = field(default_factory=list)

    def roles_at(self, date: str | None) -> list[RoleSpan]:
        """Roles held at `date` (all roles when no date)."""
        return [r for r in self.roles if date is None or holds(r, date)]

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "wikidata": self.wikidata,
            "country": self.country,
            "gender": self.gender,
            "aliases": self.aliases,
            "roles": [r.to_record() for r in self.roles],
        }


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One way of naming something: `target` is an actor id (names, demonyms) or a role key."""

    kind: str
    target: str
    lang: str | None
    surface: str
    case: int  # 0 any case, 1 first letter upper-case, 2 exact (acronyms), 3 capitals as written

    def __reduce__(self) -> tuple[type[AliasEntry], tuple[str, str, str | None, str, int]]:
        # Unpickled by calling the class: several times faster than the `__setstate__` that
        # frozen dataclasses get, and the cached index holds some 15,000 entries.
        return (AliasEntry, (self.kind, self.target, self.lang, self.surface, self.case))


@dataclass(slots=True)
class Candidate:
    """What `KnowledgeBase.find` returns: an actor, the alias that matched, roles at the date."""

    actor: Actor
    alias: str
    kind: str
    langs: tuple[str, ...]
    roles: list[RoleSpan]


def holds(role: RoleSpan, date: str) -> bool:
    """Whether `role` is held on `date` (YYYY, YYYY-MM or YYYY-MM-DD; compared by first day)."""
    day = date_bounds(date)[0]
    if role.start and date_bounds(role.start)[0] > day:
        return False
    return not (role.end and date_bounds(role.end)[0] <= day)


def ended_before(role: RoleSpan, date: str | None) -> bool:
    if role.end is None:
        return False
    return date is None or date_bounds(role.end)[0] <= date_bounds(date)[0]


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, RoleDef] = field(default_factory=dict)
    modifiers: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    language: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # Compiled: folded token tuple → entries; and a token trie over the same keys.
    index: dict[tuple[str, ...], list[AliasEntry]] = field(default_factory=dict)
    trie: dict[str, Any] = field(default_factory=dict)
    holders: dict[str, list[tuple[str, RoleSpan]]] = field(default_factory=dict)
    _sides: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def country_of(self, actor_id: str | None) -> str | None:
        """The country an actor belongs to: its own code for a country, else `country`."""
        if actor_id is None:
            return None
        actor = self.actors.get(actor_id)
        if actor is None:
            return actor_id if len(actor_id) == 2 and actor_id.isupper() else None
        if actor.type == "country":
            return actor.id
        if actor.country:
            return actor.country
        if actor.part_of and actor.part_of != actor_id:
            return self.country_of(actor.part_of)
        return None

    def sides_of(self, actor_id: str) -> frozenset[str]:
        """The actor and what it speaks for: its country, the bodies it is part of and those it
        holds (or held) a role in. Two actors whose sides meet are on the same side (Guterres
        and the UN General Assembly; Lavrov and Russia)."""
        sides = self._sides.get(actor_id)
        if sides is None:
            found = {actor_id}
            todo = [actor_id]
            while todo:
                actor = self.actors.get(todo.pop())
                if actor is None:
                    continue
                for other in (actor.country, actor.part_of, *(r.of for r in actor.roles)):
                    if other and other not in found:
                        found.add(other)
                        todo.append(other)
            sides = self._sides[actor_id] = frozenset(found)
        return sides

    def speaks_for(self, actor_id: str) -> frozenset[str]:
        """The countries and bodies whose voice the actor is: a country itself; a body its
        country and the bodies it is part of; a person the countries and bodies they hold (or
        held) a role in - not their nationality (a Russian analyst does not speak for Russia,
        its defence minister does)."""
        actor = self.actors.get(actor_id)
        if actor is None:
            return frozenset()
        if actor.type == "person":
            found: set[str] = set()
            for role in actor.roles:
                if role.of:
                    found |= {role.of, *self.sides_of(role.of)}
            return frozenset(found)
        return self.sides_of(actor_id)

    def lookup(self, name: str) -> list[AliasEntry]:
        """Index entries for a name, matched case- and diacritic-insensitively."""
        return self.index.get(fold_key(name), [])

    def find(self, name: str, lang: str | None = None, date: str | None = None) -> list[Candidate]:
        """Actors a name can refer to, best first: exact names, then other languages' names.

        `lang` ranks names given for that language first; `date` fills `Candidate.roles` with
        the roles held on that date and ranks actors holding a role then first. Role phrases
        ("de Russische president") are resolved by `brink.actors.linker.resolve_phrase`.
        """
        by_actor: dict[str, list[AliasEntry]] = {}
        for entry in self.lookup(name):
            if entry.kind != ROLE and entry.target in self.actors:
                by_actor.setdefault(entry.target, []).append(entry)
        out: list[Candidate] = []
        for actor_id, entries in by_actor.items():
            actor = self.actors[actor_id]
            langs = tuple(sorted({e.lang for e in entries if e.lang}))
            kind = NAME if any(e.kind == NAME for e in entries) else DEMONYM
            out.append(
                Candidate(
                    actor, name, kind, langs, actor.roles_at(date) if date else list(actor.roles)
                )
            )

        def rank(c: Candidate) -> tuple[int, int, int, str]:
            exact = int(c.actor.name.casefold() != name.casefold())
            in_lang = int(bool(lang) and lang not in c.langs)
            active = int(bool(date) and not c.roles)
            return (exact, c.kind != NAME, active + in_lang, c.actor.name)

        out.sort(key=rank)
        return out

    def role_holder(
        self,
        role_key: str,
        of: str | None = None,
        date: str | None = None,
        former: bool = False,
    ) -> list[Actor]:
        """Who holds `role_key` of `of` (country code or actor id; None: anyone) on `date`.

        `former=True` asks for holders whose role had ended by `date` (most recent first).
        Without a date, current holders (no end) are returned.
        """
        found: list[tuple[str, Actor]] = []
        for actor_id, span in self.holders.get(role_key, []):
            if of is not None and not self._role_of_matches(span.of, of):
                continue
            if former:
                # A former holder: the role had ended, and the actor does not hold it again.
                ok = ended_before(span, date) and not any(
                    other.role == role_key
                    and other.of == span.of
                    and (holds(other, date) if date else other.end is None)
                    for other in self.actors[actor_id].roles
                )
            elif date is None:
                ok = span.end is None
            else:
                ok = holds(span, date)
            if ok:
                found.append((span.end or span.start or "", self.actors[actor_id]))
        found.sort(key=lambda pair: pair[0], reverse=True)
        seen: set[str] = set()
        out: list[Actor] = []
        for _, actor in found:
            if actor.id not in seen:
                seen.add(actor.id)
                out.append(actor)
        return out

    def _role_of_matches(self, role_of: str | None, of: str) -> bool:
        if role_of is None:
            return False
        if role_of == of:
            return True
        # A role of an organisation answers for its country ("the Russian spokesman" → Kremlin's).
        if len(of) == 2 and of.isupper():
            return self.country_of(role_of) == of
        actor = self.actors.get(of)
        return actor is not None and actor.part_of == role_of

    def role_labels(self, role_key: str, lang: str = "en") -> list[str]:
        role = self.roles.get(role_key)
        if role is None:
            return []
        return role.labels.get(lang) or role.labels.get("en") or []


# ---------------------------------------------------------------------------------------------
# Loading


def data_files(folder: Path) -> list[Path]:
    """The YAML files of a data folder, in a stable order (sorted relative paths)."""
    if folder.is_file():
        return [folder]
    return sorted(
        (p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check_folder(folder: Path) -> tuple[list[Issue], list[str]]:
    """Validate a folder of actor files on its own merged over the built-in data.

    Returns (errors, warnings); the built-in data is used to resolve role keys and `of` ids.
    """
    try:
        kb = _build((*_folder_files(DATA_DIR), *_folder_files(folder)), strict=False)
    except ActorDataError as exc:
        return exc.issues, []
    return [], kb.warnings


def _folder_files(folder: Path) -> list[tuple[Path, str]]:
    return [(p, _shown(p)) for p in data_files(folder)]


def _build(files: Sequence[tuple[Path, str]], strict: bool = True) -> KnowledgeBase:
    issues: list[Issue] = []
    parsed: list[FileData] = []
    for path, shown in files:
        data, found = read_file(path, shown)
        issues.extend(found)
        parsed.append(data)
    kb = KnowledgeBase(files=[shown for _, shown in files])
    for data in parsed:
        for role in data.roles:
            old = kb.roles.get(role.key)
            if old is None:
                kb.roles[role.key] = role
            else:
                for lang, labels in role.labels.items():
                    _extend(old.labels.setdefault(lang, []), labels)
                _extend(old.includes, role.includes)
        for kind, langs in data.modifiers.items():
            for lang, words in langs.items():
                _extend(kb.modifiers.setdefault(kind, {}).setdefault(lang, []), words)
        for lang, spec in data.language.items():
            kb.language.setdefault(lang, {}).update(spec)
    for data in parsed:
        for entry in data.actors:
            _merge(kb, entry)
    _add_pycountry(kb)
    # Cross-references: role keys and `of` ids must exist.
    for actor in kb.actors.values():
        for span in actor.roles:
            where = actor.sources[0]
            where_path, _, line = where.rpartition(":")
            if span.role not in kb.roles:
                issues.append(
                    Issue(
                        where_path,
                        int(line or 0),
                        f"{actor.id}: unknown role {span.role!r} "
                        f"(known: {', '.join(sorted(kb.roles))})",
                    )
                )
            elif span.of and span.of not in kb.actors:
                kb.warnings.append(
                    f"{where}: {actor.id}: role {span.role} of unknown actor {span.of!r}"
                )
        if actor.part_of and actor.part_of not in kb.actors:
            kb.warnings.append(
                f"{actor.sources[0]}: {actor.id}: part_of unknown actor {actor.part_of!r}"
            )
    for role in kb.roles.values():
        for inc in role.includes:
            if inc not in kb.roles:
                role_path, _, line = role.source.rpartition(":")
                issues.append(
                    Issue(
                        role_path, int(line or 0), f"role {role.key}: includes unknown role {inc!r}"
                    )
                )
    if issues:
        raise ActorDataError(issues)
    _compile(kb)
    return kb


def _extend(target: list[str], items: Iterable[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _merge(kb: KnowledgeBase, entry: ActorEntry) -> None:
    old = kb.actors.get(entry.id)
    if old is None:
        kb.actors[entry.id] = Actor(
            id=entry.id,
            type=entry.type,
            name=entry.name,
            wikidata=entry.wikidata,
            country=entry.country,
            gender=entry.gender,
            aliases={k: list(v) for k, v in entry.aliases.items()},
            demonyms={k: list(v) for k, v in entry.demonyms.items()},
            roles=list(entry.roles),
            part_of=entry.part_of,
            sources=[entry.source],
        )
        return
    # Same id in a later file: merge; scalar fields of the later file win, reported as conflicts.
    for attr in ("type", "name", "wikidata", "country", "gender", "part_of"):
        new = getattr(entry, attr)
        if new is None:
            continue
        prev = getattr(old, attr)
        if prev is not None and prev != new:
            kb.warnings.append(
                f"{entry.source}: {entry.id}: {attr} {new!r} overrides {prev!r} "
                f"from {old.sources[-1]}"
            )
        setattr(old, attr, new)
    for lang, names in entry.aliases.items():
        _extend(old.aliases.setdefault(lang, []), names)
    for lang, names in entry.demonyms.items():
        _extend(old.demonyms.setdefault(lang, []), names)
    for span in entry.roles:
        if span not in old.roles:
            old.roles.append(span)
    old.sources.append(entry.source)


_PYCOUNTRY_LANGS = ("nl", "de", "fr", "ru", "uk")


def _add_pycountry(kb: KnowledgeBase) -> None:
    """Countries and their names in six languages from pycountry (ISO 3166-1 and translations)."""
    try:
        import gettext

        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return
    translations = {}
    for lang in _PYCOUNTRY_LANGS:
        try:
            translations[lang] = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[lang]
            )
        except OSError:
            continue
    for country in pycountry.countries:
        code = country.alpha_2
        names_en = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        ]
        en = [n for n in names_en if n and "," not in n]
        actor = kb.actors.get(code)
        if actor is None:
            actor = Actor(
                id=code, type="country", name=en[0] if en else country.name, sources=["pycountry"]
            )
            kb.actors[code] = actor
        elif actor.type != "country":
            continue
        if actor.country is None:
            actor.country = code
        _extend(actor.aliases.setdefault("en", []), en)
        for lang, tr in translations.items():
            names = [tr.gettext(n) for n in names_en if n]
            _extend(
                actor.aliases.setdefault(lang, []),
                [n for n in names if "," not in n and "(" not in n],
            )


def _case_mode(surface: str, kind: str) -> int:
    """0: any case; 1: first letter upper-case in the text; 2: exactly as written (AP, VS, EU);
    3: the words capitalised in the alias are capitalised in the text ("the West")."""
    if kind == ROLE:
        return 0
    tokens = surface.split()
    if len(tokens) == 1 and is_acronym(surface) and len(surface) <= 3:
        return 2
    key = fold_key(surface)
    if len(key) >= 3 and len(key[0]) >= 4 and not is_acronym(tokens[0]):
        return 0  # "the international criminal court": long names are safe in lower case
    if surface[:1].isupper():
        return 1
    # "the West", "koning Filip": the capital of a later word tells the name from a common
    # phrase ("the west of the country", "het westen van Oekraïne")
    return 3 if any(t[:1].isupper() for t in tokens[1:]) else 0


def _compile(kb: KnowledgeBase) -> None:
    index: dict[tuple[str, ...], list[AliasEntry]] = {}

    def add(kind: str, target: str, lang: str | None, surface: str) -> None:
        key = fold_key(surface)
        if not key:
            return
        entry = AliasEntry(kind, target, lang, surface, _case_mode(surface, kind))
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    for actor in kb.actors.values():
        add(NAME, actor.id, "en", actor.name)
        for lang, names in actor.aliases.items():
            for name in names:
                add(NAME, actor.id, lang, name)
        for lang, names in actor.demonyms.items():
            for name in names:
                add(DEMONYM, actor.id, lang, name)
        for span in actor.roles:
            kb.holders.setdefault(span.role, []).append((actor.id, span))
    for role in kb.roles.values():
        for lang, labels in role.labels.items():
            for label in labels:
                add(ROLE, role.key, lang, label)
    trie: dict[str, Any] = {}
    for key in index:
        node = trie
        for token in key:
            node = node.setdefault(token, {})
        node[""] = key
    kb.index = index
    kb.trie = trie


def _state_key(folders: Sequence[Path]) -> tuple[str, list[tuple[Path, str]]]:
    from brink import __version__

    files: list[tuple[Path, str]] = []
    digest = hashlib.sha256(f"{_CACHE_FORMAT}|{__version__}".encode())
    # The installed pycountry (its country names are compiled in), found without importing it
    # (some 30 ms, most of a cached load).
    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.origin:
        st = os.stat(spec.origin)
        digest.update(f"pycountry|{spec.origin}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    for folder in folders:
        for path in data_files(folder):
            st = path.stat()
            files.append((path, _shown(path)))
            digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24], files


def cache_dir() -> Path | None:
    """Where compiled knowledge bases are kept (`BRINK_CACHE_DIR`; empty disables the cache)."""
    env = os.environ.get("BRINK_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover
        return None
    return Path(user_cache_dir("brink"))


@lru_cache(maxsize=8)
def _load_cached(key: str, files: tuple[tuple[Path, str], ...]) -> KnowledgeBase:
    directory = cache_dir()
    target = directory / f"actors-{key}.pickle" if directory else None
    if target is not None and target.exists():
        # The index is some 100,000 small objects: collecting garbage while they are created
        # would walk the growing heap again and again (and doubles the load time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            with target.open("rb") as fh:
                kb = pickle.load(fh)
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception:
            pass
        finally:
            if collecting:
                gc.enable()
    kb = _build(files)
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(target)
        except OSError:
            pass
    return kb


def load_knowledge_base(extra_dirs: Iterable[Path | str] = ()) -> KnowledgeBase:
    """The built-in actor data with `extra_dirs` merged over it (later folders win).

    Raises `ActorDataError` (every problem with file and line) when a file breaks the schema.
    Conflicting facts between files are kept in `KnowledgeBase.warnings`, naming both files.
    Loaded once per process and compiled once per change of the files (pickled in the cache).
    """
    folders = (DATA_DIR, *(Path(d).resolve() for d in extra_dirs))
    for folder in folders[1:]:
        if not folder.exists():
            raise ActorDataError([Issue(str(folder), 0, "no such file or folder")])
    key, files = _state_key(folders)
    return _load_cached(key, tuple(files))
