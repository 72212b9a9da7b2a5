"""Ticket dialogs: add/edit, resolve (asks for the resolution), close (asks for satisfaction).

Each has ``ask(parent, ...) -> result | None`` and validates in ``accept()``; none of them
writes to the database: the screen saves what they return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from crmdesk.domain.dates import utcnow
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.domain.tickets.workflow import (
    CATEGORY_KEYS,
    CHANNEL_KEYS,
    PRIORITY_KEYS,
    SATISFACTION_SCORES,
    in_warranty,
)
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.services.tickets.records import TicketRecord
from crmdesk.services.tickets.store import TicketInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.customer_picker import CustomerPicker
from crmdesk.ui.tickets.common import category_label, channel_label, priority_label
from crmdesk.ui.widgets.form_dialog import ERROR_STYLE, FormDialog
from crmdesk.ui.widgets.time import (
    DATE_TIME_FORMAT,
    format_local,
    from_qdatetime,
    to_qdatetime,
)


def _combo(keys: tuple[str, ...], label: object, current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for key in keys:
        combo.addItem(label(key), key)  # type: ignore[operator]
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &mnemonic focuses ``widget`` (form rows holding a layout need one)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _text_box(text: str, name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class TicketDialog(FormDialog[TicketInput]):
    """Open a new ticket or edit one; shows the due dates a new ticket will get."""

    default_field = "subject"

    def __init__(
        self,
        ctx: AppContext,
        levels: ServiceLevels,
        ticket: TicketRecord | None,
        assignees: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save)
        self.ctx, self.levels, self.ticket = ctx, levels, ticket
        self.setWindowTitle(
            self.tr("New service ticket")
            if ticket is None
            else self.tr("Edit %1").replace("%1", ticket.number)
        )
        self.setMinimumWidth(520)
        self.customer = CustomerPicker(ctx)
        self.customer.setObjectName("customer")
        self.subject = QLineEdit(ticket.subject if ticket else "")
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(200)
        self.subject.setPlaceholderText(self.tr("e.g. Printer jams on every page"))
        self.category = _combo(
            CATEGORY_KEYS, category_label, ticket.category if ticket else "repair", "category"
        )
        self.priority = _combo(
            PRIORITY_KEYS, priority_label, ticket.priority if ticket else "normal", "priority"
        )
        self.channel = _combo(
            CHANNEL_KEYS, channel_label, ticket.channel if ticket else "phone", "channel"
        )
        self.product = QLineEdit(ticket.product if ticket else "")
        self.product.setObjectName("product")
        self.product.setMaxLength(200)
        self.serial = QLineEdit(ticket.serial_number if ticket else "")
        self.serial.setObjectName("serial")
        self.serial.setMaxLength(100)
        self.has_warranty = QCheckBox(self.tr("Warranty until"))
        self.has_warranty.setObjectName("hasWarranty")
        self.warranty = QDateEdit()
        self.warranty.setObjectName("warranty")
        self.warranty.setCalendarPopup(True)
        self.warranty.setDisplayFormat("yyyy-MM-dd")
        end = ticket.warranty_end if ticket else None
        self.warranty.setDate(
            QDate(end.year, end.month, end.day) if end else QDate.currentDate().addYears(1)
        )
        self.has_warranty.setChecked(end is not None)
        self.warranty_state = QLabel()
        self.warranty_state.setObjectName("warrantyState")
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.setEditable(True)
        self.assignee.addItems(assignees)
        self.assignee.setCurrentText(ticket.assignee if ticket else "")
        assignee_edit = self.assignee.lineEdit()
        assert assignee_edit is not None  # editable combo
        assignee_edit.setMaxLength(100)
        assignee_edit.setPlaceholderText(self.tr("Who handles it"))
        self.description = _text_box(ticket.description if ticket else "", "description", 90)
        self.description.setPlaceholderText(
            self.tr("What the customer reported, error messages, when it happens")
        )
        self.due_preview = QLabel()
        self.due_preview.setObjectName("duePreview")
        self.due_preview.setWordWrap(True)

        warranty_row = QHBoxLayout()
        warranty_row.addWidget(self.has_warranty)
        warranty_row.addWidget(self.warranty)
        warranty_row.addWidget(self.warranty_state, 1)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.category, 1)
        kind_row.addWidget(_buddy(self.tr("Priority:"), self.priority))
        kind_row.addWidget(self.priority, 1)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product, 2)
        serial_label = QLabel(self.tr("&Serial no.:"))
        serial_label.setBuddy(self.serial)
        product_row.addWidget(serial_label)
        product_row.addWidget(self.serial, 1)
        self.add_field("customer", self.tr("&Customer:"), self.customer)
        self.add_field("subject", self.tr("Su&bject:"), self.subject)
        self.add_row(_buddy(self.tr("Cate&gory:"), self.category), kind_row)
        self.add_field("channel", self.tr("Contact &via:"), self.channel)
        self.add_row(_buddy(self.tr("&Product:"), self.product), product_row)
        self.add_row(self.tr("Warranty:"), warranty_row)
        self.add_field("assignee", self.tr("&Assigned to:"), self.assignee)
        self.add_field("description", self.tr("&Description:"), self.description)
        self.add_row("", self.due_preview)
        self.field_widgets.update(
            category=self.category,
            priority=self.priority,
            product=self.product,
            serial_number=self.serial,
            warranty_end=self.warranty,
        )

        if ticket is not None and ticket.customer_id is not None:
            title = ticket.customer_name
            if ticket.customer_company and ticket.customer_company != ticket.customer_name:
                title = f"{ticket.customer_name} ({ticket.customer_company})"
            self.customer.set_customer(ticket.customer_id, title)
        self.has_warranty.toggled.connect(self.on_warranty_changed)
        self.warranty.dateChanged.connect(self.on_warranty_changed)
        self.priority.currentIndexChanged.connect(self.on_priority_changed)
        self.on_warranty_changed()
        self.on_priority_changed()
        (self.subject if ticket is not None else self.customer).setFocus()

    def on_warranty_changed(self, *_args: object) -> None:
        self.warranty.setEnabled(self.has_warranty.isChecked())
        end = self.warranty.date().toPython() if self.has_warranty.isChecked() else None
        state = in_warranty(end, dt.date.today())  # type: ignore[arg-type]
        if state is None:
            self.warranty_state.setText("")
        elif state:
            self.warranty_state.setText(self.tr("In warranty"))
            self.warranty_state.setStyleSheet("color: #2e7d32;")
        else:
            self.warranty_state.setText(self.tr("Out of warranty"))
            self.warranty_state.setStyleSheet(ERROR_STYLE)

    def on_priority_changed(self, *_args: object) -> None:
        opened = self.ticket.created_at if self.ticket else utcnow()
        dates = self.levels.due_dates(opened, self.priority.currentData())
        tz = self.levels.tz
        self.due_preview.setText(
            self.tr("First response due %1, resolution due %2 (business hours).")
            .replace("%1", format_local(dates.response_due_at, tz))
            .replace("%2", format_local(dates.resolution_due_at, tz))
        )

    def result_value(self) -> TicketInput:
        if self.customer.customer_id is None and not self.customer.pick_first_match():
            raise self.invalid("customer", self.tr("Choose the customer from the suggestions."))
        if not self.subject.text().strip():
            raise self.invalid("subject", self.tr("Say in a few words what the problem is."))
        warranty = self.warranty.date().toPython() if self.has_warranty.isChecked() else None
        return TicketInput(
            customer_id=self.customer.customer_id,
            subject=self.subject.text(),
            description=self.description.toPlainText(),
            category=self.category.currentData(),
            priority=self.priority.currentData(),
            channel=self.channel.currentData(),
            product=self.product.text(),
            serial_number=self.serial.text(),
            warranty_end=warranty,  # type: ignore[arg-type]
            assignee=self.assignee.currentText(),
        ).validated()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        levels: ServiceLevels,
        ticket: TicketRecord | None = None,
        assignees: list[str] | None = None,
        customer: tuple[int, str] | None = None,
    ) -> TicketInput | None:
        """Ask for a new ticket (``customer`` = (id, title) preselects one) or edit ``ticket``."""
        dialog = cls(ctx, levels, ticket, assignees or [], parent)
        if customer is not None and ticket is None:
            dialog.customer.set_customer(*customer)
            dialog.subject.setFocus()
        return dialog.exec_value()


class ResolveDialog(FormDialog[str]):
    """Resolving asks what was done: it goes on the work order and into the history."""

    def __init__(self, parent: QWidget | None, ticket: TicketRecord) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("&Resolve"))
        self.setWindowTitle(self.tr("Resolve %1").replace("%1", ticket.number))
        self.setMinimumWidth(440)
        heading = QLabel(ticket.subject)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        label = QLabel(self.tr("&How was it resolved?"))
        self.resolution = _text_box(ticket.resolution, "resolution", 100)
        self.resolution.setPlaceholderText(
            self.tr("e.g. Replaced the fuser unit, printed 20 test pages")
        )
        label.setBuddy(self.resolution)
        self.field_widgets["resolution"] = self.resolution
        self.body.addWidget(heading)
        self.body.addWidget(label)
        self.body.addWidget(self.resolution)
        self.resolution.setFocus()

    def result_value(self) -> str:
        text = self.resolution.toPlainText().strip()
        if not text:
            raise self.invalid(
                "resolution",
                self.tr("Describe the resolution: it is printed on the work order."),
            )
        return text


@dataclass(frozen=True)
class CloseResult:
    satisfaction: int | None
    comment: str
    call: FollowUpInput | None  # the satisfaction call to plan, if the user kept it


class CloseDialog(FormDialog[CloseResult]):
    """Closing asks for the customer's satisfaction (1-5, or "not asked yet") and proposes a
    satisfaction call. With ``rate_only`` it just records a score on a closed ticket."""

    def __init__(
        self,
        parent: QWidget | None,
        ticket: TicketRecord,
        proposal: FollowUpInput | None,
        tz: dt.tzinfo,
        rate_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("&Save") if rate_only else self.tr("C&lose ticket"))
        self.ticket, self.proposal, self.tz, self.rate_only = ticket, proposal, tz, rate_only
        self.setWindowTitle(
            self.tr("Satisfaction for %1").replace("%1", ticket.number)
            if rate_only
            else self.tr("Close %1").replace("%1", ticket.number)
        )
        self.setMinimumWidth(460)
        heading = QLabel(ticket.subject)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        question = QLabel(self.tr("How satisfied is the customer?"))
        self.scores = QButtonGroup(self)
        score_row = QHBoxLayout()
        self.unknown = QRadioButton(self.tr("Not asked yet"))
        self.unknown.setObjectName("scoreUnknown")
        if not rate_only:
            self.scores.addButton(self.unknown, 0)
            score_row.addWidget(self.unknown)
        captions = {1: self.tr("1 very unhappy"), 3: self.tr("3"), 5: self.tr("5 very happy")}
        for score in SATISFACTION_SCORES:
            button = QRadioButton(captions.get(score, str(score)))
            button.setObjectName(f"score{score}")
            self.scores.addButton(button, score)
            score_row.addWidget(button)
        score_row.addStretch(1)
        current = ticket.satisfaction
        checked = self.scores.button(current) if current else self.scores.button(0)
        if checked is not None:
            checked.setChecked(True)
        self.comment = _text_box(ticket.satisfaction_comment, "comment", 60)
        self.comment.setMaximumHeight(90)
        self.comment.setPlaceholderText(self.tr("What the customer said (optional)"))
        self.plan_call = QCheckBox(self.tr("Plan a satisfaction &call on"))
        self.plan_call.setObjectName("planCall")
        self.call_at = QDateTimeEdit()
        self.call_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.call_at.setObjectName("callAt")
        self.call_at.setCalendarPopup(True)
        call_row = QHBoxLayout()
        call_row.addWidget(self.plan_call)
        call_row.addWidget(self.call_at)
        call_row.addStretch(1)
        if proposal is not None:
            self.call_at.setDateTime(to_qdatetime(proposal.due_at, tz))
            self.plan_call.setChecked(True)
            self.plan_call.toggled.connect(self.call_at.setEnabled)
        else:
            self.plan_call.hide()
            self.call_at.hide()
        self.body.addWidget(heading)
        if not rate_only and not ticket.resolution.strip():
            warning = QLabel(self.tr("This ticket has no resolution on record."))
            warning.setStyleSheet(ERROR_STYLE)
            self.body.addWidget(warning)
        self.body.addWidget(question)
        self.body.addLayout(score_row)
        form = QFormLayout()
        self.add_field("comment", _buddy(self.tr("Comment:"), self.comment), self.comment, form)
        self.body.addLayout(form)
        self.body.addLayout(call_row)

    def result_value(self) -> CloseResult:
        score = self.scores.checkedId()
        if self.rate_only and score not in SATISFACTION_SCORES:
            raise self.invalid("satisfaction", self.tr("Choose a score from 1 to 5."))
        call = None
        if self.proposal is not None and self.plan_call.isChecked():
            call = replace(self.proposal, due_at=from_qdatetime(self.call_at.dateTime(), self.tz))
        known = score if score in SATISFACTION_SCORES else None
        return CloseResult(known, self.comment.toPlainText().strip(), call)
