"""Fixtures for the budget planner GUI tests: a context, a wizard, typing like a user."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.wizard.dialog import PlanWizard


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> PlanWizard:
    w = PlanWizard(ctx)
    # pytest-qt closes widgets before fixtures end: leave without the unsaved-changes question
    qtbot.addWidget(w, before_close_func=close_quietly)
    w.show()
    qtbot.waitExposed(w)
    return w


def close_quietly(w: PlanWizard) -> None:
    """Close without the unsaved-changes question (a test has nobody to answer it)."""
    w.state.dirty = False
    w.autosave.stop()
    w.done(0)
    w.state.dirty = False


def field(wizard: PlanWizard, key: str) -> QLineEdit:
    """The line edit of a form key on the wizard's current page."""
    edit = wizard.currentPage().findChild(QLineEdit, key)
    assert edit is not None, f"{key} is not on page {wizard.currentId()}"
    assert edit.isVisible(), f"{key} is hidden"
    return edit


def type_into(qtbot: QtBot, wizard: PlanWizard, key: str, text: str) -> QLineEdit:
    """Click into the field, replace its text by typing (or, for Chinese and full-width text,
    through the input method), and leave it with Tab."""
    edit = field(wizard, key)
    wizard.currentPage().scroll.ensureWidgetVisible(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        # Chinese input arrives from the input method as committed text, not key presses
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    return edit


def prefill(wizard: PlanWizard, values: dict[str, str]) -> None:
    """Fields the test is not about, filled in without typing them."""
    wizard.state.form.values.update(values)
    wizard.state.edited()
    wizard.state.recompute()
    wizard.currentPage().initializePage()


MINIMAL = {"scope.name": "x", "scope.users": "2", "licence.price": "10"}


def click_next(qtbot: QtBot, wizard: PlanWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_back(qtbot: QtBot, wizard: PlanWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def answer_next_message_box(button: QMessageBox.StandardButton | str) -> list[str]:
    """Press ``button`` (a standard button, or the text of a custom one) in the next message box
    as soon as it is open; the returned list receives its text so the test can check it."""
    seen: list[str] = []
    tries = [250]

    def poll() -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.text())
            if isinstance(button, str):
                chosen = next(b for b in widget.buttons() if b.text() == button)
            else:
                chosen = widget.button(button)
            chosen.click()
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


Typist = Callable[[str, str], QLineEdit]
