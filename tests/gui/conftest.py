"""Fixtures every screen test shares: the app context over the test's database, a saved plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.planning.categories import BenefitCategory
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostCategory, CostItem
from crmdesk.paths import DataDir
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner
from tests.helpers.plans import save_plan

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


@pytest.fixture(autouse=True, scope="session")
def english_as_the_user_sees_it(qapp: object) -> None:
    """Screens are tested in English with its plural forms loaded, as the app starts them."""
    from crmdesk.i18n import install_translators

    install_translators("en")


@pytest.fixture
def ctx(data_dir: DataDir, db: Database) -> Iterator[AppContext]:
    context = AppContext(data_dir, db, Settings(data_dir.settings_file), TaskRunner())
    yield context
    # no background load may outlive the test's database
    context.tasks.wait_all()


@pytest.fixture
def plan_id(db: Database) -> int:
    today = dt.date.today()
    go_live = today.replace(day=1) - dt.timedelta(days=60)
    return save_plan(db, PLAN, go_live=go_live)
