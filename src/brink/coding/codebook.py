"""The codebook: categories, escalation scale, weights and per-language cue lexicons.

The built-in codebook is ``brink/data/codebook/codebook.yaml`` (categories, definitions,
intensities, weights, speaker roles); its cues live per language in
``brink/languages/<lang>/codebook.yaml``. A user codebook has the same shape and may carry its
cues inline (``categories.<id>.cues.<lang>``); ``builtin_cues: true`` (the default) adds the
built-in language files for the categories they share. Everything is validated at load and
every problem names ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from brink.coding.lexicon import Lexicon, LexiconSet, check_pattern
from brink.datafile import DataFileError, Problems, line_of, load_yaml

MODALITIES = ("asserted", "hedged", "conditional", "negated", "question")
KINDS = ("direct", "indirect", "according_to")
DIRECTIONS = ("escalating", "deescalating", "neutral")
SCHEMA = "brink-codebook/1"


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("brink").joinpath(*parts)))


BUILTIN_CODEBOOK = data_path("data", "codebook", "codebook.yaml")


_EMPTY = Lexicon([])


@dataclass(slots=True)
class CueGroup:
    """Terms and patterns with a weight and, optionally, their own intensity."""

    lexicon: Lexicon
    weight: float = 1.0
    intensity: float | None = None
    source: str = ""


@dataclass(slots=True)
class Category:
    id: str
    definition: str
    intensity: float
    direction: str
    rationale: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)
    requires_nuclear: bool = True
    negated_as: str | None = None
    priority: int = 0
    cues: dict[str, list[CueGroup]] = field(default_factory=dict)


@dataclass(slots=True)
class Codebook:
    name: str
    version: str
    path: Path
    scale: tuple[float, float]
    default_code: str
    categories: dict[str, Category]
    modality_weights: dict[str, float]
    directness_weights: dict[str, float]
    signallers: list[str]
    signaller_types: tuple[str, ...]
    role_recode: dict[str, dict[str, str]]
    # Countries whose office holders and bodies are signallers when the actor stage links them.
    signaller_countries: tuple[str, ...] = ()
    nuclear_context_sentences: int = 1
    nuclear_topic_share: float = 1.0
    nuclear: dict[str, Lexicon] = field(default_factory=dict)
    other_weapons: dict[str, Lexicon] = field(default_factory=dict)
    languages: tuple[str, ...] = ()
    _matchers: dict[tuple[str, bool], tuple[tuple[Lexicon, ...], LexiconSet]] = field(
        default_factory=dict, repr=False, compare=False)

    def cue_groups(self, code: str, lang: str) -> list[CueGroup]:
        return self.categories[code].cues.get(lang, [])

    def cue_matcher(self, lang: str) -> LexiconSet:
        """All cue groups of ``lang`` (categories in order, groups in order) as one matcher.

        Built on first use and rebuilt when the cue groups change.
        """
        return self._matcher(lang, False)

    def content_matcher(self, lang: str) -> LexiconSet:
        """The nuclear lexicon of ``lang`` (empty if none), then `cue_matcher`'s groups."""
        return self._matcher(lang, True)

    def _matcher(self, lang: str, with_nuclear: bool) -> LexiconSet:
        lexicons = tuple(g.lexicon for cat in self.categories.values()
                         for g in cat.cues.get(lang, ()))
        if with_nuclear:
            lexicons = (self.nuclear.get(lang) or _EMPTY, *lexicons)
        cached = self._matchers.get((lang, with_nuclear))
        if cached is None or cached[0] != lexicons:  # Lexicon compares by identity
            cached = self._matchers[lang, with_nuclear] = (lexicons, LexiconSet(lexicons))
        return cached[1]


def _number(p: Problems, parent: Any, key: str, value: Any, what: str) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        p.add(parent, key, f"{what} must be a number, got {value!r}")
        return None
    return float(value)


