"""Figure cards: a title, a big number, a detail line; clicking one opens the matching list.

A card is a focusable frame: click it, or Tab to it and press Enter or Space, and it emits
``activated``. The detail line can carry a second target as a link (e.g. "3 overdue"), which
emits ``link_activated`` with the link's name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

WARNING_COLOUR = "#c62828"
CARD_STYLE = (
    "StatCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
    "StatCard:hover { border: 1px solid palette(highlight); }"
    "StatCard:focus { border: 2px solid palette(highlight); }"
    "QLabel#cardTitle { color: palette(placeholder-text); }"
)


class StatCard(QFrame):
    """One figure on the dashboard."""

    activated = Signal()
    link_activated = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Preferred height: the cards of a row stretch to the tallest one
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.value_label = QLabel("\u2014")
        self.value_label.setObjectName("cardValue")
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.detail_label = QLabel(" ")
        self.detail_label.setObjectName("cardDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.linkActivated.connect(self.link_activated)
        self.detail_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 10)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(self.value_label)
        self.layout_.addWidget(self.detail_label)
        self.layout_.addStretch(1)
        self.setAccessibleName(title)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.setAccessibleName(title)

    def set_value(self, value: str, warning: bool = False) -> None:
        self.value_label.setText(value)
        self.value_label.setStyleSheet(f"color: {WARNING_COLOUR};" if warning else "")
        self.setAccessibleDescription(f"{value} {self.detail_label.text()}")

    def set_detail(self, html: str) -> None:
        """Rich text; build it with ``link()`` and escaped plain text only."""
        self.detail_label.setText(html or " ")

    # --- activation ----------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PlanCardWidget(StatCard):
    """The active plan's spend against its budget, with a bar and a button for the ledger."""

    open_spending = Signal()

    def __init__(self, title: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setRange(0, 1000)
        self.button = QPushButton(button_text)
        self.button.setCursor(Qt.CursorShape.ArrowCursor)
        self.button.clicked.connect(self.open_spending)
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.button)
        self.layout_.insertLayout(3, row)

    def set_share(self, share: float | None, over: bool) -> None:
        """Spent as a share of the budget to date (1.0 = on budget); None hides the bar."""
        self.bar.setVisible(share is not None)
        if share is None:
            return
        self.bar.setValue(int(min(share, 1.0) * 1000))
        colour = WARNING_COLOUR if over else "palette(highlight)"
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")


def link(name: str, text: str) -> str:
    """A link for a card's detail line; ``text`` must already be escaped."""
    return f'<a href="{name}" style="color: {WARNING_COLOUR};">{text}</a>'
