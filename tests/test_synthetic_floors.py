"""Quality floors on brink's own synthetic evaluation set (eval/synthetic): the figures reached
so far, never a target not yet met. Unlike the gold floors these run everywhere, so CI guards
extraction on text of our own writing too."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_figures import figures_of

SYNTHETIC = Path(__file__).resolve().parents[1] / "eval" / "synthetic"

# Reached with `brink eval eval/synthetic/*.jsonl` (rounded down; re-set 2026-11-28, eighth
# session, over sets A-D - set D, blind, added: content all 0.967, en 0.963, nl 0.971;
# attributed all 0.948, en 0.948, nl 0.948; nuclear flag 0.682; code 0.517; event F1 0.407).
FLOORS = {
    ("all", "content_f1"): 0.96,
    ("en", "content_f1"): 0.96,
    ("nl", "content_f1"): 0.97,
    ("all", "attributed_f1"): 0.94,
    ("en", "attributed_f1"): 0.94,
    ("nl", "attributed_f1"): 0.94,
    ("all", "nuclear_accuracy"): 0.68,
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
