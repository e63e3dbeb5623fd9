"""The store on both backends: round trips, idempotency, queries, exports, migrations."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from brink.store import Filters, open_store, resolve_db
from brink.store.export import export
from brink.store.schema import SCHEMA_VERSION
from store_helpers import Article, Quote, analysis_of, db_url, postgres_server  # noqa: F401

THREAT = "Our missiles can reach every capital in Europe within minutes"
CALM = "We have no plans to use nuclear weapons and never had any"
OTHER = "The harvest was better than expected this autumn in the south"


def corpus() -> list[Article]:
    return [
        Article("a1", [Quote("Dmitry Medvedev", THREAT, code="threat", target="Europe",
                             intensity=4.0, nuclear=True)],
                date="2024-03-05", outlet="Daily One"),
        # The same quote reprinted by two other outlets, one a day later.
        Article("a2", [Quote("Dmitry Medvedev", THREAT, code="threat", target="Europe",
                             intensity=4.0, nuclear=True)],
                date="2024-03-05", outlet="Second Herald", filler="Another outlet opened so."),
        Article("a3", [Quote("Medvedev", THREAT + " now", code="threat", intensity=3.0,
                             nuclear=True)],
                date="2024-03-06", outlet="Third Courier", filler="A third view of events."),
        Article("a4", [Quote("Dmitry Medvedev", CALM, code="deescalation", intensity=-2.0,
                             nuclear=True),
                       Quote("Olena Kovalenko", OTHER, code="other", intensity=0.0)],
                date="2024-04-20", outlet="Daily One", filler="Later that spring."),
        Article("a5", [Quote("Sergei Lavrov", CALM, intensity=-1.0, nuclear=True, lang="nl")],
                date="2024-04-22", outlet="Het Blad", lang="nl", filler="Een andere dag."),
    ]  # fmt: skip


@pytest.fixture
def store(db_url: str):  # noqa: F811
    s = open_store(db_url)
    for article in corpus():
        assert s.add(analysis_of(article)).stored
    yield s
    s.close()


def test_round_trip_keeps_the_statement_contract(store) -> None:
    stored = list(store.stream_statement_records())
    assert len(stored) == 6
    by_doc = {(r["doc_id"], r["content"]): r for r in stored}
    for article in corpus():
        analysis = analysis_of(article)
        for i, st in enumerate(analysis.statements, start=1):
            expected = st.to_record(index=i, date=article.date)
            got = dict(by_doc[(article.id, st.content)])
            assert got.pop("article_id") and got.pop("utterance_id")
            assert got.pop("id").endswith(f"#{i}")
            expected.pop("id")
            assert got == json.loads(json.dumps(expected))


def test_spans_slice_the_stored_article_text(store) -> None:
    for record in store.stream_statement_records():
        text = store.article_text(record["article_id"])
        start, end = record["span"]
        assert text[start:end] == record["content"]
        s0, s1 = record["sentence_span"]
        assert text[s0:s1] == record["sentence"]


def test_adding_again_adds_nothing(store) -> None:
    before = store.counts()
    for article in corpus():
        assert not store.add(analysis_of(article)).stored
    assert store.counts() == before


def test_same_text_at_another_url_is_another_article(store) -> None:
    a = corpus()[0]
    a.url = "https://example.org/one"
    assert store.add(analysis_of(a)).stored
    assert not store.add(analysis_of(a)).stored
    assert store.counts()["articles"] == 6


def test_timeline_counts_reports_and_utterances(store) -> None:
    rows = store.timeline(by="month")
    assert [(r["period"], r["statements"], r["utterances"]) for r in rows] == [
        ("2024-03", 3, 1),
        ("2024-04", 3, 3),
    ]
    march = rows[0]
    assert march["mean_intensity"] == pytest.approx(11 / 3)
    assert march["sum_intensity"] == pytest.approx(11.0)
    by_utterance = store.timeline(by="month", unit="utterances")
    assert [(r["period"], r["statements"], r["utterances"]) for r in by_utterance] == [
        ("2024-03", 3, 1),
        ("2024-04", 3, 3),
    ]
    # One utterance: its mean intensity counted once.
    assert by_utterance[0]["sum_intensity"] == pytest.approx(11 / 3)


def test_timeline_by_day_and_week(store) -> None:
    days = store.timeline(by="day", filters=Filters(speaker="medvedev"))
    assert [(r["period"], r["statements"]) for r in days] == [
        ("2024-03-05", 2),
        ("2024-03-06", 1),
        ("2024-04-20", 1),
    ]
    weeks = store.timeline(by="week")
    # 2024-03-05 is a Tuesday: its week starts on Monday 2024-03-04; 04-20 and 04-22 differ.
    assert [r["period"] for r in weeks] == ["2024-03-04", "2024-04-15", "2024-04-22"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(speaker="MEDVEDEV"), 4),
        (Filters(speaker="kovalenko"), 1),
        (Filters(code="threat"), 3),
        (Filters(target="europe"), 2),
        (Filters(lang="nl"), 1),
        (Filters(outlet="daily"), 3),
        (Filters(since="2024-04"), 3),
        (Filters(until="2024-03"), 3),
        (Filters(until="2024-03-05"), 2),
        (Filters(speaker="medvedev", code="deescalation"), 1),
        (Filters(country="ru"), 0),  # no linked actors with a country in this corpus
        (Filters(speaker="100%_"), 0),  # LIKE wildcards are taken literally
    ],
)
def test_timeline_filters(store, filters: Filters, expected: int) -> None:
    assert sum(r["statements"] for r in store.timeline(by="year", filters=filters)) == expected


def test_speakers(store) -> None:
    rows = store.speakers()
    top = rows[0]
    assert (top["speaker"], top["statements"], top["utterances"]) == ("Dmitry Medvedev", 3, 2)
    assert {r["speaker"] for r in rows} == {
        "Dmitry Medvedev", "Medvedev", "Olena Kovalenko", "Sergei Lavrov",
    }  # fmt: skip


def test_utterance_groups_reports_with_outlets_and_first_seen(store) -> None:
    utterances = list(store.stream_table("utterances"))
    assert len(utterances) == 4
    threat = next(u for u in utterances if u["content"] == THREAT)
    assert threat["reports"] == 3
    assert threat["outlets"] == ["Daily One", "Second Herald", "Third Courier"]
    assert threat["first_seen"] == "2024-03-05"
    # Lavrov's Dutch report shares words with Medvedev's calm remark but not its speaker.
    calm = [u for u in utterances if u["content"] == CALM]
    assert len(calm) == 2


def test_search_statements_and_articles(store) -> None:
    hits = store.search("missiles capital")
    assert len(hits) == 3 and all("Medvedev" in h["speaker"] for h in hits)
    assert store.search("harvest")[0]["speaker"] == "Olena Kovalenko"
    assert store.search("zzzunknown") == []
    assert store.search("***") == []
    assert {h["id"] for h in store.search("spring", articles=True)} == {
        r["article_id"] for r in store.stream_statement_records() if r["doc_id"] == "a4"
    }


def test_show_statement(store) -> None:
    first = next(store.stream_statement_records(Filters(speaker="Olena")))
    row = store.statement(first["id"])
    assert row["content"] == OTHER
    assert row["outlet"] == "Daily One"
    assert row["codes"][0]["code"] == "other"
    assert [r["id"] for r in row["reports"]] == [first["id"]]
    assert store.statement("nope#1") is None


@pytest.mark.parametrize("table", ["statements", "articles", "events", "utterances"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exports(store, table: str, fmt: str, tmp_path: Path) -> None:
    expected = {"statements": 6, "articles": 5, "events": 0, "utterances": 4}[table]
    if fmt == "parquet":
        path = tmp_path / "out.parquet"
        with open(path, "wb") as fh:
            n = export(store, table, fmt, fh)
        assert pq.read_table(path).num_rows == expected
    else:
        buf = io.StringIO()
        n = export(store, table, fmt, buf)
        lines = buf.getvalue().splitlines()
        if fmt == "jsonl":
            assert len(lines) == expected
            if table == "statements":
                assert {json.loads(line)["speaker"]["name"] for line in lines} >= {"Sergei Lavrov"}
        elif expected:
            assert len(list(csv.reader(io.StringIO(buf.getvalue())))) == expected + 1
    assert n == expected


def test_export_filters(store) -> None:
    buf = io.StringIO()
    assert export(store, "statements", "jsonl", buf, Filters(speaker="lavrov")) == 1


def test_migrations_are_versioned_and_applied_once(db_url: str) -> None:  # noqa: F811
    with open_store(db_url) as s:
        assert s.schema_version() == SCHEMA_VERSION
    with open_store(db_url) as s:
        assert s.migrate() == 0
        s.db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (999, "future", "now"))
    with pytest.raises(RuntimeError, match="newer"):
        open_store(db_url)


def test_db_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRINK_DB", str(tmp_path / "env.db"))
    assert resolve_db("given.db") == "given.db"
    assert resolve_db() == str(tmp_path / "env.db")
    monkeypatch.delenv("BRINK_DB")
    assert resolve_db().endswith("brink.db")


def test_sqlite_file_is_plain_sqlite_with_fts(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "plain.db"
    with open_store(path) as s:
        s.add(analysis_of(corpus()[0]))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    hits = conn.execute(
        "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'missiles'"
    ).fetchone()
    assert hits == (1,)
    conn.close()


def test_version_one_database_gains_target_implied_and_keeps_its_events(tmp_path: Path) -> None:
    import sqlite3

    from brink.model import ActorRef, Event
    from brink.store.schema import MIGRATIONS

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    for sql in MIGRATIONS[0].statements("sqlite"):
        conn.execute(sql)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'core', 'then')")
    conn.execute(
        "INSERT INTO articles (id, text_hash, day, outlet, text) VALUES"
        " ('old', 'h', '2023-01-02', 'Daily One', 'Russia threatened Poland.')"
    )
    conn.execute(
        "INSERT INTO events (id, article_id, idx, day, actor_name, action, target_name, record)"
        " VALUES ('old#e1', 'old', 1, '2023-01-02', 'Russia', 'threaten', 'Poland', '{}')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION >= 2
        analysis = analysis_of(corpus()[0])
        russia = ActorRef("Russia", None, "RU", "Russia", "country")
        europe = ActorRef("Europe", None, None, "Europe", None)
        analysis.events = [Event(doc_id="a1", actor=russia, action="threaten", mode=None,
                                 target=europe, evidence="x", span=(0, 1), target_implied=True)]
        assert s.add(analysis).stored
        rows = {r["id"]: r for r in s.stream_table("events")}
    assert rows["old#e1"]["target_implied"] is False  # stored before targets were implied
    new = next(r for key, r in rows.items() if key != "old#e1")
    assert new["target_implied"] is True and new["target_name"] == "Europe"


def test_mixed_signals_per_speaker_and_period(store) -> None:
    # Medvedev threatens in March 2024 and reassures in April: mixed within the year, not the
    # month. Lavrov only reassures; "Medvedev" alone (a3) is another speaker name.
    assert store.mixed_signals(by="month") == []
    rows = store.mixed_signals(by="year")
    assert [(r["period"], r["speaker"], r["escalating"], r["deescalating"]) for r in rows] == [
        ("2024", "Dmitry Medvedev", 2, 1)]
    ids = {r["id"]: r["doc_id"] for r in store.stream_statement_records()}
    assert sorted(ids[i] for i in rows[0]["escalating_ids"]) == ["a1", "a2"]
    assert [ids[i] for i in rows[0]["deescalating_ids"]] == ["a4"]
    assert store.mixed_signals(by="year", filters=Filters(speaker="lavrov")) == []
