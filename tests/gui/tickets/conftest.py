"""Fixtures for the service GUI tests: a context, customers, a screen, modal-dialog helpers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceLevels, ServiceTargets
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.ui.context import AppContext


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db, CustomerInput(name="陈静", company="东莞新丰五金有限公司"))


@pytest.fixture
def levels() -> ServiceLevels:
    return ServiceLevels(BusinessHours(), ServiceTargets.default(), ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext):
    from crmdesk.ui.tickets import ServiceScreen

    widget = ServiceScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(qtbot, widget)
    return widget


def wait_loaded(qtbot: QtBot, screen) -> None:
    """Wait until the screen's load (read off the GUI thread) has put its rows on screen."""
    qtbot.waitUntil(lambda: not screen.loading, timeout=10000)


def long_ago() -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=30)


def button(parent: QWidget, text: str) -> QToolButton:
    """The visible tool button showing ``text`` (as shown: no & mnemonic, no "...")."""
    for candidate in parent.findChildren(QToolButton):
        if candidate.text().replace("&", "") == text.rstrip(".") and candidate.isVisible():
            return candidate
    raise LookupError(f"no visible button {text!r}")
