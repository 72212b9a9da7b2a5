"""Which follow-up reminders are due, and marking them fired exactly once.

The reminder of a planned follow-up fires at ``due_at - reminder_minutes`` (or at the snooze
time). ``FollowUp.reminded_at`` records that it fired; :func:`claim_reminders` sets it with a
conditional UPDATE, so a reminder fires once even if two timers (or two windows) race for it,
and a reminder missed while the app was closed is still unclaimed at the next start. On a
shared database only the signed-in user's follow-ups (and unowned ones) remind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select, update

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp
from crmdesk.services.followups.store import FollowUpRecord, record_of
from crmdesk.services.followups.write import MAX_REMINDER_MINUTES


def _candidates(db: Database, horizon: dt.datetime) -> list[FollowUpRecord]:
    """Unfired reminders that could be due before ``horizon`` (exact filtering in Python)."""
    lead = dt.timedelta(minutes=MAX_REMINDER_MINUTES)
    stmt = (
        select(FollowUp, Customer.name, Customer.company)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .where(
            FollowUp.status == "planned",
            FollowUp.deleted_at.is_(None),
            FollowUp.reminded_at.is_(None),
            or_(FollowUp.customer_id.is_(None), Customer.live()),
            or_(
                FollowUp.snoozed_until.is_not(None),
                (FollowUp.reminder_minutes.is_not(None)) & (FollowUp.due_at <= horizon + lead),
            ),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    if db.user_name:  # shared database: only my reminders and nobody's (never a colleague's)
        stmt = stmt.where(FollowUp.owner.in_((db.user_name, "")))
    with db.session() as session:
        return [record_of(row, name, company) for row, name, company in session.execute(stmt)]


def due_reminders(db: Database, now: dt.datetime) -> list[FollowUpRecord]:
    """Planned follow-ups whose reminder time has come and that have not been reminded yet."""
    due = []
    for record in _candidates(db, now):
        when = record.reminder_at
        if when is not None and when <= now:
            due.append(record)
    due.sort(key=lambda r: (r.reminder_at or r.due_at, r.id))
    return due


def next_reminder_at(db: Database, now: dt.datetime, within: dt.timedelta) -> dt.datetime | None:
    """The earliest reminder still to come in (now, now + within], for an exact timer."""
    horizon = now + within
    times = [
        when
        for record in _candidates(db, horizon)
        if (when := record.reminder_at) is not None and now < when <= horizon
    ]
    return min(times, default=None)


def claim_reminders(db: Database, ids: Sequence[int], now: dt.datetime) -> list[int]:
    """Mark reminders as fired; return only the ids this call claimed (not already fired)."""
    claimed = []
    with db.session() as session:
        for followup_id in ids:
            result = session.execute(
                update(FollowUp)
                .where(FollowUp.id == followup_id, FollowUp.reminded_at.is_(None))
                .values(reminded_at=now)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                claimed.append(followup_id)
    return claimed
