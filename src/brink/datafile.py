"""YAML data files that remember line numbers, so validation errors can say ``file:line``.

One loader for every stage's data (language resources, actor data, codebooks and cue
lexicons): mappings load as `LineDict` and sequences as `LineList`, both knowing the lines
they and their items start on; a key given twice in one mapping is an error. It parses with
libyaml (PyYAML's C parser) when PyYAML has it, the pure-Python parser otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import yaml

try:
    from yaml import CSafeLoader as _SafeLoader  # libyaml: several times faster
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class DataFileError(ValueError):
    """A data file is malformed; ``problems`` lists each one as ``file:line: message``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class LineDict(dict[Any, Any]):
    """A mapping from YAML that knows where it and each of its keys start (1-based lines)."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A sequence from YAML that knows where it and each of its items start (1-based lines)."""

    line: int = 0
    item_lines: list[int]


class LineLoader(_SafeLoader):
    """Safe loading into `LineDict` and `LineList`."""

    text_keys: ClassVar[bool] = False


class TextLineLoader(LineLoader):
    """`LineLoader` for schemas that check keys and dates as text: keys become strings
    (``no:`` is ``"False"``, for validation to reject) and dates stay as written."""

    text_keys = True


def _mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if loader.text_keys:
            key = str(key)
        try:
            first = out.key_lines.get(key)
        except TypeError as exc:  # a list or mapping as a key
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found unhashable key",
                key_node.start_mark,
            ) from exc
        if first is not None:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {first})", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    out = LineList([loader.construct_object(child, deep=True) for child in node.value])
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _timestamp_text(loader: LineLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
TextLineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_text)


def read_yaml(path: Path, loader: type[LineLoader] = LineLoader) -> Any:
    """Parse ``path`` (UTF-8); `OSError`, `UnicodeDecodeError` and `yaml.YAMLError` pass
    through for the caller to word (`error_line` gives the line of a YAML error)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # a SafeLoader subclass


def error_line(exc: yaml.YAMLError) -> int:
    """The 1-based line a YAML error points at, 0 when it names none."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 0


def load_yaml(path: Path) -> Any:
    """Parse ``path``; read and syntax errors become a `DataFileError` naming ``file:line``."""
    try:
        return read_yaml(path)
    except OSError as exc:
        raise DataFileError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    except yaml.MarkedYAMLError as exc:
        raise DataFileError([f"{path}:{error_line(exc)}: {exc.problem or exc}"]) from exc
    except yaml.YAMLError as exc:
        raise DataFileError([f"{path}: {exc}"]) from exc


def line_of(container: Any, key: Any = None) -> int:
    """The line of ``container`` (or of ``key`` inside it), 0 when unknown."""
    if key is not None:
        if isinstance(container, LineDict):
            return container.key_lines.get(key, container.line)
        if isinstance(container, LineList) and isinstance(key, int):
            if 0 <= key < len(container.item_lines):
                return container.item_lines[key]
            return container.line
    return getattr(container, "line", 0)


class Problems:
    """Collects validation problems for one file, each prefixed with ``file:line``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, container: Any, key: Any, message: str) -> None:
        self.items.append(f"{self.path}:{line_of(container, key)}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise DataFileError(self.items)

    def mapping(self, container: Any, key: Any, value: Any, what: str) -> bool:
        if not isinstance(value, dict):
            self.add(container, key, f"{what} must be a mapping, got {type(value).__name__}")
            return False
        return True

    def string_list(self, container: Any, key: Any, value: Any, what: str) -> list[str]:
        if not isinstance(value, list):
            self.add(container, key, f"{what} must be a list of strings")
            return []
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.add(value, i, f"{what}: item {i + 1} must be a non-empty string")
            else:
                out.append(item)
        return out
