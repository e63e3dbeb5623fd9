"""Codebook validation (errors name file:line), user codebooks and `brink codebook check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brink.cli.main import app
from brink.coding.codebook import BUILTIN_CODEBOOK, load_codebook
from brink.datafile import DataFileError
from brink.pipeline import Settings

VALID = """\
schema: brink-codebook/1
name: tiny
version: "0.1"
scale: {min: -3, max: 3}
modality_weights: {asserted: 1, conditional: 0.8, hedged: 0.5, question: 0.3, negated: -0.5}
directness_weights: {direct: 1, indirect: 0.8, according_to: 0.6}
builtin_cues: false
nuclear_cues:
  en: [{terms: [nuclear*]}]
categories:
  threat:
    definition: Threatens nuclear use.
    intensity: 3
    direction: escalating
    cues:
      en: [{terms: [obliterate*]}]
  other:
    definition: Everything else.
    intensity: 0
    requires_nuclear: false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "book.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_codebook_is_valid() -> None:
    book = load_codebook()
    assert set(book.categories) == {"threat", "deterrence", "arms_control", "deescalation",
                                    "risk_assessment", "planning", "accusation", "safety",
                                    "other"}
    assert {"en", "nl"} <= set(book.languages)
    for cat in book.categories.values():
        assert cat.definition and cat.rationale
        assert book.scale[0] <= cat.intensity <= book.scale[1]
        assert cat.examples.get("en") and cat.examples.get("nl")


def test_user_codebook_with_inline_cues(tmp_path: Path) -> None:
    book = load_codebook(write(tmp_path, VALID))
    assert book.name == "tiny"
    assert [g.lexicon.terms for g in book.categories["threat"].cues["en"]] == [["obliterate*"]]


def test_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = VALID.replace("intensity: 3", "intensity: 9").replace(
        "    direction: escalating", "    direction: upwards")
    path = write(tmp_path, bad)
    with pytest.raises(DataFileError) as info:
        load_codebook(path)
    lines = bad.splitlines()
    intensity_line = next(i for i, ln in enumerate(lines, 1) if "intensity: 9" in ln)
    direction_line = next(i for i, ln in enumerate(lines, 1) if "upwards" in ln)
    assert f"{path}:{intensity_line}: categories.threat.intensity 9 outside the scale" in str(
        info.value)
    assert f"{path}:{direction_line}: categories.threat.direction" in str(info.value)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("name: tiny", "name: [tiny"))
    with pytest.raises(DataFileError) as info:
        load_codebook(path)
    assert str(info.value).startswith(f"{path}:")


def test_bad_pattern_and_unknown_key(tmp_path: Path) -> None:
    group = "[{terms: [x], patterns: ['(unclosed'], colour: red}]"
    bad = VALID.replace("[{terms: [obliterate*]}]", group)
    path = write(tmp_path, bad)
    with pytest.raises(DataFileError) as info:
        load_codebook(path)
    text = str(info.value)
    assert "bad pattern '(unclosed'" in text and "unknown key 'colour'" in text


def test_cli_check_ok_and_failing(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["codebook", "check", str(BUILTIN_CODEBOOK)])
    assert ok.exit_code == 0, ok.output
    assert "9 categories" in ok.output
    bad = write(tmp_path, VALID.replace('version: "0.1"', "version: 0.1"))
    failed = runner.invoke(app, ["codebook", "check", str(bad)])
    assert failed.exit_code == 1
    assert f"{bad}:3: version must be a non-empty string" in failed.output


def test_settings_codebook_reaches_the_stage(tmp_path: Path) -> None:
    from brink.coding import build_stage

    stage = build_stage(Settings(codebook=write(tmp_path, VALID)))
    assert stage is not None
    assert stage.codebook.name == "tiny"  # type: ignore[attr-defined]
