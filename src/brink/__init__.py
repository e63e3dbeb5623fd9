"""brink: an attributed, coded record of nuclear and escalation rhetoric in the news."""

from typing import TYPE_CHECKING, Any

from brink.model import (
    ActorRef,
    Analysis,
    Code,
    Document,
    Event,
    Speaker,
    Statement,
)

if TYPE_CHECKING:
    from brink.api import Corpus, open_store

__version__ = "0.1.0"

__all__ = [
    "ActorRef",
    "Analysis",
    "Code",
    "Corpus",
    "Document",
    "Event",
    "Speaker",
    "Statement",
    "__version__",
    "open_store",
]


def __getattr__(name: str) -> Any:
    # The store API loads on first use, so `import brink` stays light.
    if name in ("Corpus", "open_store"):
        from brink import api

        return getattr(api, name)
    raise AttributeError(f"module 'brink' has no attribute {name!r}")
