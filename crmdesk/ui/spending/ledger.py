"""The ledger page: every entry of the chosen plan, add/edit/delete with undo, CSV import."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.services.spending.actuals import PlanChoice
from crmdesk.services.spending.ledger import PlanFilter, SpendingRecord, list_spending
from crmdesk.ui.context import AppContext
from crmdesk.ui.spending.commands import (
    AddSpendingCommand,
    DeleteSpendingCommand,
    EditSpendingCommand,
)
from crmdesk.ui.spending.common import category_label, money
from crmdesk.ui.widgets.elide import elide_with_tooltips
from crmdesk.ui.widgets.list_screen import ListScreen
from crmdesk.ui.widgets.table import NUMERIC, Column, ObjectRole, RecordTableModel, SortRole

log = logging.getLogger(__name__)


class LedgerModel(RecordTableModel[SpendingRecord]):
    """Ledger lines. A project's ledger holds hundreds of lines, so the model keeps them all
    (no paging) and a proxy sorts them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    "date",
                    lambda: self.tr("Date"),
                    lambda record: record.day.isoformat(),
                    lambda record: record.day.toordinal(),
                ),
                Column(
                    "category",
                    lambda: self.tr("Category"),
                    lambda record: category_label(record.category),
                    lambda record: category_label(record.category).casefold(),
                ),
                Column(
                    "amount",
                    lambda: self.tr("Amount"),
                    lambda record: money(record.amount),
                    # sorting only; the figure shown stays Decimal
                    lambda record: float(record.amount),
                    NUMERIC,
                ),
                Column(
                    "supplier",
                    lambda: self.tr("Supplier"),
                    lambda record: record.supplier,
                    lambda record: record.supplier.casefold(),
                ),
                Column(
                    "note",
                    lambda: self.tr("Note"),
                    lambda record: record.note.replace("\n", " "),
                    lambda record: record.note.replace("\n", " ").casefold(),
                    tooltip=lambda record: record.note or None,
                ),
                Column(
                    "plan",
                    lambda: self.tr("Plan"),
                    self._plan_text,
                    lambda record: self._plan_text(record).casefold(),
                ),
            ],
            parent,
        )

    def _plan_text(self, record: SpendingRecord) -> str:
        return record.plan_name or self.tr("No plan")

    def total(self) -> Decimal:
        return sum((r.amount for r in self.records), Decimal(0))


