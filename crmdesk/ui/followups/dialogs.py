"""Add/edit a follow-up, and complete one with its outcome and the next step.

Dialogs return values; the caller saves through the services. :func:`quick_add_followup` is the
one-call entry for "new follow-up" buttons anywhere (Ctrl+Shift+F, a customer's detail page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.rules import (
    KINDS,
    REMINDER_CHOICES,
    next_step_due,
    proposed_due,
)
from crmdesk.services.followups.store import FollowUpRecord, add_followup, customer_names
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.common import customer_text, kind_label, reminder_label, subject_text
from crmdesk.ui.followups.customer_picker import CustomerPicker
from crmdesk.ui.widgets.form_dialog import FormDialog
from crmdesk.ui.widgets.time import format_local, from_qdatetime, to_qdatetime, user_zone


def _kind_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for key, _ in KINDS:
        combo.addItem(kind_label(key), key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _reminder_combo(current: int | None) -> QComboBox:
    combo = QComboBox()
    choices = list(REMINDER_CHOICES)
    if current not in choices:
        choices.append(current)
    for minutes in choices:
        combo.addItem(reminder_label(minutes), minutes)
    combo.setCurrentIndex(choices.index(current))
    return combo


def _datetime_edit(value: dt.datetime, tz: dt.tzinfo) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value, tz))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


class FollowUpDialog(FormDialog[FollowUpInput]):
    """Add or edit one follow-up. ``ask`` returns the filled-in input, or None on Cancel."""

    default_field = "subject"

    def __init__(
        self, ctx: AppContext, initial: FollowUpInput, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save)
        self.ctx = ctx
        self.tz = user_zone()
        self.initial = initial
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.customer = CustomerPicker(ctx)
        self.customer.setObjectName("customer")
        if initial.customer_id is not None:
            names = customer_names(ctx.db, initial.customer_id)
            if names is not None:
                name, company = names
                self.customer.set_customer(
                    initial.customer_id, f"{name} ({company})" if company else name
                )
        self.kind = _kind_combo(initial.kind)
        self.due = _datetime_edit(initial.due_at, self.tz)
        self.subject = QLineEdit(initial.subject)
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(200)
        self.notes = QPlainTextEdit(initial.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.reminder = _reminder_combo(initial.reminder_minutes)
        self.add_field("customer", self.tr("&Customer:"), self.customer)
        self.add_field("kind", self.tr("&Type:"), self.kind)
        self.add_field("due_at", self.tr("&When:"), self.due)
        self.add_field("subject", self.tr("&Subject:"), self.subject)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.add_field("reminder", self.tr("&Reminder:"), self.reminder)
        (self.subject if initial.customer_id is not None else self.customer).setFocus()

    def result_value(self) -> FollowUpInput:
        if self.customer.customer_id is None and not self.customer.pick_first_match():
            raise self.invalid("customer", self.tr("Choose a customer from the suggestions."))
        return FollowUpInput(
            customer_id=self.customer.customer_id,
            due_at=from_qdatetime(self.due.dateTime(), self.tz),
            kind=self.kind.currentData(),
            subject=self.subject.text(),
            notes=self.notes.toPlainText(),
            reminder_minutes=self.reminder.currentData(),
            occasion=self.initial.occasion,
            ticket_id=self.initial.ticket_id,
        ).validated()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        customer_id: int | None = None,
        initial: FollowUpInput | None = None,
        title: str = "",
    ) -> FollowUpInput | None:
        """Open the dialog; ``customer_id`` preselects the customer of a new follow-up."""
        if initial is None:
            # the next full hour of the working day (09:00 after midnight, tomorrow after 17:00)
            due = proposed_due(utcnow(), user_zone())
            initial = FollowUpInput(
                customer_id=customer_id,
                due_at=due.astimezone(dt.UTC),
                reminder_minutes=ctx.settings.get(settings.FOLLOWUP_REMINDER_MINUTES),
            )
        return cls(ctx, initial, title or cls.tr_title(), parent).exec_value()

    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("FollowUpDialog", "New follow-up")


def quick_add_followup(
    parent: QWidget | None, ctx: AppContext, customer_id: int | None = None
) -> int | None:
    """Ask for a new follow-up (optionally for ``customer_id``), save it, tell the other screens.

    Returns the new follow-up's id, or None if the user cancelled.
    """
    data = FollowUpDialog.ask(parent, ctx, customer_id=customer_id)
    if data is None:
        return None
    try:
        followup_id = add_followup(ctx.db, data, tz=user_zone())
    except UserError as exc:
        QMessageBox.warning(parent, FollowUpDialog.tr_title(), str(exc))
        return None
    ctx.events.followups_changed.emit()
    ctx.events.customers_changed.emit()
    return followup_id


@dataclass(frozen=True)
class CompleteResult:
    outcome: str
    next_step: FollowUpInput | None


class CompleteDialog(FormDialog[CompleteResult]):
    """Mark a follow-up done: what came of it, and (checked by default) the next step."""

    def __init__(
        self, parent: QWidget | None, record: FollowUpRecord, default_days: int = 7
    ) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("Mark &done"))
        self.record = record
        self.tz = user_zone()
        self.now = utcnow()
        self.setWindowTitle(self.tr("Complete follow-up"))
        self.setMinimumWidth(460)
        what = QLabel(
            self.tr("%1 with %2, due %3")
            .replace("%1", kind_label(record.kind))
            .replace("%2", customer_text(record) or self.tr("no customer"))
            .replace("%3", format_local(record.due_at, self.tz))
        )
        what.setWordWrap(True)
        heading = QLabel(subject_text(record))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What came of it? (e.g. wants a quote by Friday)"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(80)

        self.next_box = QGroupBox(self.tr("Schedule the &next step"))
        self.next_box.setObjectName("nextStep")
        self.next_box.setCheckable(True)
        self.next_box.setChecked(True)
        self.next_kind = _kind_combo(record.kind)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        self.next_due = _datetime_edit(next_step_due(self.now, default_days, self.tz), self.tz)
        self.next_due.setObjectName("nextDue")
        self.days.setValue(default_days)
        self.days.valueChanged.connect(self.on_days_value_changed)
        self.next_subject = QLineEdit(record.subject)
        self.next_subject.setObjectName("nextSubject")
        lead = record.reminder_minutes if record.reminder_minutes is not None else 15
        self.keep_reminder = QCheckBox(
            self.tr("Remind me (%1)").replace("%1", reminder_label(lead))
        )
        self.keep_reminder.setChecked(True)
        form = QFormLayout(self.next_box)
        self.add_field("kind", self.tr("Type:"), self.next_kind, form)
        form.addRow(self.tr("In:"), self.days)
        self.add_field("due_at", self.tr("When:"), self.next_due, form)
        self.add_field("subject", self.tr("Subject:"), self.next_subject, form)
        self.add_field("reminder", "", self.keep_reminder, form)

        self.body.addWidget(heading)
        self.body.addWidget(what)
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome)
        self.body.addWidget(outcome_label)
        self.body.addWidget(self.outcome)
        self.body.addWidget(self.next_box)
        self.outcome.setFocus()

    def on_days_value_changed(self, days: int) -> None:
        # keep the time of day the user may have chosen; move only the date
        current = from_qdatetime(self.next_due.dateTime(), self.tz).astimezone(self.tz)
        day = self.now.astimezone(self.tz).date() + dt.timedelta(days=days)
        moved = dt.datetime.combine(day, current.time(), tzinfo=self.tz)
        self.next_due.setDateTime(to_qdatetime(moved, self.tz))

    def result_value(self) -> CompleteResult:
        next_step = None
        if self.next_box.isChecked():
            lead = self.record.reminder_minutes
            next_step = FollowUpInput(
                customer_id=self.record.customer_id,
                due_at=from_qdatetime(self.next_due.dateTime(), self.tz),
                kind=self.next_kind.currentData(),
                subject=self.next_subject.text(),
                reminder_minutes=(lead if lead is not None else 15)
                if self.keep_reminder.isChecked()
                else None,
            ).validated()
        return CompleteResult(self.outcome.toPlainText().strip(), next_step)

    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("CompleteDialog", "Complete follow-up")


def complete_with_dialog(parent: QWidget | None, ctx: AppContext, record: FollowUpRecord) -> bool:
    """Ask for the outcome and next step, save both; True when saved."""
    from crmdesk.services.followups.store import complete_followup

    result = CompleteDialog.ask(parent, record, ctx.settings.get(settings.FOLLOWUP_NEXT_STEP_DAYS))
    if result is None:
        return False
    try:
        complete_followup(ctx.db, record.id, result.outcome, result.next_step, tz=user_zone())
    except UserError as exc:
        QMessageBox.warning(parent, CompleteDialog.tr_title(), str(exc))
        return False
    ctx.events.followups_changed.emit()
    ctx.events.customers_changed.emit()
    return True
