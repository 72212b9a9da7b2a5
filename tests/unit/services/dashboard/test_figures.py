"""Dashboard aggregates on a small database whose answers were counted by hand.

"Now" is Wednesday 18 March 2026, 10:00 in Shanghai (UTC+8). Several records sit just after
local midnight, which is still the previous day (or month) in UTC: they must be counted in
the local day, week and month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.planning.plan import BudgetPlan, CostCategory, CostItem
from crmdesk.services.dashboard.figures import load_dashboard
from crmdesk.services.spending.ledger import SpendingInput, add_spending
from tests.helpers.plans import save_plan

TZ = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 3, 18, 10, 0, tzinfo=TZ)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)


def add_customer(db: Database, created: dt.datetime, deleted: bool = False) -> int:
    with db.session() as session:
        row = Customer(name="c", created_at=created, updated_at=created)
        if deleted:
            row.deleted_at = created
        session.add(row)
        session.flush()
        return row.id


def add_followup(db: Database, due: dt.datetime, status: str = "planned", **fields: object) -> None:
    with db.session() as session:
        session.add(FollowUp(due_at=due, status=status, **fields))


_numbers = iter(range(1, 1000))


def add_ticket(db: Database, created: dt.datetime, status: str, **fields: object) -> None:
    with db.session() as session:
        number = f"SR-2026-{next(_numbers):04d}"
        session.add(
            ServiceTicket(
                number=number, created_at=created, updated_at=created, status=status, **fields
            )
        )


@pytest.fixture
def filled(db: Database) -> Database:
    # customers: three in March (local), one in February, one a year ago, one too old, one deleted
    add_customer(db, local(2026, 3, 1, 0, 30))  # 28 Feb 16:30 UTC: still March locally
    add_customer(db, local(2026, 3, 17, 12))
    add_customer(db, local(2026, 3, 18, 9))
    add_customer(db, local(2026, 2, 28, 23, 59))
    add_customer(db, local(2025, 4, 1, 0, 5))  # first month of the chart
    add_customer(db, local(2025, 3, 31, 23))  # before the chart
    add_customer(db, local(2026, 3, 10), deleted=True)
    gone = add_customer(db, local(2025, 1, 1), deleted=True)

    # follow-ups: due today (2), overdue (2), tomorrow (1), excluded ones
    add_followup(db, local(2026, 3, 18, 0, 10))  # today, although 17 March in UTC
    add_followup(db, local(2026, 3, 18, 23, 50))
    add_followup(db, local(2026, 3, 17, 23, 50))  # overdue
    add_followup(db, local(2025, 12, 1, 9))  # overdue
    add_followup(db, local(2026, 3, 19, 0, 1))  # tomorrow
    add_followup(db, local(2026, 3, 1), customer_id=gone)  # customer deleted: left out
    add_followup(db, local(2026, 3, 2), deleted_at=local(2026, 3, 3))  # deleted: left out
    add_followup(db, local(2026, 3, 2), status="cancelled")
    # done follow-ups by week (weeks start on Monday)
    for completed in (
        local(2026, 3, 16, 0, 30),  # Monday this week (Sunday in UTC)
        local(2026, 3, 18, 9),
        local(2026, 3, 15, 23),  # Sunday: last week
        local(2025, 12, 29, 10),  # the week of 29 Dec, 12th week back
        local(2025, 12, 28, 10),  # before the chart
    ):
        add_followup(db, completed, status="done", completed_at=completed)

    # tickets
    past, future = local(2026, 3, 17), local(2026, 3, 25)
    add_ticket(db, local(2026, 3, 2), "new", due_at=past)  # open, overdue
    add_ticket(db, local(2026, 3, 3), "in_progress", due_at=future)  # open
    add_ticket(
        db, local(2026, 3, 4), "in_progress", due_at=future, response_due_at=past
    )  # no first response yet: overdue
    add_ticket(db, local(2026, 3, 5), "waiting", due_at=past)  # clock paused: not overdue
    add_ticket(
        db,
        local(2026, 2, 1),
        "closed",
        resolved_at=local(2026, 2, 20),
        closed_at=local(2026, 3, 1, 0, 20),  # March locally
        satisfaction=5,
    )
    add_ticket(
        db,
        local(2026, 3, 1),
        "closed",
        resolved_at=local(2026, 3, 6),
        closed_at=local(2026, 3, 7),
        satisfaction=4,
    )
    add_ticket(
        db,
        local(2026, 1, 5),
        "closed",
        resolved_at=local(2026, 2, 2),
        closed_at=local(2026, 2, 3),
        satisfaction=2,
    )
    add_ticket(db, local(2026, 1, 6), "resolved", resolved_at=local(2026, 2, 3))
    add_ticket(db, local(2026, 3, 8), "new", deleted_at=local(2026, 3, 9), due_at=past)
    return db


def test_cards_count_by_local_day_and_month(filled: Database) -> None:
    cards = load_dashboard(filled, NOW, TZ).cards
    assert (cards.customers, cards.new_this_month) == (6, 3)
    assert (cards.followups_today, cards.followups_overdue) == (2, 2)
    assert (cards.tickets_open, cards.tickets_overdue) == (4, 2)
    # (5 + 4 + 2) / 3 = 3.666... -> 3.67
    assert cards.satisfaction == Decimal("3.67")
    assert cards.satisfaction_count == 3
    assert cards.plan is None


def test_monthly_charts_cover_twelve_local_months(filled: Database) -> None:
    charts = load_dashboard(filled, NOW, TZ).charts
    assert charts.months[0] == dt.date(2025, 4, 1)
    assert charts.months[-1] == dt.date(2026, 3, 1)
    assert len(charts.months) == 12
    assert charts.new_customers[0] == 1
    assert charts.new_customers[-2:] == (1, 3)
    assert sum(charts.new_customers) == 5
    # opened: Jan 2, Feb 1, Mar 5 (1st to 5th; the deleted one of the 8th left out)
    assert charts.tickets_opened[-3:] == (2, 1, 5)
    # closed = resolved (or closed) in: Feb 3, Mar 1
    assert charts.tickets_closed[-3:] == (0, 3, 1)
    assert charts.satisfaction[-3:] == (None, Decimal("2.00"), Decimal("4.50"))
    assert charts.satisfaction_counts[-3:] == (0, 1, 2)


def test_weekly_chart_groups_by_local_monday(filled: Database) -> None:
    charts = load_dashboard(filled, NOW, TZ).charts
    assert charts.weeks[-1] == dt.date(2026, 3, 16)
    assert charts.weeks[0] == dt.date(2025, 12, 29)
    assert all(week.weekday() == 0 for week in charts.weeks)
    assert charts.followups_done[-1] == 2
    assert charts.followups_done[-2] == 1
    assert charts.followups_done[0] == 1
    assert sum(charts.followups_done) == 4


def test_empty_database_gives_zeros_and_no_plan(db: Database) -> None:
    board = load_dashboard(db, NOW, TZ)
    assert board.cards.customers == 0
    assert board.cards.satisfaction is None
    assert board.charts.new_customers == (0,) * 12
    assert board.charts.satisfaction == (None,) * 12
    assert board.charts.spend is None


def test_plan_card_shows_active_plan_spend_to_date(db: Database) -> None:
    plan = BudgetPlan(
        name="CRM 2026",
        horizon_years=2,
        costs=(
            CostItem.one_off(CostCategory.CUSTOMISATION, Decimal(30000)),
            CostItem.annual(CostCategory.MAINTENANCE, Decimal(12000), 1, 2),
        ),
    )
    save_plan(db, plan, active=False)
    plan_id = save_plan(db, plan, go_live=dt.date(2026, 1, 1))
    add_spending(
        db, SpendingInput(dt.date(2025, 12, 1), "customisation", Decimal(36000), "", "", plan_id)
    )
    add_spending(
        db, SpendingInput(dt.date(2026, 2, 1), "maintenance", Decimal(500), "", "", plan_id)
    )
    add_spending(
        db, SpendingInput(dt.date(2026, 4, 1), "maintenance", Decimal(700), "", "", plan_id)
    )
    card = load_dashboard(db, NOW, TZ).cards.plan
    assert card is not None
    assert card.plan_id == plan_id
    assert card.spent_to_date == Decimal("36500.00")
    # year 0 (30,000) lands in the go-live month without deployment months; Jan-Mar of
    # year 1 are 3 x 1,000
    assert card.budget_to_date == Decimal(33000)
    assert card.total_budget == Decimal(54000)
    # customisation 20% over, and year 0's overspend with no contingency reserve
    assert card.warnings == 2


def test_months_follow_the_local_calendar_across_summer_time(db: Database) -> None:
    """In December London is on GMT, but 00:30 on 1 July was summer time (23:30 UTC on 30
    June): that customer is July's. Shifting by today's offset would put them in June."""
    london = ZoneInfo("Europe/London")
    add_customer(db, dt.datetime(2026, 7, 1, 0, 30, tzinfo=london))
    add_customer(db, dt.datetime(2026, 6, 30, 23, 0, tzinfo=london))
    now = dt.datetime(2026, 12, 10, 12, 0, tzinfo=london)
    charts = load_dashboard(db, now, london).charts
    counts = dict(zip(charts.months, charts.new_customers, strict=True))
    assert counts[dt.date(2026, 7, 1)] == 1
    assert counts[dt.date(2026, 6, 1)] == 1
