"""The analysis pipeline: one document in, one `Analysis` out.

Flow: language → segments → statements (quotes, attributions) → speakers → [actors] → [coding].
Each stage is a callable taking and returning an `Analysis`; the later, optional stages are
added by `Settings`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from brink.analyse.language import LanguageIdentifier
from brink.analyse.statements import extract_statements
from brink.languages import SUPPORTED_LANGUAGES, load_language
from brink.model import Analysis, Document

Stage = Callable[[Analysis], Analysis]


@dataclass(slots=True)
class Settings:
    """Options for one run of the pipeline (small and explicit, so runs are reproducible)."""

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    entities: bool = False
    link_actors: bool = True
    actor_dirs: tuple[Path, ...] = ()
    code_statements: bool = True
    codebook: Path | None = None
    extra_stages: list[Stage] = field(default_factory=list)


class Pipeline:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._identifier = LanguageIdentifier(self.settings.languages)
        self._stages: list[Stage] = self._build_stages()
        # Gender of known people helps pronouns find their antecedent (`she` ≠ Sanna Marin's
        # male colleague); only when the actor knowledge base is in use.
        self._gender_of: Callable[[str], str | None] | None = None
        if self.settings.link_actors:
            from brink.actors import gender_lookup, load_knowledge_base

            self._gender_of = gender_lookup(load_knowledge_base(self.settings.actor_dirs))

    def _build_stages(self) -> list[Stage]:
        from brink import actors, coding

        stages: list[Stage] = []
        kb = None
        # Actors first: coding picks its targets from the linked mentions.
        if self.settings.link_actors and (stage := actors.build_stage(self.settings)):
            stages.append(stage)
            kb = actors.load_knowledge_base(self.settings.actor_dirs)
        if self.settings.code_statements and (stage := coding.build_stage(self.settings, kb)):
            stages.append(stage)
        stages.extend(self.settings.extra_stages)
        return stages

    def language_of(self, doc: Document) -> str:
        if doc.lang and doc.lang in self.settings.languages:
            return doc.lang
        found = self._identifier.identify(doc.text)
        return found or self.settings.languages[0]

    def analyse(self, doc: Document) -> Analysis:
        lang = self.language_of(doc)
        doc.lang = lang
        analysis = Analysis(document=doc)
        analysis.statements = extract_statements(doc, load_language(lang), self._gender_of)
        for stage in self._stages:
            analysis = stage(analysis)
        return analysis
