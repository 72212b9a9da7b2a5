"""The plain records the service screens get: a ticket row, its history, its full detail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crmdesk.db.models import Customer, ServiceTicket, TicketEvent
from crmdesk.domain.tickets.workflow import (
    OPEN_STATUSES,
    Deadline,
    in_warranty,
    is_overdue,
    next_deadline,
)


@dataclass(frozen=True)
class TicketRecord:
    """One ticket as the list and the dialogs show it."""

    id: int
    number: str
    customer_id: int | None
    customer_name: str
    customer_company: str
    channel: str
    category: str
    product: str
    serial_number: str
    warranty_end: dt.date | None
    priority: str
    status: str
    assignee: str
    subject: str
    description: str
    resolution: str
    response_due_at: dt.datetime | None
    due_at: dt.datetime | None
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    satisfaction: int | None
    satisfaction_comment: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    version: int = 1  # what a save names as ``expected_version`` (no lost updates)
    updated_by: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def deadline(self) -> Deadline | None:
        """The next deadline while the clock runs (see ``ticket_workflow.next_deadline``)."""
        return next_deadline(self.status, self.response_due_at, self.due_at, self.first_response_at)

    def overdue(self, now: dt.datetime) -> bool:
        return is_overdue(
            self.status, self.response_due_at, self.due_at, self.first_response_at, now
        )

    def in_warranty(self, day: dt.date) -> bool | None:
        return in_warranty(self.warranty_end, day)


@dataclass(frozen=True)
class TicketEventRecord:
    """One history entry: kind is created, status, priority, assignee, due, resolution,
    satisfaction, comment or edited; old/new are keys or ISO times, text is free text."""

    id: int
    at: dt.datetime
    kind: str
    old_value: str
    new_value: str
    text: str


@dataclass(frozen=True)
class TicketDetail:
    """A ticket with its history (oldest first) and the customer's contact details."""

    ticket: TicketRecord
    history: tuple[TicketEventRecord, ...]
    phone: str
    email: str
    address: str


def record_of(ticket: ServiceTicket, customer: Customer | None) -> TicketRecord:
    """The plain record of an ORM ticket (``customer`` for the name columns)."""
    return TicketRecord(
        id=ticket.id,
        number=ticket.number,
        customer_id=ticket.customer_id,
        customer_name=customer.name if customer else "",
        customer_company=customer.company if customer else "",
        channel=ticket.channel,
        category=ticket.category,
        product=ticket.product,
        serial_number=ticket.serial_number,
        warranty_end=ticket.warranty_end,
        priority=ticket.priority,
        status=ticket.status,
        assignee=ticket.assignee,
        subject=ticket.subject,
        description=ticket.description,
        resolution=ticket.resolution,
        response_due_at=ticket.response_due_at,
        due_at=ticket.due_at,
        first_response_at=ticket.first_response_at,
        resolved_at=ticket.resolved_at,
        closed_at=ticket.closed_at,
        satisfaction=ticket.satisfaction,
        satisfaction_comment=ticket.satisfaction_comment,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        deleted_at=ticket.deleted_at,
        version=ticket.version or 1,
        updated_by=ticket.updated_by or "",
    )


def event_of(event: TicketEvent) -> TicketEventRecord:
    return TicketEventRecord(
        event.id, event.at, event.kind, event.old_value, event.new_value, event.text
    )
