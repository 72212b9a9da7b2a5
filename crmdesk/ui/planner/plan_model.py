"""The list of saved plans: name, total cost, NPV, payback and when each last changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from crmdesk.domain.planning.finance import format_years
from crmdesk.services.planning.store import PlanSummary
from crmdesk.ui.planner.text import money
from crmdesk.ui.widgets.table import NUMERIC, Column, RecordTableModel
from crmdesk.ui.widgets.time import format_system_local


def _payback_text(plan: PlanSummary) -> str:
    return "\u2013" if plan.payback_years is None else format_years(plan.payback_years)


def _value(number: Any, missing: float) -> float:
    return float(number) if number is not None else missing


def _money_column(
    key: str, title: Callable[[], str], missing: float, **hooks: Any
) -> Column[PlanSummary]:
    """An amount of the plan, the attribute called ``key``; ``missing`` sorts plans without it."""
    return Column(
        key,
        title,
        lambda plan: money(getattr(plan, key), plan.currency),
        lambda plan: _value(getattr(plan, key), missing),
        NUMERIC,
        **hooks,
    )


class PlanListModel(RecordTableModel[PlanSummary]):
    """Plans in memory (a business has a handful, so no paging is needed)."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    "name",
                    lambda: self.tr("Plan"),
                    lambda plan: plan.name,
                    lambda plan: plan.name.casefold(),
                ),
                _money_column("total_cost", lambda: self.tr("Total cost"), float("inf")),
                _money_column(
                    "npv", lambda: self.tr("NPV"), float("-inf"), foreground=self._npv_colour
                ),
                Column(
                    "payback",
                    lambda: self.tr("Payback (years)"),
                    _payback_text,
                    # never paid back sorts after every plan that is
                    lambda plan: _value(plan.payback_years, float("inf")),
                    NUMERIC,
                    tooltip=self._payback_tooltip,
                ),
                Column(
                    "changed",
                    lambda: self.tr("Last changed"),
                    lambda plan: format_system_local(plan.updated_at),
                    lambda plan: plan.updated_at.timestamp(),
                ),
            ]
        )

    def _payback_tooltip(self, plan: PlanSummary) -> str | None:
        if plan.payback_years is None:
            return self.tr("Not paid back within the plan's horizon")
        return None

    @staticmethod
    def _npv_colour(plan: PlanSummary) -> Any:
        return Qt.GlobalColor.darkRed if plan.npv is not None and plan.npv < 0 else None
