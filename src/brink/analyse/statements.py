"""Statement extraction (placeholder until the engine lands)."""

from __future__ import annotations

from typing import Any

from brink.model import Document, Statement


def extract_statements(doc: Document, resources: Any) -> list[Statement]:
    return []
