"""Help > About: version, licence, where the data and the logs are, diagnostics to copy."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import __version__
from crmdesk.ui.context import AppContext


def diagnostics(ctx: AppContext) -> str:
    """Plain text a user can paste into an e-mail to support: versions and folders only,
    never customer data."""
    lines = [
        f"CRMDesk {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"OS {platform.platform()}",
        f"Interface language {ctx.language}, system locale {QLocale.system().name()}",
        f"Data folder {ctx.data_dir.root}",
        f"Log folder {ctx.data_dir.logs}",
        f"Frozen {bool(getattr(sys, 'frozen', False))}",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """What is installed and where its files are; "Copy diagnostics" puts them on the clipboard."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About CRMDesk"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>CRMDesk %1</h2>").replace("%1", __version__))
        layout.addWidget(title)
        layout.addWidget(
            QLabel(self.tr("An offline CRM and CRM budget planner for small businesses."))
        )
        form = QFormLayout()
        form.addRow(self.tr("Version:"), QLabel(__version__))
        form.addRow(
            self.tr("Licence:"),
            QLabel(self.tr("Proprietary. All rights reserved by the publisher.")),
        )
        form.addRow(self.tr("Data folder:"), self._folder_row(ctx.data_dir.root, "dataFolder"))
        form.addRow(self.tr("Log folder:"), self._folder_row(ctx.data_dir.logs, "logFolder"))
        layout.addLayout(form)
        self.copied = QLabel("")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(
            self.tr("Versions and folders, to paste into a message to support; no customer data.")
        )
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _folder_row(self, folder: Path, name: str) -> QWidget:
        row = QWidget(self)
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<a href='{QUrl.fromLocalFile(str(folder)).toString()}'>{folder}</a>")
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        label.setToolTip(self.tr("Open the folder"))
        box.addWidget(label)
        return row

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics(self.ctx))
        self.copied.setText(self.tr("Diagnostics copied to the clipboard."))
