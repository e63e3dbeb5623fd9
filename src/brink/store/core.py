"""`Store`: articles and what brink learned from them, in SQLite or PostgreSQL.

Writing: `Store.add` stores one `Analysis` (article, statements, codes, targets, events, mentions,
near-duplicate cluster, utterance membership) in one transaction, so a killed process leaves
either the whole article or nothing. Every key is derived from content, never from a sequence,
so a restarted run rebuilds exactly the rows an uninterrupted run would have written.

Reading: small query methods returning plain rows; `stream_*` methods never hold more than a
batch in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from brink import cluster
from brink.model import ActorRef, Analysis, Document
from brink.store.backends import Backend, Row, like_pattern
from brink.store.schema import MIGRATIONS, SCHEMA_VERSION


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(doc: Document) -> str:
    """An article's identity: a hash of its text, and of its URL when known."""
    basis = f"{doc.url}\n{doc.text}" if doc.url else doc.text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def normalise_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for any ISO-like date; month or year precision falls on the first day."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2) or "01", m.group(3) or "01"
    try:
        return datetime(int(year), int(month), int(day)).date().isoformat()
    except ValueError:
        return None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class Filters:
    """Which statements a query looks at. Text filters are case-insensitive substrings."""

    speaker: str | None = None
    country: str | None = None
    target: str | None = None
    code: str | None = None
    lang: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    nuclear: bool | None = None

    def active(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None
        }


@dataclass(slots=True)
class AddResult:
    article_id: str
    stored: bool
    statements: int = 0
    cluster_id: str | None = None


TABLES = ("articles", "statements", "events", "utterances", "codes", "mentions")


