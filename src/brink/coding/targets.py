"""Who a statement or event is aimed at: linked mentions first, then names in the text."""

from __future__ import annotations

import re

from brink.coding.langdata import EventCues
from brink.model import ActorRef, Span

_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:(?:van|de|der|den|of|the|von|al|bin)\s+)?"
    r"(?:[A-Z][\w’'.-]*))*"
)


def canonical(text: str, cues: EventCues) -> str | None:
    """The canonical name of a demonym or short form (``Oekraïners`` -> ``Ukraine``)."""
    t = text.strip()
    for variant in (t, re.sub(r"^(?:de|het|the)\s+", "", t, flags=re.I)):
        if variant in cues.names:
            return cues.names[variant]
        for key, value in cues.names.items():
            if key.lower() == variant.lower():
                return value
    return None


def names_in(text: str, offset: int, cues: EventCues) -> list[ActorRef]:
    """Capitalised names and known demonyms in ``text`` (offsets shifted by ``offset``)."""
    found: list[ActorRef] = []
    for m in _NAME.finditer(text):
        words = m.group(0).rstrip(".'’-").split()
        # Drop leading function words that are capitalised at a sentence start.
        while words and words[0].lower().strip(".") in cues.not_names:
            words = words[1:]
        if not words:
            continue
        surface = " ".join(words)
        start = m.start() + m.group(0).index(words[0])
        # Sentence-initial single word that is not a known name: too unreliable.
        at_start = start == 0 or text[:start].rstrip().endswith((".", "!", "?", "“", "\"", "„"))
        name = canonical(surface, cues)
        if at_start and name is None and len(words) == 1:
            continue
        found.append(ActorRef(text=surface, span=(offset + start, offset + start + len(surface)),
                              name=name or surface, reason=None if name else "unlinked"))
    for key, value in cues.names.items():
        if key[:1].islower():  # lower-case keys ("het Westen") need an explicit search
            for m in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text):
                found.append(ActorRef(text=m.group(0), span=(offset + m.start(), offset + m.end()),
                                      name=value))
    found.sort(key=lambda r: r.span[0] if r.span else 0)
    return found


def in_span(ref: ActorRef, span: Span) -> bool:
    return ref.span is not None and span[0] <= ref.span[0] and ref.span[1] <= span[1]


def same_actor(a: ActorRef, names: list[str]) -> bool:
    """Whether ``a`` is one of ``names`` (canonical names or surface forms, case-insensitive)."""
    keys = {x.lower() for x in (a.name, a.text, a.actor_id) if x}
    return any(n.lower() in keys for n in names if n)
