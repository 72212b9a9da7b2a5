"""Opening a database file safely: recognise it, refuse newer or damaged ones, upgrade old ones.

The check reads the file with the standard sqlite3 module so that start-up does not pay for
Alembic unless a migration is really due.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from crmdesk.domain.errors import UserError

log = logging.getLogger(__name__)

# The revisions this version knows, oldest first; the last is the head.
# tests/unit/db/test_migrations.py checks this against the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0011", "0012")
HEAD_REVISION = KNOWN_REVISIONS[-1]

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseTooNewError(UserError):
    """The file was written by a newer CRMDesk."""


class DatabaseDamagedError(UserError):
    """The file is not a SQLite database, or SQLite reports it damaged."""


class DatabaseBusyError(UserError):
    """Another program holds the database locked for longer than the busy timeout."""


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in ``path``, or None for a new/empty database.

    Raises DatabaseDamagedError for a file that is not a healthy SQLite database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseDamagedError(
            f"{path} is not a CRMDesk database (it is not an SQLite file). It was left untouched."
        )
    try:
        from crmdesk.db.engine import BUSY_TIMEOUT_MS, read_only_uri

        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            check = con.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise DatabaseDamagedError(
                    f"{path} is damaged ({check[0] if check else 'no answer'}). "
                    "It was left untouched; restore a backup."
                )
            has_table = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                tables = con.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table'"
                ).fetchone()[0]
                if tables:
                    raise DatabaseDamagedError(
                        f"{path} is an SQLite file but not a CRMDesk database. "
                        "It was left untouched."
                    )
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(
                f"{path}: another program is using the database; "
                "close it (or wait until it finishes) and try again."
            ) from exc
        raise DatabaseDamagedError(
            f"{path} cannot be read as a database ({exc}). It was left untouched; restore a backup."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(
            f"{path} cannot be read as a database ({exc}). It was left untouched; restore a backup."
        ) from exc


def check_not_newer(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            f"{path} was written by a newer version of CRMDesk (schema {revision}). "
            "Install the newer version to open it; the file was left untouched."
        )


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD_REVISION


def upgrade(path: Path, target: str = "head") -> None:
    """Run the Alembic migrations on ``path`` up to ``target``, all in ONE transaction.

    pysqlite's own transaction handling commits around DDL, so a crash in the middle of a
    migration used to leave a new column beside the old version number. Here the driver's
    handling is switched off and the connection emits BEGIN itself (SQLAlchemy's recipe for
    transactional DDL on pysqlite): a crash or an error at any point leaves the old schema.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from crmdesk.db.engine import BUSY_TIMEOUT_MS, database_url

    engine = create_engine(database_url(path), poolclass=NullPool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # the driver begins and commits nothing itself
        # batch migrations copy tables: foreign keys off (a no-op once a transaction is open)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["configure_logger"] = False
    log.info("upgrading %s to schema %s", path, target)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()


def prepare(path: Path, backup_before_upgrade: Callable[[Path], object] | None = None) -> None:
    """Make ``path`` ready to use: refuse damaged/newer files, back up, then migrate.

    ``backup_before_upgrade`` is called with the path when an existing database is about to be
    upgraded (not for a brand-new one).
    """
    revision = read_revision(path)
    check_not_newer(path, revision)
    if not needs_upgrade(revision):
        return
    if revision is not None and backup_before_upgrade is not None:
        backup_before_upgrade(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    upgrade(path)
