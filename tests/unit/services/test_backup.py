"""Backups are one verified file; restore checks everything before it swaps, and keeps a copy."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from crmdesk.db import schema
from crmdesk.db.engine import Database
from crmdesk.domain.retention import backups_to_keep
from crmdesk.paths import DataDir
from crmdesk.services import backup
from crmdesk.services.customers.store import CustomerInput, add_customer, list_customers
from crmdesk.services.storage import open_database

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file


def _names(db: Database) -> list[str]:
    return [c.name for c in list_customers(db)]


def test_backup_and_restore_round_trip(data_dir: DataDir, db: Database, tmp_path: Path) -> None:
    add_customer(db, CustomerInput(name="张伟", company="A & B <Ltd>"))
    info = backup.create_backup(data_dir.database, tmp_path / "one.crmbackup")
    add_customer(db, CustomerInput(name="Later Customer"))
    db.dispose()

    safety = backup.restore_backup(info.path, data_dir.database, data_dir.backups)

    reopened = open_database(data_dir)
    assert _names(reopened) == ["张伟"]
    reopened.dispose()
    assert safety is not None and safety.exists()
    # the safety copy holds what was there before the restore
    backup.restore_backup(safety, data_dir.database, data_dir.backups)
    again = open_database(data_dir)
    assert sorted(_names(again)) == ["Later Customer", "张伟"]
    again.dispose()


def test_backup_manifest_names_version_schema_and_checksum(
    data_dir: DataDir, db: Database, tmp_path: Path
) -> None:
    info = backup.create_backup(data_dir.database, tmp_path / "b.crmbackup")
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "crmdesk-backup"
    assert manifest["schema_revision"] == schema.HEAD_REVISION
    assert manifest["sha256"] == info.sha256 and len(info.sha256) == 64


def _corrupt_checksum(good: Path, bad: Path) -> None:
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["sha256"] = "0" * 64
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("crmdesk.db", src.read("crmdesk.db"))


@pytest.mark.parametrize("kind", ["garbage", "truncated", "checksum", "missing"])
def test_a_bad_backup_changes_nothing(
    data_dir: DataDir, db: Database, tmp_path: Path, kind: str
) -> None:
    add_customer(db, CustomerInput(name="Keep Me"))
    good = backup.create_backup(data_dir.database, tmp_path / "good.crmbackup").path
    bad = tmp_path / "bad.crmbackup"
    if kind == "garbage":
        bad.write_bytes(b"\x00\x01not a zip" * 50)
    elif kind == "truncated":
        bad.write_bytes(good.read_bytes()[:200])
    elif kind == "checksum":
        _corrupt_checksum(good, bad)
    db.dispose()
    before = data_dir.database.read_bytes()

    with pytest.raises(backup.BackupError) as info:
        backup.restore_backup(bad, data_dir.database, data_dir.backups)

    assert str(bad) in str(info.value)
    assert data_dir.database.read_bytes() == before
    assert list(data_dir.backups.glob("before-restore-*")) == []


def test_daily_backup_is_taken_once_a_day(data_dir: DataDir, db: Database) -> None:
    today = dt.date(2027, 3, 10)
    first = backup.daily_backup(data_dir.database, data_dir.backups, today)
    second = backup.daily_backup(data_dir.database, data_dir.backups, today)
    assert first is not None and first.name == "daily-2027-03-10.crmbackup"
    assert second is None


def test_rotation_deletes_what_the_policy_does_not_keep(data_dir: DataDir, db: Database) -> None:
    start = dt.date(2027, 1, 1)
    for offset in range(60):
        (data_dir.backups / f"daily-{start + dt.timedelta(days=offset)}.crmbackup").write_bytes(
            b"x"
        )
    removed = backup.rotate(data_dir.backups, keep_daily=7, keep_weekly=4)
    kept = sorted(p.name[6:16] for p in data_dir.backups.glob("daily-*"))
    assert len(kept) == 11 and len(removed) == 49
    assert kept[-7:] == [str(start + dt.timedelta(days=d)) for d in range(53, 60)]


def test_retention_keeps_newest_days_and_one_per_older_week() -> None:
    days = [dt.date(2027, 3, 1) + dt.timedelta(days=i) for i in range(31)]  # Mon 1 .. Wed 31
    keep = backups_to_keep(days, keep_daily=7, keep_weekly=4)
    newest_seven = set(days[-7:])  # 25..31 March
    assert newest_seven <= keep
    weekly = sorted(keep - newest_seven)
    # newest of each earlier ISO week: Sun 21, Sun 14, Sun 7 March; 22-24 share week 12 with 25
    assert weekly == [dt.date(2027, 3, 7), dt.date(2027, 3, 14), dt.date(2027, 3, 21)]
    assert backups_to_keep([], 7, 4) == set()
