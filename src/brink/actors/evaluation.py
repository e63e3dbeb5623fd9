"""Scoring actor linking against gold articles (called by `brink eval`).

Entity recall: the share of each article's gold `entities` (canonical English names) that appear
among `Analysis.mentions` linked to the right actor. Speaker linking accuracy: over matched
statement pairs whose gold speaker is in the knowledge base, the share whose predicted speaker is
linked to that actor.
"""

from __future__ import annotations

import re
from typing import Any

from brink.actors.kb import ROLE, KnowledgeBase, load_knowledge_base
from brink.model import Analysis, Statement

_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def gold_actor_ids(kb: KnowledgeBase, name: str) -> set[str]:
    """Actors a gold name stands for: by canonical name first, else by alias.

    "Federal Security Service of Russia (FSB)" also tries "Federal Security Service of Russia"
    and "FSB".
    """
    exact = {a.id for a in kb.actors.values() if a.name == name}
    if exact:
        return exact
    variants = [name]
    m = _PAREN.match(name)
    if m:
        variants += [m.group(1), m.group(2)]
    for variant in variants:
        ids = {e.target for e in kb.lookup(variant) if e.kind != ROLE}
        if ids:
            return ids
    return set()


class ActorScore:
    """Entity recall and speaker-linking accuracy over gold articles."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_knowledge_base()
        self.entities = 0
        self.entities_found = 0
        self.entities_unknown = 0
        self.speakers = 0
        self.speakers_right = 0
        self.speakers_unknown = 0
        self._misses: list[str] = []

    def add(
        self,
        article: dict[str, Any],
        analysis: Analysis,
        pairs: list[tuple[dict[str, Any], Statement]],
    ) -> None:
        art = str(article.get("id", "?"))
        linked = {m.actor_id for m in analysis.mentions if m.actor_id}
        for name in article.get("entities") or []:
            self.entities += 1
            ids = gold_actor_ids(self.kb, name)
            if not ids:
                self.entities_unknown += 1
                self._misses.append(f"{art}: entity {name!r} is not in the knowledge base")
            elif ids & linked:
                self.entities_found += 1
            else:
                self._misses.append(f"{art}: entity {name!r} ({', '.join(sorted(ids))}) not found")
        for gold, predicted in pairs:
            speaker = gold.get("speaker")
            if not speaker:
                continue
            ids = gold_actor_ids(self.kb, str(speaker))
            if not ids:
                self.speakers_unknown += 1
                continue
            self.speakers += 1
            if predicted.speaker.actor_id in ids:
                self.speakers_right += 1
            else:
                got = predicted.speaker.actor_id or "unlinked"
                mention = predicted.speaker.text or predicted.speaker.name
                self._misses.append(
                    f"{art}: speaker {speaker!r} linked to {got} (mention {mention!r})"
                )

    def rows(self) -> list[tuple[str, str]]:
        def share(n: int, d: int) -> str:
            return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0/0)"

        return [
            ("entities found+linked", share(self.entities_found, self.entities)),
            ("entities not in the knowledge base", str(self.entities_unknown)),
            ("speaker linking accuracy", share(self.speakers_right, self.speakers)),
            ("gold speakers not in the knowledge base", str(self.speakers_unknown)),
        ]

    def tables(self) -> list[tuple[str, str]]:
        return []

    def misses(self) -> list[str]:
        return list(self._misses)
