"""The gold files (../shared/gold) are valid reader input: same ids, same texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brink.model import Document
from brink.read import read_sources

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"

pytestmark = [
    pytest.mark.gold,
    pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is absent"),
]


def test_seed_article_reads_as_the_seed_record() -> None:
    (doc,) = read_sources([str(GOLD / "seed-article.txt")])
    assert isinstance(doc, Document)
    gold = json.loads((GOLD / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert doc.id == "seed-article"
    assert doc.date == gold["date"]
    assert doc.text == gold["text"]
    # The header sits on the body's first line: offsets map past it into the file's text.
    raw = (GOLD / "seed-article.txt").read_text(encoding="utf-8")
    assert doc.offsets is not None
    assert raw[doc.offsets.to_original(0) :].startswith(doc.text[:40])


@pytest.mark.parametrize("name", sorted(p.name for p in GOLD.glob("*.jsonl")) or ["none"])
def test_gold_corpus_lines_are_documents(name: str) -> None:
    path = GOLD / name
    golds = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = list(read_sources([str(path)]))
    assert all(isinstance(d, Document) for d in docs), docs
    assert [d.id for d in docs if isinstance(d, Document)] == [g["id"] for g in golds]
    for doc, gold in zip(docs, golds, strict=True):
        assert isinstance(doc, Document)
        assert doc.text == gold["text"]
        assert doc.lang == gold["lang"]
        assert doc.date == gold.get("date")


def test_gold_folder_reads_without_failures() -> None:
    items = list(read_sources([str(GOLD)]))
    failures = [i for i in items if not isinstance(i, Document)]
    # GUIDELINES.md is not an article format: skipped, not failed.
    assert all(f.skipped for f in failures), failures
    assert sum(isinstance(i, Document) for i in items) >= 2
