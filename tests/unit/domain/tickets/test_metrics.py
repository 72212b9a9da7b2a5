"""Service metrics on a small set of tickets whose figures were worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.tickets.metrics import TicketFacts, compute_metrics, first_contact_resolution

SH = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2027, 3, 15, 12, 0, tzinfo=SH)
H = dt.timedelta(hours=1)


def t(month: int, day: int, hour: int = 9, year: int = 2027) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=SH)


def facts(
    created: dt.datetime,
    status: str,
    *,
    response: dt.datetime | None = None,
    resolved: dt.datetime | None = None,
    closed: dt.datetime | None = None,
    score: int | None = None,
    first_contact: bool = False,
    response_due: dt.datetime | None = None,
    due: dt.datetime | None = None,
) -> TicketFacts:
    return TicketFacts(
        created, status, response_due, due, response, resolved, closed, score, first_contact
    )


TICKETS = [
    # A: 1 h to respond, 4 h to resolve, closed in January with a 5, first contact
    facts(t(1, 10), "closed", response=t(1, 10, 10), resolved=t(1, 10, 13), closed=t(1, 12),
          score=5, first_contact=True),
    # B: 2 h to respond, resolved 13 days (312 h) later in February, closed with a 3
    facts(t(1, 20), "closed", response=t(1, 20, 11), resolved=t(2, 2), closed=t(2, 3), score=3),
    # C: 3 h to respond, 6 h to resolve, resolved (not closed), first contact
    facts(t(2, 5), "resolved", response=t(2, 5, 12), resolved=t(2, 5, 15), first_contact=True),
    # D: new, response was due 1 March 10:00: overdue now
    facts(t(3, 1), "new", response_due=t(3, 1, 10), due=t(3, 5)),
    # E: in progress, responded in 1 h, due next week: not overdue
    facts(t(3, 14), "in_progress", response=t(3, 14, 10), response_due=t(3, 14, 10),
          due=t(3, 20)),
    # F: from December, closed on 3 January with a 1: only its score falls in the period
    facts(t(12, 1, year=2026), "closed", response=t(12, 1, 10, year=2026),
          resolved=t(12, 2, year=2026), closed=t(1, 3), score=1),
    # G: waiting for the customer past its due date: the clock is paused, not overdue
    facts(t(3, 2), "waiting", response=t(3, 2, 10), response_due=t(3, 2, 10), due=t(3, 3)),
]  # fmt: skip


def test_current_counts() -> None:
    metrics = compute_metrics(TICKETS, NOW, SH, months=3)
    assert metrics.open_count == 3  # D, E, G
    assert metrics.overdue_count == 1  # D
    assert metrics.period_start == dt.date(2027, 1, 1)


def test_overall_figures() -> None:
    overall = compute_metrics(TICKETS, NOW, SH, months=3).overall
    assert overall.opened == 6  # all but F
    # responses 1 + 2 + 3 + 1 + 1 = 8 h over 5 tickets
    assert overall.avg_first_response == dt.timedelta(minutes=96)
    # resolutions 4 + 312 + 6 = 322 h over 3 tickets = 107 h 20 min
    assert overall.resolved == 3
    assert overall.avg_resolution == dt.timedelta(hours=107, minutes=20)
    assert overall.first_contact_rate == Decimal("0.6667")  # A and C of A, B, C
    assert overall.avg_satisfaction == Decimal("3.00")  # (5 + 3 + 1) / 3
    assert overall.rated == 3


def test_by_month() -> None:
    jan, feb, mar = (m.metrics for m in compute_metrics(TICKETS, NOW, SH, months=3).by_month)
    assert (jan.opened, jan.avg_first_response, jan.avg_resolution) == (2, 1.5 * H, 4 * H)
    assert (jan.first_contact_rate, jan.avg_satisfaction) == (Decimal(1), Decimal("3.00"))
    assert (feb.opened, feb.avg_first_response, feb.avg_resolution) == (1, 3 * H, 159 * H)
    assert (feb.first_contact_rate, feb.avg_satisfaction) == (Decimal("0.5"), Decimal(3))
    assert (mar.opened, mar.avg_first_response, mar.resolved) == (3, H, 0)
    assert (mar.avg_resolution, mar.first_contact_rate, mar.avg_satisfaction) == (None, None, None)


def test_months_are_local_calendar_months() -> None:
    # 31 January 20:00 UTC is already 1 February in Shanghai
    late = facts(dt.datetime(2027, 1, 31, 20, tzinfo=dt.UTC), "new")
    months = compute_metrics([late], NOW, SH, months=3).by_month
    assert [m.metrics.opened for m in months] == [0, 1, 0]
    london = compute_metrics([late], NOW, ZoneInfo("Europe/London"), months=3).by_month
    assert [m.metrics.opened for m in london] == [1, 0, 0]


def test_no_tickets_gives_empty_figures_not_errors() -> None:
    metrics = compute_metrics([], NOW, SH)
    assert len(metrics.by_month) == 12
    assert metrics.by_month[0].month == dt.date(2026, 4, 1)
    assert metrics.by_month[-1].month == dt.date(2027, 3, 1)
    assert metrics.overall.avg_resolution is None
    assert metrics.overall.first_contact_rate is None
    with pytest.raises(ValueError):
        compute_metrics([], NOW.replace(tzinfo=None), SH)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["in_progress", "resolved", "closed"], True),
        (["resolved"], True),
        (["closed"], True),
        (["waiting", "in_progress", "resolved"], False),
        (["resolved", "in_progress", "resolved"], False),
        (["in_progress"], False),
        ([], False),
    ],
)
def test_first_contact_resolution(statuses: list[str], expected: bool) -> None:
    assert first_contact_resolution(statuses) is expected
