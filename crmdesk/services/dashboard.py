"""The dashboard's figures: SQL aggregates over customers, follow-ups, tickets and spending.

Read-only, one read transaction, one query per card or chart; months and weeks are grouped
in SQL (``strftime``) in the user's time zone, so the dashboard costs the same with 100
customers as with 100,000. Definitions follow the screens the cards open:

- follow-ups due today / overdue: planned, by the local calendar day of ``due_at``, customer
  not deleted (``domain.agenda``);
- open tickets: new, in progress or waiting; overdue: a running ticket past its response or
  resolution deadline (``domain.ticket_workflow.is_overdue``);
- satisfaction: mean score of tickets closed in the month (``domain.ticket_metrics``);
- tickets "closed" in a month: resolved or closed then (whichever came first).

Month and week grouping shifts UTC by the zone's offset now; across a daylight-saving change
an event within an hour of midnight on the first of a month can land in the next month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.agenda import day_window
from crmdesk.domain.plantime import add_months, month_of
from crmdesk.domain.ticket_workflow import CLOCK_RUNNING_STATUSES, OPEN_STATUSES
from crmdesk.services.plan_actuals import (
    LoadedPlan,
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


def _offset(now: dt.datetime, tz: dt.tzinfo) -> str:
    """The SQLite date modifier that turns a stored UTC time into local time now."""
    offset = now.astimezone(tz).utcoffset() or dt.timedelta(0)
    return f"{int(offset.total_seconds() // 60):+d} minutes"


def _local_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def _month_key(column: Any, offset: str) -> ColumnElement[str]:
    return func.strftime("%Y-%m-01", column, offset)


def _by_key(rows: Sequence[Any], keys: Sequence[dt.date]) -> list[tuple[Any, ...]]:
    """The values after each row's key, in the order of ``keys`` (empty where no row)."""
    found = {str(row[0]): row[1:] for row in rows}
    return [found.get(key.isoformat(), ()) for key in keys]


# --- cards -----------------------------------------------------------------------------------


def _customer_counts(session: Session, month_start: dt.datetime) -> tuple[int, int]:
    total, new = session.execute(
        select(func.count(), func.count().filter(Customer.created_at >= month_start)).where(
            Customer.deleted_at.is_(None)
        )
    ).one()
    return int(total), int(new)


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
            or_(FollowUp.customer_id.is_(None), Customer.deleted_at.is_(None)),
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


def _new_customers(
    session: Session, start: dt.datetime, months: Sequence[dt.date], offset: str
) -> list[int]:
    key = _month_key(Customer.created_at, offset)
    rows = session.execute(
        select(key, func.count())
        .where(Customer.deleted_at.is_(None), Customer.created_at >= start)
        .group_by(key)
    ).all()
    return [int(r[0]) if r else 0 for r in _by_key(rows, months)]


def _followups_done(
    session: Session, start: dt.datetime, weeks: Sequence[dt.date], offset: str
) -> list[int]:
    # date(..., 'weekday 0', '-6 days') is the Monday of the (ISO) week
    key = func.date(FollowUp.completed_at, offset, "weekday 0", "-6 days")
    rows = session.execute(
        select(key, func.count())
        .where(
            FollowUp.status == "done",
            FollowUp.completed_at >= start,
            FollowUp.deleted_at.is_(None),
        )
        .group_by(key)
    ).all()
    return [int(r[0]) if r else 0 for r in _by_key(rows, weeks)]


def _tickets_opened(
    session: Session, start: dt.datetime, months: Sequence[dt.date], offset: str
) -> list[int]:
    key = _month_key(ServiceTicket.created_at, offset)
    rows = session.execute(
        select(key, func.count())
        .where(ServiceTicket.deleted_at.is_(None), ServiceTicket.created_at >= start)
        .group_by(key)
    ).all()
    return [int(r[0]) if r else 0 for r in _by_key(rows, months)]


def _tickets_closed(
    session: Session, start: dt.datetime, months: Sequence[dt.date], offset: str
) -> list[int]:
    finished = func.coalesce(ServiceTicket.resolved_at, ServiceTicket.closed_at)
    key = _month_key(finished, offset)
    rows = session.execute(
        select(key, func.count())
        .where(ServiceTicket.deleted_at.is_(None), finished >= start)
        .group_by(key)
    ).all()
    return [int(r[0]) if r else 0 for r in _by_key(rows, months)]


def _satisfaction(
    session: Session, start: dt.datetime, months: Sequence[dt.date], offset: str
) -> tuple[list[Decimal | None], list[int], int]:
    """Mean score per month, ratings per month, and the sum of all scores."""
    key = _month_key(ServiceTicket.closed_at, offset)
    rows = session.execute(
        select(key, func.sum(ServiceTicket.satisfaction), func.count())
        .where(
            ServiceTicket.deleted_at.is_(None),
            ServiceTicket.closed_at >= start,
            ServiceTicket.satisfaction.is_not(None),
        )
        .group_by(key)
    ).all()
    means: list[Decimal | None] = []
    counts: list[int] = []
    scores = 0
    for row in _by_key(rows, months):
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
    offset = _offset(now, tz)
    months_start = _local_midnight(months[0], tz)
    with db.session() as session:
        plan_id = current_plan_id(session)
    loaded: LoadedPlan | None = None if plan_id is None else load_for_actuals(db, plan_id, tz)
    with db.session() as session:
        customers, new = _customer_counts(session, _local_midnight(this_month, tz))
        due_today, overdue = _followup_counts(session, now, tz)
        tickets_open, tickets_late = _ticket_counts(session, now)
        satisfaction, rated, scores = _satisfaction(session, months_start, months, offset)
        plan = None if loaded is None else plan_vs_actual_in(session, loaded, today)
        charts = DashboardCharts(
            months=tuple(months),
            new_customers=tuple(_new_customers(session, months_start, months, offset)),
            tickets_opened=tuple(_tickets_opened(session, months_start, months, offset)),
            tickets_closed=tuple(_tickets_closed(session, months_start, months, offset)),
            satisfaction=tuple(satisfaction),
            satisfaction_counts=tuple(rated),
            weeks=tuple(weeks),
            followups_done=tuple(
                _followups_done(session, _local_midnight(weeks[0], tz), weeks, offset)
            ),
            spend=None if plan is None else plan.curve,
            currency=plan.currency if plan is not None else "",
        )
    cards = DashboardCards(
        customers=customers,
        new_this_month=new,
        followups_today=due_today,
        followups_overdue=overdue,
        tickets_open=tickets_open,
        tickets_overdue=tickets_late,
        satisfaction=_mean(scores, sum(rated)),
        satisfaction_count=sum(rated),
        plan=None if plan is None else _plan_card(plan),
    )
    return Dashboard(today, cards, charts)
