"""Plan versus actual: each cost category's budget and spending per plan year, and warnings.

Budgets come from the plan's cash-flow table (``CashFlowYear.costs_by_category``), actual
spending from the ledger, both per plan year (see ``plantime``). Variance = actual - budget,
so a positive variance is an overrun; the ratio is variance / budget (None without a budget).

Warnings, each a translatable ``Sentence``:

- a category runs over its budget for a year by more than ``OVER_BUDGET_THRESHOLD`` (10%);
- money was spent on a category the plan has no budget for that year;
- the contingency reserve is used up. The reserve sits in year 0 (the investment), so it
  absorbs year 0's overspend: used = year-0 spending - year-0 budget without the reserve;
- money was spent after the plan's horizon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.categories import CONTINGENCY, COST_CATEGORY_LABELS
from crmdesk.domain.sentence import Sentence
from crmdesk.domain.spending.plantime import calendar_years

ZERO = Decimal(0)
OVER_BUDGET_THRESHOLD = Decimal("0.10")

_OVER = QT_TRANSLATE_NOOP(
    "Variance",
    "{category} is over budget {when}: {actual} spent against {budget} ({ratio} over).",
)
_UNPLANNED = QT_TRANSLATE_NOOP(
    "Variance", "{category}: {actual} spent {when}, where the plan has no budget."
)
_CONTINGENCY_USED_UP = QT_TRANSLATE_NOOP(
    "Variance",
    "The contingency reserve of {reserve} is used up: spending at the start (year 0) is "
    "{overspend} over its budget.",
)
_NO_CONTINGENCY = QT_TRANSLATE_NOOP(
    "Variance",
    "Spending at the start (year 0) is {overspend} over its budget and the plan has no "
    "contingency reserve.",
)
# when a warning's year is, in owner words: the start, or the calendar year once the plan
# has a go-live date (plan year 1 starting 2027-03-01 is "in 2027–2028")
_AT_START = QT_TRANSLATE_NOOP("Variance", "at the start (year 0)")
_IN_YEAR = QT_TRANSLATE_NOOP("Variance", "in year {year}")
_IN_CALENDAR_YEAR = QT_TRANSLATE_NOOP("Variance", "in {calendar} (year {year})")
_AFTER_HORIZON = QT_TRANSLATE_NOOP(
    "Variance", "{actual} was spent after the plan's horizon and is not compared to a budget."
)


class WarningKind(str, Enum):
    OVER_BUDGET = "over_budget"
    UNPLANNED = "unplanned"
    CONTINGENCY_USED_UP = "contingency_used_up"
    AFTER_HORIZON = "after_horizon"


@dataclass(frozen=True)
class Cell:
    """Budget and actual spending of one category (or the total) in one year or overall."""

    budget: Decimal
    actual: Decimal

    @property
    def variance(self) -> Decimal:
        """Actual - budget: positive means over budget."""
        return self.actual - self.budget

    @property
    def ratio(self) -> Decimal | None:
        """Variance as a fraction of the budget (0.2 = 20% over); None without a budget."""
        return self.variance / self.budget if self.budget else None

    def is_over(self, threshold: Decimal = OVER_BUDGET_THRESHOLD) -> bool:
        """Over budget by more than ``threshold``, or any spending without a budget."""
        if self.budget == 0:
            return self.actual > 0
        return self.actual > self.budget * (1 + threshold)


@dataclass(frozen=True)
class CategoryRow:
    """One cost category: a cell per plan year (index = year) and the total."""

    category: str
    years: tuple[Cell, ...]

    @property
    def total(self) -> Cell:
        return Cell(
            sum((c.budget for c in self.years), ZERO), sum((c.actual for c in self.years), ZERO)
        )


@dataclass(frozen=True)
class Contingency:
    """The reserve (year 0) and how much of year 0's overspend it has absorbed."""

    reserve: Decimal
    overspend: Decimal

    @property
    def used(self) -> Decimal:
        return min(self.overspend, self.reserve)

    @property
    def remaining(self) -> Decimal:
        return self.reserve - self.used

    @property
    def used_up(self) -> bool:
        return self.overspend > 0 and self.overspend >= self.reserve


@dataclass(frozen=True)
class VarianceWarning:
    kind: WarningKind
    sentence: Sentence
    category: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class PlanVariance:
    """The whole comparison. ``rows`` are the cost categories in display order without the
    contingency line (it is in ``contingency``); ``totals`` include the reserve in the budget."""

    rows: tuple[CategoryRow, ...]
    totals: tuple[Cell, ...]
    contingency: Contingency
    after_horizon: Decimal
    warnings: tuple[VarianceWarning, ...]

    @property
    def total(self) -> Cell:
        return Cell(
            sum((c.budget for c in self.totals), ZERO), sum((c.actual for c in self.totals), ZERO)
        )


