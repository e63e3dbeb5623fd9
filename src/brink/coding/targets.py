"""Who a statement or event is aimed at: linked mentions first, then names in the text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from brink.analyse.phrases import NAME_JOINERS
from brink.coding.langdata import EventCues
from brink.model import ActorRef, Span

_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:[ \t]+(?:(?:van|de|der|den|of|the|von|al|bin)"
    r"[ \t]+)?(?:[A-Z][\w’'.-]*))*"
)


def canonical(text: str, cues: EventCues) -> str | None:
    """The canonical name of a demonym or short form (``Oekraïners`` -> ``Ukraine``)."""
    t = text.strip()
    first, _, rest = t.partition(" ")
    without_article = rest if rest and first.lower() in cues.definite_articles else t
    for variant in (t, without_article):
        if variant in cues.names:
            return cues.names[variant]
        for key, value in cues.names.items():
            if key.lower() == variant.lower():
                return value
    return None


def _opens_surname(words: list[str], i: int, cues: EventCues) -> bool:
    """Whether ``words[i]`` is a surname particle that is no article ("Van", "von") followed
    by the rest of a surname ("Van Raan", "Van der Plas")."""
    word = words[i].lower()
    if word not in NAME_JOINERS or word in cues.determiners or word in cues.definite_articles:
        return False
    rest = words[i + 1:]
    while rest and rest[0].lower() in NAME_JOINERS and rest[0].islower():
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()


def names_in(text: str, offset: int, cues: EventCues) -> list[ActorRef]:
    """Capitalised names and known demonyms in ``text`` (offsets shifted by ``offset``)."""
    found: list[ActorRef] = []
    for m in _NAME.finditer(text):
        words = re.sub(r"[’']s$", "", m.group(0)).rstrip(".'’-").split()
        # Drop function words that are capitalised at a sentence start ("Vooral", "The"),
        # and what comes before them ("Langetermijnvisie Vooral de ...": a heading).
        # ("NSC-leider Van Vroonhoven": a surname particle that is no article opens the name)
        cut = max((i if _opens_surname(words, i, cues) else i + 1
                   for i, w in enumerate(words) if w.lower().strip(".") in cues.not_names),
                  default=0)
        head = words[:cut - 1] if 1 < cut < len(words) and words[cut - 1].islower() else []
        while head and head[0].lower().strip(".") in cues.not_names:
            head = head[1:]
        if len(head) > 1 or (head and canonical(head[0], cues)):
            # "Matt Gaetz of Florida": the person before the joiner is a name of its own
            before = " ".join(head)
            at = m.start() + m.group(0).index(before)
            known = canonical(before, cues)
            found.append(ActorRef(text=before, span=(offset + at, offset + at + len(before)),
                                  name=known or before, reason=None if known else "unlinked"))
        words = words[cut:]
        if not words:
            continue
        surface = " ".join(words)
        start = m.start() + m.group(0).rindex(surface) if cut else m.start()
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


class MentionIndex:
    """The mentions of one document, indexed by start offset for `within` queries."""

    __slots__ = ("_order", "_starts", "mentions")

    def __init__(self, mentions: list[ActorRef]) -> None:
        self.mentions = mentions
        located = sorted((m.span[0], i) for i, m in enumerate(mentions) if m.span is not None)
        self._starts = [start for start, _ in located]
        self._order = [i for _, i in located]

    def within(self, spans: Iterable[Span]) -> list[ActorRef]:
        """The mentions inside any of ``spans`` (see `in_span`), in their original order."""
        picked: set[int] = set()
        starts, order, mentions = self._starts, self._order, self.mentions
        for lo, hi in spans:
            for k in range(bisect_left(starts, lo), bisect_right(starts, hi)):
                span = mentions[order[k]].span
                if span is not None and span[1] <= hi:
                    picked.add(order[k])
        return [mentions[i] for i in sorted(picked)]


def in_span(ref: ActorRef, span: Span) -> bool:
    return ref.span is not None and span[0] <= ref.span[0] and ref.span[1] <= span[1]


def same_actor(a: ActorRef, names: list[str]) -> bool:
    """Whether ``a`` is one of ``names`` (canonical names or surface forms, case-insensitive)."""
    keys = {x.lower() for x in (a.name, a.text, a.actor_id) if x}
    return any(n.lower() in keys for n in names if n)
