"""Plan years on the calendar and the monthly budget spread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crmdesk.domain.dates import add_months
from crmdesk.domain.spending.plantime import (
    PlanCalendar,
    amount_through,
    cumulative_by_month,
    expected_go_live,
    months_between,
    plan_year_of,
)

D = Decimal
GO_LIVE = dt.date(2026, 4, 15)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 3, 15), -3, dt.date(2025, 12, 15)),
        (dt.date(2026, 12, 1), 1, dt.date(2027, 1, 1)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (dt.date(2026, 4, 14), 0),
        (dt.date(2020, 1, 1), 0),
        (dt.date(2026, 4, 15), 1),
        (dt.date(2027, 4, 14), 1),
        (dt.date(2027, 4, 15), 2),
        (dt.date(2031, 4, 15), 6),
    ],
)
def test_plan_year_turns_on_go_live_anniversaries(day: dt.date, year: int) -> None:
    assert plan_year_of(day, GO_LIVE) == year


def test_expected_go_live_adds_the_deployment_months() -> None:
    assert expected_go_live(dt.date(2026, 1, 31), 4) == dt.date(2026, 5, 31)
    assert expected_go_live(dt.date(2026, 1, 31), None) == dt.date(2026, 1, 31)


def test_year_bounds_and_finished_years() -> None:
    calendar = PlanCalendar(GO_LIVE, 3, 2)
    assert calendar.year_start(0) == dt.date(2026, 1, 15)
    assert calendar.year_end(0) == dt.date(2026, 4, 14)
    assert calendar.year_start(2) == dt.date(2027, 4, 15)
    assert calendar.end == dt.date(2028, 4, 14)
    assert calendar.years_finished(dt.date(2026, 4, 1)) == 0
    assert calendar.years_finished(dt.date(2026, 4, 15)) == 1
    assert calendar.years_finished(dt.date(2027, 5, 1)) == 2
    assert calendar.years_finished(dt.date(2040, 1, 1)) == 3


def test_monthly_budget_spreads_each_year_and_adds_up() -> None:
    calendar = PlanCalendar(GO_LIVE, 3, 2)
    yearly = [D(30000), D(12000), D(24000)]
    monthly = calendar.monthly_budget(yearly)
    # year 0 over Jan, Feb, Mar 2026; year 1 from Apr 2026 for 12 months at 1,000
    assert monthly[dt.date(2026, 1, 1)] == D(10000)
    assert monthly[dt.date(2026, 3, 1)] == D(10000)
    assert monthly[dt.date(2026, 4, 1)] == D(1000)
    assert monthly[dt.date(2027, 3, 1)] == D(1000)
    assert monthly[dt.date(2027, 4, 1)] == D(2000)
    assert dt.date(2028, 4, 1) not in monthly
    assert sum(monthly.values()) == D(66000)


def test_without_deployment_months_year_zero_lands_in_the_go_live_month() -> None:
    monthly = PlanCalendar(GO_LIVE, 0, 1).monthly_budget([D(5000), D(1200)])
    assert monthly[dt.date(2026, 4, 1)] == D(5100)
    assert len(monthly) == 12


def test_cumulative_counts_amounts_before_the_first_month() -> None:
    amounts = {dt.date(2025, 12, 1): D(5), dt.date(2026, 2, 1): D(7)}
    months = months_between(dt.date(2026, 1, 20), dt.date(2026, 3, 2))
    assert months == [dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 1)]
    assert cumulative_by_month(months, amounts) == [D(5), D(12), D(12)]
    assert amount_through(amounts, dt.date(2026, 1, 1)) == D(5)
