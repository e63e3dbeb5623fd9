"""The two connections a store can sit on: SQLite (embedded default) and PostgreSQL.

Both speak the same small interface; SQL is written once with ``?`` placeholders and the
PostgreSQL backend rewrites them. What the dialects spell differently (full-text search, date
arithmetic) is asked of the backend by name, never scattered through the queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

Row = dict[str, Any]
Params = Sequence[Any]


class Backend(Protocol):
    dialect: str
    location: str

    def execute(self, sql: str, params: Params = ()) -> int: ...

    def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...

    def query(self, sql: str, params: Params = ()) -> list[Row]: ...

    def stream(self, sql: str, params: Params = (), size: int = 1000) -> Iterator[Row]: ...

    def transaction(self) -> Any: ...

    def period(self, column: str, by: str) -> str: ...

    def ilike(self, column: str) -> str: ...

    def close(self) -> None: ...


PERIODS = ("day", "week", "month", "year")


class SQLiteBackend:
    """One SQLite file in WAL mode; each transaction is ``BEGIN IMMEDIATE`` … ``COMMIT``."""

    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        if self.location != ":memory:":
            Path(self.location).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.location, isolation_level=None, timeout=60)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a killed process in WAL mode (only a power cut can lose the
        # last commits), and keeps per-article commits cheap.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> int:
        return self.conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def stream(self, sql: str, params: Params = (), size: int = 1000) -> Iterator[Row]:
        cur = self.conn.execute(sql, tuple(params))
        try:
            while batch := cur.fetchmany(size):
                for r in batch:
                    yield dict(r)
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def period(self, column: str, by: str) -> str:
        if by == "day":
            return column
        if by == "week":  # the Monday that starts the ISO week
            return f"date({column}, '-6 days', 'weekday 1')"
        if by == "month":
            return f"substr({column}, 1, 7)"
        if by == "year":
            return f"substr({column}, 1, 4)"
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")

    def ilike(self, column: str) -> str:
        return f"lower({column}) LIKE lower(?) ESCAPE '\\'"

    def close(self) -> None:
        self.conn.close()


def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresBackend:
    """A psycopg 3 connection in autocommit mode; transactions are explicit."""

    dialect = "postgres"

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.location = url
        self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        self._stream_no = 0

    def execute(self, sql: str, params: Params = ()) -> int:
        cur = self.conn.execute(_pg_sql(sql), tuple(params))
        return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        return list(self.conn.execute(_pg_sql(sql), tuple(params)).fetchall())

    def stream(self, sql: str, params: Params = (), size: int = 1000) -> Iterator[Row]:
        # A named (server-side) cursor: rows arrive `size` at a time, never all at once.
        self._stream_no += 1
        with (
            self.conn.transaction(),
            self.conn.cursor(name=f"brink_stream_{self._stream_no}") as cur,
        ):
            cur.itersize = size
            cur.execute(_pg_sql(sql), tuple(params))
            yield from cur

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def period(self, column: str, by: str) -> str:
        if by == "day":
            return column
        if by == "week":
            return f"to_char(date_trunc('week', {column}::date), 'YYYY-MM-DD')"
        if by == "month":
            return f"substr({column}, 1, 7)"
        if by == "year":
            return f"substr({column}, 1, 4)"
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")

    def ilike(self, column: str) -> str:
        return f"{column} ILIKE ? ESCAPE '\\'"

    def close(self) -> None:
        self.conn.close()


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
