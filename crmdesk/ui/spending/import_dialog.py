"""The import preview: what each row of the file becomes, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crmdesk.domain.sentence import FieldError
from crmdesk.services.spending.imports import PreviewRow, SpendingPreview
from crmdesk.ui.spending.common import OVER_COLOUR, category_label, money, render
from crmdesk.ui.widgets.form_dialog import FormDialog

MAX_ROWS_SHOWN = 2000


class SpendingImportDialog(FormDialog[bool]):
    """Shows the dry run; ``ask`` returns True when the user chose to import, else None."""

    def __init__(self, parent: QWidget | None, preview: SpendingPreview, currency: str) -> None:
        super().__init__(parent)
        self.import_button = self.ok_button
        self.import_button.setText(self.tr("Import %n entries", "", preview.new))
        self.import_button.setEnabled(preview.new > 0)
        self.setWindowTitle(self.tr("Import spending from %1").replace("%1", preview.file_name))
        self.preview = preview
        self.currency = currency
        self.summary_label = QLabel(self._summary())
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Date"),
                self.tr("Category"),
                self.tr("Amount"),
                self.tr("Supplier"),
                self.tr("Result"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for row in preview.rows[:MAX_ROWS_SHOWN]:
            self._add_row(row)
        self.table.resizeColumnsToContents()
        self.body.addWidget(self.summary_label)
        self.body.addWidget(self.table, 1)
        self.resize(820, 480)

    def result_value(self) -> bool:
        return True

    def _summary(self) -> str:
        p = self.preview
        delimiter = {"\t": self.tr("tab"), ",": ",", ";": ";", "|": "|"}.get(
            p.delimiter, p.delimiter
        )
        return (
            self.tr(
                "%1 new, %2 already in the ledger (skipped), %3 with problems (skipped)."
                " Encoding %4, columns separated by %5."
            )
            .replace("%1", str(p.new))
            .replace("%2", str(p.duplicates))
            .replace("%3", str(p.invalid))
            .replace("%4", p.encoding)
            .replace("%5", delimiter)
        )

    def _add_row(self, row: PreviewRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        entry = row.entry
        if entry is not None:
            cells = [
                entry.day.isoformat(),
                category_label(entry.category),
                money(entry.amount, self.currency),
                entry.supplier,
            ]
        else:
            cells = list(row.values[:4]) + [""] * max(0, 4 - len(row.values))
        if row.problem is not None:
            problem = row.problem
            reason = render(problem.sentence) if isinstance(problem, FieldError) else problem.reason
            result = self.tr("%1: %2").replace("%1", problem.field).replace("%2", reason)
        elif row.duplicate:
            result = self.tr("Already in the ledger: skipped")
        else:
            result = self.tr("New")
        for column, text in enumerate([str(row.line), *cells, result]):
            item = QTableWidgetItem(text)
            if column == 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.problem is not None:
                item.setBackground(QBrush(OVER_COLOUR))
            elif row.duplicate:
                item.setForeground(QBrush(Qt.GlobalColor.gray))
            self.table.setItem(index, column, item)
