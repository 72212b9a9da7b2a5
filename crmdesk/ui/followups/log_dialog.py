"""Log a contact that happened (call, visit, WeChat, e-mail) with its outcome, in one dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.rules import next_step_due
from crmdesk.services.followups.contacts import log_contact
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.dialogs import _datetime_edit, _kind_combo
from crmdesk.ui.widgets.form_dialog import FormDialog
from crmdesk.ui.widgets.time import from_qdatetime, to_qdatetime, user_zone


@dataclass(frozen=True)
class LoggedInput:
    contact: FollowUpInput
    outcome: str
    next_step: FollowUpInput | None


class LogContactDialog(FormDialog[LoggedInput]):
    """What happened (type, when, subject, outcome) and, if ticked, the next step."""

    default_field = "outcome"

    def __init__(
        self,
        parent: QWidget | None,
        customer_id: int,
        customer_name: str,
        kind: str,
        next_days: int,
    ) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("&Log it"))
        self.customer_id = customer_id
        self.tz = user_zone()
        self.now = utcnow().replace(second=0, microsecond=0)
        self.setWindowTitle(self.tr("Log a contact with %1").replace("%1", customer_name))
        self.setMinimumWidth(460)
        self.kind = _kind_combo(kind)
        self.kind.setObjectName("kind")
        self.when = _datetime_edit(self.now, self.tz)
        self.when.setObjectName("when")
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(200)
        self.subject.setPlaceholderText(self.tr("e.g. Asked about the new price list"))
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What came of it? (e.g. wants a quote by Friday)"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(80)
        self.add_field("kind", self.tr("&Type:"), self.kind)
        self.add_field("due_at", self.tr("&When:"), self.when)
        self.add_field("subject", self.tr("&Subject:"), self.subject)
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome)

        self.next_box = QGroupBox(self.tr("Schedule the &next step"))
        self.next_box.setObjectName("nextStep")
        self.next_box.setCheckable(True)
        self.next_box.setChecked(False)
        self.next_kind = _kind_combo(kind)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(next_days)
        self.next_due = _datetime_edit(next_step_due(self.now, next_days, self.tz), self.tz)
        self.next_due.setObjectName("nextDue")
        self.days.valueChanged.connect(self.on_days_value_changed)
        self.next_subject = QLineEdit()
        self.next_subject.setObjectName("nextSubject")
        form = QFormLayout(self.next_box)
        form.addRow(self.tr("Type:"), self.next_kind)
        form.addRow(self.tr("In:"), self.days)
        self.add_field("next_due_at", self.tr("When:"), self.next_due, form)
        self.add_field("next_subject", self.tr("Subject:"), self.next_subject, form)
        self.body.addWidget(self.next_box)
        self.outcome.setFocus()

    def on_days_value_changed(self, days: int) -> None:
        current = from_qdatetime(self.next_due.dateTime(), self.tz).astimezone(self.tz)
        day = self.now.astimezone(self.tz).date() + dt.timedelta(days=days)
        moved = dt.datetime.combine(day, current.time(), tzinfo=self.tz)
        self.next_due.setDateTime(to_qdatetime(moved, self.tz))

    def result_value(self) -> LoggedInput:
        when = from_qdatetime(self.when.dateTime(), self.tz)
        if when > utcnow() + dt.timedelta(minutes=5):
            raise self.invalid(
                "due_at", self.tr("That is in the future: plan it as a follow-up instead.")
            )
        contact = FollowUpInput(
            customer_id=self.customer_id,
            due_at=when,
            kind=self.kind.currentData(),
            subject=self.subject.text(),
            reminder_minutes=None,
        ).validated()
        next_step = None
        if self.next_box.isChecked():
            next_step = FollowUpInput(
                customer_id=self.customer_id,
                due_at=from_qdatetime(self.next_due.dateTime(), self.tz),
                kind=self.next_kind.currentData(),
                subject=self.next_subject.text() or self.subject.text(),
            ).validated()
        return LoggedInput(contact, self.outcome.toPlainText().strip(), next_step)

    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("LogContactDialog", "Log a contact")


def log_contact_with_dialog(
    parent: QWidget | None, ctx: AppContext, customer_id: int, customer_name: str, kind: str
) -> bool:
    """Ask what happened, store it as a done follow-up (and the next step); True when saved."""
    days = ctx.settings.get(settings.FOLLOWUP_NEXT_STEP_DAYS)
    result = LogContactDialog.ask(parent, customer_id, customer_name, kind, days)
    if result is None:
        return False
    try:
        log_contact(ctx.db, result.contact, result.outcome, result.next_step, tz=user_zone())
    except UserError as exc:
        QMessageBox.warning(parent, LogContactDialog.tr_title(), str(exc))
        return False
    ctx.events.followups_changed.emit()
    ctx.events.customers_changed.emit()
    return True
