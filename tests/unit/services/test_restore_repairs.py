"""Restore works on the day it is needed: damaged databases, tmpfs temp folders, a refused swap."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.services import backup
from crmdesk.services.customers.store import CustomerInput, add_customer
from tests.helpers.olddb import cli, count, integrity

pytestmark = pytest.mark.sqlite_only  # restoring the SQLite file


def _with_customers(data_dir: DataDir, db: Database, *names: str) -> Path:
    for name in names:
        add_customer(db, CustomerInput(name=name))
    good = backup.create_backup(data_dir.database, data_dir.root.parent / "good.crmbackup").path
    db.dispose()
    return good


def _damage(database: Path, kind: str) -> bytes:
    if kind == "text":
        database.write_text("these are my notes, not a database\n" * 40)
    elif kind == "header":
        data = bytearray(database.read_bytes())
        data[:16] = b"Not SQLite fmt!\x00"
        database.write_bytes(bytes(data))
    else:  # one corrupt page: the second page (a table's b-tree) overwritten
        with sqlite3.connect(database) as con:
            page = con.execute("PRAGMA page_size").fetchone()[0]
        con.close()
        with database.open("r+b") as fh:
            fh.seek(page * 2)
            fh.write(b"\xff" * page)
    return database.read_bytes()


@pytest.mark.parametrize("kind", ["text", "header", "page"])
def test_restore_repairs_a_damaged_database(data_dir: DataDir, db: Database, kind: str) -> None:
    good = _with_customers(data_dir, db, "张伟", "Olivia Smith", "王芳")
    damaged = _damage(data_dir.database, kind)

    result = cli("--data-dir", str(data_dir.root), "restore", str(good))

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert integrity(data_dir.database) == "ok" and count(data_dir.database, "customers") == 3
    # what was there is kept byte for byte, as a plain copy SQLite need not read
    raw = list(data_dir.backups.glob("before-restore-*.damaged.db"))
    assert len(raw) == 1 and raw[0].read_bytes() == damaged
    # and that copy is never offered as "the latest backup"
    assert raw[0] not in backup.list_backups(data_dir.backups)


def test_restore_does_not_depend_on_the_temp_folders_filesystem(
    data_dir: DataDir, db: Database, tmp_path: Path
) -> None:
    """TMPDIR on a tmpfs, the data folder on disk: the backup must be unpacked beside the file."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == data_dir.root.stat().st_dev:
        pytest.skip("needs /dev/shm on another filesystem than the test's folder")
    good = _with_customers(data_dir, db, "Amelia Brown", "李娜")
    temp = shm / f"crmdesk-test-{os.getpid()}"
    temp.mkdir()
    try:
        result = cli(
            "--data-dir",
            str(data_dir.root),
            "restore",
            str(good),
            env={**os.environ, "TMPDIR": str(temp)},
        )
        left_in_temp = list(temp.iterdir())
    finally:
        shutil.rmtree(temp)
    assert result.returncode == 0, result.stderr
    assert count(data_dir.database, "customers") == 2 and integrity(data_dir.database) == "ok"
    assert left_in_temp == []


def _insert_keeping_the_wal(database: Path, names: list[str]) -> sqlite3.Connection:
    """Save customers through a connection left open, so they stay in the WAL."""
    con = sqlite3.connect(database)
    con.execute("PRAGMA wal_autocheckpoint=0")
    for name in names:
        con.execute(
            "INSERT INTO customers (name, company, title, stage, address, notes, search_text,"
            " sort_name, created_at, updated_at) VALUES (?, '', '', 'lead', '', '', '', ?,"
            " '2026-12-01 00:00:00.000000', '2026-12-01 00:00:00.000000')",
            (name, name.lower()),
        )
    con.commit()
    return con


def _crash_leftover(folder: Path, source: DataDir, names: list[str]) -> None:
    """A database whose last saved customers live only in its WAL, as a crash leaves it."""
    con = _insert_keeping_the_wal(source.database, names)
    folder.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{source.database}{suffix}", folder / f"crmdesk.db{suffix}")
    con.close()


