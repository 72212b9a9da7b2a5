"""The window notices another PC's change: the poll fires the matching refresh signal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.ui.context import AppContext
from crmdesk.ui.team.watch import ChangeWatcher


def test_a_change_by_another_handle_refreshes_the_screens(qtbot: QtBot, ctx: AppContext) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    watcher = ChangeWatcher(window, ctx, interval_ms=60_000)
    qtbot.waitUntil(lambda: watcher.marks is not None and not watcher.busy, timeout=5000)
    fired: list[str] = []
    ctx.events.customers_changed.connect(lambda: fired.append("customers"))
    ctx.events.followups_changed.connect(lambda: fired.append("followups"))

    watcher.check()  # nothing changed: no refresh
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)
    assert fired == []

    other = Database(ctx.db.path)  # another PC on the same data
    other.user_name = "wang"
    try:
        add_customer(other, CustomerInput(name="张伟"))
    finally:
        other.dispose()
    watcher.timer.setInterval(50)  # the light poll, sped up
    qtbot.waitUntil(lambda: fired == ["customers"], timeout=5000)


def test_only_a_shared_database_gets_a_watcher(qtbot: QtBot, ctx: AppContext) -> None:
    from crmdesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.install_feature_hooks()
    assert "watch" not in window._hooks
