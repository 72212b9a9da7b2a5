"""Answering modal dialogs from a test without blocking it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def when_dialog(handle: Callable[[QDialog], None], kind: type = QDialog) -> list[str]:
    """Run ``handle`` on the next modal dialog of ``kind`` as soon as it is open.

    Returns a list that receives "handled" so a test can check the dialog really appeared. If
    ``handle`` fails, the dialog is rejected so the test ends instead of hanging.
    """
    seen: list[str] = []
    tries = [1000]  # about 20 seconds (a loaded CI machine), then give up: no timer outlives it

    def poll() -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append("handled")
            try:
                handle(widget)
            except BaseException:
                widget.reject()
                raise
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
