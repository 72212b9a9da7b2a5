"""Follow-ups the app plans for the user: "stay in touch" cadences, greetings, satisfaction calls.

A cadence keeps exactly one automatic follow-up (occasion ``cadence``) planned at "last real
contact + cadence", unless the user already planned another contact on or before that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.followups import cadence as cadence_rules
from crmdesk.domain.followups import greetings
from crmdesk.domain.followups.cadence import Cadence
from crmdesk.domain.followups.rules import WORKDAY_START, at_local
from crmdesk.services import activity
from crmdesk.services.clock import local_zone
from crmdesk.services.followups.write import FollowUpInput, insert_followup, refresh_customer

CADENCE_REMINDER_MINUTES = 15
SATISFACTION_DELAY_DAYS = 3


def _planned(session: Session, customer_id: int) -> list[FollowUp]:
    return list(
        session.scalars(
            select(FollowUp)
            .where(
                FollowUp.customer_id == customer_id,
                FollowUp.status == "planned",
                FollowUp.deleted_at.is_(None),
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
    )


def sync_cadence(
    session: Session,
    customer_id: int | None,
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
    started: dt.date | None = None,
) -> int | None:
    """Create, move or drop the customer's cadence follow-up; return its id if one is planned.

    ``started`` is the day counting begins when the customer was never contacted (the day the
    cadence was set); without it an existing cadence follow-up of such a customer is kept.
    """
    if customer_id is None:
        return None
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        return None
    tz = tz or local_zone()
    session.flush()
    planned = _planned(session, customer_id)
    automatic = [f for f in planned if f.occasion == greetings.CADENCE]
    others = [f for f in planned if f.occasion != greetings.CADENCE]
    cadence = cadence_rules.from_columns(customer.cadence_days, customer.cadence_months)

    def drop(rows: Sequence[FollowUp]) -> None:
        for row in rows:
            row.deleted_at = now

    if cadence is None:
        drop(automatic)
        return None
    last = customer.last_contact_at.astimezone(tz).date() if customer.last_contact_at else None
    if last is None and started is None and automatic:
        due = automatic[0].due_at  # never contacted: keep the day counted when the cadence was set
    else:
        base_day = started or now.astimezone(tz).date()
        due = at_local(cadence_rules.next_contact_day(cadence, last, base_day), WORKDAY_START, tz)
    if any(f.due_at <= due for f in others):
        drop(automatic)
        return None
    if automatic:
        keep, extra = automatic[0], automatic[1:]
        drop(extra)
        if keep.due_at != due:
            keep.due_at = due
            keep.snoozed_until = None
            keep.reminded_at = None
        return keep.id
    row = insert_followup(
        session,
        FollowUpInput(
            customer_id=customer_id,
            due_at=due,
            kind="call",
            reminder_minutes=CADENCE_REMINDER_MINUTES,
            occasion=greetings.CADENCE,
        ),
        now,
    )
    return row.id


def get_cadence(db: Database, customer_id: int) -> Cadence | None:
    """The customer's "stay in touch" cadence, or None."""
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError("customer", f"customer {customer_id} does not exist")
        return cadence_rules.from_columns(customer.cadence_days, customer.cadence_months)


def set_cadence(
    db: Database,
    customer_id: int,
    cadence: Cadence | None,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> int | None:
    """Set (or clear, with None) a customer's cadence; return the cadence follow-up's id."""
    now = now or utcnow()
    tz = tz or local_zone()
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise ValidationError("customer", f"customer {customer_id} does not exist")
        customer.cadence_days, customer.cadence_months = cadence_rules.to_columns(cadence)
        activity.record(
            session,
            "customer",
            customer_id,
            "updated",
            "",
            customer_id,
            {"cadence": f"{cadence.count} {cadence.unit.value}" if cadence else None},
        )
        followup_id = sync_cadence(session, customer_id, now, tz, started=now.astimezone(tz).date())
        refresh_customer(session, customer_id)
        return followup_id


@dataclass(frozen=True)
class GreetingPlan:
    added: int
    skipped: int  # already planned, or a birthday customer without a birthday


def plan_greetings(
    db: Database,
    occasion: str,
    customer_ids: Sequence[int] | None,
    today: dt.date,
    tz: dt.tzinfo,
    kind: str = "message",
    time: dt.time = WORKDAY_START,
    reminder_minutes: int | None = 0,
    now: dt.datetime | None = None,
) -> GreetingPlan:
    """Plan a greeting for each customer (all active ones when ``customer_ids`` is None).

    Each lands on the next day of ``occasion`` on or after ``today`` (the customer's own
    birthday for birthdays). A customer who already has that greeting planned that day is
    skipped, so running it twice adds nothing.
    """
    if occasion not in greetings.GREETING_KEYS:
        raise ValidationError("occasion", f"{occasion!r} is not a greeting occasion")
    now = now or utcnow()
    added = skipped = 0
    with db.session() as session:
        stmt = select(Customer).where(Customer.live())
        if customer_ids is not None:
            stmt = stmt.where(Customer.id.in_(list(customer_ids)))
        customers = list(session.scalars(stmt.order_by(Customer.id)))
        shared_day = None
        if occasion != greetings.BIRTHDAY:
            shared_day = greetings.next_occasion_day(occasion, today)
        for customer in customers:
            if occasion == greetings.BIRTHDAY and customer.birthday is None:
                skipped += 1
                continue
            day = shared_day or greetings.next_occasion_day(occasion, today, customer.birthday)
            due = at_local(day, time, tz)
            exists = session.scalar(
                select(FollowUp.id).where(
                    FollowUp.customer_id == customer.id,
                    FollowUp.occasion == occasion,
                    FollowUp.due_at == due,
                    FollowUp.deleted_at.is_(None),
                )
            )
            if exists is not None:
                skipped += 1
                continue
            insert_followup(
                session,
                FollowUpInput(
                    customer_id=customer.id,
                    due_at=due,
                    kind=kind,
                    reminder_minutes=reminder_minutes,
                    occasion=occasion,
                ),
                now,
            )
            refresh_customer(session, customer.id)
            added += 1
    return GreetingPlan(added, skipped)


def propose_satisfaction_call(
    db: Database,
    ticket_id: int,
    customer_id: int | None,
    when: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> FollowUpInput | None:
    """A satisfaction call to propose after a service ticket is closed (not saved yet).

    The service screen shows it (``SatisfactionCallDialog``) and saves it with ``add_followup``.
    ``when`` defaults to 09:00 local three days from now. Returns None when the ticket already
    has a satisfaction follow-up, so closing a reopened ticket does not propose a second one.
    """
    tz = tz or local_zone()
    with db.session() as session:
        ticket = session.get(ServiceTicket, ticket_id)
        if ticket is None:
            raise ValidationError("ticket", f"service ticket {ticket_id} does not exist")
        existing = session.scalar(
            select(FollowUp.id).where(
                FollowUp.ticket_id == ticket_id,
                FollowUp.occasion == greetings.SATISFACTION,
                FollowUp.deleted_at.is_(None),
            )
        )
        if existing is not None:
            return None
        subject = " ".join(part for part in (ticket.number, ticket.subject) if part)
    if when is None:
        day = utcnow().astimezone(tz).date() + dt.timedelta(days=SATISFACTION_DELAY_DAYS)
        when = at_local(day, WORKDAY_START, tz)
    return FollowUpInput(
        customer_id=customer_id if customer_id is not None else ticket.customer_id,
        due_at=when,
        kind="call",
        subject=subject,
        reminder_minutes=15,
        occasion=greetings.SATISFACTION,
        ticket_id=ticket_id,
    )
