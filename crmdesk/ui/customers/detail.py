"""The single customer view beside the list: every field, custom fields and the timeline."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.customers.fields import CustomField
from crmdesk.services.customers.store import CustomerDetail
from crmdesk.services.customers.timeline import TimelineEntry
from crmdesk.ui.customers.common import stage_label, timeline_text, when_text
from crmdesk.ui.widgets.text import list_text

if TYPE_CHECKING:
    from crmdesk.ui.customers.actions import CustomerActions


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerDetailPanel(QWidget):
    """Shows one customer; empty with a hint when nothing is selected."""

    edit_requested = Signal(int)
    print_requested = Signal(int)
    export_data_requested = Signal(int)  # everything stored about them (PIPL access right)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.stack = QStackedWidget()
        self.empty_label = QLabel(self.tr("Select a customer to see their details and history."))
        self.empty_label.setObjectName("detailEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)

        page = QWidget()
        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.subtitle_label = _value_label()
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.print_button = QPushButton(self.tr("&Print record..."))
        self.print_button.clicked.connect(self.on_print_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.print_button)
        self.export_data_button = QPushButton(self.tr("E&xport data..."))
        self.export_data_button.setToolTip(
            self.tr("Save everything stored about this customer in one file, for them to keep")
        )
        self.export_data_button.clicked.connect(
            lambda: (
                self.customer_id is not None and self.export_data_requested.emit(self.customer_id)
            )
        )
        buttons.addWidget(self.export_data_button)
        buttons.addStretch(1)
        # the customer actions (log contact, follow-up, ticket, call...): see set_actions
        self.action_rows = QVBoxLayout()
        self.action_rows.setSpacing(4)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("phones", self.tr("Phones")),
            ("emails", self.tr("E-mails")),
            ("wechat", self.tr("WeChat ID")),
            ("qq", self.tr("QQ")),
            ("address", self.tr("Address")),
            ("tags", self.tr("Tags")),
            ("birthday", self.tr("Birthday")),
            ("last_contact", self.tr("Last contact")),
            ("next_followup", self.tr("Next follow-up")),
            ("created", self.tr("Added")),
            ("notes", self.tr("Notes")),
        ):
            self.values[key] = _value_label()
            self.form.addRow(label, self.values[key])
        self.custom_rows: list[QWidget] = []

        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        timeline_title = QLabel(self.tr("<b>Timeline</b>"))

        body = QVBoxLayout(page)
        body.addWidget(self.name_label)
        body.addWidget(self.subtitle_label)
        body.addLayout(self.action_rows)
        body.addLayout(buttons)
        body.addLayout(self.form)
        body.addWidget(timeline_title)
        body.addWidget(self.timeline, 1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_actions(self, actions: CustomerActions) -> None:
        """Buttons for the screen's customer actions (same QActions: same enabling)."""
        log_button = QToolButton()
        log_button.setObjectName("logContact")
        log_button.setText(actions.log_menu.title())
        log_button.setMenu(actions.log_menu)
        log_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        log_button.setDefaultAction(actions.log_actions["call"])
        log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        rows = (
            (log_button, actions.followup_action, actions.ticket_action),
            (actions.call_action, actions.mail_action, actions.copy_phone_action),
            (actions.copy_wechat_action, actions.copy_qq_action),
        )
        for row in rows:
            line = QHBoxLayout()
            for entry in row:
                button = entry if isinstance(entry, QToolButton) else QToolButton()
                if not isinstance(entry, QToolButton):
                    button.setDefaultAction(entry)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                line.addWidget(button)
            line.addStretch(1)
            self.action_rows.addLayout(line)

    def clear(self) -> None:
        self.customer_id = None
        self.stack.setCurrentIndex(0)

    def show_customer(
        self,
        detail: CustomerDetail,
        fields: Sequence[CustomField],
        timeline: Sequence[TimelineEntry],
    ) -> None:
        self.customer_id = detail.id
        data = detail.data
        self.name_label.setText(data.name)
        parts = [p for p in (data.title, data.company) if p]
        stage = stage_label(data.stage)
        self.subtitle_label.setText(" · ".join([*parts, stage]))
        self.values["phones"].setText("\n".join(data.phones))
        self.values["emails"].setText("\n".join(data.emails))
        self.values["wechat"].setText(data.wechat)
        self.values["qq"].setText(data.qq)
        self.values["address"].setText(data.address)
        self.values["tags"].setText(list_text(data.tags))
        self.values["birthday"].setText(data.birthday.isoformat() if data.birthday else "")
        self.values["last_contact"].setText(when_text(detail.last_contact_at))
        self.values["next_followup"].setText(when_text(detail.next_followup_at))
        self.values["created"].setText(when_text(detail.created_at))
        self.values["notes"].setText(data.notes)
        for key, label in self.values.items():
            self.form.setRowVisible(label, bool(label.text()) or key in ("phones", "notes"))
        for widget in self.custom_rows:
            self.form.removeRow(widget)
        self.custom_rows = []
        for f in fields:
            value = data.custom.get(f.id, "")
            if value:
                label = _value_label()
                label.setText(value)
                self.form.insertRow(self.form.rowCount() - 1, f.name, label)
                self.custom_rows.append(label)
        self.timeline.clear()
        for entry in timeline:
            item = QListWidgetItem(f"{when_text(entry.at)}   {timeline_text(entry)}")
            if entry.detail:
                item.setToolTip(html.escape(entry.detail))
            self.timeline.addItem(item)
        if not timeline:
            self.timeline.addItem(self.tr("Nothing recorded yet."))
        self.stack.setCurrentIndex(1)

    def on_edit_button_clicked(self) -> None:
        if self.customer_id is not None:
            self.edit_requested.emit(self.customer_id)

    def on_print_button_clicked(self) -> None:
        if self.customer_id is not None:
            self.print_requested.emit(self.customer_id)
