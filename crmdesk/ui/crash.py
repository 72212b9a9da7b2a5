"""Turn an unexpected exception into a dialog with the details and the log file, not an exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

_log_file: Path | None = None
_showing = False
# False in --smoke runs and tests: log, but never block on a modal dialog
interactive = True
# every unexpected error reported in this process (tests fail on any they did not expect)
reported: list[str] = []


class CrashDialog(QDialog):
    """Says something went wrong, where the log is, and lets the user copy the details."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CRMDesk: unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside CRMDesk. Your saved data is safe; what you were "
                "typing is still in its window. Please send the details below to support."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_file is not None:
            where = QLabel(self.tr("Log file: %1").replace("%1", str(log_file)))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 220)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def report_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log the exception and show the crash dialog (once at a time); the app keeps running.

    A busy database, a full disk or a read-only folder is not a crash: it gets a plain
    message saying what to do (and the log gets no statement text with personal data).
    """
    global _showing
    if _explain_storage(exc):
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    reported.append(details)
    if _showing or not interactive or QApplication.instance() is None:
        return
    _showing = True
    try:
        dialog = CrashDialog(details, _log_file, QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing = False


def _explain_storage(exc: BaseException) -> bool:
    from crmdesk.services.storage import storage_problem

    problem = storage_problem(exc)
    if problem is None:
        return False
    log.warning("storage problem (%s): %s", problem, type(exc).__name__)
    texts = {
        "busy": QCoreApplication.translate(
            "Storage",
            "Another program is using the database, so this could not be saved. Close it or "
            "wait until it finishes, then try again.",
        ),
        "full": QCoreApplication.translate(
            "Storage",
            "The disk is full, so this could not be saved. Free some space, then try again.",
        ),
        "read_only": QCoreApplication.translate(
            "Storage",
            "The data folder is read-only, so this could not be saved. Copy the data folder "
            "somewhere you may write to and open it there.",
        ),
    }
    if interactive and QApplication.instance() is not None:
        QMessageBox.warning(QApplication.activeWindow(), "CRMDesk", texts[problem])
    return True


def install_excepthook(log_file: Path | None, show_dialog: bool = True) -> None:
    """Route uncaught exceptions (including those in Qt slots) to the crash dialog."""
    global _log_file, interactive
    _log_file = log_file
    interactive = show_dialog

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_exception(exc_type, exc, tb)

    sys.excepthook = hook
