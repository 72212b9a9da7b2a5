"""Plan versus actual per category and year, worked by hand.

The plan (horizon 2, contingency 10%):
  year 0: customisation 40,000, training 10,000, contingency 10% x 50,000 = 5,000 -> 55,000
  years 1-2: licence 12,000 + maintenance 5,000 = 17,000
Actual:
  year 0: customisation 46,000 (+6,000 = +15%: over), training 9,000 (-10%)
  year 1: licence 12,000, maintenance 5,400 (+8%: within 10%), hardware 800 (no budget)
Year 0 spent 55,000 against 50,000 without the reserve: 5,000 over = the whole reserve.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crmdesk.domain.planning.cashflow import build_table, flow_components
from crmdesk.domain.planning.plan import BudgetPlan, CostCategory, CostItem
from crmdesk.domain.spending.variance import Cell, WarningKind, compare, when

D = Decimal
PLAN = BudgetPlan(
    name="Variance example",
    horizon_years=2,
    contingency_rate=D("0.10"),
    costs=(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(40000)),
        CostItem.one_off(CostCategory.TRAINING, D(10000)),
        CostItem.annual(CostCategory.LICENCE, D(12000), 1, 2),
        CostItem.annual(CostCategory.MAINTENANCE, D(5000), 1, 2),
    ),
)
BUDGET = [row.costs_by_category for row in build_table(flow_components(PLAN)).rows]
ACTUAL = {
    "customisation": [D(46000), D(0), D(0)],
    "training": [D(9000)],
    "licence": [D(0), D(12000)],
    "maintenance": [D(0), D(5400)],
    "hardware": [D(0), D(800)],
}


def row(result: object, key: str):
    return next(r for r in result.rows if r.category == key)


def test_cells_give_variance_and_ratio() -> None:
    result = compare(BUDGET, ACTUAL, "CNY")
    cell = row(result, "customisation").years[0]
    assert (cell.budget, cell.actual, cell.variance, cell.ratio) == (
        D(40000),
        D(46000),
        D(6000),
        D("0.15"),
    )
    training = row(result, "training").years[0]
    assert training.variance == D(-1000)
    assert training.ratio == D("-0.1")
    assert row(result, "hardware").years[1].ratio is None


def test_totals_per_year_include_the_reserve_in_the_budget() -> None:
    result = compare(BUDGET, ACTUAL, "CNY")
    assert result.totals[0] == Cell(D(55000), D(55000))
    assert result.totals[1] == Cell(D(17000), D(18200))
    assert result.totals[2] == Cell(D(17000), D(0))
    assert result.total == Cell(D(89000), D(73200))
    assert "contingency" not in [r.category for r in result.rows]


def test_warnings_name_overruns_unplanned_spend_and_the_used_up_reserve() -> None:
    result = compare(BUDGET, ACTUAL, "CNY")
    kinds = [(w.kind, w.category, w.year) for w in result.warnings]
    assert kinds == [
        (WarningKind.OVER_BUDGET, "customisation", 0),
        (WarningKind.UNPLANNED, "hardware", 1),
        (WarningKind.CONTINGENCY_USED_UP, None, 0),
    ]
    messages = [w.sentence.message for w in result.warnings]
    assert messages[0] == (
        "Customisation is over budget at the start (year 0): ¥46,000.00 spent against "
        "¥40,000.00 (15.00% over)."
    )
    assert messages[1] == (
        "Hardware & hosting: ¥800.00 spent in year 1, where the plan has no budget."
    )
    assert "¥5,000.00 is used up: spending at the start (year 0)" in messages[2]
    assert result.contingency.used == D(5000)
    assert result.contingency.remaining == 0


def test_ten_percent_over_is_still_within_budget() -> None:
    actual = {"licence": [D(0), D("13200")]}  # exactly +10%
    assert not compare(BUDGET, actual, "CNY").warnings
    actual = {"licence": [D(0), D("13200.01")]}
    assert [w.kind for w in compare(BUDGET, actual, "CNY").warnings] == [WarningKind.OVER_BUDGET]


def test_part_of_the_reserve_used_is_no_warning() -> None:
    actual = {"customisation": [D(43000)], "training": [D(10000)]}
    result = compare(BUDGET, actual, "CNY")
    assert result.contingency.used == D(3000)
    assert result.contingency.remaining == D(2000)
    assert not result.contingency.used_up
    assert not [w for w in result.warnings if w.kind is WarningKind.CONTINGENCY_USED_UP]


def test_spending_after_the_horizon_is_reported() -> None:
    result = compare(BUDGET, {}, "CNY", after_horizon=D(700))
    assert [w.kind for w in result.warnings] == [WarningKind.AFTER_HORIZON]
    assert "¥700.00" in result.warnings[0].sentence.message


def test_a_known_go_live_date_names_calendar_years() -> None:
    actual = {"licence": [D(0), D(0), D(15000)]}  # year 2 +25%
    live = dt.date(2027, 3, 1)  # year 1 is 2027-03-01 to 2028-02-29, year 2 the next
    [warning] = compare(BUDGET, actual, "CNY", go_live=live).warnings
    assert warning.year == 2
    message = warning.sentence.message
    assert message.startswith("Licence is over budget in 2028–2029 (year 2)")
    [warning] = compare(BUDGET, actual, "CNY").warnings
    assert " in year 2: " in warning.sentence.message


def test_when_speaks_of_the_start_and_of_calendar_years() -> None:
    assert when(0).message == "at the start (year 0)"
    assert when(0, dt.date(2027, 1, 1)).message == "at the start (year 0)"
    assert when(3).message == "in year 3"
    assert when(1, dt.date(2027, 1, 1)).message == "in 2027 (year 1)"
    assert when(3, dt.date(2027, 1, 1)).message == "in 2029 (year 3)"
    assert when(1, dt.date(2027, 6, 15)).message == "in 2027–2028 (year 1)"
