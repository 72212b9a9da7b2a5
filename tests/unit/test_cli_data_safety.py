"""Data safety on the command line, each in real processes: the folder lock, busy/full/read-only
folders, odd folder names, backup -o, private files, a closed pipe, absurd counts."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.mounts import read_only_view, small_tmpfs
from tests.helpers.olddb import cli, count, integrity

HOLD_LOCK = """
import sys, time
from pathlib import Path
from crmdesk.services.folder_lock import FolderLock
lock = FolderLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(120)
"""


def _demo(folder: Path, customers: int = 3) -> None:
    """Sample customers, written in this process (set-up, not what is tested)."""
    from crmdesk.paths import DataDir
    from crmdesk.services.demo.data import generate_demo
    from crmdesk.services.storage import open_database

    db = open_database(DataDir(folder).ensure())
    try:
        generate_demo(db, customers)
    finally:
        db.dispose()


def _holder(folder: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline() == "held\n"
    return process


def _one_clean_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    for word in words:
        assert word in result.stderr


def test_restore_refuses_while_another_process_holds_the_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data, 4)
    saved = cli("--data-dir", str(data), "backup", "-o", str(tmp_path / "b.crmbackup"))
    assert saved.returncode == 0, saved.stderr
    _demo(data, 2)  # work done after the backup
    holder = _holder(data)
    try:
        refused = cli("--data-dir", str(data), "restore", str(tmp_path / "b.crmbackup"))
        writer = cli("--data-dir", str(data), "demo-data", "--customers", "1")
        reader = cli("--data-dir", str(data), "customers", "list")
    finally:
        holder.send_signal(signal.SIGKILL if os.name == "posix" else signal.SIGTERM)
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    _one_clean_line(refused, "close CRMDesk first", f"process {holder.pid}")
    _one_clean_line(writer, "close CRMDesk first")
    assert reader.returncode == 0 and len(reader.stdout.splitlines()) == 6  # reads go on
    assert count(data / "crmdesk.db", "customers") == 6

    # the holder was killed: its lock went with it (the file stays, stale, and is ignored)
    assert (data / "crmdesk.lock").exists()
    restored = cli("--data-dir", str(data), "restore", str(tmp_path / "b.crmbackup"))
    assert restored.returncode == 0, restored.stderr
    assert count(data / "crmdesk.db", "customers") == 4
    assert integrity(data / "crmdesk.db") == "ok"


def test_backup_output_never_replaces_the_live_database_or_a_stranger(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data)
    live = data / "crmdesk.db"
    before = live.read_bytes()
    report = tmp_path / "report.docx"
    report.write_bytes(b"PK\x03\x04 my quarterly report")

    _one_clean_line(cli("--data-dir", str(data), "backup", "-o", str(live)), "live database")
    _one_clean_line(cli("--data-dir", str(data), "backup", "-o", str(report)), "--force")
    assert live.read_bytes() == before and report.read_bytes().endswith(b"quarterly report")
    _one_clean_line(
        cli("--data-dir", str(data), "backup", "-o", str(live), "--force"), "live database"
    )

    forced = cli("--data-dir", str(data), "backup", "-o", str(report), "--force")
    assert forced.returncode == 0 and report.read_bytes().startswith(b"PK")
    assert b"quarterly" not in report.read_bytes()
    again = tmp_path / "weekly.crmbackup"
    for _ in range(2):  # an earlier backup of the same name is simply replaced
        assert cli("--data-dir", str(data), "backup", "-o", str(again)).returncode == 0


@pytest.mark.parametrize("name", ["a?b%c#d", "shop 100% #1 ?", "张伟的店 %20 #"])
def test_any_folder_name_works(tmp_path: Path, name: str) -> None:
    data = tmp_path / name
    _demo(data, 5)
    listed = cli("--data-dir", str(data), "customers", "list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 5
    assert integrity(data / "crmdesk.db") == "ok" and count(data / "crmdesk.db", "customers") == 5
    # nothing was created beside the folder (a raw URL cut the path at ? or #)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_busy_database_waits_then_exits_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data)
    blocker = sqlite3.connect(data / "crmdesk.db", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = cli("--data-dir", str(data), "demo-data", "--customers", "1")
        waited = time.monotonic() - started
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    _one_clean_line(result, "another program is using the database")
    assert waited >= 4.5  # the busy timeout (5 s) was waited out first
    assert count(data / "crmdesk.db", "customers") == 3


def test_a_full_disk_exits_2_and_keeps_the_data(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", "1m") as data:
        _demo(data, 3)
        result = cli("--data-dir", str(data), "demo-data", "--customers", "5000", timeout=300)
        _one_clean_line(result, "disk is full")
        assert count(data / "crmdesk.db", "customers") == 3
        assert integrity(data / "crmdesk.db") == "ok"


def test_a_read_only_folder_reads_and_refuses_writes_in_plain_words(tmp_path: Path) -> None:
    source = tmp_path / "data"
    _demo(source, 3)
    with read_only_view(source, tmp_path / "ro") as data:
        listed = cli("--data-dir", str(data), "customers", "list", "--json")
        written = cli("--data-dir", str(data), "demo-data", "--customers", "1")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"id"') == 3
    _one_clean_line(written, "cannot be written to")


def test_failed_sql_never_shows_the_values(tmp_path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from crmdesk.paths import DataDir
    from crmdesk.services.storage import open_database

    db = open_database(DataDir(tmp_path / "d").ensure())
    try:
        with pytest.raises(IntegrityError) as info, db.session() as session:
            session.execute(
                text("INSERT INTO customers (name, address) VALUES (:name, :address)"),
                {"name": "张伟 13800138000", "address": "1 Briggate, Leeds LS1 6HD"},
            )
    finally:
        db.dispose()
    message = str(info.value)
    assert "NOT NULL" in message
    assert "13800138000" not in message and "Briggate" not in message


def test_demo_data_is_capped(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "d"), "demo-data", "--customers", "10000000000")
    _one_clean_line(result, "--customers", "200,000")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_personal_data_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "settings.ini").write_text("[General]\n")
    (data / "settings.ini").chmod(0o644)  # as an older version left it
    assert cli("--data-dir", str(data), "demo-data", "--customers", "3").returncode == 0
    backup = tmp_path / "out" / "b.crmbackup"
    assert cli("--data-dir", str(data), "backup", "-o", str(backup)).returncode == 0
    exported = tmp_path / "out" / "customers.csv"
    assert cli("--data-dir", str(data), "export", "customers", str(exported)).returncode == 0

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    for folder in (data, data / "logs", data / "backups", tmp_path / "out"):
        assert mode(folder) == 0o700, folder
    files = [data / "crmdesk.db", data / "settings.ini", backup, exported]
    files += list((data / "logs").iterdir())
    for file in files:
        assert mode(file) == 0o600, file


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell pipeline")
def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data, 300)
    command = f"{sys.executable} -m crmdesk.cli --data-dir '{data}' customers list --json | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=60
    )
    assert result.stdout == "[\n"
    assert result.stderr == ""
    assert result.returncode == 0