def _category_sentence(key: str) -> Sentence:
    return Sentence("Plan", COST_CATEGORY_LABELS.get(key, key))


def when(year: int, go_live: dt.date | None = None) -> Sentence:
    """Plan year ``year`` as owners say it: "at the start (year 0)", "in year 2", or with a
    known go-live date the calendar years it spans, "in 2028 (year 2)" when it starts on
    1 January and "in 2027–2028 (year 1)" otherwise."""
    if year == 0:
        return Sentence("Variance", _AT_START)
    if go_live is None:
        return Sentence("Variance", _IN_YEAR, {"year": str(year)})
    calendar = calendar_years(year, go_live)
    return Sentence("Variance", _IN_CALENDAR_YEAR, {"calendar": calendar, "year": str(year)})


def compare(
    budget: Sequence[Mapping[str, Decimal]],
    actual: Mapping[str, Sequence[Decimal]],
    currency: str,
    *,
    after_horizon: Decimal = ZERO,
    threshold: Decimal = OVER_BUDGET_THRESHOLD,
    go_live: dt.date | None = None,
) -> PlanVariance:
    """Compare a plan's yearly budget per category with actual spending.

    ``budget[t]`` is year t's ``costs_by_category`` from the cash-flow table (the
    ``"contingency"`` key included); ``actual[category][t]`` is what the ledger shows for
    year t (missing categories or years count as zero). ``after_horizon`` is spending dated
    after the last plan year. Warnings are for overruns above ``threshold``, unplanned
    spending, a used-up contingency reserve and spending after the horizon. With ``go_live``
    (the date the plan went live, when the owner has set it) warnings name calendar years.
    """
    horizon = len(budget) - 1
    categories = [key for key in COST_CATEGORY_LABELS if key != CONTINGENCY]
    categories += sorted(k for k in actual if k not in COST_CATEGORY_LABELS)
    rows: list[CategoryRow] = []
    warnings: list[VarianceWarning] = []
    for key in categories:
        spent = list(actual.get(key, ()))[: horizon + 1]
        spent += [ZERO] * (horizon + 1 - len(spent))
        cells = tuple(Cell(budget[t].get(key, ZERO), spent[t]) for t in range(horizon + 1))
        rows.append(CategoryRow(key, cells))
        for year, cell in enumerate(cells):
            if not cell.is_over(threshold):
                continue
            params: dict[str, str | Sentence] = {
                "category": _category_sentence(key),
                "when": when(year, go_live),
                "actual": format_money(cell.actual, currency),
            }
            if cell.budget == 0:
                warnings.append(
                    VarianceWarning(
                        WarningKind.UNPLANNED, Sentence("Variance", _UNPLANNED, params), key, year
                    )
                )
                continue
            params["budget"] = format_money(cell.budget, currency)
            params["ratio"] = format_percent(cell.ratio or ZERO, 2)
            warnings.append(
                VarianceWarning(
                    WarningKind.OVER_BUDGET, Sentence("Variance", _OVER, params), key, year
                )
            )
    totals = tuple(
        Cell(
            sum(budget[t].values(), ZERO),
            sum((row.years[t].actual for row in rows), ZERO),
        )
        for t in range(horizon + 1)
    )
    reserve = budget[0].get(CONTINGENCY, ZERO) if budget else ZERO
    year0_budget = (totals[0].budget - reserve) if totals else ZERO
    year0_actual = totals[0].actual if totals else ZERO
    contingency = Contingency(reserve, max(ZERO, year0_actual - year0_budget))
    if contingency.used_up:
        overspend = format_money(contingency.overspend, currency)
        if reserve > 0:
            sentence = Sentence(
                "Variance",
                _CONTINGENCY_USED_UP,
                {"reserve": format_money(reserve, currency), "overspend": overspend},
            )
        else:
            sentence = Sentence("Variance", _NO_CONTINGENCY, {"overspend": overspend})
        warnings.append(VarianceWarning(WarningKind.CONTINGENCY_USED_UP, sentence, year=0))
    if after_horizon > 0:
        sentence = Sentence(
            "Variance", _AFTER_HORIZON, {"actual": format_money(after_horizon, currency)}
        )
        warnings.append(VarianceWarning(WarningKind.AFTER_HORIZON, sentence))
    return PlanVariance(tuple(rows), totals, contingency, after_horizon, tuple(warnings))
