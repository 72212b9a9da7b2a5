"""Service metrics from plain ticket facts: open, overdue, response and resolution times,
first-contact resolution and satisfaction, overall and by month.

Definitions (the dashboard and any report use these, nothing else):

- Open: status new, in progress or waiting. Overdue: see ``ticket_workflow.is_overdue``.
- First response time: opening to the first status change away from "new"; counted for tickets
  opened in the period. Resolution time: opening to (the last) resolution; counted for tickets
  resolved in the period. Both are elapsed time, as the customer experienced it, not business
  hours.
- First-contact resolution: a ticket resolved without ever waiting for the customer and never
  reopened, as a share of the tickets resolved in the period.
- Satisfaction: mean score (1-5) of tickets closed in the period that have one.
- Months are calendar months in the user's time zone; each figure falls into the month of the
  event it measures (opened, resolved or closed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crmdesk.domain.tickets.workflow import OPEN_STATUSES, is_overdue


@dataclass(frozen=True)
class TicketFacts:
    """What the metrics need to know about one ticket."""

    created_at: dt.datetime
    status: str
    response_due_at: dt.datetime | None
    due_at: dt.datetime | None
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    satisfaction: int | None
    first_contact: bool  # see first_contact_resolution()


def first_contact_resolution(statuses: Sequence[str]) -> bool:
    """True for a status history (in order, from "new") resolved without waiting or reopening."""
    resolved = False
    for status in statuses:
        if status == "waiting":
            return False
        if status in ("resolved", "closed"):
            resolved = True
        elif resolved:  # back to an open status after a resolution: reopened
            return False
    return resolved


@dataclass(frozen=True)
class PeriodMetrics:
    """Averages and rates over a period; None when there is nothing to average."""

    opened: int
    resolved: int
    avg_first_response: dt.timedelta | None
    avg_resolution: dt.timedelta | None
    first_contact_rate: Decimal | None  # 0..1, 4 decimal places
    avg_satisfaction: Decimal | None  # 1..5, 2 decimal places
    rated: int


@dataclass(frozen=True)
class MonthMetrics:
    month: dt.date  # the first day of the month
    metrics: PeriodMetrics


@dataclass(frozen=True)
class ServiceMetrics:
    open_count: int
    overdue_count: int
    period_start: dt.date  # first day of the earliest month counted
    overall: PeriodMetrics  # over the whole period
    by_month: tuple[MonthMetrics, ...]  # oldest first, one per month, empty months included


def _mean(values: Sequence[dt.timedelta]) -> dt.timedelta | None:
    if not values:
        return None
    seconds = sum(v.total_seconds() for v in values) / len(values)
    return dt.timedelta(seconds=round(seconds))


def _ratio(part: int, whole: int, places: str) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


Within = Callable[[dt.datetime | None], bool]


def _period(facts: Iterable[TicketFacts], within: Within) -> PeriodMetrics:
    opened = 0
    responses: list[dt.timedelta] = []
    resolutions: list[dt.timedelta] = []
    first_contact = 0
    scores: list[int] = []
    for f in facts:
        if within(f.created_at):
            opened += 1
            if f.first_response_at is not None:
                responses.append(f.first_response_at - f.created_at)
        if f.status not in OPEN_STATUSES and f.resolved_at is not None and within(f.resolved_at):
            resolutions.append(f.resolved_at - f.created_at)
            first_contact += f.first_contact
        if f.satisfaction is not None and within(f.closed_at or f.resolved_at):
            scores.append(f.satisfaction)
    return PeriodMetrics(
        opened=opened,
        resolved=len(resolutions),
        avg_first_response=_mean(responses),
        avg_resolution=_mean(resolutions),
        first_contact_rate=_ratio(first_contact, len(resolutions), "0.0001"),
        avg_satisfaction=_ratio(sum(scores), len(scores), "0.01"),
        rated=len(scores),
    )


def _add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def compute_metrics(
    facts: Sequence[TicketFacts], now: dt.datetime, tz: dt.tzinfo, months: int = 12
) -> ServiceMetrics:
    """Current counts plus the last ``months`` calendar months (this month included)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if months < 1:
        raise ValueError("months must be at least 1")
    this_month = now.astimezone(tz).date().replace(day=1)
    first = _add_months(this_month, -(months - 1))

    def month_of(moment: dt.datetime | None) -> dt.date | None:
        return None if moment is None else moment.astimezone(tz).date().replace(day=1)

    def in_range(start: dt.date, end: dt.date) -> Within:
        def inside(moment: dt.datetime | None) -> bool:
            month = month_of(moment)
            return month is not None and start <= month < end

        return inside

    by_month = tuple(
        MonthMetrics(
            _add_months(first, i),
            _period(facts, in_range(_add_months(first, i), _add_months(first, i + 1))),
        )
        for i in range(months)
    )
    return ServiceMetrics(
        open_count=sum(1 for f in facts if f.status in OPEN_STATUSES),
        overdue_count=sum(
            1
            for f in facts
            if is_overdue(f.status, f.response_due_at, f.due_at, f.first_response_at, now)
        ),
        period_start=first,
        overall=_period(facts, in_range(first, _add_months(this_month, 1))),
        by_month=by_month,
    )
