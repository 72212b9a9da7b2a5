"""Single instance, the background-task helper and the crash dialog."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from crmdesk.app import _ask_running_instance
from crmdesk.domain.errors import Cancelled, UserError
from crmdesk.ui import crash
from crmdesk.ui.tasks import TaskRunner


def test_a_second_start_finds_the_first_and_asks_it_forward(qtbot: QtBot) -> None:
    name = f"crmdesk-test-{uuid.uuid4().hex[:8]}"
    assert not _ask_running_instance(name)
    server = QLocalServer()
    assert server.listen(name)
    asked: list[bool] = []
    server.newConnection.connect(lambda: asked.append(True))
    assert _ask_running_instance(name)
    qtbot.waitUntil(lambda: asked == [True])
    server.close()


def test_task_reports_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress):
        for i in range(3):
            progress(i + 1, 3)
        return threading.get_ident()

    def done(worker_thread: object) -> None:
        seen["worker"] = worker_thread
        seen["callback"] = threading.get_ident()

    task = runner.run(work, title="t", on_success=done, show_progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_cancel_stops_the_work_through_the_progress_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    failures: list[BaseException] = []

    def work(progress):
        started.set()
        for i in range(10_000):
            progress(i, 10_000)
            threading.Event().wait(0.001)
        return "finished"

    task = runner.run(work, on_failure=failures.append, show_progress=False)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert task.result is None


def test_a_user_error_goes_to_on_failure(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def work(progress):
        raise UserError("customers.csv: row 3 has no name")

    task = runner.run(work, on_failure=failures.append, show_progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert str(failures[0]) == "customers.csv: row 3 has no name"


def test_crash_dialog_shows_details_and_copies_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    shown: list[crash.CrashDialog] = []

    def fake_exec(self: crash.CrashDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    crash.install_excepthook(tmp_path / "crmdesk.log", show_dialog=True)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        crash.report_exception(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: boom" in dialog.details
    dialog.copy_button.click()
    assert "ZeroDivisionError: boom" in QGuiApplication.clipboard().text()
    assert len(crash.reported) == 1
    crash.reported.clear()  # expected here; the autouse fixture fails tests on any other
