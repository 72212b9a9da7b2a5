"""Dashboard metrics gathered from the database (definitions are tested in the domain)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.metrics import service_metrics
from crmdesk.services.tickets.store import (
    change_status,
    close_ticket,
    create_ticket,
    delete_ticket,
)
from tests.unit.services.tickets.conftest import SH, sh, ticket_input


def test_metrics_on_known_tickets(db: Database, levels: ServiceLevels, customer_id: int) -> None:
    def opened(at: dt.datetime, **fields: object) -> int:
        return create_ticket(db, ticket_input(customer_id, **fields), levels, now=at).id

    # A (January): response after 1 h, resolved after 3 h without waiting, closed with a 5
    a = opened(sh(2027, 1, 11, 9))
    change_status(db, a, "in_progress", levels, now=sh(2027, 1, 11, 10))
    change_status(db, a, "resolved", levels, resolution="Fixed", now=sh(2027, 1, 11, 12))
    close_ticket(db, a, levels, satisfaction=5, now=sh(2027, 1, 12, 9))
    # B (February): waited for the customer, resolved after 25 h, closed with a 2
    b = opened(sh(2027, 2, 1, 9))
    change_status(db, b, "waiting", levels, now=sh(2027, 2, 1, 12))
    change_status(db, b, "resolved", levels, resolution="Swapped", now=sh(2027, 2, 2, 10))
    close_ticket(db, b, levels, satisfaction=2, now=sh(2027, 2, 3, 9))
    # C (March): still new and past its 8-hour response target at NOW
    opened(sh(2027, 3, 1, 9))
    # D: deleted, so not counted anywhere
    d = opened(sh(2027, 3, 2, 9), priority="urgent")
    delete_ticket(db, d)

    metrics = service_metrics(db, months=3, now=sh(2027, 3, 15, 12), tz=SH)
    assert (metrics.open_count, metrics.overdue_count) == (1, 1)
    overall = metrics.overall
    assert overall.opened == 3
    # responses: A 1 h, B 3 h (its first status change, to waiting) -> 2 h
    assert overall.avg_first_response == dt.timedelta(hours=2)
    # resolutions: A 3 h, B 25 h -> 14 h
    assert overall.avg_resolution == dt.timedelta(hours=14)
    assert overall.first_contact_rate == Decimal("0.5")  # A yes, B waited
    assert overall.avg_satisfaction == Decimal("3.5")
    jan, feb, mar = (m.metrics for m in metrics.by_month)
    assert (jan.resolved, feb.resolved, mar.resolved) == (1, 1, 0)
    assert (jan.first_contact_rate, feb.first_contact_rate) == (Decimal(1), Decimal(0))
    assert mar.opened == 1


def test_an_empty_database_has_no_figures(db: Database) -> None:
    metrics = service_metrics(db, now=sh(2027, 3, 15, 12), tz=SH)
    assert (metrics.open_count, metrics.overdue_count) == (0, 0)
    assert metrics.overall.avg_resolution is None
    assert len(metrics.by_month) == 12
