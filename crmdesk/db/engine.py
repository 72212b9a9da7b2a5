"""Engine and session factory: SQLite in WAL mode, foreign keys on, a busy timeout.

Paths become database addresses only here: ``sqlite_uri`` percent-escapes them for SQLite's
URI syntax and the engine is built from ``URL.create`` (never an f-string), so a folder named
``a?b%c#d`` is that folder. Engines hide statement parameters from errors and logs: a failed
INSERT must not print a customer's name, phone and address.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy's ORM costs ~0.4 s to import: load it when first used
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def sqlite_uri(database: Path, **params: str) -> str:
    """``database`` as an SQLite ``file:`` URI, every special character percent-escaped."""
    from urllib.parse import urlencode

    uri = database.absolute().as_uri()  # quotes ? % # and spaces; file:///C:/... on Windows
    return f"{uri}?{urlencode(params)}" if params else uri


def read_only_uri(database: Path) -> str:
    """The URI that reads ``database`` without writing anything, even in a read-only folder.

    In a folder nobody may write to, ``immutable`` as well: SQLite could not create the WAL
    index a shared read needs (and nobody can change the file there anyway).
    """
    if os.access(database.parent, os.W_OK):
        return sqlite_uri(database, mode="ro")
    return sqlite_uri(database, mode="ro", immutable="1")


def database_url(database: Path) -> Any:
    """The SQLAlchemy URL of the SQLite file ``database`` (built, never parsed from text)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite+pysqlite", database=str(database.absolute()))


def folder_is_writable(database: Path) -> bool:
    """Whether SQLite can write next to ``database`` (its journal lives in the same folder)."""
    folder = database.parent
    if not os.access(folder, os.W_OK):
        return False
    return not database.exists() or os.access(database, os.W_OK)


def make_engine(database: Path, read_only: bool = False) -> Engine:
    """An engine for the SQLite file ``database`` with CRMDesk's connection settings.

    ``read_only`` opens it through ``read_only_uri``.
    """
    from sqlalchemy import create_engine, event

    if read_only:
        uri = read_only_uri(database)
        from sqlalchemy.pool import QueuePool

        # the URL names no file, so SQLAlchemy would pick its in-memory pool, which closes
        # other threads' connections when a third thread reads (a crash, SIGSEGV, while the
        # window's background reads ran): the file's own pool, as for the writable engine
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(database_url(database), hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """One open database: the engine plus a session factory. Services take one of these."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        # the signed-in user's name on a shared database (stamped on what they change)
        self.user_name = ""
        self.read_only = read_only
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        """The engine, created (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            from sqlalchemy.orm import sessionmaker

            self._engine = make_engine(self.path, self.read_only)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False, future=True)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        self.engine  # noqa: B018 - creates the session factory
        assert self._sessions is not None
        from crmdesk.db import tracking

        tracking.install()
        with self._sessions() as session, session.begin():
            session.info["user"] = self.user_name
            yield session

    def optimize(self) -> None:
        """Let SQLite refresh its statistics (run at shutdown) so it picks the right indexes."""
        if self.read_only or not self.path.exists():
            return
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            # approximate statistics are enough and keep this quick on 100k-row tables
            con.execute("PRAGMA analysis_limit=1000")
            has_stats = con.execute(
                "SELECT 1 FROM sqlite_master WHERE name='sqlite_stat1'"
            ).fetchone()
            # PRAGMA optimize only refreshes statistics it already has (before SQLite 3.46)
            con.execute("PRAGMA optimize" if has_stats else "ANALYZE")
        except sqlite3.Error:
            pass  # statistics are an optimisation; a busy or read-only file can skip them
        finally:
            con.close()

    def dispose(self) -> None:
        """Close every pooled connection (before a restore swaps the file)."""
        if self._engine is not None:
            self._engine.dispose()
