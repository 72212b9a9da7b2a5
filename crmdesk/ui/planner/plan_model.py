"""The list of saved plans: name, total cost, NPV, payback and when each last changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crmdesk.services.planning.store import PlanSummary
from crmdesk.ui.planner.text import money

COL_NAME, COL_TOTAL_COST, COL_NPV, COL_PAYBACK, COL_CHANGED = range(5)
ObjectRole = Qt.ItemDataRole.UserRole + 1  # the PlanSummary of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts: numbers and times as values

Index = QModelIndex | QPersistentModelIndex
NUMERIC_COLUMNS = (COL_TOTAL_COST, COL_NPV, COL_PAYBACK)


class PlanListModel(QAbstractTableModel):
    """Plans in memory (a business has a handful, so no paging is needed)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PlanSummary] = []

    def set_rows(self, rows: list[PlanSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Plan"),
                self.tr("Total cost"),
                self.tr("NPV"),
                self.tr("Payback (years)"),
                self.tr("Last changed"),
            )[section]
            if 0 <= section < 5
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        plan = self.rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return plan
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, column)
        if role == SortRole:
            return self._sort_value(plan, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == COL_PAYBACK
            and plan.payback_years is None
        ):
            return self.tr("Not paid back within the plan's horizon")
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_NPV and plan.npv is not None:
            return Qt.GlobalColor.darkRed if plan.npv < 0 else None
        return None

    def _display(self, plan: PlanSummary, column: int) -> str:
        if column == COL_NAME:
            return plan.name
        if column == COL_TOTAL_COST:
            return money(plan.total_cost, plan.currency)
        if column == COL_NPV:
            return money(plan.npv, plan.currency)
        if column == COL_PAYBACK:
            return "\u2013" if plan.payback_years is None else f"{plan.payback_years:.2f}"
        return plan.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def _sort_value(self, plan: PlanSummary, column: int) -> Any:
        if column == COL_NAME:
            return plan.name.casefold()
        if column == COL_TOTAL_COST:
            return float(plan.total_cost) if plan.total_cost is not None else float("inf")
        if column == COL_NPV:
            return float(plan.npv) if plan.npv is not None else float("-inf")
        if column == COL_PAYBACK:
            # never paid back sorts after every plan that is
            return float(plan.payback_years) if plan.payback_years is not None else float("inf")
        return plan.updated_at.timestamp()
