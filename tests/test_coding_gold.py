"""Coding against the gold articles (skipped when ../shared/gold is absent).

Statements are built from the gold records, so these figures measure coding alone. Floors are
pinned just under the measured figures (see docs/coding.md); never lower one silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brink.coding import CodingStage
from brink.coding.codebook import builtin_codebook
from brink.coding.evaluation import CodingScore, analysis_from_gold

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
pytestmark = [
    pytest.mark.gold,
    pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is absent"),
]


def score(*names: str) -> tuple[CodingScore, list]:  # type: ignore[type-arg]
    stage = CodingStage(builtin_codebook())
    total = CodingScore()
    analyses = []
    for name in names:
        for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            analysis, pairs = analysis_from_gold(article)
            stage(analysis)
            total.add(article, analysis, pairs)
            analyses.append(analysis)
    return total, analyses


def test_seed_is_coded_as_gold() -> None:
    total, analyses = score("seed")
    figures = total.figures()
    assert figures["code_accuracy"] == 1.0, total.misses()
    assert figures["nuclear_accuracy"] == 1.0
    assert figures["event_recall"] == 1.0 and figures["event_precision"] == 1.0, total.misses()
    assert figures["event_mode_accuracy"] == 1.0
    mixed = analyses[0].mixed_signals
    assert [m["speaker"] for m in mixed] == ["Dmitry Medvedev"]
    assert any(e["code"] == "arms_control" for e in mixed[0]["deescalating"])


def test_all_gold_floors() -> None:
    total, _ = score("seed", "dev-nl", "dev-en")
    figures = total.figures()
    assert figures["nuclear_accuracy"] >= 0.95
    assert figures["code_accuracy"] >= 0.88
    assert figures["event_f1"] >= 0.31  # (0.317, tenth session)
