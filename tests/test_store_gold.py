"""Acceptance on the gold articles: `brink timeline --speaker Medvedev --by month` after
`brink ingest` counts exactly the statements the pipeline attributes to him, per month, in the
months the annotators found him speaking."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brink.cli.main import app
from brink.model import Document
from brink.pipeline import Pipeline
from brink.read import read_sources
from brink.store import article_key
from store_helpers import GOLD

pytestmark = [
    pytest.mark.gold,
    pytest.mark.slow,
    pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is absent"),
]


def gold_months(name: str) -> set[str]:
    months = set()
    for path in GOLD.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            if any(name in (s.get("speaker") or "") for s in article.get("statements", [])):
                months.add(article["date"][:7])
    return months


def test_timeline_for_medvedev_on_gold(tmp_path: Path) -> None:
    db = tmp_path / "gold.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(GOLD), "--db", str(db), "--silent"])
    assert result.exit_code == 0, result.output
    out = runner.invoke(
        app, ["timeline", "--speaker", "Medvedev", "--by", "month", "--db", str(db), "--json"]
    )
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    printed = {r["period"]: r["statements"] for r in rows}

    # Independently: the pipeline over the same files, each article once.
    pipeline = Pipeline()
    expected: Counter[str] = Counter()
    seen = set()
    for item in read_sources([str(GOLD)]):
        if not isinstance(item, Document) or article_key(item) in seen:
            continue
        seen.add(article_key(item))
        for st in pipeline.analyse(item).statements:
            who = f"{st.speaker.name or ''} {st.speaker.text or ''}".lower()
            if "medvedev" in who:
                expected[(item.date or "")[:7]] += 1
    assert printed == dict(expected)
    assert set(printed) == gold_months("Medvedev")

    again = runner.invoke(app, ["ingest", str(GOLD), "--db", str(db), "--silent"])
    assert again.exit_code == 0
    out2 = runner.invoke(
        app, ["timeline", "--speaker", "medvedev", "--by", "month", "--db", str(db), "--json"]
    )
    assert out2.stdout == out.stdout