def _cue_groups(
    p: Problems, parent: Any, key: Any, value: Any, where: str, scale: tuple[float, float]
) -> list[CueGroup]:
    """Validate a list of ``{terms, patterns, weight, intensity}`` groups."""
    if not isinstance(value, list):
        p.add(parent, key, f"{where} must be a list of cue groups ({{terms: [...]}})")
        return []
    groups: list[CueGroup] = []
    for i, raw in enumerate(value):
        if not isinstance(raw, dict):
            p.add(value, i, f"{where}: cue group {i + 1} must be a mapping with `terms`")
            continue
        unknown = set(raw) - {"terms", "patterns", "weight", "intensity", "note"}
        for name in sorted(unknown, key=str):
            p.add(raw, name, f"{where}: unknown key {name!r} (expected terms, patterns, "
                  "weight, intensity, note)")
        terms = p.string_list(raw, "terms", raw.get("terms", []), f"{where}.terms")
        patterns = p.string_list(raw, "patterns", raw.get("patterns", []), f"{where}.patterns")
        if not terms and not patterns:
            p.add(value, i, f"{where}: cue group {i + 1} has neither terms nor patterns")
        for j, pat in enumerate(patterns):
            if (err := check_pattern(pat)) is not None:
                p.add(raw["patterns"], j, f"{where}: bad pattern {pat!r}: {err}")
                patterns = []
        weight = 1.0
        if "weight" in raw:
            weight = _number(p, raw, "weight", raw["weight"], f"{where}.weight") or 1.0
        intensity = None
        if "intensity" in raw:
            intensity = _number(p, raw, "intensity", raw["intensity"], f"{where}.intensity")
            if intensity is not None and not scale[0] <= intensity <= scale[1]:
                p.add(raw, "intensity", f"{where}.intensity {intensity} outside the scale "
                      f"{scale[0]:g} … {scale[1]:g}")
        groups.append(CueGroup(Lexicon(terms, patterns), weight, intensity,
                               f"{p.path}:{line_of(value, i)}"))
    return groups


def _weights(p: Problems, doc: Any, key: str, names: tuple[str, ...]) -> dict[str, float]:
    raw = doc.get(key)
    if not p.mapping(doc, key, raw, key):
        return {}
    out: dict[str, float] = {}
    for name in names:
        if name not in raw:
            p.add(raw, None, f"{key} lacks {name!r}")
            continue
        if (num := _number(p, raw, name, raw[name], f"{key}.{name}")) is not None:
            if not -1.0 <= num <= 1.0:
                p.add(raw, name, f"{key}.{name} must lie between -1 and 1")
            out[name] = num
    for name in raw:
        if name not in names:
            p.add(raw, name, f"{key}: unknown name {name!r} (expected {', '.join(names)})")
    return out


