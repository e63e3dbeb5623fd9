"""Quality floors on brink's own synthetic evaluation set (eval/synthetic): the figures reached
so far, never a target not yet met. Unlike the gold floors these run everywhere, so CI guards
extraction on text of our own writing too."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_figures import figures_of

SYNTHETIC = Path(__file__).resolve().parents[1] / "eval" / "synthetic"

# Reached with `brink eval eval/synthetic/*.jsonl` (rounded down; re-set 2026-11-28, ninth
# session, over sets A-G - the blind sets F and G added: content all 0.957, en 0.952, nl 0.963;
# attributed all 0.932, en 0.936, nl 0.928; nuclear flag 0.689; code 0.502; event F1 0.430).
# The floors are under the eighth session's only because sets F and G came in: on sets A-E
# alone the statement figures are as they were (content 0.965, attributed 0.944) and event F1
# rose from 0.377 to 0.428. Tenth session, with blind set H added (A-H): at its first
# measurement content all 0.957, attributed 0.931, event F1 0.441; at the session's end content
# all 0.958, en 0.956, nl 0.961; attributed all 0.933, en 0.940, nl 0.926; nuclear flag 0.686;
# code 0.503; event F1 0.476. Eleventh session, with blind set I added (A-I): at its first
# measurement (1f429bf) content all 0.956, en 0.955, nl 0.957 (set I's Dutch alone 0.923, so
# the Dutch content floor goes from 0.96 to 0.95); attributed all 0.933, en 0.939, nl 0.926;
# event F1 0.484; at the session's end content all 0.959, en 0.959, nl 0.958; attributed all
# 0.936, en 0.944, nl 0.928; nuclear flag 0.692; code 0.510; event F1 0.513.
FLOORS = {
    ("all", "content_f1"): 0.95,
    ("en", "content_f1"): 0.95,
    ("nl", "content_f1"): 0.95,
    ("all", "attributed_f1"): 0.93,
    ("en", "attributed_f1"): 0.93,
    ("nl", "attributed_f1"): 0.92,
    ("all", "nuclear_accuracy"): 0.68,
    ("all", "code_accuracy"): 0.50,
    ("all", "event_f1"): 0.51,
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
