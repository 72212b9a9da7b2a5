"""The dashboard's figures: SQL aggregates over customers, follow-ups, tickets and spending.

Read-only, one query per card or chart, so the dashboard costs the same with 100 customers
as with 100,000; independent groups of queries run on parallel read connections. Periods are
grouped in SQL: each chart query maps a row's time to its period with a ``CASE`` over the
periods' first instants (local midnights of the 1st of each month or of each Monday,
converted to UTC in Python). That is exact across daylight-saving changes, which shifting by
a fixed UTC offset inside ``strftime`` is not, and comparing the stored ISO strings is
cheaper than parsing them. Definitions follow the screens the cards open:

- follow-ups due today / overdue: planned, by the local calendar day of ``due_at``, customer
  not deleted (``domain.agenda``);
- open tickets: new, in progress or waiting; overdue: a running ticket past its response or
  resolution deadline (``domain.ticket_workflow.is_overdue``);
- satisfaction: mean score of tickets closed in the month (``domain.ticket_metrics``);
- tickets "closed" in a month: resolved or closed then (whichever came first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.dates import add_months
from crmdesk.domain.followups.agenda import day_window
from crmdesk.domain.spending.plantime import month_of
from crmdesk.domain.tickets.workflow import CLOCK_RUNNING_STATUSES, OPEN_STATUSES
from crmdesk.services.spending.actuals import (
    PlanVsActual,
    SpendCurve,
    current_plan_id,
    load_for_actuals,
    plan_vs_actual_in,
)

ZERO = Decimal(0)
CHART_MONTHS = 12
CHART_WEEKS = 12


@dataclass(frozen=True)
class PlanCard:
    plan_id: int
    name: str
    currency: str
    spent_to_date: Decimal
    budget_to_date: Decimal
    total_budget: Decimal
    warnings: int


@dataclass(frozen=True)
class DashboardCards:
    customers: int
    new_this_month: int
    followups_today: int
    followups_overdue: int
    tickets_open: int
    tickets_overdue: int
    satisfaction: Decimal | None  # mean of the chart's twelve months, 2 places
    satisfaction_count: int
    plan: PlanCard | None


@dataclass(frozen=True)
class DashboardCharts:
    """Series for the charts; ``months`` and ``weeks`` are the first days of each period."""

    months: tuple[dt.date, ...]
    new_customers: tuple[int, ...]
    tickets_opened: tuple[int, ...]
    tickets_closed: tuple[int, ...]
    satisfaction: tuple[Decimal | None, ...]
    satisfaction_counts: tuple[int, ...]
    weeks: tuple[dt.date, ...]
    followups_done: tuple[int, ...]
    spend: SpendCurve | None
    currency: str


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    cards: DashboardCards
    charts: DashboardCharts


def _local_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def _bucket(column: Any, starts: Sequence[dt.datetime]) -> ColumnElement[int]:
    """The index of the period [starts[i], starts[i+1]) that ``column`` falls in; callers
    keep rows inside [starts[0], starts[-1])."""
    return case(*[(column < start, index) for index, start in enumerate(starts[1:])])


def _in(column: Any, starts: Sequence[dt.datetime]) -> ColumnElement[bool]:
    return and_(column >= starts[0], column < starts[-1])


def _per_period(rows: Sequence[Any], count: int) -> list[tuple[Any, ...]]:
    """The values after each row's period index, by period (empty where no row)."""
    found = {int(row[0]): tuple(row[1:]) for row in rows if row[0] is not None}
    return [found.get(index, ()) for index in range(count)]


# --- cards -----------------------------------------------------------------------------------


def _customers(session: Session, starts: Sequence[dt.datetime]) -> tuple[int, list[int]]:
    """All customers (not deleted) and those new in each month, in one pass."""
    created = Customer.created_at
    period = case(
        (created < starts[0], -1),
        *[(created < start, index) for index, start in enumerate(starts[1:])],
    ).label("period")
    rows = session.execute(
        select(period, func.count()).where(Customer.live()).group_by(period)
    ).all()
    total = sum(int(row[1]) for row in rows)
    return total, [int(r[0]) if r else 0 for r in _per_period(rows, len(starts) - 1)]


def _followup_counts(session: Session, now: dt.datetime, tz: dt.tzinfo) -> tuple[int, int]:
    window = day_window(now, tz)
    today, overdue = session.execute(
        select(
            func.count().filter(FollowUp.due_at >= window.today_start),
            func.count().filter(FollowUp.due_at < window.today_start),
        )
        .select_from(FollowUp)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .where(
            FollowUp.status == "planned",
            FollowUp.due_at < window.tomorrow_start,
            FollowUp.deleted_at.is_(None),
            or_(FollowUp.customer_id.is_(None), Customer.live()),
        )
    ).one()
    return int(today), int(overdue)


def _ticket_counts(session: Session, now: dt.datetime) -> tuple[int, int]:
    overdue = and_(
        ServiceTicket.status.in_(CLOCK_RUNNING_STATUSES),
        or_(
            ServiceTicket.due_at < now,
            and_(ServiceTicket.first_response_at.is_(None), ServiceTicket.response_due_at < now),
        ),
    )
    total, late = session.execute(
        select(func.count(), func.count().filter(overdue)).where(
            ServiceTicket.status.in_(OPEN_STATUSES), ServiceTicket.deleted_at.is_(None)
        )
    ).one()
    return int(total), int(late)


# --- charts ----------------------------------------------------------------------------------


