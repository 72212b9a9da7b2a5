"""Finding tickets: the filtered, searched, sorted and paged list, counts, one ticket's detail."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.functions import least
from crmdesk.db.models import Customer, ServiceTicket, TicketEvent
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.text import fold
from crmdesk.domain.tickets.workflow import (
    CLOCK_RUNNING_STATUSES,
    OPEN_STATUSES,
    PRIORITY_KEYS,
    STATUS_KEYS,
)
from crmdesk.services.tickets.records import TicketDetail, TicketRecord, event_of, record_of

VIEWS = ("active", "open", "overdue", "waiting", "resolved", "closed", "all", "deleted")
SORT_KEYS = (
    "number",
    "customer",
    "subject",
    "category",
    "priority",
    "status",
    "assignee",
    "due",
    "created",
    "updated",
)


@dataclass(frozen=True)
class TicketQuery:
    """Which tickets to list and in what order.

    ``view``: active (not closed yet: the work list, resolved tickets still to be closed
    included), open (new, in progress, waiting), overdue, waiting, resolved, closed, all (not
    deleted) or deleted (the recycle bin). ``assignee`` "" means anyone. ``sort`` is one of
    SORT_KEYS; ties are broken by number, newest first.
    """

    view: str = "open"
    search: str = ""
    assignee: str | None = None
    category: str | None = None
    priority: str | None = None
    customer_id: int | None = None
    sort: str = "due"
    descending: bool = False


_LIKE_SPECIALS = re.compile(r"([\\%_])")


def _search(text: str) -> Any:
    conditions = []
    for term in fold(text).split(" "):
        if not term:
            continue
        pattern = "%" + _LIKE_SPECIALS.sub(r"\\\1", term) + "%"
        conditions.append(
            or_(
                *(
                    # ILIKE: SQLite's LIKE ignores ASCII case by itself, PostgreSQL's does not
                    column.ilike(pattern, escape="\\")
                    for column in (
                        ServiceTicket.number,
                        ServiceTicket.subject,
                        ServiceTicket.product,
                        ServiceTicket.serial_number,
                        ServiceTicket.assignee,
                        ServiceTicket.description,
                        Customer.search_text,
                    )
                )
            )
        )
    return and_(*conditions) if conditions else true()


def overdue_condition(now: dt.datetime) -> Any:
    """SQL for ``ticket_workflow.is_overdue``: a running ticket past a deadline."""
    return and_(
        ServiceTicket.status.in_(CLOCK_RUNNING_STATUSES),
        or_(
            ServiceTicket.due_at < now,
            and_(ServiceTicket.first_response_at.is_(None), ServiceTicket.response_due_at < now),
        ),
    )


def _deadline_expression() -> Any:
    """SQL for ``ticket_workflow.next_deadline`` (NULL when the clock is not running)."""
    pending_response = and_(
        ServiceTicket.first_response_at.is_(None), ServiceTicket.response_due_at.is_not(None)
    )
    return case(
        (
            ServiceTicket.status.in_(CLOCK_RUNNING_STATUSES),
            case(
                (
                    pending_response,
                    least(
                        ServiceTicket.response_due_at,
                        func.coalesce(ServiceTicket.due_at, ServiceTicket.response_due_at),
                    ),
                ),
                else_=ServiceTicket.due_at,
            ),
        ),
        else_=None,
    )


def _rank(column: Any, keys: tuple[str, ...]) -> Any:
    return case({key: i for i, key in enumerate(keys)}, value=column, else_=len(keys))


def _sort_expression(key: str) -> Any:
    expressions: dict[str, Any] = {
        "number": ServiceTicket.id,
        "customer": Customer.name,
        "subject": ServiceTicket.subject,
        "category": ServiceTicket.category,
        "priority": _rank(ServiceTicket.priority, PRIORITY_KEYS),
        "status": _rank(ServiceTicket.status, STATUS_KEYS),
        "assignee": ServiceTicket.assignee,
        "due": _deadline_expression(),
        "created": ServiceTicket.created_at,
        "updated": ServiceTicket.updated_at,
    }
    if key not in expressions:
        raise ValueError(f"unknown sort key {key!r}")
    return expressions[key]


def _select(query: TicketQuery, now: dt.datetime) -> Any:  # a Select (generics differ by version)
    if query.view not in VIEWS:
        raise ValueError(f"unknown view {query.view!r}")
    stmt = select(ServiceTicket, Customer).outerjoin(
        Customer, Customer.id == ServiceTicket.customer_id
    )
    if query.view == "deleted":
        stmt = stmt.where(ServiceTicket.deleted_at.is_not(None))
    else:
        stmt = stmt.where(ServiceTicket.deleted_at.is_(None))
    if query.view == "active":
        stmt = stmt.where(ServiceTicket.status != "closed")
    elif query.view == "open":
        stmt = stmt.where(ServiceTicket.status.in_(OPEN_STATUSES))
    elif query.view == "overdue":
        stmt = stmt.where(overdue_condition(now))
    elif query.view in ("waiting", "resolved", "closed"):
        stmt = stmt.where(ServiceTicket.status == query.view)
    if query.assignee is not None:
        stmt = stmt.where(ServiceTicket.assignee == query.assignee)
    if query.category is not None:
        stmt = stmt.where(ServiceTicket.category == query.category)
    if query.priority is not None:
        stmt = stmt.where(ServiceTicket.priority == query.priority)
    if query.customer_id is not None:
        stmt = stmt.where(ServiceTicket.customer_id == query.customer_id)
    if query.search.strip():
        stmt = stmt.where(_search(query.search))
    return stmt


def list_tickets(
    db: Database,
    query: TicketQuery = TicketQuery(),
    limit: int | None = None,
    offset: int = 0,
    now: dt.datetime | None = None,
) -> list[TicketRecord]:
    """One page of the tickets matching ``query``, in its order (empty values last)."""
    now = now or utcnow()
    key = _sort_expression(query.sort)
    key = key.desc() if query.descending else key.asc()
    tie = ServiceTicket.id.desc()
    stmt = _select(query, now).order_by(key.nulls_last(), tie).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.session() as session:
        return [record_of(ticket, customer) for ticket, customer in session.execute(stmt)]


def count_tickets(
    db: Database,
    query: TicketQuery = TicketQuery(),
    now: dt.datetime | None = None,
) -> int:
    """How many tickets match ``query``."""
    stmt = select(func.count()).select_from(_select(query, now or utcnow()).subquery())
    with db.session() as session:
        return int(session.scalar(stmt) or 0)


def count_overdue(db: Database, now: dt.datetime | None = None) -> int:
    """Tickets past their response or resolution deadline (the navigation badge)."""
    stmt = select(func.count(ServiceTicket.id)).where(
        ServiceTicket.deleted_at.is_(None), overdue_condition(now or utcnow())
    )
    with db.session() as session:
        return int(session.scalar(stmt) or 0)


def assignees(db: Database) -> list[str]:
    """Every assignee name in use on tickets that are not deleted, sorted."""
    stmt = (
        select(ServiceTicket.assignee)
        .where(ServiceTicket.deleted_at.is_(None), ServiceTicket.assignee != "")
        .distinct()
        .order_by(ServiceTicket.assignee)
    )
    with db.session() as session:
        return list(session.scalars(stmt))


def _detail(session: Session, ticket: ServiceTicket) -> TicketDetail:
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    events = session.scalars(
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket.id)
        .order_by(TicketEvent.at, TicketEvent.id)
    )
    return TicketDetail(
        ticket=record_of(ticket, customer),
        history=tuple(event_of(e) for e in events),
        phone=customer.phones[0].number if customer and customer.phones else "",
        email=customer.emails[0].email if customer and customer.emails else "",
        address=customer.address if customer else "",
    )


def get_ticket(db: Database, ticket_id: int) -> TicketDetail:
    """A ticket (deleted ones included) with its history and the customer's contact details."""
    with db.session() as session:
        ticket = session.get(ServiceTicket, ticket_id)
        if ticket is None:
            raise UserError(f"service ticket {ticket_id} does not exist")
        return _detail(session, ticket)
