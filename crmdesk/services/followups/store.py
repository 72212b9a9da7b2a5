"""Follow-ups: add, edit, list, complete (with the next step), snooze, cancel, delete, restore.

Every change keeps the customer's ``last_contact_at`` (the latest completed contact) and
``next_followup_at`` (the earliest planned follow-up) up to date, because the customer list and
the "stay in touch" cadence read them. Functions return :class:`FollowUpRecord` dataclasses.
Cadences, greetings and the satisfaction call live in :mod:`crmdesk.services.followups.plans`;
the input a user gives and the row it becomes in :mod:`crmdesk.services.followups.write`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.followups.agenda import AgendaGroup, day_window
from crmdesk.domain.followups.rules import reminder_time
from crmdesk.services import activity
from crmdesk.services.followups.plans import sync_cadence
from crmdesk.services.followups.write import (
    FollowUpInput,
    check_customer,
    initial_reminded_at,
    insert_followup,
    refresh_customer,
)
from crmdesk.services.versions import check_version


@dataclass(frozen=True)
class FollowUpRecord:
    """One follow-up as the screens show it."""

    id: int
    customer_id: int | None
    customer_name: str
    customer_company: str
    kind: str
    due_at: dt.datetime
    subject: str
    notes: str
    outcome: str
    status: str
    reminder_minutes: int | None
    reminded_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    completed_at: dt.datetime | None
    occasion: str
    ticket_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    version: int = 1  # what a save names as ``expected_version`` (no lost updates)
    updated_by: str = ""
    owner: str = ""  # whose follow-up it is on a shared database ("" nobody's)

    @property
    def reminder_at(self) -> dt.datetime | None:
        return reminder_time(self.due_at, self.reminder_minutes, self.snoozed_until)

    def as_input(self) -> FollowUpInput:
        """The editable fields, e.g. to prefill a dialog or to copy as the next step."""
        return FollowUpInput(
            customer_id=self.customer_id,
            due_at=self.due_at,
            kind=self.kind,
            subject=self.subject,
            notes=self.notes,
            reminder_minutes=self.reminder_minutes,
            occasion=self.occasion,
            ticket_id=self.ticket_id,
        )


@dataclass(frozen=True)
class Completion:
    """What completing a follow-up did: the next step added, the cadence follow-up kept."""

    followup_id: int
    next_id: int | None
    cadence_id: int | None


def record_of(row: FollowUp, name: str | None, company: str | None) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=name or "",
        customer_company=company or "",
        kind=row.kind,
        due_at=row.due_at,
        subject=row.subject,
        notes=row.notes,
        outcome=row.outcome,
        status=row.status,
        reminder_minutes=row.reminder_minutes,
        reminded_at=row.reminded_at,
        snoozed_until=row.snoozed_until,
        completed_at=row.completed_at,
        occasion=row.occasion,
        ticket_id=row.ticket_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        version=row.version or 1,
        updated_by=row.updated_by or "",
        owner=row.owner or "",
    )


def _select() -> Any:
    # Any: Select's generic form differs between SQLAlchemy 2.0 and 2.1
    return (
        select(FollowUp, Customer.name, Customer.company)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .where(or_(FollowUp.customer_id.is_(None), Customer.live()))
    )


def _load(
    session: Session, followup_id: int, include_deleted: bool = False, lock: bool = False
) -> FollowUp:
    # lock: on a server, hold the row until the save commits (SQLite locks the whole file)
    row = session.get(FollowUp, followup_id, with_for_update=lock or None)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise UserError(f"follow-up {followup_id} does not exist (it may have been deleted)")
    return row


def add_followup(
    db: Database, data: FollowUpInput, now: dt.datetime | None = None, tz: dt.tzinfo | None = None
) -> int:
    """Validate and store a planned follow-up; return its id.

    ``tz`` (the user's zone, default the computer's) places a customer's cadence follow-up.
    """
    now = now or utcnow()
    with db.session() as session:
        row = insert_followup(session, data, now)
        if data.occasion != "cadence":
            sync_cadence(session, row.customer_id, now, tz)
        refresh_customer(session, row.customer_id)
        return row.id


def update_followup(
    db: Database,
    followup_id: int,
    data: FollowUpInput,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
) -> None:
    """Save edits; a new time or lead time re-arms the reminder.

    With ``expected_version`` (the version the edit started from), a follow-up saved by
    someone else meanwhile is refused with StaleRecordError instead of being overwritten.
    """
    now = now or utcnow()
    clean = data.validated()
    with db.session() as session:
        row = _load(session, followup_id, lock=expected_version is not None)
        check_version(f"follow-up {row.subject}", row, expected_version)
        check_customer(session, clean.customer_id)
        old_customer = row.customer_id
        if (clean.due_at, clean.reminder_minutes) != (row.due_at, row.reminder_minutes):
            row.snoozed_until = None
            row.reminded_at = initial_reminded_at(clean, now)
        row.customer_id = clean.customer_id
        row.kind = clean.kind
        row.due_at = clean.due_at
        row.subject = clean.subject
        row.notes = clean.notes
        row.reminder_minutes = clean.reminder_minutes
        row.occasion = clean.occasion
        row.ticket_id = clean.ticket_id
        activity.record(session, "followup", row.id, "updated", clean.subject, clean.customer_id)
        refresh_customer(session, old_customer)
        if clean.customer_id != old_customer:
            refresh_customer(session, clean.customer_id)


def get_followup(db: Database, followup_id: int) -> FollowUpRecord:
    """One follow-up (deleted ones too, so the recycle bin can show them)."""
    with db.session() as session:
        row = _load(session, followup_id, include_deleted=True)
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        return record_of(
            row, customer.name if customer else "", customer.company if customer else ""
        )


def customer_names(db: Database, customer_id: int) -> tuple[str, str] | None:
    """(name, company) of a customer that is not deleted, for dialog titles and pickers."""
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            return None
        return customer.name, customer.company


def list_followups(
    db: Database,
    *,
    statuses: Sequence[str] = ("planned",),
    kinds: Sequence[str] | None = None,
    customer_id: int | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    limit: int | None = None,
    newest_first: bool = False,
    owner: str = "",
) -> list[FollowUpRecord]:
    """Follow-ups (not deleted) filtered by status, kind, customer and due time [start, end);
    ``owner`` keeps that user's and unowned ones only ("my follow-ups")."""
    stmt = _select().where(FollowUp.deleted_at.is_(None))
    if owner:
        stmt = stmt.where(FollowUp.owner.in_((owner, "")))
    if statuses:
        stmt = stmt.where(FollowUp.status.in_(list(statuses)))
    if kinds:
        stmt = stmt.where(FollowUp.kind.in_(list(kinds)))
    if customer_id is not None:
        stmt = stmt.where(FollowUp.customer_id == customer_id)
    if start is not None:
        stmt = stmt.where(FollowUp.due_at >= start)
    if end is not None:
        stmt = stmt.where(FollowUp.due_at < end)
    order = FollowUp.due_at.desc() if newest_first else FollowUp.due_at
    stmt = stmt.order_by(order, FollowUp.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.session() as session:
        return [record_of(row, name, company) for row, name, company in session.execute(stmt)]


def agenda_counts(
    db: Database,
    now: dt.datetime,
    tz: dt.tzinfo,
    kinds: Sequence[str] | None = None,
    customer_id: int | None = None,
) -> dict[AgendaGroup, int]:
    """How many planned follow-ups fall in each agenda group (local days of ``tz``)."""
    window = day_window(now, tz)
    bounds = {
        AgendaGroup.OVERDUE: (None, window.today_start),
        AgendaGroup.TODAY: (window.today_start, window.tomorrow_start),
        AgendaGroup.THIS_WEEK: (window.tomorrow_start, window.next_week_start),
        AgendaGroup.LATER: (window.next_week_start, None),
    }
    counts = {}
    with db.session() as session:
        for group, (low, high) in bounds.items():
            stmt = _select().where(FollowUp.deleted_at.is_(None), FollowUp.status == "planned")
            if kinds:
                stmt = stmt.where(FollowUp.kind.in_(list(kinds)))
            if customer_id is not None:
                stmt = stmt.where(FollowUp.customer_id == customer_id)
            if low is not None:
                stmt = stmt.where(FollowUp.due_at >= low)
            if high is not None:
                stmt = stmt.where(FollowUp.due_at < high)
            count_stmt = select(func.count()).select_from(stmt.subquery())
            counts[group] = int(session.scalar(count_stmt) or 0)
    return counts


def complete_followup(
    db: Database,
    followup_id: int,
    outcome: str,
    next_step: FollowUpInput | None = None,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> Completion:
    """Mark a follow-up done with its outcome and, in the same transaction, add the next step.

    The completion is a real contact: the customer's ``last_contact_at`` moves forward and a
    "stay in touch" cadence is counted again from it.
    """
    now = now or utcnow()
    with db.session() as session:
        row = _load(session, followup_id)
        if row.status != "planned":
            raise UserError(f"follow-up {followup_id} is already {row.status}")
        row.status = "done"
        row.outcome = outcome.strip()
        row.completed_at = now
        row.snoozed_until = None
        activity.record(session, "followup", row.id, "completed", row.outcome, row.customer_id)
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        if customer is not None and (
            customer.last_contact_at is None or customer.last_contact_at < now
        ):
            customer.last_contact_at = now
        next_id = None
        if next_step is not None:
            next_id = insert_followup(session, next_step, now).id
        cadence_id = sync_cadence(session, row.customer_id, now, tz)
        refresh_customer(session, row.customer_id)
        if next_step is not None and next_step.customer_id != row.customer_id:
            refresh_customer(session, next_step.customer_id)
        return Completion(row.id, next_id, cadence_id)


def snooze_followup(
    db: Database, followup_id: int, until: dt.datetime, now: dt.datetime | None = None
) -> None:
    """Move a planned follow-up to ``until`` and remind again then."""
    now = now or utcnow()
    if until.tzinfo is None:
        raise ValidationError("until", "needs a time zone")
    with db.session() as session:
        row = _load(session, followup_id)
        if row.status != "planned":
            raise UserError(f"follow-up {followup_id} is already {row.status}")
        activity.record(
            session,
            "followup",
            row.id,
            "snoozed",
            "",
            row.customer_id,
            {"from": row.due_at.isoformat(), "to": until.isoformat()},
        )
        row.due_at = until
        row.snoozed_until = until
        row.reminded_at = None
        refresh_customer(session, row.customer_id)


def cancel_followup(db: Database, followup_id: int, reason: str = "") -> None:
    """Mark a planned follow-up as cancelled (it stays in the history)."""
    with db.session() as session:
        row = _load(session, followup_id)
        row.status = "cancelled"
        row.outcome = reason.strip()
        activity.record(session, "followup", row.id, "cancelled", row.outcome, row.customer_id)
        refresh_customer(session, row.customer_id)


def delete_followup(db: Database, followup_id: int, now: dt.datetime | None = None) -> None:
    """Soft-delete: the follow-up disappears from every list until restored."""
    with db.session() as session:
        row = _load(session, followup_id)
        row.deleted_at = now or utcnow()
        activity.record(session, "followup", row.id, "deleted", row.subject, row.customer_id)
        refresh_customer(session, row.customer_id)


def restore_followup(db: Database, followup_id: int) -> None:
    """Undo :func:`delete_followup`."""
    with db.session() as session:
        row = _load(session, followup_id, include_deleted=True)
        row.deleted_at = None
        activity.record(session, "followup", row.id, "restored", row.subject, row.customer_id)
        refresh_customer(session, row.customer_id)


def days_with_followups(
    db: Database,
    start: dt.datetime,
    end: dt.datetime,
    tz: dt.tzinfo,
    kinds: Sequence[str] | None = None,
    customer_id: int | None = None,
) -> dict[dt.date, int]:
    """For a calendar view: planned follow-ups per local day between ``start`` and ``end``."""
    counts: dict[dt.date, int] = {}
    rows = list_followups(db, kinds=kinds, customer_id=customer_id, start=start, end=end)
    for row in rows:
        day = row.due_at.astimezone(tz).date()
        counts[day] = counts.get(day, 0) + 1
    return counts
