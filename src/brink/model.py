"""The records that flow through brink: documents in, statements, mentions and events out.

Every stage takes and returns these types, nothing else. Offsets are character offsets into
``Document.text`` (the normalised text); ``Document.offsets`` maps them back to the input.
Keep these small: they are the public contract behind the JSON records in the README.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

StatementKind = Literal["direct", "indirect", "according_to"]
SpeakerType = Literal["person", "organization", "group", "document", "media", "unknown"]
Modality = Literal["asserted", "hedged", "conditional", "negated", "question"]

STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "according_to")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "group", "document", "media", "unknown")


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in the normalised text back to offsets in the original text.

    ``points`` holds (normalised_offset, original_offset) pairs at every place where the two
    drift apart; between points the drift is constant.
    """

    points: list[tuple[int, int]] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        i = bisect_right(self.points, offset, key=lambda point: point[0])
        if i == 0:
            return offset
        norm, orig = self.points[i - 1]
        return offset + orig - norm


@dataclass(slots=True)
class Document:
    """One article, normalised (NFC, ``\\n`` newlines), ready for analysis."""

    id: str
    text: str
    lang: str | None = None
    date: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None
    offsets: OffsetMap | None = None


@dataclass(slots=True)
class Speaker:
    """Who a statement is attributed to.

    ``text``/``span`` is the surface mention nearest the cue (``None`` for a quote that continues
    an earlier one); ``name`` is the canonical name when the document (or the actor knowledge
    base) resolves it; ``confidence`` says how sure the resolution is, never 1.0 for a guess.
    """

    text: str | None
    span: Span | None
    name: str | None
    type: str = "unknown"
    confidence: float = 0.0
    resolved_by: str | None = None
    actor_id: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "type": self.type,
            "confidence": round(self.confidence, 3),
            "span": list(self.span) if self.span else None,
            "resolved_by": self.resolved_by,
            "actor_id": self.actor_id,
        }


@dataclass(slots=True)
class ActorRef:
    """A mention of an actor (speaker, channel, target or any entity) and what it links to.

    ``actor_id`` is ``None`` when unlinked; ``reason`` then says why.
    """

    text: str
    span: Span | None
    actor_id: str | None = None
    name: str | None = None
    type: str | None = None
    reason: str | None = None

    # Written out: mypyc compiles an explicit `__init__`, while the one `dataclass` generates
    # runs interpreted (the actor linker makes many of these).
    def __init__(
        self,
        text: str,
        span: Span | None,
        actor_id: str | None = None,
        name: str | None = None,
        type: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.text = text
        self.span = span
        self.actor_id = actor_id
        self.name = name
        self.type = type
        self.reason = reason

    def __reduce__(self) -> tuple[Callable[..., ActorRef], tuple[Any, ...]]:
        # Pickled (to and from worker processes) and copied by calling the class: a compiled
        # class with its own `__init__` cannot be made without arguments.
        return (
            ActorRef,
            (self.text, self.span, self.actor_id, self.name, self.type, self.reason),
        )

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "actor_id": self.actor_id,
            "name": self.name,
            "type": self.type,
            "reason": self.reason,
        }


@dataclass(slots=True)
class Code:
    """One codebook category assigned to a statement, with the cue terms that fired."""

    code: str
    score: float
    evidence: list[str] = field(default_factory=list)
    target: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "score": round(self.score, 3),
            "evidence": list(self.evidence),
            "target": self.target,
        }


@dataclass(slots=True)
class Statement:
    """Content attributed to a source, pointing back to its sentence.

    ``spans`` slice ``content`` out of the document text: one span, or several for a quote
    interrupted by its attribution, whose parts ``content`` joins with one space.
    """

    doc_id: str
    lang: str
    kind: str
    content: str
    spans: list[Span]
    cue: str | None
    cue_span: Span | None
    speaker: Speaker
    channel: str | None
    channel_span: Span | None
    sentence: str
    sentence_span: Span
    # Filled by the coding stage (None/empty until then).
    nuclear: bool | None = None
    codes: list[Code] = field(default_factory=list)
    modality: str | None = None
    intensity: float | None = None
    targets: list[ActorRef] = field(default_factory=list)
    channel_actor: ActorRef | None = None

    @property
    def span(self) -> Span:
        """The overall extent of the content."""
        return (self.spans[0][0], self.spans[-1][1])

    def to_record(self, index: int | None = None, date: str | None = None) -> dict[str, Any]:
        span: list[int] | list[list[int]]
        span = list(self.spans[0]) if len(self.spans) == 1 else [list(s) for s in self.spans]
        record: dict[str, Any] = {
            "id": f"{self.doc_id}#{index}" if index is not None else None,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "date": date,
            "kind": self.kind,
            "content": self.content,
            "span": span,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "speaker": self.speaker.to_record(),
            "channel": self.channel,
            "channel_span": list(self.channel_span) if self.channel_span else None,
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span),
            "nuclear": self.nuclear,
            "codes": [c.to_record() for c in self.codes],
            "modality": self.modality,
            "intensity": self.intensity,
            "targets": [t.to_record() for t in self.targets],
        }
        if self.channel_actor is not None:
            record["channel_actor"] = self.channel_actor.to_record()
        return record


@dataclass(slots=True)
class Event:
    """A speech act or action reported without its content (*he threatened Finland*)."""

    doc_id: str
    actor: ActorRef
    action: str
    mode: str | None
    target: ActorRef | None
    evidence: str
    span: Span
    modality: str | None = None
    intensity: float | None = None
    plover: str | None = None
    cameo: str | None = None
    # The clause does not name the target; it was taken from the context ("Medvedev's threat",
    # "expressed outrage": aimed at the other party the sentence or the one before names).
    target_implied: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "actor": self.actor.to_record(),
            "action": self.action,
            "mode": self.mode,
            "target": self.target.to_record() if self.target else None,
            "target_implied": self.target_implied,
            "evidence": self.evidence,
            "span": list(self.span),
            "modality": self.modality,
            "intensity": self.intensity,
            "plover": self.plover,
            "cameo": self.cameo,
        }


@dataclass(slots=True)
class Analysis:
    """Everything brink learned from one document."""

    document: Document
    statements: list[Statement] = field(default_factory=list)
    mentions: list[ActorRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mixed_signals: list[dict[str, Any]] = field(default_factory=list)
