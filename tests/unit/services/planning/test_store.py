"""Plans in the database: exact round trips, cached figures, copies, soft delete and restore."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import PlanItem
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem, PlanRisk
from crmdesk.services.planning import store as plans
from crmdesk.services.planning.files import load_plan_file
from tests.helpers import DATA
from tests.unit.domain.planning.form.test_form import filled_form

EXAMPLE = DATA / "plans" / "contract_example.json"


def awkward_plan() -> BudgetPlan:
    """Amounts that test the cents: one with a third of a cent, Chinese text, every option."""
    return BudgetPlan(
        name="培训 & 实施 <一期>",
        currency="CNY",
        horizon_years=3,
        discount_rate=Decimal("0.085"),
        users=12,
        deployment_months=5,
        contingency_rate=Decimal("0.10"),
        costs=(
            CostItem.one_off(CostCategory.CUSTOMISATION, Decimal("12345.67"), label="ERP 接口"),
            CostItem(
                category=CostCategory.LICENCE,
                kind=ItemKind.PER_USER_MONTH,
                amount=Decimal("119.005"),
                from_year=1,
                to_year=3,
                escalation=Decimal("-0.02"),
                ramp=(Decimal("0.5"),),
                users=10,
                sub_item="per_user_subscription",
                notes="纷享销客",
            ),
            CostItem.one_off(CostCategory.TRAINING, Decimal("1000") / 3),
        ),
        benefits=(BenefitItem.annual(BenefitCategory.REVENUE, Decimal("0.01"), 1, 3),),
        company_name="深圳华强电子有限公司",
        staff=40,
        amounts_include_vat=True,
        vat_note="6%",
        modules=("customer_information", "自定义模块"),
        intangibles=("Brand image",),
        risks=(PlanRisk("low_adoption", "每周培训"), PlanRisk("我们自己的风险")),
        notes="line one\nline two",
    )


def test_a_plan_comes_back_exactly(db: Database) -> None:
    plan = awkward_plan()
    stored = plans.load_plan(db, plans.save_plan(db, plan))
    assert stored.plan == plan
    assert stored.form is None


def test_money_is_stored_to_the_cent(db: Database) -> None:
    plan_id = plans.save_plan(db, awkward_plan())
    with db.session() as session:
        cents = session.scalars(
            select(PlanItem.amount).where(PlanItem.plan_id == plan_id).order_by(PlanItem.position)
        ).all()
    assert cents == [Decimal("12345.67"), Decimal("119.01"), Decimal("333.33"), Decimal("0.01")]


def test_the_list_shows_cached_figures_from_the_engine(db: Database) -> None:
    plan = load_plan_file(EXAMPLE)
    plan_id = plans.save_plan(db, plan)
    [summary] = plans.list_plans(db)
    metrics = compute_metrics(plan).base
    assert summary.id == plan_id and summary.name == "Sales team CRM 2027"
    assert summary.total_cost == metrics.total_costs.quantize(Decimal("0.01"))
    assert summary.npv == metrics.npv.quantize(Decimal("0.01"))
    assert summary.payback_years is not None
    assert abs(summary.payback_years - metrics.payback.years) < Decimal("1e-20")


def test_the_wizard_inputs_are_kept_with_the_plan(db: Database) -> None:
    form = filled_form()
    plan = build_plan(form).plan
    stored = plans.load_plan(db, plans.save_plan(db, plan, form=form))
    assert stored.plan == plan
    assert stored.form is not None and stored.form.get("custom.development.days") == "10"


def test_saving_again_replaces_the_plan(db: Database) -> None:
    plan_id = plans.save_plan(db, awkward_plan())
    smaller = replace(awkward_plan(), name="Smaller", costs=awkward_plan().costs[:1])
    assert plans.save_plan(db, smaller, plan_id) == plan_id
    assert plans.load_plan(db, plan_id).plan == smaller
    assert [p.name for p in plans.list_plans(db)] == ["Smaller"]


def test_an_invalid_plan_is_refused_and_nothing_is_written(db: Database) -> None:
    bad = replace(awkward_plan(), horizon_years=1)  # items run to year 3
    with pytest.raises(ValidationError, match="costs"):
        plans.save_plan(db, bad)
    assert plans.list_plans(db) == []


def test_duplicate_delete_and_restore(db: Database) -> None:
    form = filled_form()
    first = plans.save_plan(db, build_plan(form).plan, form=form)
    copy = plans.duplicate_plan(db, first, "Copy of Sales team CRM")
    stored = plans.load_plan(db, copy)
    assert stored.plan.name == "Copy of Sales team CRM"
    assert stored.form is not None and stored.form.get("scope.name") == "Copy of Sales team CRM"
    plans.delete_plan(db, first)
    assert [p.id for p in plans.list_plans(db)] == [copy]
    assert [p.id for p in plans.list_plans(db, deleted=True)] == [first]
    plans.restore_plan(db, first)
    assert {p.id for p in plans.list_plans(db)} == {first, copy}


def test_a_missing_plan_is_a_user_error(db: Database) -> None:
    with pytest.raises(plans.PlanNotFoundError, match="42"):
        plans.load_plan(db, 42)


def test_the_demo_data_adds_one_sample_plan_that_opens_in_the_wizard(db: Database) -> None:
    from crmdesk.services.demo.data import generate_demo
    from crmdesk.services.demo.evaluation import OPEN_SOURCE, ZOHO

    generate_demo(db, customers=3)
    generate_demo(db, customers=3)
    # the sample plan once, beside the scorecard's two alternatives (issue 26), also once
    names = [p.name for p in plans.list_plans(db)]
    assert len(names) == 3 and {ZOHO, OPEN_SOURCE} <= set(names)
    [summary] = [p for p in plans.list_plans(db) if p.name not in (ZOHO, OPEN_SOURCE)]
    stored = plans.load_plan(db, summary.id)
    assert stored.form is not None and stored.form.get("licence.price") == "220.00"
    assert build_plan(stored.form).plan == stored.plan
