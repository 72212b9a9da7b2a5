"""The running totals under each wizard page: this page's lines and the whole plan, per year.

Computed with the engine's cash-flow table (``cashflow.build_table``), so a page total is the
same figure the summary, the PDF and the CLI show for those categories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.planning.cashflow import CashFlowTable, build_table, flow_components
from crmdesk.domain.planning.plan import BudgetPlan

ZERO = Decimal(0)


def category_subtotals(table: CashFlowTable, keys: Iterable[str]) -> tuple[Decimal, ...]:
    """Per year, the sum of the given cost and benefit lines (``"contingency"`` included)."""
    wanted = tuple(keys)
    return tuple(
        sum(
            (
                row.costs_by_category.get(key, ZERO) + row.benefits_by_category.get(key, ZERO)
                for key in wanted
            ),
            ZERO,
        )
        for row in table.rows
    )


def _total(values: Sequence[Decimal]) -> Decimal:
    return sum(values, ZERO)


@dataclass(frozen=True)
class RunningTotals:
    """Year-by-year figures for a page footer; ``*_total`` add up all years."""

    page: tuple[Decimal, ...]
    costs: tuple[Decimal, ...]
    benefits: tuple[Decimal, ...]
    net: tuple[Decimal, ...]

    @property
    def years(self) -> range:
        return range(len(self.costs))

    @property
    def page_total(self) -> Decimal:
        return _total(self.page)

    @property
    def costs_total(self) -> Decimal:
        return _total(self.costs)

    @property
    def benefits_total(self) -> Decimal:
        return _total(self.benefits)

    @property
    def net_total(self) -> Decimal:
        return _total(self.net)


def running_totals(plan: BudgetPlan, keys: Iterable[str]) -> RunningTotals:
    """This page's lines (``keys``: categories, see ``PAGE_CATEGORIES``) and the whole plan's
    costs, benefits and net flow, per year 0..horizon (undiscounted)."""
    table = build_table(flow_components(plan))
    return RunningTotals(
        page=category_subtotals(table, keys),
        costs=tuple(table.costs),
        benefits=tuple(table.benefits),
        net=tuple(table.nets),
    )
