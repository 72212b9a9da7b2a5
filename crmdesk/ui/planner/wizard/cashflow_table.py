"""Costs and benefits by category and year, with totals, net and cumulative flow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from crmdesk.domain.planning.categories import BENEFIT_CATEGORY_LABELS, COST_CATEGORY_LABELS
from crmdesk.domain.planning.form.totals import RunningTotals
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.ui.planner.text import money, tr, year_heading

TOTAL_BRUSH = QBrush(QColor("#eef2f7"))


class CashFlowTable(QTableWidget):
    """One row per cost and benefit line used, then totals; one column per year and a total."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("cashFlowTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_metrics(
        self, metrics: PlanMetrics, totals: RunningTotals, go_live: dt.date | None = None
    ) -> None:
        base = metrics.base
        rows = base.table.rows
        lines: list[tuple[str, list[Decimal], Decimal | None, bool]] = []
        for key, label in COST_CATEGORY_LABELS.items():
            values = [r.costs_by_category[key] for r in rows]
            if any(values):
                lines.append((tr("Plan", label), values, base.table.category_total(key), False))
        lines.append((self.tr("Total costs"), base.table.costs, base.total_costs, True))
        for key, label in BENEFIT_CATEGORY_LABELS.items():
            values = [r.benefits_by_category[key] for r in rows]
            if any(values):
                lines.append((tr("Plan", label), values, base.table.category_total(key), False))
        lines.append((self.tr("Total benefits"), base.table.benefits, base.total_benefits, True))
        lines.append((self.tr("Net (benefits - costs)"), base.table.nets, totals.net_total, True))
        lines.append((self.tr("Cumulative"), [r.cumulative for r in rows], None, False))
        lines.append(
            (self.tr("Discounted cumulative"), [r.discounted_cumulative for r in rows], None, False)
        )
        self.clear()
        self.setRowCount(len(lines))
        self.setColumnCount(len(rows) + 1)
        headers = [year_heading(r.year, go_live) for r in rows]
        self.setHorizontalHeaderLabels([*headers, self.tr("Total")])
        self.setVerticalHeaderLabels([label for label, *_ in lines])
        bold = QFont(self.font())
        bold.setBold(True)
        currency = metrics.plan.currency
        for row, (_label, values, total, strong) in enumerate(lines):
            cells = [*values, total]
            for column, amount in enumerate(cells):
                last = column == len(cells) - 1
                text = "" if amount is None else money(amount, currency if last else None)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if strong or last:
                    item.setFont(bold)
                if strong:
                    item.setBackground(TOTAL_BRUSH)
                if amount is not None and amount < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + 22 * len(lines) + 4)
