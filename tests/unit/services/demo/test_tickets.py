"""The demo data's tickets: every state, some overdue, consistent history and numbers."""

from __future__ import annotations

import time
from collections import Counter

from sqlalchemy import func, select

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, ServiceTicket, TicketEvent
from crmdesk.domain.tickets.workflow import parse_number
from crmdesk.services.demo.data import generate_demo
from crmdesk.services.tickets.metrics import service_metrics
from crmdesk.services.tickets.queries import TicketQuery, count_overdue, list_tickets


def test_demo_tickets(db: Database) -> None:
    started = time.perf_counter()
    generate_demo(db, 600)
    elapsed = time.perf_counter() - started
    tickets = list_tickets(db, TicketQuery("all"))
    assert len(tickets) == 100
    assert set(Counter(t.status for t in tickets)) == {
        "new",
        "in_progress",
        "waiting",
        "resolved",
        "closed",
    }
    assert count_overdue(db) > 0
    numbers = [parse_number(t.number) for t in tickets]
    assert all(n is not None for n in numbers)
    assert len(set(numbers)) == len(numbers)
    for t in tickets:
        assert t.customer_name
        if t.status in ("resolved", "closed"):
            assert t.resolution and t.resolved_at and t.first_response_at
            assert t.created_at <= t.first_response_at <= t.resolved_at
        if t.status == "new":
            assert t.first_response_at is None
    with db.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "created")
            )
            == 100
        )
        assert (
            session.scalar(
                select(func.count()).select_from(Activity).where(Activity.entity == "ticket")
            )
            == 100
        )
    metrics = service_metrics(db)
    assert metrics.overall.avg_satisfaction is not None
    assert metrics.open_count == sum(t.is_open for t in tickets)
    # a second run continues the numbering instead of colliding with the first
    generate_demo(db, 60, seed=1)
    with db.session() as session:
        assert session.scalar(select(func.count(ServiceTicket.id))) == 110
    assert elapsed < 30
