"""`brink extract` on bad input, as a real subprocess: each failure named, the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import ARTICLE_EN, brink, make_good_folder, summary


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    return make_good_folder(tmp_path)


@pytest.fixture
def mixed_folder(good_folder: Path) -> Path:
    folder = good_folder
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad-date.txt").write_text("date 2022-13 De premier zei dat het kon.")
    (folder / "latin1.txt").write_bytes(
        "De president van Oekraïne zei dat het overleg doorgaat.".encode("latin-1")
    )
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(3000)  # over the lowered limit below
    (folder / "corpus.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Volgens de woordvoerder is de oefening routine."})
        + "\n{this is not json\n",
        encoding="utf-8",
    )
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / ".hidden.txt").write_text("not read")
    return folder


def test_folder_with_good_and_bad_files(mixed_folder: Path) -> None:
    result = brink(
        "extract", str(mixed_folder), "--format", "jsonl", env={"BRINK_MAX_FILE_BYTES": "2000"}
    )
    assert result.returncode == 1, result.stderr
    err = result.stderr
    f = mixed_folder
    assert f"error {f / 'binary.txt'}: binary file, not text" in err
    assert f"error {f / 'empty.txt'}: empty file" in err
    assert f"error {f / 'bad-date.txt'}: malformed date header 'date 2022-13'" in err
    assert f"error {f / 'huge.txt'}: file too large" in err
    assert f"error {f / 'corpus.jsonl'}:2: not JSON" in err
    assert f"skipped {f / 'picture.png'}" in err
    assert "hidden" not in err
    # nl.txt, en.txt, latin1.txt and one corpus line were processed.
    assert summary(err).startswith("4 processed, 1 skipped, 5 failed")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["doc_id"] for r in records} <= {"nl", "en", "latin1", "j1"}
    assert all(r["lang"] in ("nl", "en") for r in records)


def test_latin1_text_reaches_the_output_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("De minister zei dat de situatie in Oekraïne ernstig is.".encode("latin-1"))
    result = brink("extract", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, result.stderr
    assert any("Oekraïne" in r["content"] or "Oekraïne" in r["sentence"] for r in records)


def test_stdin_json_lines_with_a_bad_line() -> None:
    data = json.dumps({"id": "s1", "text": ARTICLE_EN}) + "\nnot json at all\n"
    result = brink("extract", "-", "--format", "jsonl", stdin=data.encode())
    assert result.returncode == 1
    assert "error -:2: not JSON" in result.stderr
    assert summary(result.stderr).startswith("1 processed, 0 skipped, 1 failed")


def test_missing_file_is_reported_and_others_go_on(good_folder: Path, tmp_path: Path) -> None:
    result = brink("extract", str(tmp_path / "missing.txt"), str(good_folder), "-f", "jsonl")
    assert result.returncode == 1
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert summary(result.stderr).startswith("2 processed, 0 skipped, 1 failed")


def test_real_100_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    block = ("De minister zei dat het overleg doorgaat. " * 25 + "\n").encode()
    with path.open("wb") as f:
        for _ in range(100 * 1024 * 1024 // len(block) + 1):
            f.write(block)
    assert path.stat().st_size > 100 * 1024 * 1024
    result = brink("extract", str(path), "--format", "jsonl")
    assert result.returncode == 1
    assert "file too large" in result.stderr
    assert "the limit for one article is 50.0 MB" in result.stderr


def test_quiet_keeps_errors_but_drops_summary_and_skips(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    result = brink("extract", str(tmp_path), "--format", "jsonl", "--quiet")
    assert result.returncode == 1
    assert "empty file" in result.stderr
    assert "processed" not in result.stderr
    assert "x.png" not in result.stderr
