"""Moving data between a single-user database and a shared one, both ways.

``migrate --to URL`` copies a single-user SQLite database into an empty shared database;
``backup`` on a shared database writes the usual .crmbackup (a SQLite file inside), which
restores into any single-user data folder. Both copy every table of the schema in
foreign-key order through SQLAlchemy Core, so each column's type (UTC times, money in minor
units) is converted exactly as the services would write it. Ids are kept, so links between
customers, follow-ups and tickets survive; the server's id sequences are moved past them.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from crmdesk.db.engine import Database
from crmdesk.db.models import Base
from crmdesk.db.server import SharedDatabase
from crmdesk.domain.errors import UserError

log = logging.getLogger(__name__)

CHUNK = 5000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Copied:
    """Rows copied per table."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Any]:
    return list(Base.metadata.sorted_tables)


def _count(connection: Any, table: Any) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def copy_tables(source: Any, target: Any, progress: Progress | None = None) -> Copied:
    """Copy every schema table from connection ``source`` into connection ``target``."""
    tables = _tables()
    total = sum(_count(source, table) for table in tables)
    done = 0
    copied: dict[str, int] = {}
    for table in tables:
        rows = 0
        result = source.execution_options(yield_per=CHUNK).execute(select(table))
        for chunk in result.mappings().partitions(CHUNK):
            target.execute(insert(table), [dict(row) for row in chunk])
            rows += len(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        copied[table.name] = rows
    return Copied(copied)


def _move_sequences_on(connection: Any) -> None:
    """After rows were written with their ids, new rows must get ids above them."""
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f" COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def migrate_to_server(
    source: Database, target: SharedDatabase, progress: Progress | None = None
) -> Copied:
    """Copy a single-user database into an empty shared one (in one server transaction)."""
    with target.engine.connect() as probe:
        used = [t.name for t in _tables() if t.name != "users" and _count(probe, t)]
    if used:
        raise UserError(
            f"the shared database {target.describe()} already holds data ({', '.join(used)}): "
            "migrate into an empty database"
        )
    with source.engine.connect() as reading, target.engine.begin() as writing:
        copied = copy_tables(reading, writing, progress)
        _move_sequences_on(writing)
    log.info("migrated %d rows to %s", copied.total, target.describe())
    return copied


def backup_server(db: SharedDatabase, output: Path, progress: Progress | None = None) -> Copied:
    """Write the shared database as a .crmbackup holding a single-user SQLite file."""
    from crmdesk.db import schema
    from crmdesk.services.backup import create_backup

    with tempfile.TemporaryDirectory(prefix="crmdesk-server-backup-") as folder:
        path = Path(folder) / "crmdesk.db"
        schema.upgrade(path)
        copy = Database(path)
        try:
            with db.engine.connect() as reading, copy.engine.begin() as writing:
                copied = copy_tables(reading, writing, progress)
        finally:
            copy.dispose()
        create_backup(path, output)
    log.info("backed up %d rows of %s to %s", copied.total, db.describe(), output)
    return copied
