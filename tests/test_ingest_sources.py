"""Ingest end to end: a feed over real HTTP, a WARC file written with warcio, corpora, the CLI."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from brink.cli.main import app
from brink.ingest import HttpSettings, Ingester, IngestSettings
from brink.ingest.http import FetchError, PoliteClient
from brink.ingest.sources import iter_documents
from brink.model import Analysis, Document
from brink.read import ReadFailure
from brink.store import open_store


def page(title: str, topic: str) -> str:
    paragraphs = "".join(
        f"<p>{topic} was discussed again on day {i}. The minister told reporters that the "
        f"committee would meet twice before the summer recess, and that the budget for {topic} "
        f"had not changed since the spring.</p>"
        for i in range(1, 6)
    )
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<nav>Home | World</nav><article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>Copyright</footer></body></html>"
    )


class FakePipeline:
    """Analysis without the extraction engine: the store path is what is under test here."""

    def analyse(self, doc: Document) -> Analysis:
        doc.lang = doc.lang or "en"
        return Analysis(document=doc)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        self.flaky: dict[str, int] = {}  # path -> failures (503) before it answers

    def add(
        self, path: str, body: str, ctype: str = "text/html", status: int = 200, **headers: str
    ) -> None:
        self.routes[path] = (status, ctype, body.encode("utf-8"), headers)


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.agents.add(self.headers.get("User-Agent", ""))
            if state.flaky.get(self.path, 0) > 0:
                state.flaky[self.path] -= 1
                self.send_response(503)
                self.send_header("Retry-After", "0")
                self.end_headers()
                return
            status, ctype, body, headers = state.routes.get(
                self.path, (404, "text/plain", b"not found", {})
            )
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


FAST = HttpSettings(per_host_interval=0.0, backoff=0.01, timeout=5, user_agent="brink-test/1")


def rss(base: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}{link}</link>"
        f"<pubDate>Tue, 0{i} Apr 2024 10:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links, start=1)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"<link>{base}/</link><description>t</description>{items}</channel></rss>"
    )


def test_feed_over_http_with_robots_and_failures(site, tmp_path: Path) -> None:
    state, base = site
    state.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    state.add("/feed.xml", rss(base, ["/news/1", "/news/2", "/private/3", "/news/missing"]),
              "application/rss+xml")  # fmt: skip
    state.add("/news/1", page("Budget talks", "the harbour budget"))
    state.add("/news/2", page("Rail plans", "the new railway line"))
    state.add("/private/3", page("Secret", "a hidden matter"))
    state.flaky["/news/2"] = 1  # one 503 first: retried
    failures: list[ReadFailure] = []
    with open_store(tmp_path / "f.db") as store:
        ingester = Ingester(
            store,
            IngestSettings(http=FAST),
            pipeline=FakePipeline(),  # type: ignore[arg-type]
            on_failure=failures.append,
        )
        counts = ingester.run([f"{base}/feed.xml"])
        assert (counts.stored, counts.failed) == (2, 2)
        reasons = {
            f.source.rsplit("/", 2)[-2] + "/" + f.source.rsplit("/", 1)[-1]: f.reason
            for f in failures
        }
        assert "robots" in reasons["private/3"]
        assert "404" in reasons["news/missing"]
        rows = list(store.stream_table("articles"))
        assert {r["outlet"] for r in rows} == {"Test Wire"}
        assert {r["day"] for r in rows} == {"2024-04-01", "2024-04-02"}
        assert all(r["url"].startswith(base) for r in rows)
        assert "harbour budget" in next(r["text"] for r in rows if r["url"].endswith("/1"))
        runs = store.db.query("SELECT status, n_stored, n_failed FROM ingest_runs")
        assert runs == [{"status": "done", "n_stored": 2, "n_failed": 2}]
        assert len(store.db.query("SELECT * FROM ingest_failures")) == 2
    assert "/private/3" not in state.hits
    assert state.hits["/news/2"] == 2
    assert state.agents == {"brink-test/1"}


def test_client_errors_are_distinct(site) -> None:
    state, base = site
    state.add("/limited", "slow down", "text/plain", status=429, **{"Retry-After": "0"})
    state.add("/gone", "gone", "text/plain", status=410)
    with PoliteClient(
        HttpSettings(per_host_interval=0, backoff=0.01, retries=1, robots=False)
    ) as c:
        with pytest.raises(FetchError) as limited:
            c.get(f"{base}/limited")
        assert limited.value.kind == "rate_limited"
        assert state.hits["/limited"] == 2
        with pytest.raises(FetchError) as gone:
            c.get(f"{base}/gone")
        assert gone.value.kind == "http" and state.hits["/gone"] == 1
        with pytest.raises(FetchError) as down:
            c.get("http://127.0.0.1:9/")
        assert down.value.kind == "network"


def test_per_host_interval_spaces_requests(site) -> None:
    import time

    state, base = site
    state.add("/a", "a", "text/plain")
    with PoliteClient(HttpSettings(per_host_interval=0.2, robots=False)) as c:
        start = time.monotonic()
        for _ in range(3):
            c.get(f"{base}/a")
        assert time.monotonic() - start >= 0.4


def write_warc(path: Path) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")

        def response(
            uri: str, body: str, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"
        ) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            data = body.encode("utf-8")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-06T08:00:00Z"},
            )  # fmt: skip
            writer.write_record(record)

        response("https://news.example.org/a", page("Port strike", "the port strike"))
        response("https://news.example.org/style.css", "body{}", "text/css")
        response(
            "https://news.example.org/b", page("Gone", "a removed story"), status="404 Not Found"
        )
        response("https://other.example.net/c", page("Floods", "the river floods"))
        request = b"GET / HTTP/1.1\r\n\r\n"
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/a", "request", payload=io.BytesIO(request),
                length=len(request),
            )
        )  # fmt: skip


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_records_only(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path)
    with PoliteClient() as client:
        items = list(iter_documents([str(path)], client))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://news.example.org/a", "https://other.example.net/c"]
    assert docs[0].date == "2024-05-06" and docs[0].outlet
    assert "port strike" in docs[0].text


def test_damaged_warc_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b this is not a warc at all")
    with PoliteClient() as client:
        items = list(iter_documents([str(bad)], client))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)


def corpus_files(folder: Path) -> None:
    folder.mkdir()
    rows = [
        {"id": f"c{i}", "lang": "en", "date": f"2024-02-{i:02d}", "outlet": "Corpus Post",
         "title": f"t{i}",
         "text": f"Item {i}. The council said the bridge reopens in week {i}."}
        for i in range(1, 6)
    ]  # fmt: skip
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    (folder / "more.csv").write_text(
        "id,lang,date,outlet,text\nv1,en,2024-02-10,Csv Daily,The mayor said the tram is late.\n"
    )
    write_warc(folder / "crawl.warc.gz")


def test_cli_ingest_folder_is_idempotent_and_reports_failures(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    corpus_files(folder)
    db = tmp_path / "cli.db"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--silent"])
    assert first.exit_code == 1, first.output  # the broken JSONL line
    assert "corpus.jsonl:6" in first.output
    with open_store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 8  # 5 JSONL + 1 CSV + 2 WARC
    second = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert second.exit_code == 1
    assert "0 stored" in second.output and "8 already there" in second.output
    with open_store(db) as store:
        assert {k: v for k, v in store.counts().items() if k != "ingest_runs"} == {
            k: v for k, v in counts.items() if k != "ingest_runs"
        }


def test_cli_uses_brink_db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.jsonl").write_text(
        json.dumps({"id": "x", "lang": "en", "text": "Plain words here."}) + "\n"
    )
    monkeypatch.setenv("BRINK_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(app, ["ingest", str(folder), "--silent"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()
    out = CliRunner().invoke(app, ["export", "--table", "articles"])
    assert json.loads(out.stdout.splitlines()[0])["doc_id"] == "x"


def test_workers_write_the_same_database(tmp_path: Path) -> None:
    from store_helpers import dump

    corpus = tmp_path / "w.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(12):
            text = (
                f"Minister Anna Berg said on day {i}: \"The harbour will reopen next week.\" "
                f"The council warned that repairs to pier {i} could take longer."
            )
            fh.write(json.dumps({"id": f"w{i}", "lang": "en", "date": "2024-07-01",
                                 "outlet": f"Outlet {i % 3}", "text": text}) + "\n")  # fmt: skip
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    for db, workers in ((one, "1"), (two, "2")):
        result = CliRunner().invoke(
            app, ["ingest", str(corpus), "--db", db, "--workers", workers, "--silent"]
        )
        assert result.exit_code == 0, result.output
    assert dump(one) == dump(two)
    with open_store(one) as store:
        assert store.counts()["articles"] == 12
