"""Crash safety: an ingest killed with SIGKILL at random moments and restarted ends with
exactly the database an uninterrupted run writes (run bookkeeping aside)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brink.store import open_store
from store_helpers import Article, Quote, analysis_of, db_url, dump, postgres_server  # noqa: F401

CHILD = Path(__file__).with_name("kill_child.py")
SPEAKERS = ["Dmitry Medvedev", "Sergei Shoigu", "Olena Kovalenko", "Mark Rutte", "Jens Lund"]
N = 500


def kill_corpus() -> list[Article]:
    rng = random.Random(7)
    articles = []
    for i in range(N):
        if i > 10 and rng.random() < 0.2:  # a syndicated copy of an earlier article
            src = articles[rng.randrange(len(articles))]
            articles.append(
                Article(f"k{i}", src.quotes, date=src.date, outlet=f"Outlet {i % 9}",
                        filler=src.filler + " Reprinted with permission.")
            )  # fmt: skip
            continue
        quotes = [
            Quote(rng.choice(SPEAKERS),
                  f"We will answer move number {rng.randrange(10_000)} with step {j} "
                  f"and the {rng.choice(['north', 'south', 'east', 'west'])} will know it",
                  code=rng.choice(["threat", "deterrence", None]),
                  intensity=float(rng.randrange(-3, 5)), nuclear=rng.random() < 0.5)
            for j in range(rng.randrange(0, 4))
        ]  # fmt: skip
        articles.append(
            Article(f"k{i}", quotes, date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    outlet=f"Outlet {i % 9}", filler=f"Report {i} opens with {rng.random()}.")
        )  # fmt: skip
    return articles


def write_corpus(path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for article in kill_corpus():
            doc = analysis_of(article).document
            row = {"id": doc.id, "lang": doc.lang, "date": doc.date, "outlet": doc.outlet,
                   "title": doc.title, "text": doc.text}  # fmt: skip
            fh.write(json.dumps(row) + "\n")


def run_child(db: str, corpus: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHILD), db, str(corpus)], capture_output=True, text=True, timeout=300
    )


def _wait_for_new_run(url: str, runs_before: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open_store(url, migrate=False) as store:
                if store.db.query("SELECT count(*) AS n FROM ingest_runs")[0]["n"] > runs_before:
                    return
        except Exception:  # the child may hold the schema lock while migrating
            pass
        time.sleep(0.02)


@pytest.mark.slow
def test_killed_and_restarted_ingest_equals_uninterrupted(
    db_url: str,  # noqa: F811
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    if db_url.startswith("postgresql"):
        from store_helpers import new_database

        reference = new_database(request.getfixturevalue("postgres_server"))
    else:
        reference = str(tmp_path / "reference.db")
    done = run_child(reference, corpus)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("done ")

    rng = random.Random()
    killed_mid_run = 0
    progress = []
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), db_url, str(corpus)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        # Kill at a random moment after the run has begun (on a loaded machine the start alone
        # can take longer than the random delay).
        _wait_for_new_run(db_url, runs_before=len(progress), timeout=20.0)
        time.sleep(rng.uniform(0.0, 0.5))
        proc.kill()  # SIGKILL
        proc.communicate(timeout=30)
        killed_mid_run += proc.returncode == -9
        with open_store(db_url, migrate=False) as store:
            progress.append(store.counts()["articles"])
    assert killed_mid_run >= 3, "the child finished before it could be killed"
    assert progress == sorted(progress) and progress[-1] < N

    final = run_child(db_url, corpus)
    assert final.returncode == 0, final.stderr
    assert dump(db_url) == dump(reference)
    with open_store(db_url) as store:
        runs = store.db.query("SELECT status FROM ingest_runs ORDER BY id")
        assert [r["status"] for r in runs][-1] == "done"
        assert 1 < len(runs) <= 5  # killed runs stay visible as "running" (if they began)
        if store.dialect == "sqlite":
            assert store.db.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
            store.db.execute(
                "INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')"
            )
            store.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
