"""Actors: a multilingual, dated knowledge base and the linking stage of the pipeline.

    kb = load_knowledge_base()                  # built-in data (+ user folders merged over it)
    kb.find("Medwedew")                         # → [Candidate(actor=Dmitry Medvedev, ...)]
    kb.role_holder("president", "RU", "2010")   # → [Dmitry Medvedev]

`build_stage(settings)` returns the pipeline stage that links speakers, channels and every
mention of the document (`Analysis.mentions`).
"""

from __future__ import annotations

from collections.abc import Callable
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
    "gender_lookup",
    "load_knowledge_base",
]


def gender_lookup(kb: KnowledgeBase) -> Callable[[str], str | None]:
    """Name → the gender the knowledge base records for the person it names (None when the
    name is unknown, not a person, or ambiguous between genders). Cached per name."""
    cache: dict[str, str | None] = {}

    def gender_of(name: str) -> str | None:
        if name not in cache:
            genders = {
                c.actor.gender for c in kb.find(name) if c.actor.type == "person" and c.actor.gender
            }
            cache[name] = genders.pop() if len(genders) == 1 else None
        return cache[name]

    return gender_of


def build_stage(settings: Settings) -> Stage | None:
    """The pipeline stage that links speakers, channels and mentions to actors, or None."""
    if not settings.link_actors:
        return None
    # Unknown capitalised names are only worth finding when mentions are written out.
    linker = Linker(load_knowledge_base(settings.actor_dirs), unknown_names=settings.entities)
    return linker.link
