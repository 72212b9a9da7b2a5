"""The spending ledger: money actually spent on the CRM project, tracked against a plan.

Add, edit, delete (softly: ``deleted_at``) and restore entries; each job is one transaction
and leaves an activity line. Edits return the previous values, so the screen's undo stack can
put them back. ``spending_by_year`` gives the ledger per cost category and plan year for
plan-versus-actual; ``spending_by_month`` the monthly totals for the cumulative chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.functions import month_start
from crmdesk.db.models import BudgetPlan, SpendingEntry
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.spending.plantime import PlanCalendar
from crmdesk.domain.spending.rows import MAX_NOTE, MAX_SUPPLIER, check_amount, check_text
from crmdesk.services import activity

ZERO = Decimal(0)
CATEGORY_KEYS = tuple(c.value for c in CostCategory)

PlanFilter = int | Literal["all", "unlinked"]
"""Which entries a list shows: one plan's (its id), all, or those linked to no plan."""


@dataclass(frozen=True)
class SpendingInput:
    """What a user fills in for an entry."""

    day: dt.date
    category: str
    amount: Decimal
    supplier: str = ""
    note: str = ""
    plan_id: int | None = None

    def validated(self) -> SpendingInput:
        """A cleaned copy; ``ValidationError`` naming the field when something is wrong."""
        if self.category not in CATEGORY_KEYS:
            raise ValidationError("category", f"must be one of {', '.join(CATEGORY_KEYS)}")
        return replace(
            self,
            amount=check_amount(self.amount, "amount"),
            supplier=check_text(self.supplier, "supplier", MAX_SUPPLIER),
            note=check_text(self.note, "note", MAX_NOTE),
        )


@dataclass(frozen=True)
class SpendingRecord:
    """One ledger line as the screen shows it."""

    id: int
    day: dt.date
    category: str
    amount: Decimal
    supplier: str
    note: str
    plan_id: int | None
    plan_name: str
    import_batch_id: int | None
    deleted: bool

    def as_input(self) -> SpendingInput:
        return SpendingInput(
            self.day, self.category, self.amount, self.supplier, self.note, self.plan_id
        )


class EntryNotFoundError(UserError):
    """The entry was deleted for good (e.g. by undoing its import) or never existed."""


def _entry(session: Session, entry_id: int) -> SpendingEntry:
    entry = session.get(SpendingEntry, entry_id)
    if entry is None:
        raise EntryNotFoundError(f"spending entry {entry_id} no longer exists")
    return entry


