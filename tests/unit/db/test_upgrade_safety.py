"""Upgrades cannot half-happen, and a database an older version left half-migrated is repaired."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.db import schema
from crmdesk.paths import DataDir
from crmdesk.services.storage import StorageError, open_database
from tests.helpers.olddb import cli, columns, count, integrity, make_0001_database


def _sort_names(path: Path) -> dict[int, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT id, sort_name FROM customers"))
    finally:
        con.close()


def test_a_half_migrated_database_is_repaired(data_dir: DataDir) -> None:
    """What kill -9 during 0001->0002 left with the old code: sort_name added, version 0001."""
    make_0001_database(data_dir.database, 20)
    con = sqlite3.connect(data_dir.database)
    con.execute("ALTER TABLE customers ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    con.commit()
    con.close()
    assert schema.read_revision(data_dir.database) == "0001"

    db = open_database(data_dir)
    db.dispose()
    open_database(data_dir).dispose()  # and again: nothing left to do

    assert schema.read_revision(data_dir.database) == schema.HEAD_REVISION
    keys = _sort_names(data_dir.database)
    assert len(keys) == 20 and keys[8] == "zhang wei 8\x1f张伟 8"  # filled, not left ''
    assert integrity(data_dir.database) == "ok"
    assert len(list(data_dir.backups.glob("pre-migration-*"))) == 1


def test_a_failing_migration_leaves_the_old_schema(tmp_path: Path) -> None:
    """An error half-way through 0002 (after its ADD COLUMN) rolls the whole upgrade back."""
    path = tmp_path / "old.db"
    make_0001_database(path, 5)
    con = sqlite3.connect(path)
    # the index 0002 creates already exists under that name as a table: CREATE INDEX fails
    con.execute("CREATE TABLE ix_customers_sort_name (x)")
    con.commit()
    con.close()

    with pytest.raises(Exception, match="ix_customers_sort_name"):
        schema.upgrade(path)

    assert schema.read_revision(path) == "0001"
    assert "sort_name" not in columns(path, "customers")
    assert count(path, "customers") == 5 and integrity(path) == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_kill_9_during_the_upgrade_of_100k_customers_leaves_old_or_new(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "crmdesk.db"
    make_0001_database(database, 100_000)
    command = [sys.executable, "-m", "crmdesk.cli", "--data-dir", str(data)]
    process = subprocess.Popen(
        [*command, "customers", "list", "--search", "nobody-is-called-this"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # the pre-migration backup is written just before the migration starts
    deadline = time.monotonic() + 60
    while not list((data / "backups").glob("pre-migration-*.crmbackup")):
        assert process.poll() is None, "the upgrade ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(0.3)  # well inside the migration (it takes seconds on 100,000 customers)
    still_running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert still_running, "the upgrade finished before the kill: make the database bigger"

    # killed: the old schema, whole
    assert schema.read_revision(database) == "0001"
    assert "sort_name" not in columns(database, "customers")
    assert integrity(database) == "ok" and count(database, "customers") == 100_000

    again = cli("--data-dir", str(data), "customers", "list")
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    # in name order, which needs the sort keys the upgrade filled in
    assert len(lines) == 100_000 and lines[0].split("\t")[1] == "amelia brown 10003"
    assert schema.read_revision(database) == schema.HEAD_REVISION
    assert integrity(database) == "ok" and count(database, "customers") == 100_000
    assert len(_sort_names(database)) == 100_000


def test_a_failing_upgrade_retried_keeps_one_pre_migration_backup(data_dir: DataDir) -> None:
    """Each start used to add another pre-migration backup of the same unchanged file."""
    make_0001_database(data_dir.database, 5)
    con = sqlite3.connect(data_dir.database)
    con.execute("CREATE TABLE ix_customers_sort_name (x)")  # makes 0002 fail half-way
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="failed and was undone"):
        open_database(data_dir)
    [first] = data_dir.backups.glob("pre-migration-*")
    made_at = first.stat().st_mtime
    time.sleep(0.05)
    for _ in range(2):  # the next starts fail the same way on the same, unchanged file
        with pytest.raises(StorageError, match="failed and was undone"):
            open_database(data_dir)
    assert list(data_dir.backups.glob("pre-migration-*")) == [first]
    assert first.stat().st_mtime == made_at  # not written again either
    assert schema.read_revision(data_dir.database) == "0001"
    # once the file changes, the next attempt backs it up again
    time.sleep(0.05)
    con = sqlite3.connect(data_dir.database)
    con.execute("DROP TABLE ix_customers_sort_name")
    con.commit()
    con.close()
    open_database(data_dir).dispose()
    latest = max(p.stat().st_mtime for p in data_dir.backups.glob("pre-migration-*"))
    assert latest > made_at  # (a second one, or the same name re-written within the second)
    assert schema.read_revision(data_dir.database) == schema.HEAD_REVISION
