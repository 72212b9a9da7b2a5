"""Fixtures for the service GUI tests: a context, customers, a screen, modal-dialog helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.domain.business_hours import BusinessHours
from crmdesk.domain.service_levels import ServiceLevels, ServiceTargets
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
    return add_customer(db, CustomerInput(name="陈静", company="东莞新丰五金有限公司"))


@pytest.fixture
def levels() -> ServiceLevels:
    return ServiceLevels(BusinessHours(), ServiceTargets.default(), ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from crmdesk.ui.service import ServiceScreen

    widget = ServiceScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def long_ago() -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=30)


def when_dialog(handle: Callable[[QDialog], None], kind: type = QDialog) -> list[str]:
    """Run ``handle`` on the next modal dialog of ``kind`` as soon as it is open.

    Returns a list that receives "handled" so a test can check the dialog really appeared. If
    ``handle`` fails, the dialog is rejected so the test ends instead of hanging.
    """
    seen: list[str] = []
    tries = [250]  # about 5 seconds, then give up so no timer outlives the test

    def poll() -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append("handled")
            try:
                handle(widget)  # type: ignore[arg-type]
            except BaseException:
                widget.reject()  # type: ignore[attr-defined]
                raise
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def button(parent: QWidget, text: str) -> QToolButton:
    """The visible tool button showing ``text`` (as shown: no & mnemonic, no "...")."""
    for candidate in parent.findChildren(QToolButton):
        if candidate.text().replace("&", "") == text.rstrip(".") and candidate.isVisible():
            return candidate
    raise LookupError(f"no visible button {text!r}")
