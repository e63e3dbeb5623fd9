"""The store: articles and their analyses in SQLite (default) or PostgreSQL.

`open_store` picks the backend from ``--db``, then ``BRINK_DB``, then a file in the user's data
directory, and brings the schema up to date.
"""

from __future__ import annotations

import os
from pathlib import Path

from brink.store.backends import Backend, PostgresBackend, SQLiteBackend
from brink.store.core import AddResult, Filters, Store, article_key, normalise_day

ENV_VAR = "BRINK_DB"

__all__ = [
    "ENV_VAR",
    "AddResult",
    "Backend",
    "Filters",
    "Store",
    "article_key",
    "default_db",
    "normalise_day",
    "open_store",
    "resolve_db",
]


def default_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("brink", appauthor=False)) / "brink.db"


def resolve_db(db: str | os.PathLike[str] | None = None) -> str:
    """The database to use: `db`, else ``$BRINK_DB``, else the default file."""
    if db:
        return str(db)
    return os.environ.get(ENV_VAR) or str(default_db())


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default create or upgrade) the store at a path or ``postgresql://`` URL."""
    location = resolve_db(db)
    if is_postgres(location):
        backend: Backend = PostgresBackend(location)
    else:
        if location.startswith("sqlite:///"):
            location = location[len("sqlite:///") :]
        backend = SQLiteBackend(Path(location).expanduser() if location != ":memory:" else location)
    store = Store(backend)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
