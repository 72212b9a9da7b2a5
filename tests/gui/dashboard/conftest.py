"""Fixtures for the dashboard tests."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket


@pytest.fixture
def some_data(db: Database) -> Database:
    """Three customers this month, an overdue follow-up, an open overdue ticket, a rating."""
    now = dt.datetime.now(dt.UTC)
    with db.session() as session:
        for _ in range(3):
            session.add(Customer(name="张伟", created_at=now, updated_at=now))
        session.add(FollowUp(due_at=now - dt.timedelta(days=3), status="planned"))
        session.add(FollowUp(due_at=now - dt.timedelta(days=1), status="done", completed_at=now))
        session.add(
            ServiceTicket(
                number="SR-1",
                status="new",
                created_at=now,
                updated_at=now,
                due_at=now - dt.timedelta(hours=1),
            )
        )
        session.add(
            ServiceTicket(
                number="SR-2",
                status="closed",
                created_at=now,
                updated_at=now,
                resolved_at=now,
                closed_at=now,
                satisfaction=4,
            )
        )
    return db
