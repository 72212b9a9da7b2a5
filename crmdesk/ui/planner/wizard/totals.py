"""The running total under each wizard page: this page's lines and the whole plan, per year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from crmdesk.domain.planning.form.totals import RunningTotals
from crmdesk.ui.planner.text import money, year_heading

ROW_HEIGHT = 22


class RunningTotalsTable(QTableWidget):
    """Four rows (this page, all costs, all benefits, net) by year 0..horizon and a total."""

    def __init__(self, page_label: str, show_page: bool = True) -> None:
        super().__init__()
        self.setObjectName("runningTotals")
        self.page_label = page_label
        self.show_page = show_page
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(
            self.tr(
                "Updated as you type. Year 0 is the investment date; years 1 onwards are the"
                " years after it. Amounts are not discounted here; the summary shows NPV."
            )
        )

    def _labels(self) -> list[str]:
        labels = [self.tr("All costs"), self.tr("All benefits"), self.tr("Net (benefits - costs)")]
        return [self.page_label, *labels] if self.show_page else labels

    def set_totals(
        self, totals: RunningTotals, currency: str, go_live: dt.date | None = None
    ) -> None:
        rows: list[tuple[Sequence[Decimal], Decimal]] = [
            (totals.costs, totals.costs_total),
            (totals.benefits, totals.benefits_total),
            (totals.net, totals.net_total),
        ]
        if self.show_page:
            rows.insert(0, (totals.page, totals.page_total))
        years = len(totals.costs)
        self.setColumnCount(years + 1)
        self.setRowCount(len(rows))
        headers = [year_heading(year, go_live) for year in range(years)]
        self.setHorizontalHeaderLabels([*headers, self.tr("Total")])
        self.setVerticalHeaderLabels(self._labels())
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (values, total) in enumerate(rows):
            for column, amount in enumerate([*values, total]):
                item = QTableWidgetItem(money(amount, currency if column == years else None))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == years or (self.show_page and row == 0):
                    item.setFont(bold)
                if amount < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)
        # the header's two-line "At the start (year 0)" heading: its size hint, not its height
        # before the first layout (one line), or the last row is cut off
        header = self.horizontalHeader()
        height = max(header.height(), header.sizeHint().height()) + ROW_HEIGHT * len(rows) + 4
        self.setFixedHeight(height)
