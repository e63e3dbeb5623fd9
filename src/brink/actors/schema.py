"""Reading and validating actor data files, with errors that name the file and line.

A data file is YAML with `version: 1` and one of these top-level keys:
`actors` (actor entries), `roles` (role keys and their labels per language; optional `modifiers`)
or `language` (inflection rules per language). See docs/actors.md for the schema.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from brink.datafile import LineDict, LineList, TextLineLoader, error_line, line_of, read_yaml

ACTOR_TYPES = (
    "person",
    "organization",
    "country",
    "alliance",
    "media",
    "document",
    "treaty",
    "weapon",
    "security_service",
    "group",
    "region",
    "facility",
)
GENDERS = ("male", "female")
ACTOR_FIELDS = {
    "id",
    "wikidata",
    "type",
    "name",
    "country",
    "gender",
    "aliases",
    "roles",
    "demonyms",
    "part_of",
    "note",
}
ROLE_FIELDS = {"role", "of", "start", "end", "note"}

_QID = re.compile(r"^Q[1-9][0-9]*$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_DATE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem in a data file: where it is and what is wrong."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ActorDataError(ValueError):
    """Actor data files that do not follow the schema; `issues` lists every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        shown = "\n".join(str(i) for i in issues[:50])
        more = f"\n... and {len(issues) - 50} more" if len(issues) > 50 else ""
        super().__init__(f"{len(issues)} error(s) in actor data:\n{shown}{more}")


@dataclass(slots=True)
class RoleSpan:
    """One role an actor holds or held: `role` key, of whom (country code or actor id), dates."""

    role: str
    of: str | None = None
    start: str | None = None
    end: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"role": self.role, "of": self.of, "start": self.start, "end": self.end}


@dataclass(slots=True)
class ActorEntry:
    """An actor as read from one file (before merging)."""

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
    source: str = ""


@dataclass(slots=True)
class RoleDef:
    key: str
    of: str = "country"
    labels: dict[str, list[str]] = field(default_factory=dict)
    includes: list[str] = field(default_factory=list)
    # Held by many at once (members of parliament): a role phrase alone names no one.
    collective: bool = False
    source: str = ""


@dataclass(slots=True)
class FileData:
    """What one file contributes."""

    path: str
    actors: list[ActorEntry] = field(default_factory=list)
    roles: list[RoleDef] = field(default_factory=list)
    modifiers: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    language: dict[str, dict[str, Any]] = field(default_factory=dict)


