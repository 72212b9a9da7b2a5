"""Plan versus actual for a saved plan: the variance table, spend to date, the cumulative curve.

Budgets come from the planner engine (the plan's cash-flow table by category), actuals from
the spending ledger, matched to plan years by ``domain.plantime``. Also the small jobs of the
plan-versus-actual page: the plan list to choose from, marking the go-live date, saving the
baseline.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import BudgetPlan as PlanRow
from crmdesk.db.models import SpendingEntry
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.planning.cashflow import CashFlowTable, build_table, flow_components
from crmdesk.domain.planning.categories import CONTINGENCY
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.spending.headline import SpendingHeadline
from crmdesk.domain.spending.plantime import (
    PlanCalendar,
    amount_through,
    cumulative_by_month,
    expected_go_live,
    month_of,
    months_between,
)
from crmdesk.domain.spending.realised import Baseline, baseline_from_dict, baseline_to_dict
from crmdesk.domain.spending.variance import Cell, PlanVariance, compare
from crmdesk.services import activity
from crmdesk.services.planning import store as plans
from crmdesk.services.spending.ledger import spending_by_month, spending_by_year

ZERO = Decimal(0)


# --- loading a saved plan --------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedPlan:
    """A saved plan with what plan-versus-actual needs from it."""

    id: int
    plan: BudgetPlan
    table: CashFlowTable
    calendar: PlanCalendar
    go_live_set: bool
    baseline: Baseline


def _plan_row(session: Session, plan_id: int) -> PlanRow:
    row = session.get(PlanRow, plan_id)
    if row is None or row.deleted_at is not None:
        raise UserError(f"plan {plan_id} does not exist (it may have been deleted)")
    return row


def load_for_actuals(db: Database, plan_id: int, tz: dt.tzinfo) -> LoadedPlan:
    """Read plan ``plan_id`` (through ``services.plans``) and lay its years on the calendar.

    Without a marked go-live date, go-live is expected the plan's deployment months after the
    day it was created (in ``tz``).
    """
    with db.session() as session:
        row = _plan_row(session, plan_id)
        created = row.created_at.astimezone(tz).date()
        go_live_date, name, stored_baseline = row.go_live_date, row.name, row.baseline
    plan = plans.load_plan(db, plan_id).plan
    months = plan.deployment_months or 0
    try:
        baseline = baseline_from_dict(_json(stored_baseline))
    except ValidationError as exc:
        raise UserError(f'plan "{name}": the stored baseline is damaged ({exc})') from exc
    return LoadedPlan(
        id=plan_id,
        plan=plan,
        table=build_table(flow_components(plan)),
        calendar=PlanCalendar(
            go_live_date or expected_go_live(created, months), months, plan.horizon_years
        ),
        go_live_set=go_live_date is not None,
        baseline=baseline,
    )


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


# --- choosing a plan -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanChoice:
    id: int
    name: str
    currency: str
    is_active: bool
    go_live: dt.date | None


def list_plan_choices(db: Database) -> list[PlanChoice]:
    """Saved plans (not deleted): the active one first, then the most recently changed."""
    stmt = (
        select(PlanRow)
        .where(PlanRow.deleted_at.is_(None))
        .order_by(PlanRow.is_active.desc(), PlanRow.updated_at.desc(), PlanRow.id.desc())
    )
    with db.session() as session:
        return [
            PlanChoice(p.id, p.name, p.currency, p.is_active, p.go_live_date)
            for p in session.scalars(stmt)
        ]


def current_plan_id(session: Session) -> int | None:
    """The active plan, or else the most recently changed one; None without plans."""
    stmt = (
        select(PlanRow.id)
        .where(PlanRow.deleted_at.is_(None))
        .order_by(PlanRow.is_active.desc(), PlanRow.updated_at.desc(), PlanRow.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def plan_go_live(db: Database, plan_id: int) -> dt.date | None:
    """The date plan ``plan_id`` went live, if the owner has set it."""
    with db.session() as session:
        return session.scalar(select(PlanRow.go_live_date).where(PlanRow.id == plan_id))


def set_go_live(db: Database, plan_id: int, day: dt.date | None) -> None:
    """Mark (or clear, with None) the day the CRM went live."""
    with db.session() as session:
        row = _plan_row(session, plan_id)
        row.go_live_date = day
        text = day.isoformat() if day else "cleared"
        activity.record(session, "plan", plan_id, "updated", f"go-live {text}")


def save_baseline(db: Database, plan_id: int, baseline: Baseline) -> None:
    """Store the baseline measures and values with the plan."""
    with db.session() as session:
        row = _plan_row(session, plan_id)
        row.baseline = json.dumps(baseline_to_dict(baseline), ensure_ascii=False)
        activity.record(session, "plan", plan_id, "updated", "baseline")


# --- plan versus actual ----------------------------------------------------------------------


@dataclass(frozen=True)
class SpendCurve:
    """Cumulative budget and actual spending at the end of each month; ``actual`` is None
    for months after the current one."""

    months: tuple[dt.date, ...]
    budget: tuple[Decimal, ...]
    actual: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class PlanVsActual:
    plan_id: int
    name: str
    currency: str
    calendar: PlanCalendar
    go_live_set: bool
    variance: PlanVariance
    current_year: int
    spent_to_date: Decimal
    # the planned cost lines to date, without the contingency reserve (``reserve_to_date``)
    budget_to_date: Decimal
    total_budget: Decimal
    curve: SpendCurve
    # per cost category: budget spread by month up to this month against spending up to
    # today (the fair comparison while a plan year is still running)
    to_date: dict[str, Cell]
    reserve_to_date: Decimal

    @property
    def headline(self) -> SpendingHeadline:
        """Spent to date against the cost lines to date, and the reserve reported beside it."""
        return SpendingHeadline(
            self.budget_to_date, self.spent_to_date, self.reserve_to_date, self.currency
        )


def _to_date(
    session: Session, loaded: LoadedPlan, today: dt.date
) -> tuple[dict[str, Cell], Decimal]:
    """Budget to date and spending to date per cost category, and the reserve to date."""
    amount = func.sum(SpendingEntry.amount)
    spent = dict(
        session.execute(
            select(SpendingEntry.category, amount)
            .where(
                SpendingEntry.plan_id == loaded.id,
                SpendingEntry.deleted_at.is_(None),
                SpendingEntry.day <= today,
            )
            .group_by(SpendingEntry.category)
        ).all()
    )
    month = month_of(today)
    rows = loaded.table.rows
    cells: dict[str, Cell] = {}
    reserve = ZERO
    for key in rows[0].costs_by_category:
        yearly = [row.costs_by_category[key] for row in rows]
        budget = amount_through(loaded.calendar.monthly_budget(yearly), month)
        if key == CONTINGENCY:
            reserve = budget
            continue
        cells[key] = Cell(budget, spent.get(key) or ZERO)
    for key, total in spent.items():
        cells.setdefault(key, Cell(ZERO, total or ZERO))
    return cells, reserve


def _spent_to_date(session: Session, plan_id: int, today: dt.date) -> tuple[Decimal, Decimal]:
    """(spent up to and including today, spent in total) in one query."""
    amount = SpendingEntry.amount
    stmt = select(func.sum(amount).filter(SpendingEntry.day <= today), func.sum(amount)).where(
        SpendingEntry.plan_id == plan_id, SpendingEntry.deleted_at.is_(None)
    )
    to_date, total = session.execute(stmt).one()
    return (to_date or ZERO, total or ZERO)


def _curve(
    calendar: PlanCalendar,
    yearly_budget: list[Decimal],
    actual_by_month: dict[dt.date, Decimal],
    today: dt.date,
) -> SpendCurve:
    current = min(max(calendar.year_of(today), 1), calendar.horizon)
    first = calendar.year_start(0)
    last = max(calendar.year_end(current), today)
    if actual_by_month:
        first = min(first, min(actual_by_month))
        last = max(last, max(actual_by_month))
    months = months_between(first, last)
    budget = cumulative_by_month(months, calendar.monthly_budget(yearly_budget))
    actual = cumulative_by_month(months, actual_by_month)
    this_month = month_of(today)
    return SpendCurve(
        tuple(months),
        tuple(budget),
        tuple(a if m <= this_month else None for m, a in zip(months, actual, strict=True)),
    )


def plan_vs_actual_in(session: Session, loaded: LoadedPlan, today: dt.date) -> PlanVsActual:
    """``plan_vs_actual`` for a loaded plan inside the caller's session (the dashboard reads
    everything in one)."""
    plan_id = loaded.id
    calendar, table = loaded.calendar, loaded.table
    yearly = spending_by_year(session, plan_id, calendar)
    variance = compare(
        [row.costs_by_category for row in table.rows],
        yearly.by_category,
        loaded.plan.currency,
        after_horizon=yearly.after_horizon,
        go_live=calendar.go_live if loaded.go_live_set else None,
    )
    spent, _ = _spent_to_date(session, plan_id, today)
    curve = _curve(calendar, table.costs, spending_by_month(session, plan_id), today)
    to_date, reserve_to_date = _to_date(session, loaded, today)
    # the sum of the category rows, so the headline and the table's total agree to the cent
    budget_to_date = sum((cell.budget for cell in to_date.values()), ZERO)
    return PlanVsActual(
        plan_id=plan_id,
        name=loaded.plan.name,
        currency=loaded.plan.currency,
        calendar=calendar,
        go_live_set=loaded.go_live_set,
        variance=variance,
        current_year=calendar.year_of(today),
        spent_to_date=spent,
        budget_to_date=budget_to_date,
        total_budget=sum(table.costs, ZERO),
        curve=curve,
        to_date=to_date,
        reserve_to_date=reserve_to_date,
    )


def plan_vs_actual(db: Database, plan_id: int, today: dt.date, tz: dt.tzinfo) -> PlanVsActual:
    """Budget against actual spending for plan ``plan_id`` as of ``today`` (a local date).

    ``tz`` is the user's time zone (for the day the plan was created)."""
    loaded = load_for_actuals(db, plan_id, tz)
    with db.session() as session:
        return plan_vs_actual_in(session, loaded, today)
