"""Fixtures for the follow-ups GUI tests: a context, a customer, modal-dialog helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.services.customers import CustomerInput, add_customer
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def ctx(data_dir: DataDir, db: Database) -> AppContext:
    return AppContext(data_dir, db, Settings(data_dir.settings_file), TaskRunner())


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db, CustomerInput(name="Lucy Wood", company="Pudsey Bakery"))


def when_dialog(handle: Callable[[QDialog], None], kind: type = QDialog) -> list[str]:
    """Run ``handle`` on the next modal dialog of ``kind`` as soon as it is open.

    Returns a list that receives "handled" so a test can check the dialog really appeared.
    """
    seen: list[str] = []
    tries = [250]  # about 5 seconds, then give up so no timer outlives the test

    def poll() -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append("handled")
            handle(widget)  # type: ignore[arg-type]
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
