"""The plan-versus-actual page: budget, actual and variance per category for a plan year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
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
from crmdesk.ui.widgets.table import NUMERIC, Column, RecordTableModel

ZERO = Decimal(0)
ALL_YEARS = -1
TO_DATE = -2


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
    # The total is the planned cost lines; the contingency reserve is not a cost line and is
    # shown after it, budget only (what it has absorbed is in the headline).
    if year == TO_DATE:
        reserve = result.reserve_to_date
        total = Cell(
            sum((line.cell.budget for line in lines), ZERO),
            sum((line.cell.actual for line in lines), ZERO),
        )
    else:
        reserve = variance.contingency.reserve if year in (0, ALL_YEARS) else ZERO
        total = variance.total if year == ALL_YEARS else variance.totals[year]
        total = Cell(total.budget - reserve, total.actual)
    lines.append(VarianceLine(None, total_label, total))
    if reserve:
        lines.append(
            VarianceLine("contingency", category_label("contingency"), Cell(reserve, ZERO))
        )
    return lines


def _bold_total(line: VarianceLine) -> QFont | None:
    if line.key is not None:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _over_budget(line: VarianceLine) -> QBrush | None:
    if line.key == "contingency" or line.cell.variance <= 0:
        return None
    return QBrush(OVER_COLOUR if line.cell.is_over() else NEAR_COLOUR)


def _variance_colour(line: VarianceLine) -> QBrush | None:
    if line.key == "contingency" or not line.cell.variance:
        return None
    return QBrush(BAD_TEXT if line.cell.variance > 0 else GOOD_TEXT)


class VarianceModel(RecordTableModel[VarianceLine]):
    """Budget, actual and variance per category, the total last (in bold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        row = {"background": _over_budget, "font": _bold_total}
        super().__init__(
            [
                Column("category", lambda: self.tr("Category"), lambda line: line.label, **row),
                Column(
                    "budget",
                    lambda: self.tr("Budget"),
                    lambda line: money(line.cell.budget, self.currency),
                    lambda line: line.cell.budget,
                    NUMERIC,
                    **row,
                ),
                Column(
                    "actual",
                    lambda: self.tr("Actual"),
                    lambda line: self._figure(line, money(line.cell.actual, self.currency)),
                    lambda line: line.cell.actual,
                    NUMERIC,
                    **row,
                ),
                Column(
                    "variance",
                    lambda: self.tr("Variance"),
                    lambda line: self._figure(line, money(line.cell.variance, self.currency)),
                    lambda line: line.cell.variance,
                    NUMERIC,
                    foreground=_variance_colour,
                    **row,
                ),
                Column(
                    "ratio",
                    lambda: self.tr("Variance %"),
                    lambda line: self._figure(line, signed_percent(line.cell.ratio)),
                    lambda line: line.cell.ratio or 0,
                    NUMERIC,
                    foreground=_variance_colour,
                    **row,
                ),
            ],
            parent,
        )
        self.currency = ""

    @staticmethod
    def _figure(line: VarianceLine, text: str) -> str:
        # the contingency reserve has a budget only
        return "" if line.key == "contingency" else text

    def set_lines(self, lines: list[VarianceLine], currency: str) -> None:
        self.currency = currency
        self.set_records(lines)


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
            self.model.column_index("category"), QHeaderView.ResizeMode.Stretch
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
        self.info_label.setText(f"{when}\n{render(result.headline.spending_sentence)}")
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
        self.contingency_label.setText(render(result.headline.reserve_sentence))
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
            self.model.column_index("category"), QHeaderView.ResizeMode.Stretch
        )
