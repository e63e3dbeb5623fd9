"""brink: an attributed, coded record of nuclear and escalation rhetoric in the news."""

from brink.model import (
    ActorRef,
    Analysis,
    Code,
    Document,
    Event,
    Speaker,
    Statement,
)

__version__ = "0.1.0"

__all__ = [
    "ActorRef",
    "Analysis",
    "Code",
    "Document",
    "Event",
    "Speaker",
    "Statement",
    "__version__",
]
