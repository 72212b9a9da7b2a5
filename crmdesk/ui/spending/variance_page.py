"""The plan-versus-actual page: budget, actual and variance per category for a plan year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.spending.variance import Cell
from crmdesk.services.spending.actuals import PlanVsActual
from crmdesk.ui.spending.common import (
    BAD_TEXT,
    GOOD_TEXT,
    NEAR_COLOUR,
    OVER_COLOUR,
    category_label,
    money,
    render,
    signed_percent,
)

COL_CATEGORY, COL_BUDGET, COL_ACTUAL, COL_VARIANCE, COL_RATIO = range(5)
ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ZERO = Decimal(0)
ALL_YEARS = -1
TO_DATE = -2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class VarianceLine:
    """One row: a category (or the total, ``key`` None) and its cell for the chosen years."""

    key: str | None
    label: str
    cell: Cell


def lines_for(result: PlanVsActual, year: int, total_label: str) -> list[VarianceLine]:
    """The rows for plan year ``year``, the whole plan (``ALL_YEARS``) or up to today
    (``TO_DATE``): categories that have a budget or spending there, then the total."""
    variance = result.variance
    lines = []
    for row in variance.rows:
        if year == TO_DATE:
            cell = result.to_date.get(row.category, Cell(ZERO, ZERO))
        else:
            cell = row.total if year == ALL_YEARS else row.years[year]
        if cell.budget or cell.actual:
            lines.append(VarianceLine(row.category, category_label(row.category), cell))
    if year == TO_DATE:
        reserve = result.reserve_to_date
        total = Cell(
            sum((line.cell.budget for line in lines), reserve),
            sum((line.cell.actual for line in lines), ZERO),
        )
    else:
        reserve = variance.contingency.reserve if year in (0, ALL_YEARS) else ZERO
        total = variance.total if year == ALL_YEARS else variance.totals[year]
    if reserve:
        lines.append(
            VarianceLine("contingency", category_label("contingency"), Cell(reserve, ZERO))
        )
    lines.append(VarianceLine(None, total_label, total))
    return lines


class VarianceModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[VarianceLine] = []
        self.currency = ""
        self.headers = [
            self.tr("Category"),
            self.tr("Budget"),
            self.tr("Actual"),
            self.tr("Variance"),
            self.tr("Variance %"),
        ]

    def set_lines(self, lines: list[VarianceLine], currency: str) -> None:
        self.beginResetModel()
        self.lines, self.currency = lines, currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        cell = line.cell
        contingency = line.key == "contingency"
        if role == ObjectRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CATEGORY:
                return line.label
            if contingency and column != COL_BUDGET:
                return ""
            return [
                "",
                money(cell.budget, self.currency),
                money(cell.actual, self.currency),
                money(cell.variance, self.currency),
                signed_percent(cell.ratio),
            ][column]
        if role == SortRole:
            return [line.label, cell.budget, cell.actual, cell.variance, cell.ratio or 0][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_CATEGORY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not contingency and cell.variance > 0:
            return QBrush(OVER_COLOUR if cell.is_over() else NEAR_COLOUR)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (COL_VARIANCE, COL_RATIO)
            and not contingency
            and cell.variance
        ):
            return QBrush(BAD_TEXT if cell.variance > 0 else GOOD_TEXT)
        if role == Qt.ItemDataRole.FontRole and line.key is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class VariancePage(QWidget):
    """Budget against actual for a chosen plan year, with warnings and the PDF button."""

    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PlanVsActual | None = None
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._show_year)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.pdf_requested)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan year:")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        self.model = VarianceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_CATEGORY, QHeaderView.ResizeMode.Stretch
        )
        self.contingency_label = QLabel()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.contingency_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.message_label)
        self.show_message(self.tr("Choose a plan to compare its budget with the spending."))

    def show_message(self, text: str) -> None:
        self.result = None
        for widget in (self.info_label, self.year_combo, self.pdf_button, self.table):
            widget.setEnabled(False)
        self.model.set_lines([], "")
        self.contingency_label.clear()
        self.warnings_label.clear()
        self.message_label.setText(text)
        self.message_label.show()

    def set_result(self, result: PlanVsActual, today: dt.date) -> None:
        self.result = result
        self.message_label.hide()
        for widget in (self.info_label, self.year_combo, self.pdf_button, self.table):
            widget.setEnabled(True)
        calendar = result.calendar
        go_live = calendar.go_live.isoformat()
        when = (
            self.tr("Went live on %1").replace("%1", go_live)
            if result.go_live_set
            else self.tr(
                "Expected to go live on %1 (mark the real date on the Realised return page)"
            ).replace("%1", go_live)
        )
        share = (
            signed_percent(result.spent_to_date / result.budget_to_date - 1)
            if result.budget_to_date
            else "–"
        )
        self.info_label.setText(
            self.tr("%1. Spent to date: %2 against %3 budgeted to date (%4).")
            .replace("%1", when)
            .replace("%2", money(result.spent_to_date, result.currency))
            .replace("%3", money(result.budget_to_date, result.currency))
            .replace("%4", share)
        )
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Up to today"), TO_DATE)
        for year in range(calendar.horizon + 1):
            start = calendar.year_start(year).isoformat()
            text = (
                self.tr("Year 0: before go-live")
                if year == 0
                else self.tr("Year %1 (from %2)").replace("%1", str(year)).replace("%2", start)
            )
            self.year_combo.addItem(text, year)
        self.year_combo.addItem(self.tr("Whole plan"), ALL_YEARS)
        self.year_combo.setCurrentIndex(0)
        self.year_combo.blockSignals(False)
        self._show_year()
        reserve = result.variance.contingency
        self.contingency_label.setText(
            self.tr("Contingency reserve: %1, used %2, %3 left.")
            .replace("%1", money(reserve.reserve, result.currency))
            .replace("%2", money(reserve.used, result.currency))
            .replace("%3", money(reserve.remaining, result.currency))
            if reserve.reserve
            else self.tr("The plan has no contingency reserve.")
        )
        warnings = [f"⚠ {render(w.sentence)}" for w in result.variance.warnings]
        self.warnings_label.setText("\n".join(warnings) or self.tr("No warnings."))
        self.warnings_label.setStyleSheet("color: #c62828;" if warnings else "")

    def _show_year(self) -> None:
        if self.result is None:
            return
        year = self.year_combo.currentData()
        self.model.set_lines(
            lines_for(self.result, int(year), self.tr("Total")), self.result.currency
        )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_CATEGORY, QHeaderView.ResizeMode.Stretch
        )