def _parse_codebook(path: Path, doc: Any) -> tuple[Codebook, bool, Problems]:
    p = Problems(path)
    if not isinstance(doc, dict):
        p.add(doc, None, "a codebook must be a YAML mapping")
        p.raise_if_any()
    if doc.get("schema") != SCHEMA:
        p.add(doc, "schema", f"schema must be {SCHEMA!r}")
    for key in ("name", "version"):
        if not isinstance(doc.get(key), str) or not doc.get(key):
            p.add(doc, key, f"{key} must be a non-empty string (quote version numbers)")
    scale = (-3.0, 3.0)
    raw_scale = doc.get("scale")
    if p.mapping(doc, "scale", raw_scale, "scale"):
        lo = _number(p, raw_scale, "min", raw_scale.get("min"), "scale.min")
        hi = _number(p, raw_scale, "max", raw_scale.get("max"), "scale.max")
        if lo is not None and hi is not None:
            if lo >= hi:
                p.add(raw_scale, "min", "scale.min must be below scale.max")
            scale = (lo, hi)
    modality = _weights(p, doc, "modality_weights", MODALITIES)
    directness = _weights(p, doc, "directness_weights", KINDS)

    categories: dict[str, Category] = {}
    raw_cats = doc.get("categories")
    if p.mapping(doc, "categories", raw_cats, "categories"):
        for cid, raw in raw_cats.items():
            where = f"categories.{cid}"
            if not isinstance(cid, str) or not cid.isidentifier():
                p.add(raw_cats, cid, f"category id {cid!r} must be a lower-case identifier")
                continue
            if not p.mapping(raw_cats, cid, raw, where):
                continue
            allowed = {"definition", "intensity", "direction", "rationale", "examples",
                       "requires_nuclear", "negated_as", "priority", "cues"}
            for name in raw:
                if name not in allowed:
                    p.add(raw, name, f"{where}: unknown key {name!r} "
                          f"(expected one of {', '.join(sorted(allowed))})")
            definition = raw.get("definition")
            if not isinstance(definition, str) or not definition.strip():
                p.add(raw_cats, cid, f"{where}.definition is required")
            intensity = _number(p, raw, "intensity", raw.get("intensity"), f"{where}.intensity")
            if intensity is not None and not scale[0] <= intensity <= scale[1]:
                p.add(raw, "intensity", f"{where}.intensity {intensity:g} outside the scale "
                      f"{scale[0]:g} … {scale[1]:g}")
            direction = raw.get("direction", "neutral")
            if direction not in DIRECTIONS:
                p.add(raw, "direction", f"{where}.direction must be one of {DIRECTIONS}")
            examples: dict[str, list[str]] = {}
            if "examples" in raw and p.mapping(raw, "examples", raw["examples"], "examples"):
                for lang, items in raw["examples"].items():
                    examples[lang] = p.string_list(raw["examples"], lang, items,
                                                   f"{where}.examples.{lang}")
            cues: dict[str, list[CueGroup]] = {}
            if "cues" in raw and p.mapping(raw, "cues", raw["cues"], f"{where}.cues"):
                for lang, groups in raw["cues"].items():
                    cues[lang] = _cue_groups(p, raw["cues"], lang, groups,
                                             f"{where}.cues.{lang}", scale)
            categories[cid] = Category(
                id=cid,
                definition=str(definition or ""),
                intensity=intensity or 0.0,
                direction=str(direction),
                rationale=str(raw.get("rationale") or ""),
                examples=examples,
                requires_nuclear=bool(raw.get("requires_nuclear", True)),
                negated_as=raw.get("negated_as"),
                priority=int(raw.get("priority", 0)),
                cues=cues,
            )
        for cid, cat in categories.items():
            if cat.negated_as is not None and cat.negated_as not in categories:
                p.add(raw_cats[cid], "negated_as",
                      f"categories.{cid}.negated_as names unknown category {cat.negated_as!r}")
    default = doc.get("default_code", "other")
    if categories and default not in categories:
        p.add(doc, "default_code", f"default_code {default!r} is not a category")

    roles = doc.get("roles", {}) or {}
    signallers: list[str] = []
    signaller_countries: list[str] = []
    signaller_types: tuple[str, ...] = ("person", "organization")
    recode: dict[str, dict[str, str]] = {}
    if p.mapping(doc, "roles", roles, "roles"):
        signallers = p.string_list(roles, "signallers", roles.get("signallers", []),
                                   "roles.signallers")
        signaller_countries = p.string_list(
            roles, "signaller_countries", roles.get("signaller_countries", []),
            "roles.signaller_countries")
        signaller_types = tuple(p.string_list(
            roles, "signaller_types", roles.get("signaller_types", list(signaller_types)),
            "roles.signaller_types"))
        raw_recode = roles.get("recode", {}) or {}
        if p.mapping(roles, "recode", raw_recode, "roles.recode"):
            for role, mapping in raw_recode.items():
                if role not in ("signaller", "third_party"):
                    p.add(raw_recode, role, f"roles.recode: unknown role {role!r} "
                          "(expected signaller, third_party)")
                    continue
                if not p.mapping(raw_recode, role, mapping, f"roles.recode.{role}"):
                    continue
                for src, dst in mapping.items():
                    for code in (src, dst):
                        if categories and code not in categories:
                            p.add(mapping, src, f"roles.recode.{role}: unknown category {code!r}")
                recode[role] = {str(k): str(v) for k, v in mapping.items()}

    context = doc.get("nuclear_context_sentences", 1)
    if isinstance(context, bool) or not isinstance(context, int) or not 0 <= context <= 5:
        p.add(doc, "nuclear_context_sentences", "nuclear_context_sentences must be 0 … 5")
        context = 1
    topic = doc.get("nuclear_topic_share", 1.0)
    if isinstance(topic, bool) or not isinstance(topic, int | float) or not 0 < topic <= 1:
        p.add(doc, "nuclear_topic_share", "nuclear_topic_share must be a number in (0, 1]")
        topic = 1.0
    allowed = {"schema", "name", "version", "scale", "modality_weights", "directness_weights",
               "default_code", "roles", "categories", "builtin_cues", "nuclear_cues",
               "nuclear_context_sentences", "nuclear_topic_share", "description"}
    for key in doc:
        if key not in allowed:
            p.add(doc, key, f"unknown top-level key {key!r} (expected one of "
                  f"{', '.join(sorted(allowed))})")
    builtin = doc.get("builtin_cues", True)
    if not isinstance(builtin, bool):
        p.add(doc, "builtin_cues", "builtin_cues must be true or false")
        builtin = True
    book = Codebook(
        name=str(doc.get("name") or ""),
        version=str(doc.get("version") or ""),
        path=path,
        scale=scale,
        default_code=str(default),
        categories=categories,
        modality_weights=modality,
        directness_weights=directness,
        signallers=signallers,
        signaller_types=signaller_types,
        role_recode=recode,
        signaller_countries=tuple(signaller_countries),
        nuclear_context_sentences=context,
        nuclear_topic_share=float(topic),
    )
    return book, builtin, p