def _check_plan(session: Session, plan_id: int | None) -> None:
    if plan_id is None:
        return
    plan = session.get(BudgetPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise ValidationError("plan", f"plan {plan_id} does not exist")


def _summary(entry: SpendingInput) -> str:
    return f"{entry.day.isoformat()} {entry.category} {entry.amount:f} {entry.supplier}".strip()


def add_spending(db: Database, data: SpendingInput) -> int:
    """Validate and store a new entry; return its id."""
    clean = data.validated()
    with db.session() as session:
        _check_plan(session, clean.plan_id)
        entry = SpendingEntry(
            plan_id=clean.plan_id,
            day=clean.day,
            category=clean.category,
            amount=clean.amount,
            supplier=clean.supplier,
            note=clean.note,
        )
        session.add(entry)
        session.flush()
        activity.record(session, "spending", entry.id, "created", _summary(clean))
        return entry.id


def update_spending(db: Database, entry_id: int, data: SpendingInput) -> SpendingInput:
    """Replace an entry's fields; return the previous values (for undo)."""
    clean = data.validated()
    with db.session() as session:
        _check_plan(session, clean.plan_id)
        entry = _entry(session, entry_id)
        previous = SpendingInput(
            entry.day, entry.category, entry.amount, entry.supplier, entry.note, entry.plan_id
        )
        entry.day, entry.category, entry.amount = clean.day, clean.category, clean.amount
        entry.supplier, entry.note, entry.plan_id = clean.supplier, clean.note, clean.plan_id
        activity.record(session, "spending", entry_id, "updated", _summary(clean))
        return previous


def delete_spending(db: Database, entry_ids: Sequence[int]) -> None:
    """Move entries to the recycle bin (``deleted_at``); ``restore_spending`` brings them back."""
    now = utcnow()
    with db.session() as session:
        for entry_id in entry_ids:
            entry = _entry(session, entry_id)
            entry.deleted_at = now
            activity.record(session, "spending", entry_id, "deleted", _summary(_input(entry)))


def restore_spending(db: Database, entry_ids: Sequence[int]) -> None:
    """Undo ``delete_spending``."""
    with db.session() as session:
        for entry_id in entry_ids:
            entry = _entry(session, entry_id)
            entry.deleted_at = None
            activity.record(session, "spending", entry_id, "restored", _summary(_input(entry)))


def _input(entry: SpendingEntry) -> SpendingInput:
    return SpendingInput(
        entry.day, entry.category, entry.amount, entry.supplier, entry.note, entry.plan_id
    )


def _plan_condition(plan: PlanFilter) -> ColumnElement[bool]:
    if plan == "all":
        return true()
    if plan == "unlinked":
        return SpendingEntry.plan_id.is_(None)
    return SpendingEntry.plan_id == plan


def _records_query() -> Select[SpendingEntry, str]:
    return (
        select(SpendingEntry, BudgetPlan.name)
        .outerjoin(BudgetPlan, BudgetPlan.id == SpendingEntry.plan_id)
        .order_by(SpendingEntry.day.desc(), SpendingEntry.id.desc())
    )


def _record(entry: SpendingEntry, plan_name: str | None) -> SpendingRecord:
    return SpendingRecord(
        id=entry.id,
        day=entry.day,
        category=entry.category,
        amount=entry.amount,
        supplier=entry.supplier,
        note=entry.note,
        plan_id=entry.plan_id,
        plan_name=plan_name or "",
        import_batch_id=entry.import_batch_id,
        deleted=entry.deleted_at is not None,
    )


def list_spending(
    db: Database, plan: PlanFilter = "all", include_deleted: bool = False
) -> list[SpendingRecord]:
    """Ledger lines, newest day first. A ledger holds hundreds of lines, not millions, so the
    screen loads them all and sorts in memory."""
    stmt = _records_query().where(_plan_condition(plan))
    if not include_deleted:
        stmt = stmt.where(SpendingEntry.deleted_at.is_(None))
    with db.session() as session:
        return [_record(entry, name) for entry, name in session.execute(stmt)]


def get_spending(db: Database, entry_id: int) -> SpendingRecord:
    """One entry (deleted or not)."""
    with db.session() as session:
        row = session.execute(_records_query().where(SpendingEntry.id == entry_id)).first()
        if row is None:
            raise EntryNotFoundError(f"spending entry {entry_id} no longer exists")
        return _record(row[0], row[1])


# --- aggregates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearlySpending:
    """A plan's ledger per category and plan year (index = year, 0..horizon)."""

    by_category: dict[str, list[Decimal]]
    after_horizon: Decimal

    def year_totals(self, horizon: int) -> list[Decimal]:
        return [
            sum((row[t] for row in self.by_category.values()), ZERO) for t in range(horizon + 1)
        ]


def spending_by_year(session: Session, plan_id: int, calendar: PlanCalendar) -> YearlySpending:
    """Sum the plan's entries per category and day in SQL, then file each day under its plan
    year (anniversaries of go-live are easier to get right in Python than in SQL)."""
    amount = func.sum(SpendingEntry.amount).label("amount")
    stmt = (
        select(SpendingEntry.category, SpendingEntry.day, amount)
        .where(SpendingEntry.plan_id == plan_id, SpendingEntry.deleted_at.is_(None))
        .group_by(SpendingEntry.category, SpendingEntry.day)
    )
    horizon = calendar.horizon
    by_category: dict[str, list[Decimal]] = {}
    after = ZERO
    for category, day, total in session.execute(stmt):
        year = calendar.year_of(day)
        if year > horizon:
            after += total
            continue
        row = by_category.setdefault(category, [ZERO] * (horizon + 1))
        row[year] += total
    return YearlySpending(by_category, after)


def spending_by_month(session: Session, plan_id: int) -> dict[dt.date, Decimal]:
    """The plan's spending per month (keys: first day of the month)."""
    month = month_start(SpendingEntry.day).label("month")
    stmt = (
        select(month, func.sum(SpendingEntry.amount))
        .where(SpendingEntry.plan_id == plan_id, SpendingEntry.deleted_at.is_(None))
        .group_by(month)
    )
    return {dt.date.fromisoformat(m): total for m, total in session.execute(stmt)}
