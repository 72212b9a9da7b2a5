"""Service tickets: open, edit, move through the workflow, comment, rate, delete and restore.

Every change of status, priority or assignee and every comment leaves a :class:`TicketEvent`
(the ticket's history) and an activity line with the customer's id (the customer's timeline).
Due dates come from :class:`ServiceLevels`, which the caller builds from the settings; the
holidays stored in the database are added here. Lists and counts live in ``ticket_queries``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, ServiceTicket, TicketEvent
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.domain.tickets.workflow import (
    CATEGORY_KEYS,
    CHANNEL_KEYS,
    PRIORITY_KEYS,
    TransitionError,
    Verdict,
    check_satisfaction,
    check_transition,
    format_number,
    is_reopen,
    parse_number,
)
from crmdesk.services import activity
from crmdesk.services.followups.write import FollowUpInput, insert_followup, refresh_customer
from crmdesk.services.tickets.holidays import with_holidays
from crmdesk.services.tickets.records import TicketRecord, record_of
from crmdesk.services.versions import check_version

_LIMITS = {"subject": 200, "product": 200, "serial_number": 100, "assignee": 100}


class ConfirmationNeeded(UserError):  # noqa: N818 - an outcome the UI asks about
    """The change is allowed only after the user confirms it (closing without a resolution)."""


@dataclass(frozen=True)
class TicketInput:
    """What a user fills in for a ticket."""

    customer_id: int | None
    subject: str
    description: str = ""
    category: str = "repair"
    priority: str = "normal"
    channel: str = "phone"
    product: str = ""
    serial_number: str = ""
    warranty_end: dt.date | None = None
    assignee: str = ""

    def validated(self) -> TicketInput:
        """A cleaned copy; ValidationError naming the field when something is wrong."""
        if self.customer_id is None:
            raise ValidationError("customer", "choose the customer this ticket is for")
        clean = replace(
            self,
            subject=self.subject.strip(),
            description=self.description.strip(),
            product=self.product.strip(),
            serial_number=self.serial_number.strip(),
            assignee=" ".join(self.assignee.split()),
        )
        if not clean.subject:
            raise ValidationError("subject", "say in a few words what the problem is")
        for name, limit in _LIMITS.items():
            if len(getattr(clean, name)) > limit:
                raise ValidationError(name, f"is longer than {limit} characters")
        for name, value, allowed in (
            ("category", clean.category, CATEGORY_KEYS),
            ("priority", clean.priority, PRIORITY_KEYS),
            ("channel", clean.channel, CHANNEL_KEYS),
        ):
            if value not in allowed:
                raise ValidationError(name, f"must be one of {', '.join(allowed)}")
        return clean


# --- helpers in the caller's transaction ---------------------------------------------------


def _load(
    session: Session, ticket_id: int, include_deleted: bool = False, lock: bool = False
) -> ServiceTicket:
    # lock: on a server, hold the row until the save commits (SQLite locks the whole file)
    ticket = session.get(ServiceTicket, ticket_id, with_for_update=lock or None)
    if ticket is None or (ticket.deleted_at is not None and not include_deleted):
        raise UserError(f"service ticket {ticket_id} does not exist (it may have been deleted)")
    return ticket


def _customer(session: Session, customer_id: int | None) -> Customer | None:
    if customer_id is None:
        return None
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ValidationError("customer", f"customer {customer_id} does not exist")
    return customer


def _record(session: Session, ticket: ServiceTicket) -> TicketRecord:
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    return record_of(ticket, customer)


def _event(
    session: Session,
    ticket: ServiceTicket,
    kind: str,
    now: dt.datetime,
    old: str = "",
    new: str = "",
    text: str = "",
) -> None:
    session.add(
        TicketEvent(ticket_id=ticket.id, at=now, kind=kind, old_value=old, new_value=new, text=text)
    )


def _log(
    session: Session, ticket: ServiceTicket, action: str, details: dict[str, Any] | None = None
) -> None:
    activity.record(
        session,
        "ticket",
        ticket.id,
        action,
        f"{ticket.number} {ticket.subject}",
        ticket.customer_id,
        {"number": ticket.number, "status": ticket.status, **(details or {})},
    )


def _next_number(session: Session, year: int) -> str:
    # deleted tickets keep their numbers: a printed work order must never be reissued
    stmt = (
        select(ServiceTicket.number)
        .where(ServiceTicket.number.like(f"SR-{year:04d}-%"))
        .order_by(func.length(ServiceTicket.number).desc(), ServiceTicket.number.desc())
        .limit(1)
    )
    highest = session.scalar(stmt)
    parsed = parse_number(highest) if highest else None
    return format_number(year, (parsed[1] if parsed else 0) + 1)


# --- use cases -----------------------------------------------------------------------------


def create_ticket(
    db: Database, data: TicketInput, levels: ServiceLevels, now: dt.datetime | None = None
) -> TicketRecord:
    """Open a ticket numbered SR-<year>-<n> with due dates from the priority's targets."""
    clean = data.validated()
    now = now or utcnow()
    with db.session() as session:
        _customer(session, clean.customer_id)
        dates = with_holidays(session, levels).due_dates(now, clean.priority)
        ticket = ServiceTicket(
            number=_next_number(session, now.astimezone(levels.tz).year),
            customer_id=clean.customer_id,
            channel=clean.channel,
            category=clean.category,
            product=clean.product,
            serial_number=clean.serial_number,
            warranty_end=clean.warranty_end,
            priority=clean.priority,
            status="new",
            assignee=clean.assignee,
            subject=clean.subject,
            description=clean.description,
            response_due_at=dates.response_due_at,
            due_at=dates.resolution_due_at,
            created_at=now,
            updated_at=now,
        )
        session.add(ticket)
        session.flush()
        _event(session, ticket, "created", now, new="new", text=clean.subject)
        _log(session, ticket, "created", {"priority": clean.priority, "category": clean.category})
        return _record(session, ticket)


