"""Engine and session factory: SQLite in WAL mode, foreign keys on, a busy timeout."""

from __future__ import annotations

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


def make_engine(database: Path) -> Engine:
    """An engine for the SQLite file ``database`` with CRMDesk's connection settings."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """One open database: the engine plus a session factory. Services take one of these."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # the signed-in user's name on a shared database (stamped on what they change)
        self.user_name = ""
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        """The engine, created (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            from sqlalchemy.orm import sessionmaker

            self._engine = make_engine(self.path)
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
        if not self.path.exists():
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
