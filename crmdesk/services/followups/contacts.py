"""Logging a contact that already happened: a call, visit, WeChat message or e-mail.

It is stored as a done follow-up (with its outcome) so it shows on the customer's timeline and
counts as the last contact, and may schedule the next step in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import ValidationError
from crmdesk.services import activity
from crmdesk.services.followups.plans import sync_cadence
from crmdesk.services.followups.write import FollowUpInput, insert_followup, refresh_customer

OUTCOME_MAX = 4000


@dataclass(frozen=True)
class LoggedContact:
    followup_id: int
    next_id: int | None


def log_contact(
    db: Database,
    contact: FollowUpInput,
    outcome: str,
    next_step: FollowUpInput | None = None,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> LoggedContact:
    """Store ``contact`` (its ``due_at`` is when it happened) as done with ``outcome``.

    A contact in the future is refused (plan it as a follow-up instead). The customer's last
    contact moves to it when it is the latest, and a "stay in touch" cadence counts from there.
    """
    now = now or utcnow()
    clean = contact.validated()
    if clean.customer_id is None:
        raise ValidationError("customer", "choose the customer the contact was with")
    if clean.due_at > now + dt.timedelta(minutes=5):
        raise ValidationError("due_at", "is in the future: plan it as a follow-up instead")
    outcome = outcome.strip()
    if len(outcome) > OUTCOME_MAX:
        raise ValidationError("outcome", f"is longer than {OUTCOME_MAX} characters")
    with db.session() as session:
        row = insert_followup(session, clean, now, status="done")
        row.outcome = outcome
        row.completed_at = clean.due_at
        row.reminder_minutes = None
        row.reminded_at = None
        activity.record(session, "followup", row.id, "completed", outcome, row.customer_id)
        customer = session.get(Customer, clean.customer_id)
        if customer is not None and (
            customer.last_contact_at is None or customer.last_contact_at < clean.due_at
        ):
            customer.last_contact_at = clean.due_at
        next_id = None
        if next_step is not None:
            next_id = insert_followup(session, next_step, now).id
        sync_cadence(session, clean.customer_id, now, tz)
        refresh_customer(session, clean.customer_id)
        return LoggedContact(row.id, next_id)
