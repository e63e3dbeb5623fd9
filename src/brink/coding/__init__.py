"""Codebook coding, modality, events and intensity (placeholder until it lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brink.pipeline import Settings, Stage


def build_stage(settings: Settings) -> Stage | None:
    """The pipeline stage that codes statements and finds events, or None."""
    return None
