"""Start-up that never waits for a click without a screen, holds the folder, and repairs."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from crmdesk.app import open_or_explain
from crmdesk.paths import DataDir
from crmdesk.services import backup
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.services.storage import open_database
from tests.helpers.dialogs import when_dialog
from tests.helpers.olddb import count, integrity

ROOT = Path(__file__).resolve().parents[2]


def _start(data: Path, *extra: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), *extra],
        capture_output=True,
        text=True,
        timeout=timeout,  # a start-up waiting for a click would hang here and fail the test
        cwd=ROOT,
    )


def _newer(data: Path) -> None:
    db = open_database(DataDir(data).ensure())
    db.dispose()
    con = sqlite3.connect(data / "crmdesk.db")
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()


def test_smoke_on_a_newer_database_exits_2_with_the_message_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _newer(data)
    result = _start(data, "--smoke")
    assert result.returncode == 2
    assert "newer version of CRMDesk" in result.stderr and "Traceback" not in result.stderr


def test_offscreen_without_smoke_does_not_wait_either(tmp_path: Path) -> None:
    data = tmp_path / "d"
    (data).mkdir()
    (data / "crmdesk.db").write_text("not a database")
    (data / "backups").mkdir()
    (data / "backups" / "daily-2026-12-01.crmbackup").write_bytes(b"x")  # a restore to offer
    result = _start(data)  # QT_QPA_PLATFORM=offscreen comes from the test environment
    assert result.returncode == 2
    assert "not a CRMDesk database" in result.stderr and "Traceback" not in result.stderr


def test_a_second_process_on_the_folder_is_told_and_exits_2(tmp_path: Path) -> None:
    data = tmp_path / "d"
    DataDir(data).ensure()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from crmdesk.services.folder_lock import FolderLock;"
            "lock = FolderLock(Path(sys.argv[1])).acquire(); print('held', flush=True);"
            "time.sleep(120)",
            str(data),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        result = _start(data, "--smoke")
    finally:
        holder.send_signal(signal.SIGTERM)
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert result.returncode == 2
    assert f"process {holder.pid}" in result.stderr and "Traceback" not in result.stderr
    assert not (data / "crmdesk.db").exists()  # it did not go on to open the database


def test_the_start_up_offer_restores_over_a_text_file(qtbot: object, tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d").ensure()
    db = open_database(data_dir)
    add_customer(db, CustomerInput(name="张伟"))
    add_customer(db, CustomerInput(name="Olivia Smith"))
    backup.daily_backup(data_dir.database, data_dir.backups, __import__("datetime").date.today())
    db.dispose()
    data_dir.database.write_text("my shopping list\n" * 50)

    def click_restore(box: object) -> None:
        assert isinstance(box, QMessageBox)
        [restore] = [b for b in box.buttons() if b.text() == "Restore backup"]
        restore.click()

    seen = when_dialog(click_restore, QMessageBox)
    reopened = open_or_explain(data_dir)

    assert seen == ["handled"] and reopened is not None
    reopened.dispose()
    assert count(data_dir.database, "customers") == 2 and integrity(data_dir.database) == "ok"
    [raw] = data_dir.backups.glob("before-restore-*.damaged.db")
    assert raw.read_text().startswith("my shopping list")


def test_a_busy_database_in_the_window_is_a_plain_message_not_a_crash(
    monkeypatch: object,
) -> None:
    from sqlalchemy.exc import OperationalError

    from crmdesk.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "interactive", True)  # type: ignore[attr-defined]
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    busy = OperationalError(
        "INSERT INTO customers ...",
        {"name": "张伟"},
        sqlite3.OperationalError("database is locked"),
    )

    crash.report_exception(type(busy), busy, None)

    assert crash.reported == []  # no crash dialog
    assert len(shown) == 1 and "Another program is using the database" in shown[0]
    assert "张伟" not in shown[0]


def test_a_read_only_data_folder_opens_for_reading(tmp_path: Path) -> None:
    from tests.helpers.mounts import read_only_view

    source = DataDir(tmp_path / "d").ensure()
    db = open_database(source)
    add_customer(db, CustomerInput(name="张伟"))
    db.dispose()
    with read_only_view(source.root, tmp_path / "ro") as data:
        result = _start(data, "--smoke")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
