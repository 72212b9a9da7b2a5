"""Plan years on the calendar: which plan year a day falls in, and a plan's budget per month.

A plan counts in years from its investment date (year 0, ARCHITECTURE.md "Finance
conventions"); the owner marks the day the CRM went live. Actual spending is matched to plan
years the same way everywhere (ledger, dashboard, PDF):

- money spent before go-live is year 0, the investment;
- year t (t >= 1) is the t-th twelve months after go-live (anniversaries of the go-live day).

Until a go-live date is marked, the expected one is the plan's start plus its deployment
months. For the cumulative budget line, year 0's budget is spread evenly over the deployment
months before go-live (all of it in the go-live month when the plan states none) and each later
year's budget evenly over its twelve months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.dates import add_months

ZERO = Decimal(0)
MONTHS_PER_YEAR = 12


def month_of(day: dt.date) -> dt.date:
    """The first day of ``day``'s month: the key of a month everywhere in this module."""
    return day.replace(day=1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of every month from ``first``'s month to ``last``'s month, inclusive."""
    result: list[dt.date] = []
    month = month_of(first)
    end = month_of(last)
    while month <= end:
        result.append(month)
        month = add_months(month, 1)
    return result


def expected_go_live(start: dt.date, deployment_months: int | None) -> dt.date:
    """When a plan started on ``start`` goes live if deployment takes as long as planned."""
    return add_months(start, deployment_months or 0)


def plan_year_of(day: dt.date, go_live: dt.date) -> int:
    """The plan year ``day`` belongs to: 0 before go-live, then 1, 2... per anniversary.

    The result may exceed the plan's horizon; callers decide what to do with such spending.
    """
    if day < go_live:
        return 0
    before_anniversary = (day.month, day.day) < (go_live.month, go_live.day)
    return day.year - go_live.year - int(before_anniversary) + 1


def calendar_years(year: int, go_live: dt.date) -> str:
    """The calendar year(s) plan year ``year`` (1 or later) spans: ``2027`` when the plan went
    live on 1 January, else ``2027–2028`` (year 1 of a plan live from 2027-03-01)."""
    first = go_live.year + year - 1
    return str(first) if (go_live.month, go_live.day) == (1, 1) else f"{first}\u2013{first + 1}"


@dataclass(frozen=True)
class PlanCalendar:
    """Where a plan's years lie on the calendar."""

    go_live: dt.date
    deployment_months: int
    horizon: int

    def year_of(self, day: dt.date) -> int:
        """The plan year of ``day`` (see ``plan_year_of``)."""
        return plan_year_of(day, self.go_live)

    def year_start(self, year: int) -> dt.date:
        """First day of plan year ``year`` (year 0 starts the deployment months before go-live)."""
        if year == 0:
            return add_months(self.go_live, -self.deployment_months)
        return add_months(self.go_live, MONTHS_PER_YEAR * (year - 1))

    def year_end(self, year: int) -> dt.date:
        """Last day of plan year ``year``."""
        if year == 0:
            return self.go_live - dt.timedelta(days=1)
        return add_months(self.go_live, MONTHS_PER_YEAR * year) - dt.timedelta(days=1)

    @property
    def end(self) -> dt.date:
        """The last day of the horizon."""
        return self.year_end(self.horizon)

    def years_finished(self, today: dt.date) -> int:
        """How many plan years (counting year 0) are over by ``today``."""
        if today < self.go_live:
            return 0
        return min(self.year_of(today), self.horizon + 1)

    def monthly_budget(self, yearly: Sequence[Decimal]) -> dict[dt.date, Decimal]:
        """``yearly[t]`` (year 0..horizon) spread over the months of each plan year.

        Keys are first days of months; amounts stay unrounded so the months add up exactly.
        """
        result: dict[dt.date, Decimal] = {}

        def add(month: dt.date, amount: Decimal) -> None:
            result[month] = result.get(month, ZERO) + amount

        if yearly:
            if self.deployment_months > 0:
                share = yearly[0] / self.deployment_months
                for offset in range(-self.deployment_months, 0):
                    add(month_of(add_months(self.go_live, offset)), share)
            else:
                add(month_of(self.go_live), yearly[0])
        for year, amount in enumerate(yearly[1:], start=1):
            share = amount / MONTHS_PER_YEAR
            for offset in range(MONTHS_PER_YEAR):
                month = add_months(self.go_live, MONTHS_PER_YEAR * (year - 1) + offset)
                add(month_of(month), share)
        return result


def cumulative_by_month(
    months: Sequence[dt.date], amounts: Mapping[dt.date, Decimal]
) -> list[Decimal]:
    """Running totals of ``amounts`` at the end of each of ``months`` (ascending).

    Amounts dated before the first month count from the start, so the first point is the total
    so far, not just that month's.
    """
    result: list[Decimal] = []
    ordered = sorted(amounts.items())
    total = ZERO
    index = 0
    for month in months:
        while index < len(ordered) and ordered[index][0] <= month:
            total += ordered[index][1]
            index += 1
        result.append(total)
    return result


def amount_through(amounts: Mapping[dt.date, Decimal], month: dt.date) -> Decimal:
    """Sum of ``amounts`` for every month up to and including ``month``."""
    return sum((amount for key, amount in amounts.items() if key <= month), ZERO)
