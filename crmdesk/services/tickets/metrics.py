"""Service metrics for the dashboard: open and overdue tickets, response and resolution times,
first-contact resolution and satisfaction, overall and by month.

The definitions are in :mod:`crmdesk.domain.tickets.metrics`; this module only gathers the
facts in one read transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select

from crmdesk.db.engine import Database
from crmdesk.db.models import ServiceTicket, TicketEvent
from crmdesk.domain.dates import utcnow
from crmdesk.domain.tickets.metrics import (
    ServiceMetrics,
    TicketFacts,
    compute_metrics,
    first_contact_resolution,
)
from crmdesk.domain.tickets.workflow import OPEN_STATUSES
from crmdesk.services.clock import local_zone


def _period_start(now: dt.datetime, tz: dt.tzinfo, months: int) -> dt.datetime:
    local = now.astimezone(tz).date().replace(day=1)
    index = local.year * 12 + local.month - 1 - (months - 1)
    first = dt.date(index // 12, index % 12 + 1, 1)
    return dt.datetime.combine(first, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def service_metrics(
    db: Database,
    months: int = 12,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> ServiceMetrics:
    """Open and overdue counts now, and the last ``months`` calendar months of figures.

    ``tz`` (default: the computer's zone) decides where a month begins. Deleted tickets are
    left out.
    """
    now = now or utcnow()
    tz = tz or local_zone()
    start = _period_start(now, tz, months)
    relevant = (
        ServiceTicket.deleted_at.is_(None),
        or_(
            ServiceTicket.status.in_(OPEN_STATUSES),
            ServiceTicket.created_at >= start,
            ServiceTicket.resolved_at >= start,
            ServiceTicket.closed_at >= start,
        ),
    )
    with db.session() as session:
        statuses: dict[int, list[str]] = defaultdict(list)
        for ticket_id, status in session.execute(
            select(TicketEvent.ticket_id, TicketEvent.new_value)
            .join(ServiceTicket, ServiceTicket.id == TicketEvent.ticket_id)
            .where(TicketEvent.kind == "status", *relevant)
            .order_by(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.id)
        ):
            statuses[ticket_id].append(status)
        facts = [
            TicketFacts(
                created_at=t.created_at,
                status=t.status,
                response_due_at=t.response_due_at,
                due_at=t.due_at,
                first_response_at=t.first_response_at,
                resolved_at=t.resolved_at,
                closed_at=t.closed_at,
                satisfaction=t.satisfaction,
                first_contact=first_contact_resolution(statuses.get(t.id, [])),
            )
            for t in session.scalars(select(ServiceTicket).where(*relevant))
        ]
    return compute_metrics(facts, now, tz, months)
