"""The Python API: open a store, get DataFrames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import brink
from store_helpers import Article, Quote, analysis_of


def test_api_returns_dataframes(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "api.db"
    with brink.open_store(db) as corpus:
        for k in range(3):
            q = Quote("Dmitry Medvedev", "The answer will be swift and it will be final",
                      code="threat", intensity=3.0)  # fmt: skip
            art = Article(f"p{k}", [q], date=f"2024-0{k + 1}-10", filler=f"Opening {k}.")
            corpus.store.add(analysis_of(art))
        corpus.store.add(analysis_of(Article("q", [Quote("Anna Berg", "Calm words only")])))
    monkeypatch.setenv("BRINK_DB", str(db))
    with brink.open_store() as corpus:
        assert isinstance(corpus, brink.Corpus)
        tl = corpus.timeline(speaker="medvedev", by="month")
        assert isinstance(tl, pd.DataFrame)
        assert list(tl["period"]) == ["2024-01", "2024-02", "2024-03"]
        assert list(tl["statements"]) == [1, 1, 1]
        st = corpus.statements(code="threat")
        assert len(st) == 3 and set(st["speaker"]) == {"Dmitry Medvedev"}
        assert st["codes"].iloc[0] == ["threat"]
        assert len(corpus.statements(limit=2)) == 2
        sp = corpus.speakers()
        assert sp.iloc[0]["speaker"] == "Dmitry Medvedev" and sp.iloc[0]["statements"] == 3
        assert len(corpus.search("swift")) == 3
        assert len(corpus.table("utterances")) == 4
        empty = corpus.timeline(speaker="nobody")
        assert empty.empty and "statements" in empty.columns
        calm = Quote("Dmitry Medvedev", "Talks on the treaty limits must go on",
                     code="arms_control", intensity=-1.0)  # fmt: skip
        corpus.store.add(analysis_of(Article("r", [calm], date="2024-03-20", filler="Then.")))
        mixed = corpus.mixed_signals(by="year")
        assert list(mixed["period"]) == ["2024"] and list(mixed["deescalating"]) == [1]
        assert corpus.mixed_signals(by="month")["period"].tolist() == ["2024-03"]


def test_public_names() -> None:
    assert {"open_store", "Corpus"} <= set(brink.__all__)
