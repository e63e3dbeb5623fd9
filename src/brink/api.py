"""The store from Python (notebooks): the CLI's queries as pandas DataFrames.

    import brink
    corpus = brink.open_store("news.db")          # or None: $BRINK_DB, then the default file
    corpus.timeline(speaker="Medvedev", by="month")
    corpus.statements(code="threat", since="2024-01")
    corpus.speakers()

pandas is imported when a method first needs it, so ``import brink`` stays light.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from brink.store import Filters, Store
from brink.store import open_store as _open_store

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Corpus", "open_store"]

STATEMENT_COLUMNS = (
    "id", "article_id", "utterance_id", "doc_id", "date", "lang", "kind", "speaker",
    "speaker_name", "speaker_text", "speaker_type", "speaker_actor_id", "cue", "channel",
    "content", "sentence", "nuclear", "codes", "modality", "intensity", "targets",
)  # fmt: skip


class Corpus:
    """An open store, queried into DataFrames. Use as a context manager or call `close`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<brink.Corpus {self.store.dialect} {self.store.location}>"

    def timeline(self, by: str = "month", unit: str = "reports", **filters: Any) -> pd.DataFrame:
        """One row per period: statements, utterances, mean_intensity, sum_intensity.

        `by`: day, week, month or year; `unit`: reports or utterances (see `brink timeline`);
        filters: speaker, country, target, code, lang, outlet, since, until, nuclear.
        """
        import pandas as pd

        rows = self.store.timeline(by=by, unit=unit, filters=Filters(**filters))
        columns = ["period", "statements", "utterances", "mean_intensity", "sum_intensity"]
        return pd.DataFrame(rows, columns=columns)

    def statements(self, limit: int | None = None, **filters: Any) -> pd.DataFrame:
        """Statements (flattened records), filtered like `timeline`; `limit` caps the rows."""
        import pandas as pd

        rows = []
        for n, r in enumerate(self.store.stream_statement_records(Filters(**filters))):
            if limit is not None and n >= limit:
                break
            sp = r["speaker"]
            rows.append(
                {
                    "id": r["id"],
                    "article_id": r["article_id"],
                    "utterance_id": r["utterance_id"],
                    "doc_id": r["doc_id"],
                    "date": r["date"],
                    "lang": r["lang"],
                    "kind": r["kind"],
                    "speaker": sp["name"] or sp["text"],
                    "speaker_name": sp["name"],
                    "speaker_text": sp["text"],
                    "speaker_type": sp["type"],
                    "speaker_actor_id": sp["actor_id"],
                    "cue": r["cue"],
                    "channel": r["channel"],
                    "content": r["content"],
                    "sentence": r["sentence"],
                    "nuclear": r["nuclear"],
                    "codes": [c["code"] for c in r["codes"]],
                    "modality": r["modality"],
                    "intensity": r["intensity"],
                    "targets": [t.get("name") or t["text"] for t in r["targets"]],
                }
            )
        return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))

    def mixed_signals(self, by: str = "month", **filters: Any) -> pd.DataFrame:
        """Speakers who both escalate and de-escalate within a period (see `brink
        mixed-signals`): period, speaker, actor_id, the counts and example statement ids."""
        import pandas as pd

        rows = self.store.mixed_signals(by=by, filters=Filters(**filters))
        return pd.DataFrame(rows, columns=[
            "period", "speaker", "actor_id", "escalating", "deescalating", "escalating_ids",
            "deescalating_ids"])

    def speakers(self, limit: int | None = None, **filters: Any) -> pd.DataFrame:
        """Speakers with statements, utterances, mean intensity, first and last day."""
        import pandas as pd

        rows = self.store.speakers(filters=Filters(**filters), limit=limit)
        columns = [
            "speaker", "actor_id", "statements", "utterances", "mean_intensity", "first_day",
            "last_day",
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def search(self, text: str, limit: int = 20, articles: bool = False) -> pd.DataFrame:
        """Full-text search over statements (or articles)."""
        import pandas as pd

        return pd.DataFrame(self.store.search(text, limit=limit, articles=articles))

    def table(self, name: str) -> pd.DataFrame:
        """A whole table: articles, events or utterances (mind the size of big stores)."""
        import pandas as pd

        return pd.DataFrame(list(self.store.stream_table(name)))


def open_store(db: str | os.PathLike[str] | None = None) -> Corpus:
    """Open the store at a SQLite path or ``postgresql://`` URL (default: ``$BRINK_DB``, then
    the file in the user data directory)."""
    return Corpus(_open_store(db))
