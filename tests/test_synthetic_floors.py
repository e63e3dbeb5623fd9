"""Quality floors on brink's own synthetic evaluation set (eval/synthetic): the figures reached
so far, never a target not yet met. Unlike the gold floors these run everywhere, so CI guards
extraction on text of our own writing too."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_figures import figures_of

SYNTHETIC = Path(__file__).resolve().parents[1] / "eval" / "synthetic"

# Reached with `brink eval eval/synthetic/*.jsonl` (rounded down; last raised 2026-11-28, seventh
# session, over sets A-C: content all 0.968, en 0.959, nl 0.977; attributed all 0.958, en 0.947,
# nl 0.970; nuclear flag 0.667; code 0.512; event F1 0.405).
FLOORS = {
    ("all", "content_f1"): 0.96,
    ("en", "content_f1"): 0.95,
    ("nl", "content_f1"): 0.97,
    ("all", "attributed_f1"): 0.95,
    ("en", "attributed_f1"): 0.94,
    ("nl", "attributed_f1"): 0.96,
    ("all", "nuclear_accuracy"): 0.66,
    ("all", "code_accuracy"): 0.51,
    ("all", "event_f1"): 0.40,
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
