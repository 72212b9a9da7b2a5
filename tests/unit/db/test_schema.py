"""Opening a database: new ones are created, newer or damaged ones refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from crmdesk.db import schema
from crmdesk.paths import DataDir
from crmdesk.services.storage import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_data_dir_gets_a_database_at_the_head_revision(data_dir: DataDir) -> None:
    open_database(data_dir).dispose()
    assert schema.read_revision(data_dir.database) == schema.HEAD_REVISION


def test_opening_twice_does_not_migrate_again(data_dir: DataDir) -> None:
    open_database(data_dir).dispose()
    before = list(data_dir.backups.iterdir())
    open_database(data_dir).dispose()
    assert list(data_dir.backups.iterdir()) == before


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir: DataDir) -> None:
    open_database(data_dir).dispose()
    con = sqlite3.connect(data_dir.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(data_dir.database)
    with pytest.raises(schema.DatabaseTooNewError, match="newer version"):
        open_database(data_dir)
    assert _digest(data_dir.database) == before


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["not-sqlite", "damaged-sqlite"],
)
def test_a_damaged_file_is_refused_untouched(data_dir: DataDir, content: bytes) -> None:
    data_dir.database.write_bytes(content)
    with pytest.raises(schema.DatabaseDamagedError) as info:
        open_database(data_dir)
    assert str(data_dir.database) in str(info.value)
    assert data_dir.database.read_bytes() == content


def test_an_unrelated_sqlite_file_is_refused_untouched(data_dir: DataDir) -> None:
    con = sqlite3.connect(data_dir.database)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    before = _digest(data_dir.database)
    with pytest.raises(schema.DatabaseDamagedError, match="not a CRMDesk database"):
        open_database(data_dir)
    assert _digest(data_dir.database) == before


def test_an_old_database_is_backed_up_before_it_is_upgraded(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the file is at an older revision that this version knows how to upgrade.
    open_database(data_dir).dispose()
    con = sqlite3.connect(data_dir.database)
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.commit()
    con.close()
    monkeypatch.setattr(schema, "KNOWN_REVISIONS", ("0000", "0001"))
    upgraded: list[Path] = []
    monkeypatch.setattr(schema, "upgrade", lambda path: upgraded.append(path))
    open_database(data_dir).dispose()
    assert upgraded == [data_dir.database]
    assert next(p.name for p in data_dir.backups.iterdir()).startswith("pre-migration-")