class Store:
    """The one interface both backends sit behind."""

    def __init__(self, backend: Backend) -> None:
        self.db = backend

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def location(self) -> str:
        return self.db.location

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        try:
            rows = self.db.query("SELECT MAX(version) AS v FROM schema_migrations")
        except Exception:  # no schema_migrations table yet
            return 0
        return int(rows[0]["v"] or 0)

    def migrate(self) -> int:
        """Bring the schema up to date; returns the number of migrations applied."""
        with self.db.transaction():
            if self.dialect == "postgres":
                # One migrator at a time, even with several processes starting together.
                self.db.execute("SELECT pg_advisory_xact_lock(4242001)")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {r["version"] for r in self.db.query("SELECT version FROM schema_migrations")}
            applied = 0
            for migration in MIGRATIONS:
                if migration.version in done:
                    continue
                for sql in migration.statements(self.dialect):
                    self.db.execute(sql)
                self.db.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now()),
                )
                applied += 1
            newest = max(done | {m.version for m in MIGRATIONS})
            if newest > SCHEMA_VERSION:
                raise RuntimeError(
                    f"the database has schema version {newest}, newer than this brink "
                    f"({SCHEMA_VERSION}); upgrade brink"
                )
        return applied

    # -- writing -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self.db.query("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)))

    def add(self, analysis: Analysis) -> AddResult:
        """Store one analysed article in one transaction; an article already there is skipped."""
        doc = analysis.document
        key = article_key(doc)
        day = normalise_day(doc.date)
        sig = cluster.signature(doc.text)
        bands = cluster.buckets(sig)
        with self.db.transaction():
            cluster_id = self._near_duplicate(sig, bands) or key
            inserted = self.db.execute(
                "INSERT INTO articles (id, text_hash, doc_id, url, lang, date, day, outlet, title,"
                " text, source, cluster_id, n_statements, n_events)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (
                    key,
                    text_hash(doc.text),
                    doc.id,
                    doc.url,
                    doc.lang,
                    doc.date,
                    day,
                    doc.outlet,
                    doc.title,
                    doc.text,
                    doc.source,
                    cluster_id,
                    len(analysis.statements),
                    len(analysis.events),
                ),
            )
            if not inserted:
                return AddResult(key, stored=False)
            self.db.execute(
                "INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
                (key, cluster.to_blob(sig)),
            )
            self.db.executemany(
                "INSERT INTO article_bands (bucket, article_id) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                [(b, key) for b in bands],
            )
            self._add_statements(analysis, key, day)
            self._add_events(analysis, key, day)
            self._add_mentions(analysis, key)
        return AddResult(
            key, stored=True, statements=len(analysis.statements), cluster_id=cluster_id
        )

    def _near_duplicate(self, sig: Any, bands: Sequence[int]) -> str | None:
        marks = ", ".join("?" for _ in bands)
        rows = self.db.query(
            "SELECT a.id, a.cluster_id, g.signature FROM articles a"
            " JOIN article_signatures g ON g.article_id = a.id"
            f" WHERE a.id IN (SELECT article_id FROM article_bands WHERE bucket IN ({marks}))",
            list(bands),
        )
        best: tuple[float, str] | None = None
        for r in rows:
            sim = cluster.similarity(sig, cluster.from_blob(r["signature"]))
            if sim >= cluster.ARTICLE_THRESHOLD and (best is None or (sim, r["cluster_id"]) > best):
                best = (sim, r["cluster_id"])
        return best[1] if best else None

    def _add_statements(self, analysis: Analysis, key: str, day: str | None) -> None:
        doc = analysis.document
        for i, st in enumerate(analysis.statements, start=1):
            sid = f"{key}#{i}"
            record = st.to_record(index=i, date=doc.date)
            record["id"] = sid
            sp = st.speaker
            skey = cluster.speaker_key(sp.actor_id, sp.name, sp.text)
            ckey = cluster.content_key(st.content)
            utterance = self._utterance_for(st.content, ckey, st.lang, day, sp.actor_id, skey)
            if utterance is None:
                utterance = sid
                self.db.execute(
                    "INSERT INTO utterances (id, speaker_key, actor_id, speaker_name, lang,"
                    " content, first_seen, first_article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (sid, skey, sp.actor_id, sp.name or sp.text, st.lang, st.content, day, key),
                )
            elif day is not None:
                self.db.execute(
                    "UPDATE utterances SET first_seen = ?, first_article_id = ?"
                    " WHERE id = ? AND (first_seen IS NULL OR first_seen > ?)",
                    (day, key, utterance, day),
                )
            start, end = st.span
            self.db.execute(
                "INSERT INTO statements (id, article_id, idx, doc_id, lang, day, kind, content,"
                " span_start, span_end, spans, cue, cue_start, cue_end, speaker_text,"
                " speaker_name, speaker_type, speaker_confidence, speaker_actor_id, speaker_key,"
                " content_key, channel, channel_actor_id, sentence, sentence_start, sentence_end,"
                " nuclear,"
                " modality, intensity, utterance_id, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    key,
                    i,
                    doc.id,
                    st.lang,
                    day,
                    st.kind,
                    st.content,
                    start,
                    end,
                    json.dumps([list(s) for s in st.spans]),
                    st.cue,
                    st.cue_span[0] if st.cue_span else None,
                    st.cue_span[1] if st.cue_span else None,
                    sp.text,
                    sp.name,
                    sp.type,
                    sp.confidence,
                    sp.actor_id,
                    skey,
                    ckey,
                    st.channel,
                    st.channel_actor.actor_id if st.channel_actor else None,
                    st.sentence,
                    st.sentence_span[0],
                    st.sentence_span[1],
                    st.nuclear,
                    st.modality,
                    st.intensity,
                    utterance,
                    json.dumps(record, ensure_ascii=False, sort_keys=True),
                ),
            )
            self.db.executemany(
                "INSERT INTO codes (statement_id, n, code, score, target, evidence)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (sid, n, c.code, c.score, c.target, json.dumps(c.evidence, ensure_ascii=False))
                    for n, c in enumerate(st.codes)
                ],
            )
            self.db.executemany(
                "INSERT INTO statement_targets (statement_id, n, text, actor_id, name, type)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(sid, n, t.text, t.actor_id, t.name, t.type) for n, t in enumerate(st.targets)],
            )
            refs = [*st.targets, *([st.channel_actor] if st.channel_actor else [])]
            self._add_actors(refs, extra=(sp.actor_id, sp.name, sp.type))

    def _utterance_for(
        self,
        content: str,
        ckey: str,
        lang: str | None,
        day: str | None,
        actor_id: str | None,
        skey: str | None,
    ) -> str | None:
        if skey is None:
            return None
        window: list[Any] = []
        if day is not None:
            window = [
                _shift(day, -cluster.UTTERANCE_WINDOW_DAYS),
                _shift(day, cluster.UTTERANCE_WINDOW_DAYS),
            ]
        # Fast path: the same words from the same speaker (most reprints).
        exact = self.db.query(
            "SELECT utterance_id FROM statements WHERE speaker_key = ? AND content_key = ?"
            + (" AND day >= ? AND day <= ?" if window else "")
            + " ORDER BY id LIMIT 1",
            [skey, ckey, *window],
        )
        if exact:
            return str(exact[0]["utterance_id"])
        sql = (
            "SELECT utterance_id, content, lang, day, speaker_actor_id FROM statements"
            " WHERE speaker_key = ?"
        )
        params: list[Any] = [skey]
        if day is not None:
            lo = _shift(day, -cluster.UTTERANCE_WINDOW_DAYS)
            hi = _shift(day, cluster.UTTERANCE_WINDOW_DAYS)
            # A range on the (speaker_key, day) index; undated reports only match undated ones.
            sql += " AND day >= ? AND day <= ?"
            params += [lo, hi]
        sql += " ORDER BY id LIMIT 300"
        candidates = [
            cluster.Report(
                r["utterance_id"], r["content"], r["lang"], r["day"], r["speaker_actor_id"]
            )
            for r in self.db.query(sql, params)
        ]
        new = cluster.Report("", content, lang, day, actor_id)
        return cluster.best_utterance(new, candidates)

    def _add_actors(
        self,
        refs: Sequence[ActorRef],
        extra: tuple[str | None, str | None, str | None] | None = None,
    ) -> None:
        rows: list[tuple[str | None, str | None, str | None]]
        rows = [(r.actor_id, r.name, r.type) for r in refs if r.actor_id]
        if extra and extra[0]:
            rows.append(extra)
        for actor_id, name, type_ in rows:
            self.db.execute(
                "INSERT INTO actors (id, name, type, country) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                (actor_id, name, type_, _country_of(actor_id)),
            )

    def _add_events(self, analysis: Analysis, key: str, day: str | None) -> None:
        rows = []
        for i, ev in enumerate(analysis.events, start=1):
            tgt = ev.target
            rows.append(
                (
                    f"{key}#e{i}",
                    key,
                    i,
                    day,
                    ev.actor.text,
                    ev.actor.actor_id,
                    ev.actor.name,
                    ev.action,
                    ev.mode,
                    tgt.text if tgt else None,
                    tgt.actor_id if tgt else None,
                    tgt.name if tgt else None,
                    ev.evidence,
                    ev.span[0],
                    ev.span[1],
                    ev.modality,
                    ev.intensity,
                    ev.plover,
                    ev.cameo,
                    ev.target_implied,
                    json.dumps(ev.to_record(), ensure_ascii=False, sort_keys=True),
                )
            )
            self._add_actors([ev.actor, *([tgt] if tgt else [])])
        self.db.executemany(
            "INSERT INTO events (id, article_id, idx, day, actor_text, actor_id, actor_name,"
            " action, mode, target_text, target_id, target_name, evidence, span_start, span_end,"
            " modality, intensity, plover, cameo, target_implied, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _add_mentions(self, analysis: Analysis, key: str) -> None:
        self.db.executemany(
            "INSERT INTO mentions (article_id, n, text, span_start, span_end, actor_id, name,"
            " type, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key,
                    n,
                    m.text,
                    m.span[0] if m.span else None,
                    m.span[1] if m.span else None,
                    m.actor_id,
                    m.name,
                    m.type,
                    m.reason,
                )
                for n, m in enumerate(analysis.mentions)
            ],
        )
        self._add_actors(analysis.mentions)

    # -- ingest runs ---------------------------------------------------------------------

    def start_run(self, sources: Sequence[str]) -> int:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO ingest_runs (started_at, status, sources) VALUES (?, 'running', ?)",
                (now(), json.dumps(list(sources), ensure_ascii=False)),
            )
            rows = self.db.query("SELECT MAX(id) AS id FROM ingest_runs")
        return int(rows[0]["id"])

    def add_failure(self, run_id: int, n: int, source: str, reason: str) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO ingest_failures (run_id, n, source, reason) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (run_id, n, source, reason),
            )

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        with self.db.transaction():
            self.db.execute(
                "UPDATE ingest_runs SET finished_at = ?, status = ?, n_read = ?, n_stored = ?,"
                " n_duplicates = ?, n_failed = ?, n_statements = ? WHERE id = ?",
                (
                    now(),
                    status,
                    counts.get("read", 0),
                    counts.get("stored", 0),
                    counts.get("duplicates", 0),
                    counts.get("failed", 0),
                    counts.get("statements", 0),
                    run_id,
                ),
            )

    # -- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            t: int(self.db.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"])
            for t in (*TABLES, "ingest_runs")
        }

    def _where(self, f: Filters | None) -> tuple[str, list[Any]]:
        """SQL conditions over ``statements s JOIN articles a`` for the given filters."""
        clauses: list[str] = []
        params: list[Any] = []
        f = f or Filters()
        like = self.db.ilike
        if f.speaker:
            clauses.append(
                f"({like('s.speaker_name')} OR {like('s.speaker_text')} "
                f"OR {like('s.speaker_actor_id')})"
            )
            params += [like_pattern(f.speaker)] * 3
        if f.country:
            clauses.append(
                "s.speaker_actor_id IN (SELECT id FROM actors WHERE lower(country) = lower(?))"
            )
            params.append(f.country)
        if f.target:
            clauses.append(
                "(EXISTS (SELECT 1 FROM statement_targets t WHERE t.statement_id = s.id AND "
                f"({like('t.name')} OR {like('t.text')} OR {like('t.actor_id')}))"
                f" OR EXISTS (SELECT 1 FROM codes ct WHERE ct.statement_id = s.id AND "
                f"{like('ct.target')}))"
            )
            params += [like_pattern(f.target)] * 4
        if f.code:
            clauses.append(
                "EXISTS (SELECT 1 FROM codes c WHERE c.statement_id = s.id AND c.code = ?)"
            )
            params.append(f.code)
        if f.lang:
            clauses.append("s.lang = ?")
            params.append(f.lang)
        if f.outlet:
            clauses.append(like("a.outlet"))
            params.append(like_pattern(f.outlet))
        if f.since:
            clauses.append("s.day >= ?")
            params.append(normalise_day(f.since))
        if f.until:
            clauses.append("s.day <= ?")
            params.append(f.until if len(f.until) == 10 else f"{f.until}~")
        if f.nuclear is not None:
            clauses.append("s.nuclear = ?")
            params.append(f.nuclear)
        return (" AND ".join(clauses) or "1 = 1"), params

    def timeline(
        self, by: str = "month", unit: str = "reports", filters: Filters | None = None
    ) -> list[Row]:
        """Counts and intensity per period.

        ``unit="reports"``: every statement counts where it was printed; ``utterances`` is the
        number of distinct utterances among them. ``unit="utterances"``: each utterance counts
        once, in the period it was first seen; intensity is averaged per utterance first.
        """
        where, params = self._where(filters)
        base = "FROM statements s JOIN articles a ON a.id = s.article_id"
        if unit == "reports":
            period = self.db.period("s.day", by)
            sql = (
                f"SELECT {period} AS period, COUNT(*) AS statements,"
                " COUNT(DISTINCT s.utterance_id) AS utterances,"
                " AVG(s.intensity) AS mean_intensity, SUM(s.intensity) AS sum_intensity"
                f" {base} WHERE {where} GROUP BY {period} ORDER BY 1 NULLS LAST"
            )
        elif unit == "utterances":
            period = self.db.period("m.first_day", by)
            sql = (
                "WITH m AS (SELECT s.utterance_id, MIN(s.day) AS first_day, COUNT(*) AS reports,"
                f" AVG(s.intensity) AS intensity {base} WHERE {where} GROUP BY s.utterance_id)"
                f" SELECT {period} AS period, SUM(m.reports) AS statements,"
                " COUNT(*) AS utterances, AVG(m.intensity) AS mean_intensity,"
                f" SUM(m.intensity) AS sum_intensity FROM m GROUP BY {period} ORDER BY 1 NULLS LAST"
            )
        else:
            raise ValueError(f"unknown unit {unit!r}; use reports or utterances")
        rows = self.db.query(sql, params)
        for r in rows:
            for k in ("statements", "utterances"):
                r[k] = int(r[k])
            for k in ("mean_intensity", "sum_intensity"):
                r[k] = float(r[k]) if r[k] is not None else None
        return rows

    def mixed_signals(self, by: str = "month", filters: Filters | None = None,
                      examples: int = 3) -> list[Row]:
        """Speakers who both escalate and de-escalate within one period ("hot and cold"): per
        period and speaker the number of each kind of statement, and the ids of the first
        ``examples`` of each. What counts as which is `brink.coding.mixed.direction`, after the
        built-in codebook's category directions."""
        from brink.coding.codebook import builtin_codebook
        from brink.coding.mixed import DOWN, UP, direction

        where, params = self._where(filters)
        period = self.db.period("s.day", by)
        sql = (
            f"SELECT {period} AS period, coalesce(s.speaker_name, s.speaker_text) AS speaker,"
            " s.speaker_actor_id AS actor_id, s.id, s.intensity, c.code"
            " FROM statements s JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN codes c ON c.statement_id = s.id AND c.n = 0"
            f" WHERE {where} ORDER BY 1 NULLS LAST, s.day, s.id"
        )
        book = builtin_codebook()
        groups: dict[tuple[Any, Any, Any], dict[str, list[str]]] = {}
        for row in self.db.stream(sql, params):
            way = direction(row["code"], row["intensity"], book)
            if way is not None:
                key = (row["period"], row["speaker"], row["actor_id"])
                groups.setdefault(key, {UP: [], DOWN: []})[way].append(row["id"])
        return [
            {"period": key[0], "speaker": key[1], "actor_id": key[2],
             UP: len(ids[UP]), DOWN: len(ids[DOWN]),
             f"{UP}_ids": ids[UP][:examples], f"{DOWN}_ids": ids[DOWN][:examples]}
            for key, ids in groups.items() if ids[UP] and ids[DOWN]
        ]  # fmt: skip

    def speakers(self, filters: Filters | None = None, limit: int | None = 50) -> list[Row]:
        where, params = self._where(filters)
        sql = (
            "SELECT coalesce(s.speaker_name, s.speaker_text) AS speaker,"
            " s.speaker_actor_id AS actor_id, COUNT(*) AS statements,"
            " COUNT(DISTINCT s.utterance_id) AS utterances, AVG(s.intensity) AS mean_intensity,"
            " MIN(s.day) AS first_day, MAX(s.day) AS last_day"
            " FROM statements s JOIN articles a ON a.id = s.article_id"
            f" WHERE {where} GROUP BY coalesce(s.speaker_name, s.speaker_text), s.speaker_actor_id"
            " ORDER BY COUNT(*) DESC, 1"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.db.query(sql, params)
        for r in rows:
            r["statements"], r["utterances"] = int(r["statements"]), int(r["utterances"])
            if r["mean_intensity"] is not None:
                r["mean_intensity"] = float(r["mean_intensity"])
        return rows

    def search(self, text: str, limit: int = 20, articles: bool = False) -> list[Row]:
        """Full-text search over statements (content, sentence, speaker) or articles."""
        terms = cluster.words(text)
        if not terms:
            return []
        if self.dialect == "sqlite":
            match = " ".join(f'"{t}"' for t in terms)
            if articles:
                sql = (
                    "SELECT a.id, a.title, a.outlet, a.day, a.url,"
                    " snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
                    " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                    " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
                )
            else:
                sql = (
                    "SELECT s.id, coalesce(s.speaker_name, s.speaker_text) AS speaker, s.day,"
                    " a.outlet, s.content FROM statements_fts"
                    " JOIN statements s ON s.rowid = statements_fts.rowid"
                    " JOIN articles a ON a.id = s.article_id"
                    " WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?"
                )
            return self.db.query(sql, (match, limit))
        query = " & ".join(terms)
        if articles:
            sql = (
                "SELECT a.id, a.title, a.outlet, a.day, a.url, NULL AS snippet FROM articles a"
                " WHERE a.fts @@ to_tsquery('simple', ?)"
                " ORDER BY ts_rank(a.fts, to_tsquery('simple', ?)) DESC, a.id LIMIT ?"
            )
        else:
            sql = (
                "SELECT s.id, coalesce(s.speaker_name, s.speaker_text) AS speaker, s.day,"
                " a.outlet, s.content FROM statements s JOIN articles a ON a.id = s.article_id"
                " WHERE s.fts @@ to_tsquery('simple', ?)"
                " ORDER BY ts_rank(s.fts, to_tsquery('simple', ?)) DESC, s.id LIMIT ?"
            )
        return self.db.query(sql, (query, query, limit))

    def statement(self, statement_id: str) -> Row | None:
        """A statement with its sentence, article and utterance (None when unknown)."""
        rows = self.db.query(
            "SELECT s.*, a.title, a.outlet, a.url, a.date AS article_date, a.doc_id AS article_doc,"
            " a.cluster_id FROM statements s JOIN articles a ON a.id = s.article_id"
            " WHERE s.id = ?",
            (statement_id,),
        )
        if not rows:
            return None
        row = rows[0]
        row.pop("fts", None)
        row["record"] = json.loads(row["record"])
        row["codes"] = self.db.query(
            "SELECT code, score, target FROM codes WHERE statement_id = ? ORDER BY n",
            (statement_id,),
        )
        row["reports"] = self.db.query(
            "SELECT s.id, a.outlet, s.day, a.url FROM statements s"
            " JOIN articles a ON a.id = s.article_id WHERE s.utterance_id = ? ORDER BY s.day, s.id",
            (row["utterance_id"],),
        )
        return row

    def article_text(self, article_id: str) -> str | None:
        rows = self.db.query("SELECT text FROM articles WHERE id = ?", (article_id,))
        return rows[0]["text"] if rows else None

    def stream_statement_records(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
        """Statement records in the core's contract (plus ``article_id``, ``utterance_id``)."""
        where, params = self._where(filters)
        sql = (
            "SELECT s.record, s.article_id, s.utterance_id FROM statements s"
            f" JOIN articles a ON a.id = s.article_id WHERE {where} ORDER BY s.day, s.id"
        )
        for row in self.db.stream(sql, params):
            record = json.loads(row["record"])
            record["article_id"] = row["article_id"]
            record["utterance_id"] = row["utterance_id"]
            yield record

    def stream_table(self, table: str) -> Iterator[Row]:
        """Rows of articles, events or utterances (with their reports and outlets)."""
        if table == "articles":
            sql = (
                "SELECT id, doc_id, url, lang, date, day, outlet, title, source, cluster_id,"
                " n_statements, n_events, text FROM articles ORDER BY day, id"
            )
        elif table == "events":
            sql = (
                "SELECT e.id, e.article_id, e.day, a.outlet, e.actor_text, e.actor_id,"
                " e.actor_name, e.action, e.mode, e.target_text, e.target_id, e.target_name,"
                " e.evidence, e.span_start, e.span_end, e.modality, e.intensity, e.plover,"
                " e.cameo, e.target_implied"
                " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.day, e.id"
            )
        elif table == "utterances":
            outlets = (
                "group_concat(DISTINCT a.outlet)"
                if self.dialect == "sqlite"
                else "string_agg(DISTINCT a.outlet, ',')"
            )
            sql = (
                "SELECT u.id, u.speaker_name, u.actor_id, u.lang, u.content, u.first_seen,"
                " u.first_article_id, COUNT(s.id) AS reports,"
                " COUNT(DISTINCT a.outlet) AS n_outlets, COUNT(DISTINCT s.lang) AS n_languages,"
                f" {outlets} AS outlets FROM utterances u"
                " JOIN statements s ON s.utterance_id = u.id"
                " JOIN articles a ON a.id = s.article_id"
                " GROUP BY u.id, u.speaker_name, u.actor_id, u.lang, u.content, u.first_seen,"
                " u.first_article_id ORDER BY u.first_seen, u.id"
            )
        else:
            raise ValueError(f"unknown table {table!r}; use articles, events or utterances")
        for row in self.db.stream(sql):
            if table == "events":
                row["target_implied"] = bool(row["target_implied"])  # SQLite keeps 0/1
            if table == "utterances":
                row["outlets"] = sorted((row["outlets"] or "").split(",")) if row["outlets"] else []
                for k in ("reports", "n_outlets", "n_languages"):
                    row[k] = int(row[k])
            yield row


def _shift(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _country_of(actor_id: str | None) -> str | None:
    """The actor's country, when the actor knowledge base can tell (None until it can)."""
    if not actor_id:
        return None
    from brink import actors

    lookup = getattr(actors, "country_of", None)
    if lookup is None:
        return None
    try:
        value = lookup(actor_id)
    except Exception:
        return None
    return str(value) if value else None
