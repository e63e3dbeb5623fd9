"""Language identification, offline, restricted to the languages brink supports."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# Shorter texts than this are too weak a signal; the caller falls back to its default.
MIN_LETTERS = 3


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    if len(languages) == 1:
        # lingua needs at least two languages; a lone language is always the answer anyway.
        languages.append(Language.ENGLISH if languages[0] != Language.ENGLISH else Language.DUTCH)
    return LanguageDetectorBuilder.from_languages(*languages).build()


class LanguageIdentifier:
    """Identifies the language of a text among `codes` (ISO 639-1), or returns None."""

    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)

    def identify(self, text: str) -> str | None:
        sample = text[:2000]
        if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
            return None
        found = _detector(self.codes).detect_language_of(sample)
        if found is None:
            return None
        code = found.iso_code_639_1.name.lower()
        return code if code in self.codes else None
