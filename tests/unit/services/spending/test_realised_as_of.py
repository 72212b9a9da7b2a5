"""Realised return as of a stated date: a reprint for the same date gives the same figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer
from crmdesk.domain.planning.plan import (
    BenefitCategory,
    BenefitItem,
    BudgetPlan,
    CostCategory,
    CostItem,
)
from crmdesk.services.spending.realised import default_as_of, realised_return
from tests.helpers.plans import save_plan

D = Decimal
PLAN = BudgetPlan(
    name="Realised plan",
    horizon_years=3,
    costs=(CostItem.one_off(CostCategory.LICENCE, D(10000)),),
    benefits=(BenefitItem.annual(BenefitCategory.REVENUE, D(12000), 1, 3),),
)
BASELINE = {"measures": {"new_customers_per_month": "2"}, "values": {"margin_per_customer": "800"}}


def add_customers(db: Database, *moments: dt.datetime) -> None:
    with db.session() as session:
        for moment in moments:
            session.add(Customer(name="c", created_at=moment, updated_at=moment))


def test_the_same_as_of_date_gives_the_same_figures(db: Database) -> None:
    go_live = dt.date(2026, 1, 1)
    plan_id = save_plan(db, PLAN, go_live=go_live, baseline=BASELINE)
    add_customers(db, *(dt.datetime(2026, 1, 1 + i, 10, tzinfo=dt.UTC) for i in range(30)))
    as_of = dt.date(2026, 1, 30)  # the end of 30 January: 30 days, 30 customers
    first = realised_return(db, plan_id, as_of, dt.UTC)
    # spending the rest of the day (and the next) adding data changes nothing as of that date
    add_customers(db, dt.datetime(2026, 1, 31, 9, tzinfo=dt.UTC))
    again = realised_return(db, plan_id, as_of, dt.UTC)
    assert first == again
    assert first.as_of == as_of
    months = D(30) / D("30.436875")  # 30 days in average months
    assert first.actual.months == months
    new_a_month = first.actual.values[first.measures[1].measure]
    assert new_a_month == D(30) / months
    revenue = next(b for b in first.benefits if b.category is BenefitCategory.REVENUE)
    # change printed to two places (30.436875 - 2 -> 28.44); the figure is made from it
    assert revenue.basis.message.startswith("28.44 new customers a month")
    assert revenue.realised == D("28.44") * 12 * 800
    later = realised_return(db, plan_id, dt.date(2026, 1, 31), dt.UTC)
    assert later.actual.values != first.actual.values


def test_default_is_the_end_of_yesterday() -> None:
    assert default_as_of(dt.date(2026, 3, 1)) == dt.date(2026, 2, 28)