def update_ticket(
    db: Database,
    ticket_id: int,
    data: TicketInput,
    levels: ServiceLevels,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
) -> TicketRecord:
    """Save edits. A new priority recomputes the due dates; priority and assignee changes and
    the names of other changed fields go into the history.

    With ``expected_version`` (the version the edit started from), a ticket saved by someone
    else meanwhile is refused with StaleRecordError instead of being overwritten.
    """
    clean = data.validated()
    now = now or utcnow()
    with db.session() as session:
        ticket = _load(session, ticket_id, lock=expected_version is not None)
        check_version(f"ticket {ticket.number}", ticket, expected_version)
        _customer(session, clean.customer_id)
        if clean.priority != ticket.priority:
            _event(session, ticket, "priority", now, ticket.priority, clean.priority)
            ticket.priority = clean.priority
            dates = with_holidays(session, levels).due_dates(ticket.created_at, clean.priority)
            if ticket.status in ("new", "in_progress", "waiting"):
                _move_due(session, ticket, dates.resolution_due_at, now)
                ticket.response_due_at = dates.response_due_at
        if clean.assignee != ticket.assignee:
            _event(session, ticket, "assignee", now, ticket.assignee, clean.assignee)
            ticket.assignee = clean.assignee
        changed = []
        for name in (
            "customer_id",
            "subject",
            "description",
            "category",
            "channel",
            "product",
            "serial_number",
            "warranty_end",
        ):
            if getattr(ticket, name) != getattr(clean, name):
                setattr(ticket, name, getattr(clean, name))
                changed.append(name)
        if changed:
            _event(session, ticket, "edited", now, text=", ".join(changed))
        ticket.updated_at = now
        _log(session, ticket, "updated", {"fields": changed})
        return _record(session, ticket)


def _move_due(session: Session, ticket: ServiceTicket, due: dt.datetime, now: dt.datetime) -> None:
    if ticket.due_at != due:
        old = ticket.due_at.isoformat() if ticket.due_at else ""
        _event(session, ticket, "due", now, old, due.isoformat())
        ticket.due_at = due


def _waiting_since(session: Session, ticket: ServiceTicket) -> dt.datetime | None:
    return session.scalar(
        select(TicketEvent.at)
        .where(
            TicketEvent.ticket_id == ticket.id,
            TicketEvent.kind == "status",
            TicketEvent.new_value == "waiting",
        )
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(1)
    )


def _apply_status(
    session: Session,
    ticket: ServiceTicket,
    new: str,
    resolution: str | None,
    confirmed: bool,
    levels: ServiceLevels,
    now: dt.datetime,
) -> None:
    old = ticket.status
    calendar = with_holidays(session, levels)
    text = ticket.resolution if resolution is None else resolution.strip()
    verdict = check_transition(old, new, text)
    if verdict is Verdict.NEEDS_CONFIRMATION and not confirmed:
        raise ConfirmationNeeded(
            f"{ticket.number} has no resolution: close it anyway (e.g. a duplicate or a "
            "withdrawn request)?"
        )
    _event(session, ticket, "status", now, old, new)
    if ticket.first_response_at is None and old == "new":
        ticket.first_response_at = now
    if old == "waiting" and new == "in_progress" and ticket.due_at is not None:
        # the clock stood still while the customer had the ball: give that time back
        since = _waiting_since(session, ticket)
        if since is not None:
            paused = calendar.business_time(since, now)
            _move_due(session, ticket, calendar.extend(ticket.due_at, paused), now)
    if is_reopen(old, new):
        ticket.resolved_at = None
        ticket.closed_at = None
        _move_due(session, ticket, calendar.resolution_due(now, ticket.priority), now)
    if new in ("resolved", "closed") and text != ticket.resolution:
        _event(session, ticket, "resolution", now, text=text)
        ticket.resolution = text
    if new == "resolved" or (new == "closed" and ticket.resolved_at is None):
        ticket.resolved_at = now
    if new == "closed":
        ticket.closed_at = now
    ticket.status = new
    ticket.updated_at = now


