"""The Help window: a list of topics and the chosen page, from resources/help/<language>/.

Pages are plain HTML files shipped with the program (the installer collects resources/), so
they work offline; ``{data_dir}`` in a page becomes the user's own data folder.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.paths import resources_dir
from crmdesk.ui.context import AppContext

TOPICS: tuple[tuple[str, str], ...] = (
    ("getting-started", QT_TRANSLATE_NOOP("HelpDialog", "Getting started")),
    ("planner", QT_TRANSLATE_NOOP("HelpDialog", "The budget planner")),
    ("shortcuts", QT_TRANSLATE_NOOP("HelpDialog", "Keyboard shortcuts")),
    ("data", QT_TRANSLATE_NOOP("HelpDialog", "Your data and backups")),
)


def help_page(topic: str, language: str, data_dir: Path) -> str:
    """The HTML of ``topic`` in ``language`` (English when there is no such translation)."""
    folder = resources_dir() / "help"
    path = folder / language / f"{topic}.html"
    if not path.is_file():
        path = folder / "en" / f"{topic}.html"
    text = path.read_text(encoding="utf-8")
    return text.replace("{data_dir}", html.escape(str(data_dir)))


class HelpDialog(QDialog):
    """Non-modal, so the user can follow the steps in the main window while reading."""

    def __init__(
        self, ctx: AppContext, topic: str = "getting-started", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("CRMDesk Help"))
        self.resize(860, 600)
        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.topics.setMaximumWidth(220)
        for key, title in TOPICS:
            self.topics.addItem(QCoreApplication.translate("HelpDialog", title))
            self.topics.item(self.topics.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpPage")
        self.browser.setOpenExternalLinks(False)
        self.topics.currentRowChanged.connect(self.on_topics_current_row_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        keys = [key for key, _ in TOPICS]
        self.topics.setCurrentRow(keys.index(topic) if topic in keys else 0)

    def on_topics_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = TOPICS[row][0]
        self.browser.setHtml(help_page(key, self.ctx.language, self.ctx.data_dir.root))
