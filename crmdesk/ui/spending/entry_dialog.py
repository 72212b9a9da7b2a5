"""The dialog for one spending entry: date, category, amount, supplier, note, plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import format_money, parse_amount
from crmdesk.domain.sentence import FieldError
from crmdesk.services.spending.actuals import PlanChoice
from crmdesk.services.spending.ledger import SpendingInput
from crmdesk.ui.spending.common import COST_KEYS, category_label, from_qdate, render, to_qdate


class SpendingEntryDialog(QDialog):
    """Add or edit an entry; ``ask`` returns the validated input or None."""

    def __init__(
        self,
        parent: QWidget | None,
        plans: Sequence[PlanChoice],
        initial: SpendingInput | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit spending") if initial else self.tr("Add spending"))
        self.result_input: SpendingInput | None = None
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
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.tr("&Amount:"), self.amount_edit)
        form.addRow(self.tr("&Supplier:"), self.supplier_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Plan:"), self.plan_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.fields: dict[str, QWidget] = {
            "amount": self.amount_edit,
            "supplier": self.supplier_edit,
            "note": self.note_edit,
            "category": self.category_combo,
            "plan": self.plan_combo,
        }
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
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_input

    def _show_error(self, field: str, message: str) -> None:
        names = {
            "amount": self.tr("Amount"),
            "supplier": self.tr("Supplier"),
            "note": self.tr("Note"),
            "category": self.tr("Category"),
            "plan": self.tr("Plan"),
        }
        self.error_label.setText(
            self.tr("%1: %2").replace("%1", names.get(field, field)).replace("%2", message)
        )
        self.error_label.show()
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        try:
            amount = parse_amount(self.amount_edit.text(), "amount")
            entry = SpendingInput(
                day=from_qdate(self.date_edit.date()),
                category=str(self.category_combo.currentData()),
                amount=amount,
                supplier=self.supplier_edit.text(),
                note=self.note_edit.toPlainText(),
                plan_id=self.plan_combo.currentData(),
            ).validated()
        except ValidationError as error:
            reason = render(error.sentence) if isinstance(error, FieldError) else error.reason
            self._show_error(error.field, reason)
            return
        self.result_input = entry
        super().accept()
