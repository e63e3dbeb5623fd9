"""Shared by the `brink extract` CLI tests: run the command as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

ARTICLE_NL = (
    "date 2024-02-12 De minister van Defensie, Karin Bos, zei maandag dat het leger paraat is. "
    ",,Wij zijn op alles voorbereid”, zei Bos tegen het persbureau Nordpress.\n"
)
ARTICLE_EN = (
    "The foreign minister said on Tuesday that the talks would resume in March. "
    '"We will not give up," she told reporters.\n'
)


def brink(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "brink", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=full_env,
        timeout=120,
        check=False,
    )


def summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if " processed, " in line]
    assert lines, stderr
    return lines[-1]


def make_good_folder(tmp_path: Path) -> Path:
    """A folder with one Dutch (seed format) and one English (plain) article."""
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "nl.txt").write_text(ARTICLE_NL, encoding="utf-8")
    (folder / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    return folder
