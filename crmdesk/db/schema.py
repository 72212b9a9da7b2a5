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
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0005")
HEAD_REVISION = KNOWN_REVISIONS[-1]

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseTooNewError(UserError):
    """The file was written by a newer CRMDesk."""


class DatabaseDamagedError(UserError):
    """The file is not a SQLite database, or SQLite reports it damaged."""


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
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def upgrade(path: Path) -> None:
    """Run the Alembic migrations on ``path`` up to the head revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    config.attributes["configure_logger"] = False
    log.info("upgrading %s to schema %s", path, HEAD_REVISION)
    command.upgrade(config, "head")


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
