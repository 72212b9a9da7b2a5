"""Realised return of a plan: the app's own measures since go-live against the baseline.

The measures (``domain.realised.Measure``) are SQL aggregates over customers, follow-ups and
tickets for a period; ``realised_return`` compares the period since go-live with the
baseline the owner recorded, turns the changes into yearly benefits and re-estimates
payback and ROI with the engine (``domain.realised``). ``suggest_baseline`` measures the
twelve months before go-live, so an owner who kept using the app's lists already has their
"before" figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.functions import hours_between
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.dates import add_months
from crmdesk.domain.planning.appraisal import CaseMetrics, compute_case
from crmdesk.domain.planning.cashflow import flow_components
from crmdesk.domain.spending.realised import (
    ActualMeasures,
    Baseline,
    Measure,
    MeasureChange,
    RealisedBenefit,
    ReEstimate,
    compare_measures,
    re_estimate,
    realised_benefits,
)
from crmdesk.services.spending.actuals import load_for_actuals
from crmdesk.services.spending.ledger import spending_by_year

ZERO = Decimal(0)
DAYS_PER_MONTH = Decimal("30.436875")  # 365.2425 / 12
HOURS_PER_DAY = Decimal(24)
BASELINE_MONTHS = 12


def _utc_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def _decimal(value: object, places: str = "0.01") -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(places))


def measure_period(session: Session, start: dt.datetime, end: dt.datetime) -> ActualMeasures:
    """The measures for the period [start, end) (aware datetimes), one query per table.

    Customers is the count at the end; per-month figures divide by the period's length in
    months; resolution time (hours from opening to resolution) counts tickets resolved in the
    period, satisfaction tickets closed in it, as ``domain.ticket_metrics`` defines them.
    """
    months = Decimal((end - start).total_seconds()) / 86400 / DAYS_PER_MONTH
    customers = session.execute(
        select(
            func.count(),
            func.count().filter(Customer.created_at >= start),
        ).where(Customer.live(), Customer.created_at < end)
    ).one()
    followups_done = session.scalar(
        select(func.count()).where(
            FollowUp.deleted_at.is_(None),
            FollowUp.status == "done",
            FollowUp.completed_at >= start,
            FollowUp.completed_at < end,
        )
    )
    # definitions of crmdesk.domain.tickets.metrics: resolution time for tickets resolved in
    # the period, satisfaction of tickets closed in the period
    resolved = (ServiceTicket.resolved_at >= start) & (ServiceTicket.resolved_at < end)
    closed = (ServiceTicket.closed_at >= start) & (ServiceTicket.closed_at < end)
    hours = hours_between(ServiceTicket.resolved_at, ServiceTicket.created_at)
    tickets = session.execute(
        select(
            func.avg(hours).filter(resolved),
            func.avg(ServiceTicket.satisfaction).filter(closed),
        ).where(ServiceTicket.deleted_at.is_(None), resolved | closed)
    ).one()
    values: dict[Measure, Decimal] = {Measure.CUSTOMERS: Decimal(customers[0])}
    if months > 0:
        values[Measure.NEW_CUSTOMERS_PER_MONTH] = Decimal(customers[1]) / months
        values[Measure.FOLLOWUPS_DONE_PER_MONTH] = Decimal(followups_done or 0) / months
    average_hours = _decimal(tickets[0])
    if average_hours is not None:
        values[Measure.RESOLUTION_HOURS] = average_hours
    satisfaction = _decimal(tickets[1])
    if satisfaction is not None:
        values[Measure.SATISFACTION] = satisfaction
    return ActualMeasures(values, months)


def suggest_baseline(db: Database, go_live: dt.date, tz: dt.tzinfo) -> dict[Measure, Decimal]:
    """The measures of the twelve months before ``go_live``, rounded for a form."""
    start = _utc_midnight(add_months(go_live, -BASELINE_MONTHS), tz)
    with db.session() as session:
        measured = measure_period(session, start, _utc_midnight(go_live, tz))
    return {m: v.quantize(Decimal("0.01")) for m, v in measured.values.items()}


@dataclass(frozen=True)
class RealisedReturn:
    """Everything the realised-return page shows. Without a go-live date (``go_live_set``
    False) or before go-live, nothing is measured and ``re_estimated`` is None."""

    plan_id: int
    currency: str
    as_of: dt.date  # measured up to the end of this local day
    go_live: dt.date
    go_live_set: bool
    baseline: Baseline
    actual: ActualMeasures
    measures: tuple[MeasureChange, ...]
    benefits: tuple[RealisedBenefit, ...]
    planned: CaseMetrics
    re_estimated: ReEstimate | None


def default_as_of(today: dt.date) -> dt.date:
    """The day realised figures are measured up to by default: yesterday, a finished day, so
    a reprint later on gives the same numbers."""
    return today - dt.timedelta(days=1)


def realised_return(db: Database, plan_id: int, as_of: dt.date, tz: dt.tzinfo) -> RealisedReturn:
    """Measures since go-live against the baseline, realised benefits and the re-estimate,
    all measured up to the end of ``as_of`` (a local date; see ``default_as_of``).

    Nothing depends on the clock: the same data and ``as_of`` give the same figures.
    """
    end = _utc_midnight(as_of + dt.timedelta(days=1), tz)
    loaded = load_for_actuals(db, plan_id, tz)
    with db.session() as session:
        calendar, table, plan = loaded.calendar, loaded.table, loaded.plan
        live = loaded.go_live_set and as_of >= calendar.go_live
        if live:
            actual = measure_period(session, _utc_midnight(calendar.go_live, tz), end)
        else:
            actual = ActualMeasures({})
        spent = spending_by_year(session, plan_id, calendar)
    # the plan's benefits for the year running now (year 1 before go-live)
    year = min(max(calendar.year_of(as_of), 1), calendar.horizon)
    expected = table.rows[year].benefits_by_category
    benefits = realised_benefits(expected, loaded.baseline, actual, plan.currency)
    re_estimated = None
    if live:
        re_estimated = re_estimate(
            table,
            spent.year_totals(calendar.horizon),
            calendar.years_finished(as_of),
            benefits,
        )
    return RealisedReturn(
        plan_id=plan_id,
        currency=plan.currency,
        as_of=as_of,
        go_live=calendar.go_live,
        go_live_set=loaded.go_live_set,
        baseline=loaded.baseline,
        actual=actual,
        measures=compare_measures(loaded.baseline, actual),
        benefits=benefits,
        planned=compute_case(flow_components(plan), plan.users),
        re_estimated=re_estimated,
    )
