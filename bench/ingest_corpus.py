"""Ingest benchmark: `brink ingest` of a generated corpus into a fresh store.

    .venv/bin/python bench/ingest_corpus.py --n 100000 --workers 2
    .venv/bin/python bench/ingest_corpus.py --n 2000 --db postgresql://user@host/db

Writes N synthetic articles (bench/corpus.py; a share of syndicated near-copies) to a JSONL file,
runs `brink ingest FILE --silent` as a subprocess and prints throughput, database size, peak
memory (maximum resident set of the ingest process and its workers) and what was stored. A
second ingest of the same file measures the idempotent re-run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402


def db_size(db: str) -> int:
    if db.startswith("postgres"):
        import psycopg

        with psycopg.connect(db) as conn:
            row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
            return int(row[0]) if row else 0
    return sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))


def ingest(db: str, corpus: Path, workers: int) -> tuple[float, int]:
    brink = Path(sys.executable).with_name("brink")
    start = time.perf_counter()
    proc = subprocess.run(
        [str(brink), "ingest", str(corpus), "--db", db, "--silent", "--workers", str(workers)],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc.stderr.count("\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--duplicates", type=float, default=0.1, help="share of syndicated copies")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--db", default=None, help="SQLite path or postgresql:// URL (fresh!)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and database")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="brink-bench-"))
    corpus = work / "corpus.jsonl"
    t0 = time.perf_counter()
    words = write_jsonl(corpus, args.n, seed=args.seed, lang=args.lang, duplicates=args.duplicates)
    gen = time.perf_counter() - t0
    db = args.db or str(work / "bench.db")

    first, errors = ingest(db, corpus, args.workers)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    again, _ = ingest(db, corpus, args.workers)

    sys.path.insert(0, str(HERE.parent / "src"))
    from brink.store import open_store

    with open_store(db) as store:
        counts = store.counts()
        clusters = store.db.query("SELECT COUNT(DISTINCT cluster_id) AS n FROM articles")[0]["n"]
    size = db_size(db)
    figures = {
        "articles": args.n,
        "words": words,
        "workers": args.workers,
        "corpus_mb": round(corpus.stat().st_size / 1e6, 1),
        "generate_s": round(gen, 1),
        "ingest_s": round(first, 1),
        "articles_per_s": round(args.n / first, 1),
        "words_per_s": round(words / first),
        "reingest_s": round(again, 1),
        "db_mb": round(size / 1e6, 1),
        "db_kb_per_article": round(size / 1e3 / max(args.n, 1), 1),
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "stored_articles": counts["articles"],
        "statements": counts["statements"],
        "utterances": counts["utterances"],
        "near_duplicate_clusters": int(clusters),
        "error_lines": errors,
    }
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        print(f"{k:<{width}}  {v}")
    print(json.dumps(figures))
    if not args.keep:
        for p in sorted(work.glob("*")):
            p.unlink()
        work.rmdir()
    else:
        print(f"kept {work}", file=sys.stderr)


if __name__ == "__main__":
    main()
