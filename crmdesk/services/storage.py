"""Opening the data directory: schema checks, a backup before any migration, the Database.

Also the plain words for what the operating system or SQLite says when the folder is busy,
full or read-only: the command line and the GUI show those, never the failed SQL statement.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import sqlite3

from crmdesk.db import schema
from crmdesk.db.engine import Database, folder_is_writable
from crmdesk.domain.errors import UserError
from crmdesk.paths import DataDir
from crmdesk.services.backup import BACKUP_SUFFIX, create_backup

# Database is the handle the UI passes along: a services name, so no screen imports crmdesk.db
__all__ = [
    "Database",
    "StorageError",
    "explain_storage_error",
    "open_database",
    "storage_problem",
]

log = logging.getLogger(__name__)


class StorageError(UserError):
    """The database is busy, the disk full, or the folder read-only: say what to do."""


def open_database(data_dir: DataDir, read_only: bool | None = None) -> Database:
    """Check, back up if a migration is due, migrate and open the database in ``data_dir``.

    Raises schema.DatabaseTooNewError or schema.DatabaseDamagedError (UserErrors) and then leaves
    the file untouched. ``read_only`` (by default: when the folder cannot be written) opens the
    file for reading only, which a read-only folder or medium still allows.
    """
    if read_only is None:
        read_only = data_dir.database.exists() and not folder_is_writable(data_dir.database)
    if read_only:
        revision = schema.read_revision(data_dir.database)
        schema.check_not_newer(data_dir.database, revision)
        if schema.needs_upgrade(revision):
            raise StorageError(
                f"{data_dir.database} needs an upgrade but its folder is read-only; "
                "copy the data folder somewhere you may write to and open it there."
            )
        return Database(data_dir.database, read_only=True)
    data_dir.ensure()

    def backup_first(path: object) -> None:
        if _recent_pre_migration_backup(data_dir):
            return  # an upgrade that failed left the file as it was: that backup still holds it
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        create_backup(data_dir.database, data_dir.backups / f"pre-migration-{stamp}{BACKUP_SUFFIX}")

    try:
        schema.prepare(data_dir.database, backup_before_upgrade=backup_first)
    except UserError:
        raise
    except Exception as exc:
        if storage_problem(exc) is not None:
            raise  # busy, full, read-only: said in plain words by the caller
        log.exception("upgrade of %s failed", data_dir.database)
        raise StorageError(
            f"{data_dir.database}: upgrading the database for this version failed and was "
            f"undone, so it is as it was (a copy is in {data_dir.backups}). Please report this "
            "with the log file."
        ) from exc
    return Database(data_dir.database)


def _recent_pre_migration_backup(data_dir: DataDir) -> bool:
    """A pre-migration backup newer than every change to the database (so it holds it all)."""
    changed = max(
        (p.stat().st_mtime for p in (data_dir.database, data_dir.root / "crmdesk.db-wal")
         if p.exists()),
        default=0.0,
    )  # fmt: skip
    return any(
        backup.stat().st_mtime > changed
        for backup in data_dir.backups.glob(f"pre-migration-*{BACKUP_SUFFIX}")
    )


_BUSY = ("database is locked", "database table is locked", "database schema is locked")
_FULL = ("database or disk is full", "disk i/o error")
_READ_ONLY = ("readonly database", "read-only", "unable to open database file")


def storage_problem(exc: BaseException) -> str | None:
    """ "busy", "full" or "read_only" for what SQLite, SQLAlchemy or the OS reported; else None.

    Works on sqlite3 errors, SQLAlchemy's wrappers of them (their ``orig``) and OSErrors.
    """
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return "full"
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read_only"
        return None
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    if any(word in text for word in _BUSY):
        return "busy"
    if any(word in text for word in _FULL):
        return "full"
    if any(word in text for word in _READ_ONLY):
        return "read_only"
    return None


_EXPLAINED = {
    "busy": "another program is using the database; close it (or wait until it finishes) "
    "and try again.",
    "full": "the disk is full (or failing); free some space and try again.",
    "read_only": "the database cannot be written here (read-only folder or disk); reading "
    "still works, changes need a folder you may write to.",
}


def explain_storage_error(exc: BaseException, where: object = "") -> str | None:
    """A one-line explanation of a busy/full/read-only failure, or None for anything else.

    The text never includes the statement or its parameters.
    """
    problem = storage_problem(exc)
    if problem is None:
        return None
    return f"{where}: {_EXPLAINED[problem]}" if where else _EXPLAINED[problem]
