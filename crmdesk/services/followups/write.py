"""Writing one follow-up: the input a user gives, checked, and the row it becomes.

Below both the follow-up store and the follow-ups the app plans itself (cadences, greetings,
satisfaction calls), which write rows through the same ``insert_followup``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Customer, FollowUp
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.followups.greetings import OCCASION_LABELS
from crmdesk.domain.followups.rules import KIND_KEYS, reminder_time
from crmdesk.services import activity

MAX_REMINDER_MINUTES = 7 * 24 * 60
SUBJECT_MAX = 200


@dataclass(frozen=True)
class FollowUpInput:
    """What a user fills in for a follow-up."""

    customer_id: int | None
    due_at: dt.datetime
    kind: str = "call"
    subject: str = ""
    notes: str = ""
    reminder_minutes: int | None = 15
    occasion: str = ""
    ticket_id: int | None = None

    def validated(self) -> FollowUpInput:
        """A cleaned copy; ValidationError naming the field when something is wrong."""
        if self.kind not in KIND_KEYS:
            raise ValidationError("kind", f"must be one of {', '.join(KIND_KEYS)}")
        if self.due_at.tzinfo is None:
            raise ValidationError("due_at", "needs a time zone")
        subject = self.subject.strip()
        if len(subject) > SUBJECT_MAX:
            raise ValidationError("subject", f"is longer than {SUBJECT_MAX} characters")
        if self.reminder_minutes is not None and not (
            0 <= self.reminder_minutes <= MAX_REMINDER_MINUTES
        ):
            raise ValidationError("reminder", "must be between 0 minutes and 7 days before")
        if self.occasion and self.occasion not in OCCASION_LABELS:
            raise ValidationError("occasion", f"{self.occasion!r} is not known")
        return replace(self, subject=subject, notes=self.notes.strip())


def check_customer(session: Session, customer_id: int | None) -> None:
    if customer_id is None:
        return
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ValidationError("customer", f"customer {customer_id} does not exist")


def refresh_customer(session: Session, customer_id: int | None) -> None:
    """Recompute the customer's ``next_followup_at`` from its planned follow-ups."""
    if customer_id is None:
        return
    customer = session.get(Customer, customer_id)
    if customer is None:
        return
    session.flush()
    customer.next_followup_at = session.scalar(
        select(func.min(FollowUp.due_at)).where(
            FollowUp.customer_id == customer_id,
            FollowUp.status == "planned",
            FollowUp.deleted_at.is_(None),
        )
    )


def initial_reminded_at(clean: FollowUpInput, now: dt.datetime) -> dt.datetime | None:
    # a follow-up entered after its reminder time (e.g. logging a past call) must not pop up
    when = reminder_time(clean.due_at, clean.reminder_minutes)
    return now if when is not None and when <= now else None


def insert_followup(
    session: Session, data: FollowUpInput, now: dt.datetime, status: str = "planned"
) -> FollowUp:
    """Add a validated follow-up in the caller's transaction (used by the plan helpers too)."""
    clean = data.validated()
    check_customer(session, clean.customer_id)
    row = FollowUp(
        customer_id=clean.customer_id,
        kind=clean.kind,
        due_at=clean.due_at,
        subject=clean.subject,
        notes=clean.notes,
        reminder_minutes=clean.reminder_minutes,
        reminded_at=initial_reminded_at(clean, now),
        occasion=clean.occasion,
        ticket_id=clean.ticket_id,
        status=status,
        # on a shared database a new follow-up is the signed-in user's (their reminders and
        # "my follow-ups"); on a single-user PC nobody is signed in and it stays unowned
        owner=str(session.info.get("user", "")),
    )
    session.add(row)
    session.flush()
    activity.record(
        session,
        "followup",
        row.id,
        "created",
        clean.subject or OCCASION_LABELS.get(clean.occasion, ""),
        clean.customer_id,
        {"kind": clean.kind, "due_at": clean.due_at.isoformat()},
    )
    return row
