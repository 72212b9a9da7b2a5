"""Opening the data directory: schema checks, a backup before any migration, the Database."""

from __future__ import annotations

import datetime as dt
import logging

from crmdesk.db import schema
from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.services.backup import BACKUP_SUFFIX, create_backup

# Database is the handle the UI passes along: a services name, so no screen imports crmdesk.db
__all__ = ["Database", "open_database"]

log = logging.getLogger(__name__)


def open_database(data_dir: DataDir) -> Database:
    """Check, back up if a migration is due, migrate and open the database in ``data_dir``.

    Raises schema.DatabaseTooNewError or schema.DatabaseDamagedError (UserErrors) and then leaves
    the file untouched.
    """
    data_dir.ensure()

    def backup_first(path: object) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        create_backup(data_dir.database, data_dir.backups / f"pre-migration-{stamp}{BACKUP_SUFFIX}")

    schema.prepare(data_dir.database, backup_before_upgrade=backup_first)
    return Database(data_dir.database)