class LedgerPage(ListScreen):
    """The ledger of one plan (or of entries linked to none, or of all). A tab of the spending
    window, which names it and holds the undo shortcuts, so the page shows no heading."""

    changed = Signal()  # after any edit or import, once the ledger is reloaded

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(ctx, "", parent, undo_stack=undo_stack)
        self.plan: PlanFilter = "all"
        self.plans: list[PlanChoice] = []
        self.currency = ""
        self.model = LedgerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        elide_with_tooltips(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("date"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.column_index("note"), QHeaderView.ResizeMode.Stretch)
        # the note takes what is left; the other columns are as wide as what they hold
        for key in ("date", "category", "amount", "supplier", "plan"):
            header.setSectionResizeMode(
                self.model.column_index(key), QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.doubleClicked.connect(self.on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_entry_action = self.add_action(self.tr("&Add…"), self.on_add_button_clicked)
        self.edit_action = self.add_action(
            self.tr("&Edit…"), self.on_edit_button_clicked, needs="one"
        )
        self.delete_action = self.add_action(
            self.tr("&Delete"), self.on_delete_button_clicked, needs="any"
        )
        self.add_undo_redo()
        self.add_bar_stretch()
        self.import_action = self.add_action(self.tr("&Import CSV…"), self.on_import_button_clicked)
        self.undo_import_action = self.add_action(
            self.tr("Undo last import…"), self.on_undo_import_button_clicked
        )
        self.add_button = self.button_for(self.add_entry_action)
        self.edit_button = self.button_for(self.edit_action)
        self.delete_button = self.button_for(self.delete_action)
        self.undo_button = self.button_for(self.undo_action)
        self.import_button = self.button_for(self.import_action)
        self.undo_import_button = self.button_for(self.undo_import_action)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.on_delete_button_clicked)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.total_label)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def set_plan(self, plan: PlanFilter, plans: Sequence[PlanChoice], currency: str) -> None:
        self.plan, self.plans, self.currency = plan, list(plans), currency
        self.reload()

    def reload(self) -> None:
        self.model.set_records(list_spending(self.ctx.db, self.plan))
        count = self.model.rowCount()
        self.total_label.setText(
            self.tr("%n entries, %1 in total", "", count).replace(
                "%1", money(self.model.total(), self.currency)
            )
        )
        self._update_buttons()

    def selected_count(self) -> int:
        return len(self.table.selectionModel().selectedRows())

    def _update_buttons(self) -> None:
        self.selection_changed()
        from crmdesk.services.spending.imports import last_spending_import

        self.undo_import_action.setEnabled(last_spending_import(self.ctx.db) is not None)

    def selected_records(self) -> list[SpendingRecord]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, ObjectRole) for index in rows]

    def _changed(self) -> None:
        self.reload()
        self.ctx.events.spending_changed.emit()
        self.changed.emit()

    # --- editing -------------------------------------------------------------------------

    def _plan_id(self) -> int | None:
        return self.plan if isinstance(self.plan, int) else None

    def on_add_button_clicked(self) -> None:
        from crmdesk.ui.spending.entry_dialog import SpendingEntryDialog

        entry = SpendingEntryDialog.ask(self, self.plans, plan_id=self._plan_id())
        if entry is not None:
            self.undo_stack.push(AddSpendingCommand(self.ctx.db, entry, self._changed))

    def on_edit_button_clicked(self) -> None:
        from crmdesk.ui.spending.entry_dialog import SpendingEntryDialog

        records = self.selected_records()
        if len(records) != 1:
            return
        record = records[0]
        entry = SpendingEntryDialog.ask(self, self.plans, record.as_input())
        if entry is not None and entry != record.as_input():
            self.undo_stack.push(
                EditSpendingCommand(self.ctx.db, record.id, record.as_input(), entry, self._changed)
            )

    def on_delete_button_clicked(self) -> None:
        records = self.selected_records()
        if records:
            # no question asked: Undo brings the entries back
            ids = [r.id for r in records]
            self.undo_stack.push(DeleteSpendingCommand(self.ctx.db, ids, self._changed))

    # --- import --------------------------------------------------------------------------

    def on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import spending"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Preview ``path`` in the background, ask, then import in the background."""
        from crmdesk.services.spending.imports import preview_spending_file
        from crmdesk.ui.spending.common import translated_categories

        db, plan_id, extra = self.ctx.db, self._plan_id(), translated_categories()
        self.ctx.tasks.run(
            lambda progress: preview_spending_file(db, path, plan_id, extra, progress),
            title=self.tr("Reading %1").replace("%1", path.name),
            parent=self,
            on_success=lambda preview: self._confirm_import(path, preview),
        )

    def _confirm_import(self, path: Path, preview: Any) -> None:
        from crmdesk.services.spending.imports import import_spending_file
        from crmdesk.ui.spending.common import translated_categories
        from crmdesk.ui.spending.import_dialog import SpendingImportDialog

        if not SpendingImportDialog.ask(self, preview, self.currency):
            return
        db, plan_id, extra = self.ctx.db, self._plan_id(), translated_categories()
        self.ctx.tasks.run(
            lambda progress: import_spending_file(db, path, plan_id, extra, progress),
            title=self.tr("Importing %1").replace("%1", path.name),
            parent=self,
            on_success=self._imported,
        )

    def _imported(self, result: Any) -> None:
        self._changed()
        QMessageBox.information(
            self,
            self.tr("Import finished"),
            self.tr("%n entries added; %1 skipped.", "", result.added).replace(
                "%1", str(result.duplicates + result.invalid)
            ),
        )

    def on_undo_import_button_clicked(self) -> None:
        from crmdesk.services.spending.imports import last_spending_import, undo_spending_import

        last = last_spending_import(self.ctx.db)
        if last is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Remove the %n entries imported from %1?", "", last.added).replace(
                "%1", last.file_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_spending_import(self.ctx.db, last.batch_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Undo import"), str(error))
            return
        self._changed()
