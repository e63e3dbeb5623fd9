"""`brink extract` end to end, as a real subprocess: output formats, stdin, the samples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli_helpers import ARTICLE_EN, ARTICLE_NL, SAMPLES, brink, make_good_folder, summary


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    return make_good_folder(tmp_path)


def test_all_good_exits_zero_and_spans_slice_the_text(good_folder: Path) -> None:
    result = brink("extract", str(good_folder), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert summary(result.stderr).startswith("2 processed, 0 skipped, 0 failed")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["doc_id"] for r in records} == {"nl", "en"}
    # Document texts: the Dutch body after its date header, the English file as it is.
    texts = {"nl": ARTICLE_NL.split(" ", 2)[2].strip(), "en": ARTICLE_EN.strip()}
    for r in records:
        assert r["content"]
        spans = [r["span"]] if isinstance(r["span"][0], int) else r["span"]
        assert " ".join(texts[r["doc_id"]][a:b] for a, b in spans) == r["content"]
    assert {r["date"] for r in records if r["doc_id"] == "nl"} == {"2024-02-12"}


def test_csv_output_parses(good_folder: Path) -> None:
    result = brink("extract", str(good_folder), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, result.stdout
    assert {"doc_id", "kind", "content", "speaker_name"} <= set(rows[0])
    assert {row["doc_id"] for row in rows} <= {"nl", "en"}


def test_table_output(good_folder: Path) -> None:
    result = brink("extract", str(good_folder), "--format", "table")
    assert result.returncode == 0, result.stderr
    assert "Bos" in result.stdout


def test_stdin_dash(tmp_path: Path) -> None:
    result = brink("extract", "-", "--format", "jsonl", stdin=ARTICLE_NL.encode())
    assert result.returncode == 0, result.stderr
    assert summary(result.stderr).startswith("1 processed, 0 skipped, 0 failed")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["doc_id"] == "stdin" for r in records)
    assert all(r["date"] == "2024-02-12" for r in records)


def test_samples_folder_runs_clean() -> None:
    result = brink("extract", str(SAMPLES), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    line = summary(result.stderr)
    assert line.startswith("6 processed, 1 skipped, 0 failed"), line
    records = [json.loads(r) for r in result.stdout.splitlines()]
    assert {r["doc_id"] for r in records} == {
        "nl-valdorie-dreigt",
        "nl-kerncentrale-korsk",
        "en-missile-test",
        "en-summit-reassurance",
        "sample-nl-oefening",
        "sample-en-treaty",
    }
    assert {r["kind"] for r in records} == {"direct", "indirect", "according_to"}


EVENT_FIELDS = {
    "doc_id", "actor", "action", "mode", "target", "target_implied", "evidence", "span",
    "modality", "intensity", "plover", "cameo",
}


def test_events_go_to_their_own_file(tmp_path: Path) -> None:
    article = tmp_path / "moscow.txt"
    text = "Sweden joined the alliance in March. Moscow protested. Russia threatened Finland."
    article.write_text(text, encoding="utf-8")
    events_file = tmp_path / "events.jsonl"
    result = brink("extract", str(article), "--format", "jsonl", "--events", str(events_file))
    assert result.returncode == 0, result.stderr
    assert summary(result.stderr).endswith("2 events")
    events = [json.loads(line) for line in events_file.read_text().splitlines()]
    assert all(set(e) == EVENT_FIELDS for e in events)
    rows = {(e["actor"]["name"], e["action"], e["target"]["name"], e["target_implied"])
            for e in events}
    assert rows == {("Russia", "protest", "Sweden", True), ("Russia", "threaten", "Finland", False)}
    for e in events:
        assert text[e["span"][0]:e["span"][1]] == e["evidence"]


def test_events_need_the_coding_stage(tmp_path: Path) -> None:
    result = brink("extract", str(SAMPLES), "--no-code", "--events", str(tmp_path / "e.jsonl"))
    assert result.returncode == 2
    assert "drop --no-code" in result.stderr
