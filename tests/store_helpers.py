"""Shared pieces for the store, ingest and cluster tests: analyses built by hand, and a
throw-away PostgreSQL server started from Debian's binaries."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from brink.model import ActorRef, Analysis, Code, Document, Speaker, Statement

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


@dataclass
class Quote:
    """One direct quote: `speaker` said "`content`" (in a sentence of its own)."""

    speaker: str
    content: str
    actor_id: str | None = None
    code: str | None = None
    target: str | None = None
    intensity: float | None = None
    nuclear: bool | None = None
    lang: str = "en"


@dataclass
class Article:
    id: str
    quotes: list[Quote]
    date: str | None = "2024-03-05"
    outlet: str | None = "Example Times"
    url: str | None = None
    lang: str = "en"
    filler: str = "The talks went on late into the evening."
    extra: list[str] = field(default_factory=list)


def analysis_of(article: Article) -> Analysis:
    """A document whose text holds every quote as a sentence, with exact spans."""
    parts: list[str] = []
    spans: list[tuple[int, int, int, int, int, int]] = []  # sentence, content, speaker
    pos = 0
    for sentence in [article.filler, *article.extra]:
        parts.append(sentence + " ")
        pos += len(sentence) + 1
    for q in article.quotes:
        sentence = f'{q.speaker} said: "{q.content}"'
        c_start = pos + len(q.speaker) + len(' said: "')
        spans.append(
            (pos, pos + len(sentence), c_start, c_start + len(q.content), pos, pos + len(q.speaker))
        )
        parts.append(sentence + " ")
        pos += len(sentence) + 1
    text = "".join(parts).rstrip()
    doc = Document(
        id=article.id,
        text=text,
        lang=article.lang,
        date=article.date,
        outlet=article.outlet,
        url=article.url,
        title=f"Title of {article.id}",
        source=f"test:{article.id}",
    )
    statements = []
    for q, (s0, s1, c0, c1, p0, p1) in zip(article.quotes, spans, strict=True):
        statements.append(
            Statement(
                doc_id=article.id,
                lang=q.lang,
                kind="direct",
                content=q.content,
                spans=[(c0, c1)],
                cue="said",
                cue_span=(p1 + 1, p1 + 5),
                speaker=Speaker(
                    text=q.speaker,
                    span=(p0, p1),
                    name=q.speaker,
                    type="person",
                    confidence=0.9,
                    actor_id=q.actor_id,
                ),
                channel=None,
                channel_span=None,
                sentence=text[s0:s1],
                sentence_span=(s0, s1),
                nuclear=q.nuclear,
                intensity=q.intensity,
                codes=[Code(q.code, 0.8, ["cue"], q.target)] if q.code else [],
                targets=[ActorRef(text=q.target, span=None, name=q.target)] if q.target else [],
            )
        )
    return Analysis(document=doc, statements=statements)


# -- PostgreSQL ----------------------------------------------------------------------------


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres_user(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the `postgres` system user instead.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL cluster in a temporary folder; yields the URL of its `postgres` database."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        if os.environ.get("BRINK_REQUIRE_POSTGRES") == "1":
            pytest.fail("BRINK_REQUIRE_POSTGRES=1 but no /usr/lib/postgresql/*/bin/initdb")
        pytest.skip("PostgreSQL server binaries not installed")
    root = Path(tempfile.mkdtemp(prefix="brink-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    log = root / "server.log"
    subprocess.run(
        _as_postgres_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", "brink", "--auth=trust", "-E", "UTF8",
             "--no-sync"]
        ),
        check=True, capture_output=True,
    )  # fmt: skip
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres_user(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(log), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://brink@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres_user(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]
            ),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


_db_counter = iter(range(1, 1_000_000))


def new_database(server_url: str) -> str:
    import psycopg

    name = f"t{os.getpid()}_{next(_db_counter)}_{int(time.time() * 1000) % 100000}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "brink.db")
    server = request.getfixturevalue("postgres_server")
    return new_database(server)


def dump(db: str, skip: tuple[str, ...] = ("ingest_runs", "ingest_failures")) -> dict[str, list]:
    """Every row of every content table, sorted: for comparing two databases."""
    from brink.store import open_store

    tables = [
        "articles", "article_signatures", "article_bands", "statements", "utterances", "codes",
        "statement_targets", "events", "mentions", "actors", "schema_migrations",
    ]  # fmt: skip
    out: dict[str, list] = {}
    with open_store(db, migrate=False) as store:
        for table in tables:
            if table in skip:
                continue
            rows = store.db.query(f"SELECT * FROM {table}")
            clean = []
            for r in rows:
                r.pop("fts", None)
                r.pop("applied_at", None)
                clean.append(
                    tuple(
                        sorted(
                            (k, bytes(v) if isinstance(v, memoryview) else v) for k, v in r.items()
                        )
                    )
                )
            out[table] = sorted(clean, key=repr)
    return out
