"""Fixtures for the customer GUI tests: a context, a shown screen, a modal-dialog helper."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.ui.context import AppContext


@pytest.fixture
def make_screen(qtbot: QtBot, ctx: AppContext):
    """Build the screen after the test has put its data in place."""

    def make():
        from crmdesk.ui.customers import CustomersScreen

        widget = CustomersScreen(ctx)
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()  # shortcuts (Ctrl+Z, Delete) need the active window
        qtbot.waitUntil(widget.isActiveWindow)
        wait_loaded(qtbot, widget)
        return widget

    return make


def wait_loaded(qtbot: QtBot, screen) -> None:
    """Wait until the screen's reload (read off the GUI thread) has put its rows on screen."""
    qtbot.waitUntil(lambda: not screen.loading, timeout=10000)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make ``widget``'s window active again (offscreen, closing a dialog does not)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def tool_button(parent: QWidget, text: str) -> QToolButton:
    """The visible tool button showing ``text`` (without & and "...")."""
    for candidate in parent.findChildren(QToolButton):
        shown = candidate.text().replace("&", "").rstrip(".")
        if shown == text and candidate.isVisible():
            return candidate
    raise LookupError(f"no visible button {text!r}")