def change_status(
    db: Database,
    ticket_id: int,
    new_status: str,
    levels: ServiceLevels,
    *,
    resolution: str | None = None,
    confirmed: bool = False,
    now: dt.datetime | None = None,
) -> TicketRecord:
    """Move a ticket along the workflow (see ``ticket_workflow``).

    Resolving needs ``resolution``; closing an unresolved ticket without one raises
    ConfirmationNeeded unless ``confirmed``. Leaving "new" the first time is the first response;
    resuming after "waiting for customer" moves the due date back by the business time waited;
    reopening restarts the resolution target.
    """
    now = now or utcnow()
    with db.session() as session:
        ticket = _load(session, ticket_id)
        old = ticket.status
        _apply_status(session, ticket, new_status, resolution, confirmed, levels, now)
        action = "reopened" if is_reopen(old, new_status) else new_status
        _log(session, ticket, action, {"old_status": old})
        return _record(session, ticket)


def close_ticket(
    db: Database,
    ticket_id: int,
    levels: ServiceLevels,
    *,
    satisfaction: int | None = None,
    comment: str = "",
    confirmed: bool = False,
    satisfaction_call: FollowUpInput | None = None,
    now: dt.datetime | None = None,
) -> TicketRecord:
    """Close a ticket, recording the customer's satisfaction (1-5) if it is known already.

    ``satisfaction_call`` (a ``followups.FollowUpInput``, e.g. from
    ``followup_plans.propose_satisfaction_call``) is saved in the same transaction.
    """
    now = now or utcnow()
    if satisfaction is not None:
        check_satisfaction(satisfaction)
    with db.session() as session:
        ticket = _load(session, ticket_id)
        old = ticket.status
        _apply_status(session, ticket, "closed", None, confirmed, levels, now)
        if satisfaction is not None:
            _set_satisfaction(session, ticket, satisfaction, comment, now)
        _log(session, ticket, "closed", {"old_status": old, "satisfaction": satisfaction})
        if satisfaction_call is not None:
            row = insert_followup(session, replace(satisfaction_call, ticket_id=ticket.id), now)
            refresh_customer(session, row.customer_id)
        return _record(session, ticket)


def _set_satisfaction(
    session: Session, ticket: ServiceTicket, score: int, comment: str, now: dt.datetime
) -> None:
    old = "" if ticket.satisfaction is None else str(ticket.satisfaction)
    _event(session, ticket, "satisfaction", now, old, str(score), comment.strip())
    ticket.satisfaction = score
    ticket.satisfaction_comment = comment.strip()
    ticket.updated_at = now


def record_satisfaction(
    db: Database, ticket_id: int, score: int, comment: str = "", now: dt.datetime | None = None
) -> TicketRecord:
    """Record (or correct) the customer's score 1-5 on a resolved or closed ticket."""
    check_satisfaction(score)
    now = now or utcnow()
    with db.session() as session:
        ticket = _load(session, ticket_id)
        if ticket.status not in ("resolved", "closed"):
            raise TransitionError(
                f"{ticket.number} is not resolved yet: ask about satisfaction afterwards"
            )
        _set_satisfaction(session, ticket, score, comment, now)
        _log(session, ticket, "rated", {"satisfaction": score})
        return _record(session, ticket)


def add_comment(
    db: Database, ticket_id: int, text: str, now: dt.datetime | None = None
) -> TicketRecord:
    """Add a comment to the ticket's history."""
    text = text.strip()
    if not text:
        raise ValidationError("comment", "type the comment first")
    now = now or utcnow()
    with db.session() as session:
        ticket = _load(session, ticket_id)
        _event(session, ticket, "comment", now, text=text)
        ticket.updated_at = now
        _log(session, ticket, "comment", {"text": text[:200]})
        return _record(session, ticket)


def delete_ticket(db: Database, ticket_id: int, now: dt.datetime | None = None) -> None:
    """Move a ticket to the recycle bin (restore_ticket brings it back)."""
    now = now or utcnow()
    with db.session() as session:
        ticket = _load(session, ticket_id)
        ticket.deleted_at = now
        _log(session, ticket, "deleted")


def restore_ticket(db: Database, ticket_id: int) -> None:
    """Bring a deleted ticket back."""
    with db.session() as session:
        ticket = _load(session, ticket_id, include_deleted=True)
        ticket.deleted_at = None
        _log(session, ticket, "restored")
