"""A line edit that finds a customer as you type (name, company, phone, pinyin)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crmdesk.services.customers.store import CustomerSummary, list_customers
from crmdesk.ui.context import AppContext

SUGGESTIONS = 30


def customer_title(customer: CustomerSummary) -> str:
    if customer.company:
        return f"{customer.name} ({customer.company})"
    return customer.name


class CustomerPicker(QLineEdit):
    """``customer_id`` is set when the user picks a suggestion; typing clears it."""

    customer_changed = Signal(object)  # int | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._matches: list[CustomerSummary] = []
        self.setPlaceholderText(self.tr("Type a name, company or phone number"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the service already filtered (pinyin, phone digits): show every match as is
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self.on_completer_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(self.on_text_edited)

    def set_customer(self, customer_id: int | None, title: str = "") -> None:
        self.customer_id = customer_id
        self.setText(title)
        self.customer_changed.emit(customer_id)

    def on_text_edited(self, text: str) -> None:
        if self.customer_id is not None:
            self.customer_id = None
            self.customer_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self.completer_.popup().hide()

    def refresh_suggestions(self) -> None:
        self._matches = list_customers(self.ctx.db, search=self.text(), limit=SUGGESTIONS)
        self._model.setStringList([customer_title(c) for c in self._matches])
        if self._matches:
            self.completer_.complete()

    def on_completer_activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._matches):
            chosen = self._matches[row]
            # the completer writes the text itself after this slot; write ours afterwards
            QTimer.singleShot(0, lambda: self.set_customer(chosen.id, customer_title(chosen)))
            self.customer_id = chosen.id

    def pick_first_match(self) -> bool:
        """Choose the only/first match for the typed text (Enter without using the popup)."""
        if self.customer_id is not None:
            return True
        if not self.text().strip():
            return False
        matches = list_customers(self.ctx.db, search=self.text(), limit=2)
        if len(matches) != 1:
            return False
        self.set_customer(matches[0].id, customer_title(matches[0]))
        return True
