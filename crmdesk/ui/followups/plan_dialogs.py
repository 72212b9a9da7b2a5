"""Dialogs for follow-ups the app plans: greetings, "stay in touch" cadence, satisfaction call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.cadence import UNIT_LABELS, Cadence, CadenceUnit
from crmdesk.domain.followups.greetings import OCCASIONS, next_occasion_day
from crmdesk.services.followups.plans import (
    get_cadence,
    plan_greetings,
    propose_satisfaction_call,
    set_cadence,
)
from crmdesk.services.followups.store import add_followup, customer_names
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.dialogs import FollowUpDialog
from crmdesk.ui.widgets.form_dialog import FormDialog
from crmdesk.ui.widgets.time import user_zone


@dataclass(frozen=True)
class GreetingChoice:
    occasion: str


class GreetingsDialog(FormDialog[GreetingChoice]):
    """Choose an occasion; a greeting message is planned for every customer (or birthdays)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("&Plan"))
        self.setWindowTitle(self.tr("Plan greetings"))
        self.occasion = QComboBox()
        self.occasion.setObjectName("occasion")
        for key, label in OCCASIONS:
            self.occasion.addItem(QCoreApplication.translate("Occasion", label), key)
        self.occasion.currentIndexChanged.connect(self.on_occasion_changed)
        self.when = QLabel()
        self.when.setObjectName("when")
        self.explain = QLabel(
            self.tr(
                "A WeChat / message follow-up is planned at 09:00 on the day for every customer "
                "(for birthdays: every customer with a birthday recorded). Customers who already "
                "have it planned are skipped."
            )
        )
        self.explain.setWordWrap(True)
        self.add_field("occasion", self.tr("&Occasion:"), self.occasion)
        self.add_row(self.tr("Date:"), self.when)
        self.body.addWidget(self.explain)
        self.setMinimumWidth(420)
        self.on_occasion_changed()

    def on_occasion_changed(self) -> None:
        occasion = self.occasion.currentData()
        if occasion == "birthday":
            self.when.setText(self.tr("Each customer's next birthday"))
            return
        today = utcnow().astimezone(user_zone()).date()
        try:
            self.when.setText(next_occasion_day(occasion, today).isoformat())
        except UserError as exc:
            self.when.setText(str(exc))

    def result_value(self) -> GreetingChoice:
        return GreetingChoice(self.occasion.currentData())

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext) -> None:
        """Ask, plan the greetings, say how many were added."""
        choice = cls.ask(parent)
        if choice is None:
            return
        tz = user_zone()
        today = utcnow().astimezone(tz).date()
        try:
            plan = plan_greetings(ctx.db, choice.occasion, None, today, tz)
        except UserError as exc:
            QMessageBox.warning(parent, cls.tr_title(), str(exc))
            return
        ctx.events.followups_changed.emit()
        ctx.events.customers_changed.emit()
        QMessageBox.information(
            parent,
            cls.tr_title(),
            QCoreApplication.translate("GreetingsDialog", "Planned %1 greetings (%2 skipped).")
            .replace("%1", str(plan.added))
            .replace("%2", str(plan.skipped)),
        )

    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("GreetingsDialog", "Plan greetings")


class CadenceDialog(FormDialog[tuple[Cadence | None]]):
    """'Stay in touch every N days/weeks/months', counted from the last real contact.

    ``ask`` returns (the cadence, or None for "no regular contact"), or None when cancelled.
    """

    def __init__(self, parent: QWidget | None, name: str, current: Cadence | None) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Save)
        self.setWindowTitle(self.tr("Stay in touch"))
        self.off = QRadioButton(self.tr("&No regular contact"))
        self.on = QRadioButton(self.tr("&Every"))
        self.on.setObjectName("cadenceOn")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, 999)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for unit in CadenceUnit:
            self.unit.addItem(QCoreApplication.translate("Cadence", UNIT_LABELS[unit]), unit)
        if current is not None:
            self.on.setChecked(True)
            self.count.setValue(current.count)
            self.unit.setCurrentIndex(list(CadenceUnit).index(current.unit))
        else:
            self.off.setChecked(True)
            self.count.setValue(1)
            self.unit.setCurrentIndex(list(CadenceUnit).index(CadenceUnit.MONTHS))
        heading = QLabel(self.tr("How often should you contact %1?").replace("%1", name))
        heading.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The next call is planned from the last real contact, so an early visit moves "
                "it later instead of adding another one."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.on)
        row.addWidget(self.count)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.field_widgets["cadence"] = self.count
        self.body.addWidget(heading)
        self.body.addWidget(self.off)
        self.body.addLayout(row)
        self.body.addWidget(note)
        self.count.valueChanged.connect(lambda _: self.on.setChecked(True))

    def result_value(self) -> tuple[Cadence | None]:
        if not self.on.isChecked():
            return (None,)
        return (Cadence(self.count.value(), self.unit.currentData()),)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, customer_id: int) -> bool:
        """Ask and save a customer's cadence (also for the customers screen); True if saved."""
        names = customer_names(ctx.db, customer_id)
        if names is None:
            return False
        answer = cls.ask(parent, names[0], get_cadence(ctx.db, customer_id))
        if answer is None:
            return False
        set_cadence(ctx.db, customer_id, answer[0], tz=user_zone())
        ctx.events.followups_changed.emit()
        ctx.events.customers_changed.emit()
        return True


class SatisfactionCallDialog:
    """After a ticket is closed: propose the satisfaction call in the follow-up dialog."""

    @staticmethod
    def ask(
        parent: QWidget | None,
        ctx: AppContext,
        ticket_id: int,
        customer_id: int | None,
        when: dt.datetime | None = None,
    ) -> FollowUpInput | None:
        proposal = propose_satisfaction_call(ctx.db, ticket_id, customer_id, when, user_zone())
        if proposal is None:
            return None
        title = QCoreApplication.translate("SatisfactionCall", "Plan a satisfaction call")
        # the lists show "Satisfaction call: <ticket>" from the occasion, so the subject stays bare
        return FollowUpDialog.ask(parent, ctx, initial=proposal, title=title)

    @staticmethod
    def run(
        parent: QWidget | None,
        ctx: AppContext,
        ticket_id: int,
        customer_id: int | None,
        when: dt.datetime | None = None,
    ) -> int | None:
        """Propose, let the user adjust or cancel, save; return the follow-up id or None."""
        data = SatisfactionCallDialog.ask(parent, ctx, ticket_id, customer_id, when)
        if data is None:
            return None
        followup_id = add_followup(ctx.db, data, tz=user_zone())
        ctx.events.followups_changed.emit()
        ctx.events.customers_changed.emit()
        return followup_id
