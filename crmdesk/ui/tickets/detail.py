"""The right-hand side of the service screen: one ticket, its quick actions and its history."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.dates import utcnow
from crmdesk.services.tickets.records import TicketDetail
from crmdesk.ui.tickets.common import (
    OVERDUE_TEXT,
    category_label,
    channel_label,
    event_text,
    priority_label,
    satisfaction_text,
    status_label,
    time_left_text,
)
from crmdesk.ui.widgets.time import format_local


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TicketDetailPanel(QWidget):
    """Shows a :class:`TicketDetail`; the buttons run the screen's actions."""

    comment_submitted = Signal(str)

    def __init__(
        self,
        tz: dt.tzinfo,
        status_actions: Sequence[QAction],
        other_actions: Sequence[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self.detail: TicketDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("ticketTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QLabel()
        self.badges.setObjectName("ticketBadges")
        self.badges.setWordWrap(True)

        # the buttons only show with a ticket: with none they are all disabled and too many
        self.buttons = QWidget()
        buttons = QVBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        status_row.setSpacing(4)
        for action in status_actions:
            status_row.addWidget(self._button(action))
        status_row.addStretch(1)
        other_row = QHBoxLayout()
        other_row.setSpacing(4)
        for action in other_actions:
            other_row.addWidget(self._button(action))
        other_row.addStretch(1)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in (
            ("customer", self.tr("Customer:")),
            ("contact", self.tr("Contact:")),
            ("product", self.tr("Product:")),
            ("warranty", self.tr("Warranty:")),
            ("assignee", self.tr("Assigned to:")),
            ("opened", self.tr("Opened:")),
            ("response", self.tr("First response:")),
            ("due", self.tr("Resolution due:")),
            ("resolved", self.tr("Resolved:")),
            ("satisfaction", self.tr("Satisfaction:")),
        ):
            self.fields[key] = _value_label(key)
            form.addRow(caption, self.fields[key])
        self.description = _value_label("description")
        self.resolution = _value_label("resolution")
        self.resolution_caption = QLabel(self.tr("<b>Resolution</b>"))
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.history.setOpenLinks(False)
        self.history.setMinimumHeight(120)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Add a comment to the history (Ctrl+Enter)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        self.comment_button = QPushButton(self.tr("Add &comment"))
        self.comment_button.setObjectName("addComment")
        self.comment_button.clicked.connect(self.on_comment_button_clicked)
        send = QShortcut(QKeySequence("Ctrl+Return"), self.comment)
        send.setContext(Qt.ShortcutContext.WidgetShortcut)
        send.activated.connect(self.on_comment_button_clicked)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.badges)
        buttons.addLayout(status_row)
        buttons.addLayout(other_row)
        layout.addWidget(self.buttons)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Problem</b>")))
        layout.addWidget(self.description)
        layout.addWidget(self.resolution_caption)
        layout.addWidget(self.resolution)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        layout.addWidget(self.history, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(comment_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_detail(None)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        """A button for ``action`` that is shown only while the action is visible."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setVisible(action.isVisible())
        action.changed.connect(lambda: button.setVisible(action.isVisible()))
        return button

    def show_detail(self, detail: TicketDetail | None) -> None:
        """Fill the panel (None: nothing selected, everything empty and the comment disabled)."""
        self.detail = detail
        self.comment.setEnabled(detail is not None and detail.ticket.deleted_at is None)
        self.comment_button.setEnabled(self.comment.isEnabled())
        self.buttons.setVisible(detail is not None)
        if detail is None:
            self.title.setText(self.tr("No ticket selected"))
            self.badges.setText("")
            for label in self.fields.values():
                label.setText("")
            self.description.setText("")
            self.resolution.setText("")
            self.history.clear()
            return
        t, tz = detail.ticket, self.tz
        now = utcnow()
        self.title.setText(f"{t.number}  {t.subject}")
        badges = [status_label(t.status), priority_label(t.priority), category_label(t.category)]
        badges.append(self.tr("via %1").replace("%1", channel_label(t.channel)))
        if t.deleted_at is not None:
            badges.insert(0, self.tr("Deleted"))
        self.badges.setText(" · ".join(badges))
        customer = t.customer_name
        if t.customer_company and t.customer_company != t.customer_name:
            customer = f"{t.customer_name} ({t.customer_company})"
        self.fields["customer"].setText(customer)
        self.fields["contact"].setText(
            "\n".join(part for part in (detail.phone, detail.email, detail.address) if part)
        )
        product = t.product
        if t.serial_number:
            product = self.tr("%1 (serial %2)").replace("%1", t.product or "—")
            product = product.replace("%2", t.serial_number)
        self.fields["product"].setText(product)
        self.fields["warranty"].setText(self._warranty_text(detail))
        self.fields["assignee"].setText(t.assignee or self.tr("nobody yet"))
        self.fields["opened"].setText(format_local(t.created_at, tz))
        if t.first_response_at is not None:
            response = format_local(t.first_response_at, tz)
        elif t.response_due_at is not None:
            response = self.tr("due %1").replace("%1", format_local(t.response_due_at, tz))
        else:
            response = ""
        self.fields["response"].setText(response)
        due = format_local(t.due_at, tz)
        left = time_left_text(t, now)
        self.fields["due"].setText(f"{due}  ({left})" if due and left else due)
        overdue = t.overdue(now)
        self.fields["due"].setStyleSheet(f"color: {OVERDUE_TEXT.name()};" if overdue else "")
        resolved = format_local(t.resolved_at, tz)
        if t.closed_at is not None:
            resolved = self.tr("%1, closed %2").replace("%1", resolved)
            resolved = resolved.replace("%2", format_local(t.closed_at, tz))
        self.fields["resolved"].setText(resolved)
        satisfaction = satisfaction_text(t.satisfaction)
        if satisfaction and t.satisfaction_comment:
            satisfaction = f"{satisfaction} — {t.satisfaction_comment}"
        self.fields["satisfaction"].setText(satisfaction)
        self.description.setText(t.description or t.subject)
        self.resolution.setText(t.resolution)
        self.resolution.setVisible(bool(t.resolution))
        self.resolution_caption.setVisible(bool(t.resolution))
        self.history.setHtml(self._history_html(detail))

    def _warranty_text(self, detail: TicketDetail) -> str:
        t = detail.ticket
        if t.warranty_end is None:
            return self.tr("unknown")
        state = t.in_warranty(t.created_at.astimezone(self.tz).date())
        text = self.tr("in warranty, until %1") if state else self.tr("out of warranty since %1")
        return text.replace("%1", t.warranty_end.isoformat())

    def _history_html(self, detail: TicketDetail) -> str:
        rows = []
        for event in reversed(detail.history):  # newest first: what happened last matters most
            when = html.escape(format_local(event.at, self.tz))
            text = html.escape(event_text(event, self.tz)).replace("\n", "<br>")
            if event.kind == "comment":  # what people wrote stands out from the bookkeeping
                text = f"<span style='color: #1a4f8b'>{text}</span>"
            rows.append(
                f"<tr><td style='color: gray; padding-right: 8px; white-space: nowrap'>"
                f"{when}</td><td>{text}</td></tr>"
            )
        return "<table cellspacing='2'>" + "".join(rows) + "</table>"

    def on_comment_button_clicked(self) -> None:
        text = self.comment.toPlainText().strip()
        if text and self.detail is not None:
            self.comment_submitted.emit(text)

    def clear_comment(self) -> None:
        self.comment.clear()

    def focus_comment(self) -> None:
        self.comment.setFocus()
