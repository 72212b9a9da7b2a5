"""The "other lines" table on each cost page and the benefits page: any line the fixed rows
do not cover, typed as text into the form's ``ExtraLine`` list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    COST_CATEGORY_LABELS,
    ITEM_KIND_LABELS,
    ItemKind,
    sub_item_label,
)
from crmdesk.domain.planning.form.build import FormProblem
from crmdesk.domain.planning.form.fields import PAGE_CATEGORIES
from crmdesk.domain.planning.form.keys import ExtraLine, PageKey
from crmdesk.ui.planner.text import render, tr
from crmdesk.ui.planner.wizard.state import WizardState

COL_LABEL, COL_CATEGORY, COL_KIND, COL_AMOUNT, COL_FROM, COL_TO, COL_RISE = range(7)
TEXT_FIELDS = {COL_LABEL: "label", COL_AMOUNT: "amount", COL_TO: "to_year", COL_RISE: "escalation"}
FIELD_COLUMNS = {
    "label": COL_LABEL,
    "category": COL_CATEGORY,
    "kind": COL_KIND,
    "amount": COL_AMOUNT,
    "year": COL_FROM,
    "from_year": COL_FROM,
    "to_year": COL_TO,
    "escalation": COL_RISE,
}
ERROR_BRUSH = QBrush(QColor("#ffd7d7"))


class ExtraLinesEditor(QWidget):
    """A table of extra lines for one page; edits go straight into the form."""

    edited = Signal()

    def __init__(self, state: WizardState, page: PageKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.page = page
        self._loading = False
        self.categories = [c for c in PAGE_CATEGORIES[page] if c != "contingency"]
        self.table = QTableWidget(0, 7)
        self.table.setObjectName(f"lines_{page.value}")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Category"),
                self.tr("When"),
                self.tr("Amount"),
                self.tr("Year / from"),
                self.tr("To year"),
                self.tr("Rise per year"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        self.table.setToolTip(
            self.tr(
                "Any other line. One-off: paid once in the year given (0 = at the start)."
                " Every year / per user per month: from the first to the last year given."
            )
        )
        self.table.itemChanged.connect(self.on_table_item_changed)
        add = QPushButton(self.tr("Add line"))
        add.setObjectName(f"add_line_{page.value}")
        add.clicked.connect(self.add_line)
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    @property
    def lines(self) -> list[ExtraLine]:
        return self.state.form.lines(self.page)

    def _category_label(self, key: str) -> str:
        labels = BENEFIT_CATEGORY_LABELS if self.page is PageKey.BENEFITS else COST_CATEGORY_LABELS
        return tr("Plan", labels[key])

    def load(self) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for line in self.lines:
            self._append_row(line)
        self._loading = False

    def _append_row(self, line: ExtraLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        one_off = line.kind == ItemKind.ONE_OFF.value
        texts = {
            COL_LABEL: line.label,
            COL_AMOUNT: line.amount,
            COL_FROM: line.year if one_off else line.from_year,
            COL_TO: "" if one_off else line.to_year,
            COL_RISE: "" if one_off else line.escalation,
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column != COL_LABEL:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        sub_item = line.keep.get("sub_item")
        if sub_item and not line.label:
            # The engine's name for the line, greyed: typing over it sets the line's own label.
            cell = self.table.item(row, COL_LABEL)
            cell.setText(self._sub_item_text(line, str(sub_item)))
            cell.setForeground(QBrush(QColor("#777777")))
        category = QComboBox()
        for key in self.categories:
            category.addItem(self._category_label(key), key)
        category.setCurrentIndex(max(0, category.findData(line.category)))
        category.currentIndexChanged.connect(lambda _i, b=category: self._on_combo(b, "category"))
        self.table.setCellWidget(row, COL_CATEGORY, category)
        kind = QComboBox()
        for item_kind, label in ITEM_KIND_LABELS.items():
            kind.addItem(tr("Plan", label), item_kind.value)
        kind.setCurrentIndex(max(0, kind.findData(line.kind)))
        kind.currentIndexChanged.connect(lambda _i, b=kind: self._on_combo(b, "kind"))
        self.table.setCellWidget(row, COL_KIND, kind)

    def _sub_item_text(self, line: ExtraLine, key: str) -> str:
        from crmdesk.domain.planning.categories import BenefitCategory, CostCategory

        try:
            category: CostCategory | BenefitCategory = (
                BenefitCategory(line.category)
                if self.page is PageKey.BENEFITS
                else CostCategory(line.category)
            )
        except ValueError:
            return key
        label = sub_item_label(category, key)
        return tr("Plan", label) if label else key

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if widget in (
                self.table.cellWidget(row, COL_CATEGORY),
                self.table.cellWidget(row, COL_KIND),
            ):
                return row
        return -1

    def _on_combo(self, box: QComboBox, field: str) -> None:
        row = self._row_of(box)
        if row < 0:
            return
        line = self.lines[row]
        setattr(line, field, str(box.currentData()))
        if field == "kind":
            self._loading = True
            one_off = line.kind == ItemKind.ONE_OFF.value
            self.table.item(row, COL_FROM).setText(line.year if one_off else line.from_year)
            self.table.item(row, COL_TO).setText("" if one_off else line.to_year)
            self.table.item(row, COL_RISE).setText("" if one_off else line.escalation)
            self._loading = False
        self._changed()

    def on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        line = self.lines[item.row()]
        column = item.column()
        if column == COL_FROM:
            field = "year" if line.kind == ItemKind.ONE_OFF.value else "from_year"
        else:
            field = TEXT_FIELDS[column]
        setattr(line, field, item.text())
        self._loading = True
        item.setBackground(QBrush())
        self._loading = False
        self._changed()

    def _changed(self) -> None:
        self.state.edited()
        self.edited.emit()

    def add_line(self) -> None:
        horizon = self.state.result.plan.horizon_years
        default = "other" if "other" in self.categories else self.categories[0]
        line = ExtraLine(category=default, to_year=str(horizon))
        self.lines.append(line)
        self._loading = True
        self._append_row(line)
        self._loading = False
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_LABEL)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, COL_LABEL))
        self._changed()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.table.removeRow(row)
            self._changed()

    def mark(self, problems: list[FormProblem]) -> None:
        # colouring a cell emits itemChanged: do not take it for an edit
        self._loading = True
        try:
            self._mark(problems)
        finally:
            self._loading = False

    def _mark(self, problems: list[FormProblem]) -> None:
        prefix = f"extra.{self.page.value}["
        for row in range(self.table.rowCount()):
            for column in (COL_LABEL, COL_AMOUNT, COL_FROM, COL_TO, COL_RISE):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setBackground(QBrush())
        for problem in problems:
            if not problem.key.startswith(prefix):
                continue
            index_text, _, field = problem.key[len(prefix) :].partition("].")
            column = FIELD_COLUMNS.get(field, COL_AMOUNT)
            cell = self.table.item(int(index_text), column)
            if cell is not None:
                cell.setBackground(ERROR_BRUSH)
                cell.setToolTip(render(problem.sentence))
