"""YAML loading that remembers line numbers, so validation errors can say ``file:line``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DataFileError(ValueError):
    """A data file (codebook, cue or event lexicon) is malformed; ``problems`` lists each one."""

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


class _LineLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in out.key_lines:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {out.key_lines[key]})",
                key_node.start_mark,
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = line
    return out


def _sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path) -> Any:
    """Parse ``path``; syntax errors become a `DataFileError` naming ``file:line``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise DataFileError([f"{path}:{line}: {exc.problem or exc}"]) from exc
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
