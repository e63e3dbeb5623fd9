"""The bundled sample articles: readable, in every format, and the project's own writing."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from brink.model import Document
from brink.read import ReadFailure, read_sources

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def sample_documents() -> list[Document]:
    items = list(read_sources([str(SAMPLES)]))
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.source for f in failures] == [str(SAMPLES / "README.md")]
    assert all(f.skipped for f in failures)
    return [i for i in items if isinstance(i, Document)]


def test_samples_cover_every_format_and_both_languages() -> None:
    docs = sample_documents()
    assert 6 <= len(docs) <= 8
    suffixes = Counter(Path((d.source or "").split(":")[0]).suffix for d in docs)
    assert suffixes[".txt"] >= 3 and suffixes[".html"] >= 1 and suffixes[".jsonl"] == 2
    seed_format = [d for d in docs if d.source and d.source.endswith(".txt")]
    assert all(d.date for d in seed_format), "every .txt sample has a date header"
    # File names and ids carry the language: nl-…, en-…, sample-nl-…
    langs = Counter(m.group(1) for d in docs if (m := re.search(r"\b(nl|en)\b", d.id)))
    assert langs["nl"] >= 3 and langs["en"] >= 3


def test_samples_are_news_length() -> None:
    for doc in sample_documents():
        words = len(doc.text.split())
        assert 150 <= words <= 400, (doc.id, words)


def test_html_sample_has_metadata() -> None:
    (html,) = [d for d in sample_documents() if (d.source or "").endswith(".html")]
    assert html.title and html.outlet and html.url and html.date


def test_readme_says_the_samples_are_our_own_writing() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert "own writing" in readme
    assert "invented" in readme


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.gold
@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is absent")
def test_nothing_of_ours_copies_a_gold_sentence() -> None:
    gold: set[tuple[str, ...]] = set()
    for path in GOLD.iterdir():
        if path.suffix in (".jsonl", ".txt"):
            gold |= shingles(path.read_text(encoding="utf-8"))
    ours = [
        *SAMPLES.iterdir(),
        *(ROOT / "bench").glob("*.*"),
        *(ROOT / "src" / "brink" / "read").glob("*.py"),
        ROOT / "src" / "brink" / "normalise.py",
        *(ROOT / "tests").glob("test_read_*.py"),
        *(ROOT / "tests").glob("test_cli_extract*.py"),
        ROOT / "tests" / "cli_helpers.py",
        ROOT / "tests" / "test_normalise.py",
        ROOT / "docs" / "input.md",
    ]
    for path in ours:
        if path.is_file():
            copied = shingles(path.read_text(encoding="utf-8")) & gold
            assert not copied, (path, sorted(copied)[:3])