def test_a_refused_swap_keeps_the_wal_and_its_saved_customers(
    data_dir: DataDir, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five customers saved by a process that still has the file open live in the WAL only."""
    good = _with_customers(data_dir, db, "Already Saved")
    five = [f"Saved Customer {i}" for i in range(5)]
    writer = _insert_keeping_the_wal(data_dir.database, five)
    try:
        real_replace = os.replace

        def refuse_the_swap(src: object, dst: object) -> None:
            if Path(str(dst)) == data_dir.database:
                raise PermissionError(13, "Access is denied")
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(backup.os, "replace", refuse_the_swap)
        with pytest.raises(backup.BackupError, match="could not be replaced"):
            backup.restore_backup(good, data_dir.database, data_dir.backups)
        monkeypatch.undo()

        assert (data_dir.root / "crmdesk.db-wal").exists()
        assert not (data_dir.root / "crmdesk.db.restoring").exists()
        reader = sqlite3.connect(data_dir.database)
        names = [row[0] for row in reader.execute("SELECT name FROM customers ORDER BY id")]
        reader.close()
    finally:
        writer.close()
    assert names == ["Already Saved", *five]


def test_the_old_wal_is_gone_after_a_successful_swap(
    data_dir: DataDir, db: Database, tmp_path: Path
) -> None:
    good = _with_customers(data_dir, db, "Only One")
    crashed = DataDir(tmp_path / "crashed")
    _crash_leftover(crashed.root, data_dir, ["From The WAL"])
    crashed.ensure()

    safety = backup.restore_backup(good, crashed.database, crashed.backups)

    assert not (crashed.root / "crmdesk.db-wal").exists()
    assert not list(crashed.root.glob("*.before-restore"))
    con = sqlite3.connect(crashed.database)
    assert [r[0] for r in con.execute("SELECT name FROM customers")] == ["Only One"]
    con.close()
    # the safety copy holds the WAL's customer
    assert safety is not None and safety.suffix == ".crmbackup"
    with zipfile.ZipFile(safety) as zf:
        assert b"From The WAL" in zf.read("crmdesk.db")


def test_a_backup_that_unpacks_to_far_more_is_refused_before_writing(
    data_dir: DataDir, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small zip declaring a huge database with a wrong checksum writes nothing to disk."""
    import json

    bomb = tmp_path / "bomb.crmbackup"
    size = 64 * 1024 * 1024
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        manifest = {"format": "crmdesk-backup", "version": 1, "sha256": "0" * 64, "size": size}
        zf.writestr("manifest.json", json.dumps(manifest))
        with zf.open("crmdesk.db", "w") as member:
            block = bytes(1 << 20)
            for _ in range(size >> 20):
                member.write(block)
    assert bomb.stat().st_size < 1_000_000
    written: list[object] = []
    real_stream = backup._stream_member

    def spy(zf: zipfile.ZipFile, member: zipfile.ZipInfo, out: object) -> str:
        written.append(out)
        return real_stream(zf, member, out)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "_stream_member", spy)
    db.dispose()
    before = data_dir.database.read_bytes()

    with pytest.raises(backup.BackupError, match="checksum"):
        backup.restore_backup(bomb, data_dir.database, data_dir.backups)

    assert written == [None]  # the checksum pass only: nothing was unpacked to disk
    assert data_dir.database.read_bytes() == before
    assert not list(data_dir.root.glob(".crmdesk-restore-*"))


def test_a_size_that_disagrees_with_the_manifest_is_refused(
    data_dir: DataDir, db: Database, tmp_path: Path
) -> None:
    import json

    good = _with_customers(data_dir, db, "A")
    bad = tmp_path / "lying.crmbackup"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["size"] = 10
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("crmdesk.db", src.read("crmdesk.db"))
    with pytest.raises(backup.BackupError, match="size its manifest declares"):
        backup.verify_backup(bad)
