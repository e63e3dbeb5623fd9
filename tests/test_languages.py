"""Language resources are data: validated at load, errors name the file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from brink.analyse.statements import extract_statements
from brink.languages import (
    LANGUAGES_DIR,
    RESOURCE_FILES,
    SUPPORTED_LANGUAGES,
    LanguageDataError,
    load_language,
    load_language_dir,
)
from brink.model import Document


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_supported_language_loads(code: str) -> None:
    res = load_language(code)
    assert res.cues and res.pronouns and res.role_nouns and res.quote_pairs
    assert "said" in res.cues or "zei" in res.cues


def test_unknown_language_names_the_supported_ones() -> None:
    with pytest.raises(LanguageDataError, match="supported: nl, en"):
        load_language("xx")


def copy_language(tmp_path: Path, code: str = "en") -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in RESOURCE_FILES:
        shutil.copy(LANGUAGES_DIR / code / name, folder / name)
    return folder


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    folder = copy_language(tmp_path)
    lines = (folder / "grammar.yaml").read_text().splitlines()
    lines[5] = "determiners: [the, 'unclosed"
    (folder / "grammar.yaml").write_text("\n".join(lines) + "\n")
    with pytest.raises(LanguageDataError, match=r"grammar\.yaml:\d+: not valid YAML"):
        load_language_dir(folder)


def test_schema_error_names_file_and_line(tmp_path: Path) -> None:
    folder = copy_language(tmp_path)
    speech = folder / "speech.yaml"
    text = speech.read_text().replace("complement: any}", "complement: maybe}", 1)
    speech.write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if "maybe" in row)
    with pytest.raises(LanguageDataError, match=rf"speech\.yaml:{line}: complement must be"):
        load_language_dir(folder)


def test_missing_file_and_wrong_version(tmp_path: Path) -> None:
    folder = copy_language(tmp_path)
    (folder / "quotes.yaml").write_text("version: 2\npairs: []\n")
    with pytest.raises(LanguageDataError, match=r"quotes\.yaml:1: `version: 1` expected"):
        load_language_dir(folder)
    (folder / "quotes.yaml").unlink()
    with pytest.raises(LanguageDataError, match=r"quotes\.yaml: missing"):
        load_language_dir(folder)


def test_a_new_language_is_a_folder(tmp_path: Path) -> None:
    """A toy language whose only reporting verb is `blorped`: the engine needs no code change."""
    folder = copy_language(tmp_path)
    (folder / "speech.yaml").write_text(
        "version: 1\ncomplementizers: [that]\n"
        "verbs:\n  - {lemma: blorp, forms: [blorped], complement: that}\n"
        "participles: []\naccording_to: {before: [], after: []}\npost_posed_demonstratives: []\n"
    )
    res = load_language_dir(folder)
    found = extract_statements(Document("x", "Anna Blue blorped that the door was open."), res)
    assert [(s.content, s.speaker.name) for s in found] == [("the door was open", "Anna Blue")]
    assert extract_statements(Document("x", "Anna Blue said that the door was open."), res) == []


def test_a_bad_number_names_its_file(tmp_path: Path) -> None:
    folder = copy_language(tmp_path)
    mentions = folder / "mentions.yaml"
    text = mentions.read_text().replace("noun_min_length: 7", "noun_min_length: seven")
    mentions.write_text(text)
    with pytest.raises(LanguageDataError, match=r"mentions\.yaml.*whole number"):
        load_language_dir(folder)