def _counts(session: Session, column: Any, starts: Sequence[dt.datetime], *where: Any) -> list[int]:
    bucket = _bucket(column, starts).label("period")
    rows = session.execute(
        select(bucket, func.count()).where(_in(column, starts), *where).group_by(bucket)
    ).all()
    return [int(r[0]) if r else 0 for r in _per_period(rows, len(starts) - 1)]


def _followups_done(session: Session, starts: Sequence[dt.datetime]) -> list[int]:
    return _counts(
        session,
        FollowUp.completed_at,
        starts,
        FollowUp.status == "done",
        FollowUp.deleted_at.is_(None),
    )


def _tickets_opened(session: Session, starts: Sequence[dt.datetime]) -> list[int]:
    return _counts(session, ServiceTicket.created_at, starts, ServiceTicket.deleted_at.is_(None))


def _tickets_closed(session: Session, starts: Sequence[dt.datetime]) -> list[int]:
    finished = func.coalesce(ServiceTicket.resolved_at, ServiceTicket.closed_at)
    return _counts(session, finished, starts, ServiceTicket.deleted_at.is_(None))


def _satisfaction(
    session: Session, starts: Sequence[dt.datetime]
) -> tuple[list[Decimal | None], list[int], int]:
    """Mean score per month, ratings per month, and the sum of all scores."""
    bucket = _bucket(ServiceTicket.closed_at, starts).label("period")
    rows = session.execute(
        select(bucket, func.sum(ServiceTicket.satisfaction), func.count())
        .where(
            _in(ServiceTicket.closed_at, starts),
            ServiceTicket.deleted_at.is_(None),
            ServiceTicket.satisfaction.is_not(None),
        )
        .group_by(bucket)
    ).all()
    means: list[Decimal | None] = []
    counts: list[int] = []
    scores = 0
    for row in _per_period(rows, len(starts) - 1):
        total, count = (int(row[0]), int(row[1])) if row else (0, 0)
        means.append(_mean(total, count))
        counts.append(count)
        scores += total
    return means, counts, scores


def _mean(total: int, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- the whole dashboard ---------------------------------------------------------------------


def _plan_card(result: PlanVsActual) -> PlanCard:
    return PlanCard(
        plan_id=result.plan_id,
        name=result.name,
        currency=result.currency,
        spent_to_date=result.spent_to_date,
        budget_to_date=result.budget_to_date,
        total_budget=result.total_budget,
        warnings=len(result.variance.warnings),
    )


def load_dashboard(db: Database, now: dt.datetime, tz: dt.tzinfo) -> Dashboard:
    """Every card and chart of the dashboard as of ``now`` (aware) in time zone ``tz``.

    Charts cover the last 12 calendar months and the last 12 weeks, the current ones included.
    The plan card and the spending chart show the active plan (or the latest one).
    """
    today = now.astimezone(tz).date()
    this_month = month_of(today)
    months = [add_months(this_month, -i) for i in range(CHART_MONTHS - 1, -1, -1)]
    monday = today - dt.timedelta(days=today.weekday())
    weeks = [monday - dt.timedelta(weeks=i) for i in range(CHART_WEEKS - 1, -1, -1)]
    month_starts = [_local_midnight(m, tz) for m in [*months, add_months(this_month, 1)]]
    week_starts = [_local_midnight(w, tz) for w in [*weeks, monday + dt.timedelta(weeks=1)]]

    def people() -> tuple[int, list[int]]:
        with db.session() as session:
            return _customers(session, month_starts)

    def followups() -> tuple[tuple[int, int], list[int]]:
        with db.session() as session:
            counts = _followup_counts(session, now, tz)
            return counts, _followups_done(session, week_starts)

    def service() -> tuple[Any, ...]:
        with db.session() as session:
            return (
                _ticket_counts(session, now),
                _satisfaction(session, month_starts),
                _tickets_opened(session, month_starts),
                _tickets_closed(session, month_starts),
            )

    def spending() -> PlanVsActual | None:
        with db.session() as session:
            plan_id = current_plan_id(session)
        if plan_id is None:
            return None
        loaded = load_for_actuals(db, plan_id, tz)
        with db.session() as session:
            return plan_vs_actual_in(session, loaded, today)

    # Four independent reads on their own connections: SQLite (WAL) serves concurrent
    # readers and runs the queries without the GIL, so they use every core there is.
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="dashboard") as pool:
        people_job, followups_job = pool.submit(people), pool.submit(followups)
        service_job, spending_job = pool.submit(service), pool.submit(spending)
        customers, new_customers = people_job.result()
        (due_today, overdue), followups_done = followups_job.result()
        (tickets_open, tickets_late), rated_months, opened, closed = service_job.result()
        plan = spending_job.result()
    satisfaction, rated, scores = rated_months
    charts = DashboardCharts(
        months=tuple(months),
        new_customers=tuple(new_customers),
        tickets_opened=tuple(opened),
        tickets_closed=tuple(closed),
        satisfaction=tuple(satisfaction),
        satisfaction_counts=tuple(rated),
        weeks=tuple(weeks),
        followups_done=tuple(followups_done),
        spend=None if plan is None else plan.curve,
        currency=plan.currency if plan is not None else "",
    )
    cards = DashboardCards(
        customers=customers,
        new_this_month=new_customers[-1],
        followups_today=due_today,
        followups_overdue=overdue,
        tickets_open=tickets_open,
        tickets_overdue=tickets_late,
        satisfaction=_mean(scores, sum(rated)),
        satisfaction_count=sum(rated),
        plan=None if plan is None else _plan_card(plan),
    )
    return Dashboard(today, cards, charts)
