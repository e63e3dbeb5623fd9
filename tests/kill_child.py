"""Child process for the kill-and-restart test: ingest a JSONL corpus into a store, slowly."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from brink.ingest import Ingester
from brink.model import Analysis, Document
from brink.store import open_store
from store_helpers import analysis_of
from test_ingest_kill import kill_corpus


class SlowFakePipeline:
    """Returns the hand-built analysis of each article (the engine is not under test)."""

    def __init__(self) -> None:
        self.by_id = {a.id: a for a in kill_corpus()}

    def analyse(self, doc: Document) -> Analysis:
        time.sleep(0.003)
        built = analysis_of(self.by_id[doc.id])
        assert built.document.text == doc.text
        built.document = doc
        return built


def main() -> None:
    db, corpus = sys.argv[1], sys.argv[2]
    with open_store(db) as store:
        print("ready", flush=True)
        counts = Ingester(store, pipeline=SlowFakePipeline()).run([corpus])  # type: ignore[arg-type]
    print(f"done {counts.stored} {counts.duplicates} {counts.failed}", flush=True)


if __name__ == "__main__":
    main()
