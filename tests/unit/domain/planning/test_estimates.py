"""Item helpers: the wizard's arithmetic, checked by hand."""

from __future__ import annotations

from decimal import Decimal

from crmdesk.domain.planning.cashflow import item_flows
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.checks import initial_implementation_labour
from crmdesk.domain.planning.estimates import (
    churn_reduction,
    cost_saving,
    customisation,
    linear_ramp,
    maintenance_share,
    perpetual_licence,
    revenue_uplift,
    subscription,
    time_saved,
    training,
    training_from_share,
)
from crmdesk.domain.planning.plan import BudgetPlan, plan_problems

D = Decimal


def test_subscription_is_priced_per_user_month() -> None:
    item = subscription(D(119), to_year=3, escalation=D("0.05"))
    assert (item.category, item.kind) == (CostCategory.LICENCE, ItemKind.PER_USER_MONTH)
    # 119 x 6 users x 12 = 8,568 in year 1, +5% a year
    assert item_flows(item, 6, 3) == [D(0), D(8568), D("8996.40"), D("9446.220")]


def test_perpetual_licence_with_yearly_maintenance() -> None:
    licence, support = perpetual_licence(D(50000), D("0.20"), to_year=5)
    assert (licence.kind, licence.year, licence.amount) == (ItemKind.ONE_OFF, 0, D(50000))
    assert (support.from_year, support.to_year, support.amount) == (1, 5, D(10000))
    assert support.sub_item == "support_contract"
    assert perpetual_licence(D(50000), D("0.2"), to_year=0) == (licence,)


def test_customisation_from_person_days() -> None:
    item = customisation(D(25), D(1200), sub_item="integration")
    assert (item.amount, item.year, item.sub_item) == (D(30000), 0, "integration")


def test_training_counts_learning_time_fees_and_refreshers() -> None:
    learning, fees, refresher = training(
        8, D(16), D(75), D(4000), refresher_share=D("0.25"), to_year=3
    )
    assert learning.amount == D(9600) and learning.sub_item == "learning_time"  # 8 x 16 h x 75
    assert fees.amount == D(4000)
    assert (refresher.kind, refresher.from_year, refresher.to_year) == (ItemKind.ANNUAL, 1, 3)
    assert refresher.amount == D(3400)  # 25% of 13,600
    assert len(training(8, D(16), D(75))) == 1
    assert training_from_share(D(200000), D("0.15")).amount == D(30000)


def test_maintenance_as_a_share_of_initial_labour() -> None:
    plan = BudgetPlan(name="m", costs=(customisation(D(20), D(1000)),))
    labour = initial_implementation_labour(plan)
    item = maintenance_share(labour, D("0.3"), to_year=5)
    assert (item.amount, item.category) == (D(6000), CostCategory.MAINTENANCE)


def test_benefit_formulas() -> None:
    uplift = revenue_uplift(D(5_000_000), D("0.04"), D("0.35"), to_year=5, ramp=(D("0.5"),))
    assert uplift.amount == D(70000)  # only the margin on the extra sales
    assert item_flows(uplift, 1, 3) == [D(0), D(35000), D(70000), D(70000)]
    saved = time_saved(6, D(3), D(46), D(80), D("0.6"), to_year=3)
    assert saved.amount == D("39744.0")  # 6 x 3 h x 46 weeks x 80 x 60%
    assert saved.category is BenefitCategory.TIME_SAVING
    churn = churn_reduction(400, D("0.03"), D(2500), to_year=3)
    assert churn.amount == D(30000)  # 400 customers x 3 points x 2,500
    assert cost_saving(D(4800), to_year=3, sub_item="printing").sub_item == "printing"


def test_linear_ramp() -> None:
    assert linear_ramp(D("0.5")) == (D("0.5"),)
    assert linear_ramp(D("0.5"), 2) == (D("0.5"), D("0.75"))
    assert linear_ramp(D("0.5"), 0) == ()


def test_helper_items_are_valid_in_a_plan() -> None:
    plan = BudgetPlan(
        name="all",
        horizon_years=5,
        costs=(
            subscription(D(100), to_year=5, users=3),
            *perpetual_licence(D(1000), D("0.2"), to_year=5),
            customisation(D(2), D(800)),
            *training(2, D(8), D(50), D(100), refresher_share=D("0.1"), to_year=5),
            maintenance_share(D(1600), D("0.2"), to_year=5),
        ),
        benefits=(
            revenue_uplift(D(100000), D("0.1"), D("0.3"), to_year=5, ramp=linear_ramp(D("0.5"), 2)),
            time_saved(2, D(2), D(46), D(50), D("0.5"), to_year=5),
            churn_reduction(100, D("0.02"), D(300), to_year=5),
            cost_saving(D(1000), to_year=5),
        ),
    )
    assert plan_problems(plan) == []
