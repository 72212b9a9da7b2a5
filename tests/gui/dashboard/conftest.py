"""Fixtures for the dashboard and spending window tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.categories import BenefitCategory
from crmdesk.domain.plan import BenefitItem, BudgetPlan, CostCategory, CostItem
from crmdesk.paths import DataDir
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner
from tests.unit.dashboard.plans import save_plan

D = Decimal
PLAN = BudgetPlan(
    name="CRM <Pilot> & Co",
    horizon_years=3,
    contingency_rate=D("0.10"),
    costs=(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(30000)),
        CostItem.one_off(CostCategory.TRAINING, D(10000)),
        CostItem.annual(CostCategory.LICENCE, D(12000), 1, 3),
    ),
    benefits=(BenefitItem.annual(BenefitCategory.REVENUE, D(60000), 1, 3),),
)


@pytest.fixture
def ctx(data_dir: DataDir, db: Database):  # type: ignore[no-untyped-def]
    context = AppContext(data_dir, db, Settings(data_dir.settings_file), TaskRunner())
    yield context
    # no background load may outlive the test's database
    context.tasks.wait_all()


@pytest.fixture
def plan_id(db: Database) -> int:
    today = dt.date.today()
    go_live = today.replace(day=1) - dt.timedelta(days=60)
    return save_plan(db, PLAN, go_live=go_live)


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
