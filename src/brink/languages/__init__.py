"""Per-language resources (speech verbs, roles, pronouns, quote conventions) loaded from data."""

from __future__ import annotations

SUPPORTED_LANGUAGES: tuple[str, ...] = ("nl", "en")


def load_language(code: str):  # type: ignore[no-untyped-def]
    raise NotImplementedError
