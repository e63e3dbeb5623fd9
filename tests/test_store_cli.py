"""The store commands through the CLI: timeline, speakers, mixed signals, search, show,
export."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from brink.cli.main import app
from brink.store import open_store
from store_helpers import Article, Quote, analysis_of

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with open_store(path) as store:
        for k in range(3):
            q = Quote("Dmitry Medvedev", "Any attack on our bases will get a nuclear answer",
                      code="threat", intensity=4.0, nuclear=True)  # fmt: skip
            store.add(analysis_of(Article(f"m{k}", [q], date="2024-05-0" + str(k + 1),
                                          outlet=f"Paper {k}", filler=f"Lead {k}.")))  # fmt: skip
        store.add(analysis_of(Article("b", [Quote("Anna Berg", "We call for calm talks")],
                                      date="2024-06-10")))  # fmt: skip
    return str(path)


def lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_timeline_units(db: str) -> None:
    rows = lines(runner.invoke(app, ["timeline", "--db", db, "--by", "month", "--json"]))
    assert [(r["period"], r["statements"], r["utterances"]) for r in rows] == [
        ("2024-05", 3, 1),
        ("2024-06", 1, 1),
    ]
    once = lines(
        runner.invoke(app, ["timeline", "--db", db, "--unit", "utterances", "--code", "threat"])
    )
    assert [(r["period"], r["utterances"], r["sum_intensity"]) for r in once] == [
        ("2024-05", 1, 4.0)
    ]


def test_speakers_search_show(db: str) -> None:
    speakers = lines(runner.invoke(app, ["speakers", "--db", db, "--json"]))
    assert speakers[0]["speaker"] == "Dmitry Medvedev" and speakers[0]["utterances"] == 1
    hits = lines(runner.invoke(app, ["search", "nuclear answer", "--db", db, "--json"]))
    assert len(hits) == 3
    shown = runner.invoke(app, ["show", hits[0]["id"], "--db", db, "--json"])
    record = json.loads(shown.stdout)
    assert record["content"].startswith("Any attack") and len(record["reports"]) == 3
    assert record["article"]["outlet"].startswith("Paper")
    missing = runner.invoke(app, ["show", "nothing#1", "--db", db])
    assert missing.exit_code == 1


def test_export_formats(db: str, tmp_path: Path) -> None:
    records = lines(runner.invoke(app, ["export", "--db", db, "--speaker", "berg"]))
    assert [r["speaker"]["name"] for r in records] == ["Anna Berg"]
    out = tmp_path / "s.parquet"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 4 and "utterance_id" in table.column_names
    csv_out = tmp_path / "u.csv"
    result = runner.invoke(
        app, ["export", "--db", db, "--table", "utterances", "--format", "csv", "-o", str(csv_out)]
    )
    assert result.exit_code == 0
    text = csv_out.read_text()
    assert text.splitlines()[0].startswith("id,") and "Paper 0;Paper 1;Paper 2" in text


def test_unreachable_postgres_is_a_clean_error() -> None:
    result = runner.invoke(app, ["timeline", "--db", "postgresql://nobody@127.0.0.1:9/none"])
    assert result.exit_code == 1
    assert "cannot open the store" in result.output


def test_mixed_signals_command(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        calm = Quote("Dmitry Medvedev", "We remain committed to the arms control treaty",
                     code="arms_control", intensity=-1.0, nuclear=True)  # fmt: skip
        store.add(analysis_of(Article("c", [calm], date="2024-05-20", filler="Later.")))
    rows = lines(runner.invoke(app, ["mixed-signals", "--db", db, "--json"]))
    assert [(r["period"], r["speaker"], r["escalating"], r["deescalating"]) for r in rows] == [
        ("2024-05", "Dmitry Medvedev", 3, 1)]
    shown = runner.invoke(app, ["show", rows[0]["deescalating_ids"][0], "--db", db, "--json"])
    assert "arms control treaty" in shown.stdout
    assert lines(runner.invoke(app, ["mixed-signals", "--db", db, "--speaker", "Berg"])) == []