def date_text(value: Any) -> str | None:
    """YAML reads 2008-05-07 as a date and 2008 as an int; keep them all as ISO text."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def read_file(path: Path, shown: str | None = None) -> tuple[FileData, list[Issue]]:
    """Parse and validate one data file; returns its content and the issues found."""
    name = shown or str(path)
    data = FileData(path=name)
    try:
        raw = read_yaml(path, TextLineLoader)
    except yaml.MarkedYAMLError as exc:
        return data, [Issue(name, error_line(exc), f"not valid YAML: {exc.problem or exc}")]
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return data, [Issue(name, 0, f"cannot read: {exc}")]
    issues: list[Issue] = []
    if not isinstance(raw, LineDict):
        return data, [Issue(name, 1, "expected a mapping with `version: 1` and `actors:`")]
    if raw.get("version") != 1:
        issues.append(Issue(name, raw.key_lines.get("version", 1), "expected `version: 1`"))
    kinds = [k for k in ("actors", "roles", "language") if k in raw]
    if len(kinds) != 1:
        issues.append(
            Issue(name, 1, "expected exactly one of the keys `actors`, `roles` or `language`")
        )
        return data, issues
    allowed = {"version", kinds[0]} | ({"modifiers"} if kinds[0] == "roles" else set())
    for key in raw:
        if key not in allowed:
            issues.append(Issue(name, raw.key_lines[key], f"unknown top-level key {key!r}"))
    if kinds[0] == "actors":
        _read_actors(raw["actors"], raw.key_lines["actors"], data, issues)
    elif kinds[0] == "roles":
        _read_roles(raw, data, issues)
    else:
        _read_language(raw["language"], raw.key_lines["language"], data, issues)
    return data, issues


def _lang_lists(
    value: Any, line: int, what: str, path: str, issues: list[Issue]
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not isinstance(value, LineDict):
        issues.append(Issue(path, line, f"`{what}` must map language codes to lists of names"))
        return out
    for lang, names in value.items():
        lline = value.key_lines[lang]
        if not _LANG.match(lang):
            issues.append(Issue(path, lline, f"`{what}`: {lang!r} is not a language code (nl, en)"))
            continue
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            issues.append(Issue(path, lline, f"`{what}.{lang}` must be a list of non-empty names"))
            continue
        out[lang] = [n.strip() for n in names]
    return out


def _read_actors(items: Any, line: int, data: FileData, issues: list[Issue]) -> None:
    path = data.path
    if not isinstance(items, LineList):
        issues.append(Issue(path, line, "`actors` must be a list of entries"))
        return
    seen: dict[str, int] = {}
    for item, iline in zip(items, items.item_lines, strict=True):
        if not isinstance(item, LineDict):
            issues.append(Issue(path, iline, "an actor entry must be a mapping"))
            continue
        before = len(issues)
        for key in item:
            if key not in ACTOR_FIELDS:
                issues.append(
                    Issue(
                        path,
                        item.key_lines[key],
                        f"unknown field {key!r} (known: {', '.join(sorted(ACTOR_FIELDS))})",
                    )
                )
        actor_id = item.get("id")
        if not isinstance(actor_id, str) or not (
            _QID.match(actor_id) or _SLUG.match(actor_id) or _COUNTRY.match(actor_id)
        ):
            issues.append(
                Issue(
                    path,
                    line_of(item, "id"),
                    f"`id` must be a Wikidata QID (Q123), an ISO country code or a slug "
                    f"(lower-case-words), got {actor_id!r}",
                )
            )
            actor_id = None
        elif actor_id in seen:
            issues.append(
                Issue(
                    path,
                    line_of(item, "id"),
                    f"duplicate id {actor_id!r} (first on line {seen[actor_id]})",
                )
            )
        else:
            seen[actor_id] = line_of(item, "id")
        typ = item.get("type")
        if typ not in ACTOR_TYPES:
            issues.append(
                Issue(
                    path,
                    line_of(item, "type"),
                    f"`type` must be one of {', '.join(ACTOR_TYPES)}, got {typ!r}",
                )
            )
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            issues.append(
                Issue(path, line_of(item, "name"), "`name` (canonical English name) is required")
            )
        wikidata = item.get("wikidata")
        if wikidata is not None and not (isinstance(wikidata, str) and _QID.match(wikidata)):
            issues.append(
                Issue(
                    path,
                    line_of(item, "wikidata"),
                    f"`wikidata` must look like Q123, got {wikidata!r}",
                )
            )
        if (
            isinstance(actor_id, str)
            and _QID.match(actor_id)
            and isinstance(wikidata, str)
            and wikidata != actor_id
        ):
            issues.append(
                Issue(
                    path,
                    line_of(item, "wikidata"),
                    f"`wikidata` {wikidata} differs from `id` {actor_id}",
                )
            )
        country = item.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY.match(country)):
            issues.append(
                Issue(
                    path,
                    line_of(item, "country"),
                    f"`country` must be an ISO 3166-1 alpha-2 code (RU), got {country!r}",
                )
            )
        gender = item.get("gender")
        if gender is not None and gender not in GENDERS:
            issues.append(
                Issue(
                    path,
                    line_of(item, "gender"),
                    f"`gender` must be male or female, got {gender!r}",
                )
            )
        part_of = item.get("part_of")
        if part_of is not None and not isinstance(part_of, str):
            issues.append(Issue(path, line_of(item, "part_of"), "`part_of` must be an actor id"))
        aliases = (
            _lang_lists(
                item.get("aliases", LineDict()),
                line_of(item, "aliases"),
                "aliases",
                path,
                issues,
            )
            if "aliases" in item
            else {}
        )
        demonyms = (
            _lang_lists(item["demonyms"], line_of(item, "demonyms"), "demonyms", path, issues)
            if "demonyms" in item
            else {}
        )
        roles = (
            _read_role_spans(item.get("roles"), line_of(item, "roles"), path, issues)
            if "roles" in item
            else []
        )
        if len(issues) == before and isinstance(actor_id, str) and isinstance(name, str):
            data.actors.append(
                ActorEntry(
                    id=actor_id,
                    type=str(typ),
                    name=name.strip(),
                    wikidata=wikidata,
                    country=country,
                    gender=gender,
                    aliases=aliases,
                    demonyms=demonyms,
                    roles=roles,
                    part_of=part_of,
                    source=f"{path}:{iline}",
                )
            )


def _read_role_spans(value: Any, line: int, path: str, issues: list[Issue]) -> list[RoleSpan]:
    out: list[RoleSpan] = []
    if not isinstance(value, LineList):
        issues.append(Issue(path, line, "`roles` must be a list of {role, of, start, end}"))
        return out
    for item, iline in zip(value, value.item_lines, strict=True):
        if not isinstance(item, LineDict):
            issues.append(Issue(path, iline, "a role must be a mapping with `role:` and `of:`"))
            continue
        ok = True
        for key in item:
            if key not in ROLE_FIELDS:
                issues.append(
                    Issue(
                        path,
                        item.key_lines[key],
                        f"unknown role field {key!r} (known: role, of, start, end)",
                    )
                )
                ok = False
        role = item.get("role")
        if not isinstance(role, str) or not role:
            issues.append(
                Issue(path, line_of(item, "role"), "`role` must be a key from roles.yaml")
            )
            ok = False
        of = item.get("of")
        if of is not None and not isinstance(of, str):
            issues.append(
                Issue(path, line_of(item, "of"), "`of` must be a country code or an actor id")
            )
            ok = False
        dates: dict[str, str | None] = {}
        for key in ("start", "end"):
            text = date_text(item.get(key))
            if text is not None and not _valid_date(text):
                issues.append(
                    Issue(
                        path,
                        line_of(item, key),
                        f"`{key}` must be a date YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}",
                    )
                )
                ok = False
                text = None
            dates[key] = text
        start, end = dates["start"], dates["end"]
        if start and end and date_bounds(end)[1] < date_bounds(start)[0]:
            issues.append(
                Issue(
                    path,
                    line_of(item, "end"),
                    f"role ends ({end}) before it starts ({start})",
                )
            )
            ok = False
        if ok:
            out.append(RoleSpan(role=str(role), of=of, start=start, end=end))
    return out


def _read_roles(raw: LineDict, data: FileData, issues: list[Issue]) -> None:
    path = data.path
    roles = raw["roles"]
    if not isinstance(roles, LineDict):
        issues.append(
            Issue(path, raw.key_lines["roles"], "`roles` must map role keys to {of, labels}")
        )
        return
    for key, spec in roles.items():
        kline = roles.key_lines[key]
        if not _SLUG.match(key.replace("_", "-")):
            issues.append(Issue(path, kline, f"role key {key!r} must be lower_case_words"))
            continue
        if not isinstance(spec, LineDict):
            issues.append(Issue(path, kline, f"role {key!r} must have `labels:`"))
            continue
        of = spec.get("of", "country")
        if of not in ("country", "organization"):
            issues.append(Issue(path, line_of(spec, "of"), "`of` must be country or organization"))
            continue
        for k in spec:
            if k not in ("of", "labels", "includes", "collective"):
                issues.append(Issue(path, spec.key_lines[k], f"unknown role field {k!r}"))
        labels = _lang_lists(
            spec.get("labels", LineDict()),
            line_of(spec, "labels"),
            f"{key}.labels",
            path,
            issues,
        )
        includes = spec.get("includes", [])
        if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
            issues.append(
                Issue(
                    path,
                    line_of(spec, "includes"),
                    "`includes` must be a list of role keys",
                )
            )
            includes = []
        collective = spec.get("collective", False)
        if not isinstance(collective, bool):
            issues.append(
                Issue(path, line_of(spec, "collective"), "`collective` must be true or false")
            )
            collective = False
        data.roles.append(
            RoleDef(
                key=key,
                of=of,
                labels=labels,
                includes=list(includes),
                collective=collective,
                source=f"{path}:{kline}",
            )
        )
    mods = raw.get("modifiers")
    if mods is not None:
        if not isinstance(mods, LineDict):
            issues.append(
                Issue(path, raw.key_lines["modifiers"], "`modifiers` must map kinds to languages")
            )
            return
        for kind, langs in mods.items():
            data.modifiers[kind] = _lang_lists(
                langs, mods.key_lines[kind], f"modifiers.{kind}", path, issues
            )


def _read_language(value: Any, line: int, data: FileData, issues: list[Issue]) -> None:
    path = data.path
    if not isinstance(value, LineDict):
        issues.append(Issue(path, line, "`language` must map language codes to settings"))
        return
    for lang, spec in value.items():
        lline = value.key_lines[lang]
        if not _LANG.match(lang) or not isinstance(spec, LineDict):
            issues.append(
                Issue(path, lline, f"`language.{lang}` must be a mapping under a language code")
            )
            continue
        out: dict[str, Any] = {}
        for key, val in spec.items():
            kline = spec.key_lines[key]
            if key == "suffixes":
                if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
                    issues.append(Issue(path, kline, "`suffixes` must be a list of strings"))
                    continue
                out[key] = list(val)
            elif key == "compounds":
                if not isinstance(val, bool):
                    issues.append(Issue(path, kline, "`compounds` must be true or false"))
                    continue
                out[key] = val
            elif key == "pronouns":
                ok = isinstance(val, dict) and all(
                    g in ("male", "female", "neuter") and isinstance(ws, list)
                    for g, ws in val.items()
                )
                if not ok:
                    issues.append(
                        Issue(
                            path, kline, "`pronouns` must map male/female/neuter to lists of words"
                        )
                    )
                    continue
                out[key] = {g: [str(w) for w in ws] for g, ws in val.items()}
            elif key in ("min_stem", "min_compound_rest"):
                if not isinstance(val, int):
                    issues.append(Issue(path, kline, f"`{key}` must be a number"))
                    continue
                out[key] = val
            else:
                issues.append(Issue(path, kline, f"unknown language setting {key!r}"))
        data.language[lang] = out


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    if len(text) == 10:
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            return False
    return True


@lru_cache(maxsize=8192)
def date_bounds(text: str) -> tuple[str, str]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date, as sortable ISO strings."""
    parts = text.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{text}-01", f"{text}-31"
    return text, text
