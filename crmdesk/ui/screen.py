"""The base of every screen in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Subclasses override the hooks they support."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activated(self, argument: object = None) -> None:
        """Called each time the screen is shown; ``argument`` comes from a navigate request."""

    def new_item(self) -> None:
        """Ctrl+N: create a new record of this screen's kind."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this screen's search box."""

    def maybe_close(self) -> bool:
        """Return False to keep the window open (e.g. unsaved changes the user wants to keep)."""
        return True


class PlaceholderScreen(Screen):
    """A friendly page for a screen that is not built yet."""

    heading = ""
    blurb = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.heading)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.blurb)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setObjectName("placeholderText")
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(2)
