"""Actors: a multilingual, dated knowledge base and the linking stage of the pipeline.

    kb = load_knowledge_base()                  # built-in data (+ user folders merged over it)
    kb.find("Medwedew")                         # → [Candidate(actor=Dmitry Medvedev, ...)]
    kb.role_holder("president", "RU", "2010")   # → [Dmitry Medvedev]

`build_stage(settings)` returns the pipeline stage that links speakers, channels and every
mention of the document (`Analysis.mentions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brink.actors.kb import Actor, Candidate, KnowledgeBase, load_knowledge_base
from brink.actors.linker import Linker
from brink.actors.schema import ActorDataError, Issue, RoleSpan

if TYPE_CHECKING:
    from brink.pipeline import Settings, Stage

__all__ = [
    "Actor",
    "ActorDataError",
    "Candidate",
    "Issue",
    "KnowledgeBase",
    "Linker",
    "RoleSpan",
    "build_stage",
    "load_knowledge_base",
]


def build_stage(settings: Settings) -> Stage | None:
    """The pipeline stage that links speakers, channels and mentions to actors, or None."""
    if not settings.link_actors:
        return None
    # Unknown capitalised names are only worth finding when mentions are written out.
    linker = Linker(load_knowledge_base(settings.actor_dirs), unknown_names=settings.entities)
    return linker.link
