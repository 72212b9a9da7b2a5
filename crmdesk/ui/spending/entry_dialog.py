"""The dialog for one spending entry: date, category, amount, supplier, note, plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.money import format_money, parse_amount
from crmdesk.domain.sentence import FieldError
from crmdesk.services.spending.actuals import PlanChoice
from crmdesk.services.spending.ledger import SpendingInput
from crmdesk.ui.spending.common import COST_KEYS, category_label, from_qdate, render, to_qdate
from crmdesk.ui.widgets.form_dialog import FormDialog


class SpendingEntryDialog(FormDialog[SpendingInput]):
    """Add or edit an entry; ``ask`` returns the validated input or None."""

    def __init__(
        self,
        parent: QWidget | None,
        plans: Sequence[PlanChoice],
        initial: SpendingInput | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit spending") if initial else self.tr("Add spending"))
        start = initial or SpendingInput(dt.date.today(), COST_KEYS[0], Decimal(0))
        self.date_edit = QDateEdit(to_qdate(start.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.category_combo = QComboBox()
        for key in COST_KEYS:
            self.category_combo.addItem(category_label(key), key)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(start.category)))
        self.amount_edit = QLineEdit(format_money(start.amount) if initial else "")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 12,800.00"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.supplier_edit = QLineEdit(start.supplier)
        self.supplier_edit.setMaxLength(200)
        self.note_edit = QPlainTextEdit(start.note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.plan_combo = QComboBox()
        self.plan_combo.addItem(self.tr("No plan"), None)
        for plan in plans:
            self.plan_combo.addItem(plan.name, plan.id)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(start.plan_id)))

        self.add_field("day", self.tr("&Date:"), self.date_edit)
        self.add_field("category", self.tr("&Category:"), self.category_combo)
        self.add_field("amount", self.tr("&Amount:"), self.amount_edit)
        self.add_field("supplier", self.tr("&Supplier:"), self.supplier_edit)
        self.add_field("note", self.tr("&Note:"), self.note_edit)
        self.add_field("plan", self.tr("&Plan:"), self.plan_combo)
        self.resize(420, self.sizeHint().height())
        (self.amount_edit if not initial else self.date_edit).setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        plans: Sequence[PlanChoice],
        initial: SpendingInput | None = None,
        plan_id: int | None = None,
    ) -> SpendingInput | None:
        """Open the dialog; the entry typed (validated), or None if cancelled."""
        dialog = cls(parent, plans, initial)
        if initial is None and plan_id is not None:
            dialog.plan_combo.setCurrentIndex(max(0, dialog.plan_combo.findData(plan_id)))
        return dialog.exec_value()

    def error_text(self, error: UserError) -> str:
        if not isinstance(error, ValidationError):
            return str(error)
        reason = render(error.sentence) if isinstance(error, FieldError) else error.reason
        names = {
            "amount": self.tr("Amount"),
            "supplier": self.tr("Supplier"),
            "note": self.tr("Note"),
            "category": self.tr("Category"),
            "plan": self.tr("Plan"),
        }
        field = error.field
        return self.tr("%1: %2").replace("%1", names.get(field, field)).replace("%2", reason)

    def result_value(self) -> SpendingInput:
        amount = parse_amount(self.amount_edit.text(), "amount")
        return SpendingInput(
            day=from_qdate(self.date_edit.date()),
            category=str(self.category_combo.currentData()),
            amount=amount,
            supplier=self.supplier_edit.text(),
            note=self.note_edit.toPlainText(),
            plan_id=self.plan_combo.currentData(),
        ).validated()