def _merge_language_cues(
    book: Codebook, path: Path, lang: str, problems: list[str], strict: bool = True
) -> None:
    """Add the cues of one language file (``languages/<lang>/codebook.yaml``) to ``book``."""
    try:
        doc = load_yaml(path)
    except DataFileError as exc:
        problems.extend(exc.problems)
        return
    p = Problems(path)
    if not isinstance(doc, dict):
        p.add(doc, None, "a cue file must be a YAML mapping")
        problems.extend(p.items)
        return
    if doc.get("language") != lang:
        p.add(doc, "language", f"language must be {lang!r} (the folder name)")
    for key in doc:
        if key not in ("language", "version", "nuclear", "other_weapons", "categories"):
            p.add(doc, key, f"unknown key {key!r} "
                  "(expected language, version, nuclear, other_weapons, categories)")
    for key, target in (("nuclear", book.nuclear), ("other_weapons", book.other_weapons)):
        groups = _cue_groups(p, doc, key, doc.get(key, []), key, book.scale)
        terms = [t for g in groups for t in g.lexicon.terms]
        patterns = [x for g in groups for x in g.lexicon.patterns]
        if terms or patterns:
            target[lang] = Lexicon(terms, patterns)
    raw = doc.get("categories", {})
    if p.mapping(doc, "categories", raw, "categories"):
        for cid, groups in raw.items():
            if cid not in book.categories:
                if not strict:
                    continue  # a user codebook takes the built-in cues it shares, no others
                p.add(raw, cid, f"unknown category {cid!r} (the codebook {book.path.name} "
                      f"defines {', '.join(book.categories)})")
                continue
            book.categories[cid].cues.setdefault(lang, []).extend(
                _cue_groups(p, raw, cid, groups, f"categories.{cid}", book.scale))
    problems.extend(p.items)


def load_codebook(path: Path | None = None, languages: tuple[str, ...] = ("nl", "en")) -> Codebook:
    """Load and validate a codebook (the built-in one when ``path`` is None).

    Raises `DataFileError` listing every problem as ``file:line: message``.
    """
    path = Path(path) if path is not None else BUILTIN_CODEBOOK
    doc = load_yaml(path)
    book, builtin, p = _parse_codebook(path, doc)
    problems = list(p.items)
    if builtin:
        for lang in languages:
            cue_file = data_path("languages", lang, "codebook.yaml")
            if cue_file.is_file():
                _merge_language_cues(book, cue_file, lang, problems,
                                     strict=path.resolve() == BUILTIN_CODEBOOK.resolve())
    # Inline nuclear vocabulary: `nuclear_cues: {lang: [groups]}` in a user codebook.
    raw_nuclear = doc.get("nuclear_cues") if isinstance(doc, dict) else None
    if raw_nuclear is not None and p.mapping(doc, "nuclear_cues", raw_nuclear, "nuclear_cues"):
        for lang, groups in raw_nuclear.items():
            extra = _cue_groups(p, raw_nuclear, lang, groups, f"nuclear_cues.{lang}", book.scale)
            old = book.nuclear.get(lang)
            terms = (old.terms if old else []) + [t for g in extra for t in g.lexicon.terms]
            pats = (old.patterns if old else []) + [x for g in extra for x in g.lexicon.patterns]
            book.nuclear[lang] = Lexicon(terms, pats)
        problems.extend(x for x in p.items if x not in problems)
    if problems:
        raise DataFileError(problems)
    book.languages = tuple(sorted(book.nuclear))
    return book


@cache
def builtin_codebook() -> Codebook:
    return load_codebook(None)
