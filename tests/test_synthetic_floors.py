"""Quality floors on brink's own synthetic evaluation set (eval/synthetic): the figures reached
so far, never a target not yet met. Unlike the gold floors these run everywhere, so CI guards
extraction on text of our own writing too."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_figures import figures_of

SYNTHETIC = Path(__file__).resolve().parents[1] / "eval" / "synthetic"

# Reached with `brink eval eval/synthetic/*.jsonl` (rounded down; last raised 2026-11-28, eighth
# session, over sets A-C: content all 0.970, en 0.963, nl 0.978; attributed all 0.961, en 0.950,
# nl 0.972; nuclear flag 0.668; code 0.514; event F1 0.424).
FLOORS = {
    ("all", "content_f1"): 0.97,
    ("en", "content_f1"): 0.96,
    ("nl", "content_f1"): 0.97,
    ("all", "attributed_f1"): 0.96,
    ("en", "attributed_f1"): 0.94,
    ("nl", "attributed_f1"): 0.97,
    ("all", "nuclear_accuracy"): 0.66,
    ("all", "code_accuracy"): 0.51,
    ("all", "event_f1"): 0.42,
}


@pytest.fixture(scope="module")
def figures() -> dict[tuple[str, str], float]:
    files = sorted(SYNTHETIC.glob("*.jsonl"))
    assert files, f"no evaluation files in {SYNTHETIC}"
    return figures_of(files)


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_synthetic_figures_stay_above_their_floor(
    figures: dict[tuple[str, str], float], key: tuple[str, str], floor: float
) -> None:
    assert figures[key] + 1e-9 >= floor, f"{key}: {figures[key]:.3f} fell below the floor {floor}"
