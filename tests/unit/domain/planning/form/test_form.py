"""The wizard's form: typed text -> plan through the engine, problems by field, and back."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 - short in worked examples

from hypothesis import given, settings

from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.form.from_plan import form_from_plan, same_plan
from crmdesk.domain.planning.form.keys import PageKey, page_of
from crmdesk.domain.planning.form.model import PlanForm, form_from_dict, form_to_dict
from crmdesk.domain.planning.form.totals import running_totals
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BudgetPlan, CostItem
from crmdesk.services.planning.files import load_plan_file
from tests.helpers import DATA
from tests.helpers.plan_strategies import plans

EXAMPLE = DATA / "plans" / "contract_example.json"


def filled_form() -> PlanForm:
    """A small company's plan, typed the way an owner types (separators, full-width digits)."""
    form = PlanForm()
    for key, text in {
        "scope.name": "Sales team CRM",
        "scope.users": "８",
        "scope.deployment_months": "4",
        "licence.price": "¥120",
        "custom.day_rate": "1,500",
        "custom.development.days": "10",
        "custom.design.amount": "5 000",
        "training.people": "8",
        "training.hours": "16",
        "training.hourly_cost": "75",
        "training.refresher": "20%",
        "maint.technical_support.yearly": "9,000",
        "maint.escalation": "3%",
        "other.planning.once": "4000",
        "benefits.revenue": "2,000,000",
        "benefits.uplift": "5%",
        "benefits.margin": "30%",
        "benefits.time_people": "5",
        "benefits.time_hours": "2",
        "benefits.time_cost": "60",
    }.items():
        form.set(key, text)
    return form


def amounts(plan: BudgetPlan) -> dict[str, D]:
    return {item.sub_item or "": item.amount for item in (*plan.costs, *plan.benefits)}


def test_a_filled_form_builds_the_plan_from_the_estimates() -> None:
    result = build_plan(filled_form())
    assert result.problems == []
    plan = result.plan
    assert (plan.users, plan.horizon_years, plan.discount_rate) == (8, 5, D("0.10"))
    assert plan.contingency_rate == D("0.10") and plan.deployment_months == 4
    got = amounts(plan)
    assert got["per_user_subscription"] == D(120)
    assert got["development"] == D(15000)  # 10 days x 1,500
    assert got["design"] == D(5000)
    assert got["learning_time"] == D(9600)  # 8 people x 16 h x 75
    assert got["refresher"] == D(1920)  # 20% of 9,600
    assert got["planning"] == D(4000)
    assert got["revenue_uplift"] == D(30000)  # 2,000,000 x 5% x 30%
    assert got["automation"] == D(16560)  # 5 x 2 h x 46 weeks x 60 x 60%
    assert all(b.ramp == (D("0.5"),) for b in plan.benefits)
    support = next(c for c in plan.costs if c.sub_item == "technical_support")
    assert (support.from_year, support.to_year, support.escalation) == (1, 5, D("0.03"))


def test_each_row_explains_its_amount() -> None:
    result = build_plan(filled_form())
    text = {k: [s.message for s in v] for k, v in result.explanations.items()}
    assert text["custom.development.days"] == ["10 person-days x ¥1,500.00 = ¥15,000.00"]
    assert text["licence.price"] == ["¥120.00 x 8 users x 12 months = ¥11,520.00 a year"]


def test_an_empty_form_names_the_required_fields() -> None:
    problems = {p.key: p.message for p in build_plan(PlanForm()).problems}
    assert problems == {
        "scope.name": "enter a value",
        "scope.users": "enter a value",
        "licence.price": "enter a value",
    }


def test_bad_input_is_named_and_never_silently_accepted() -> None:
    form = filled_form()
    form.set("scope.discount_rate", "10")  # 10 what? 10% or 1000%?
    form.set("custom.design.days", "3")  # both days and an amount on one row
    form.set("maint.upgrades.yearly", "12,34")
    form.set("scope.users", "2.5")
    result = build_plan(form)
    problems = {p.key: p.message for p in result.problems}
    assert "percentage" in problems["scope.discount_rate"]
    assert problems["custom.design.amount"] == "fill in either person-days or an amount, not both"
    assert "threes" in problems["maint.upgrades.yearly"]
    assert problems["scope.users"] == "must be a whole number"
    assert [p.key for p in result.problems_on(PageKey.MAINTENANCE)] == ["maint.upgrades.yearly"]


def test_partial_groups_ask_for_the_missing_driver() -> None:
    form = PlanForm()
    form.set("benefits.revenue", "1000000")
    form.set("custom.testing.days", "4")
    problems = {p.key: p.message for p in build_plan(form).problems}
    assert problems["benefits.uplift"].startswith("needed together with")
    assert problems["benefits.margin"].startswith("needed together with")
    assert problems["custom.day_rate"] == "enter the day rate to price person-days"


def test_extra_lines_are_checked_against_the_horizon() -> None:
    form = filled_form()
    form.set("scope.horizon", "3")
    line = form_from_plan(
        BudgetPlan(name="x", costs=(CostItem.one_off(CostCategory.OTHER, D(5), year=4),))
    ).lines(PageKey.OTHER)[0]
    form.lines(PageKey.OTHER).append(line)
    result = build_plan(form)
    assert [p.key for p in result.problems] == ["extra.other[0].year"]
    assert page_of("extra.other[0].year") is PageKey.OTHER
    assert all(c.category is not CostCategory.OTHER for c in result.plan.costs)


def test_a_built_plan_reads_back_into_the_same_rows() -> None:
    plan = build_plan(filled_form()).plan
    form = form_from_plan(plan)
    assert form.get("licence.price") == "120.00"
    assert form.get("custom.development.amount") == "15,000.00"  # the days are not in the plan
    assert form.get("maint.technical_support.yearly") == "9,000.00"
    assert same_plan(build_plan(form).plan, plan)


def test_stored_inputs_win_while_they_still_build_the_plan() -> None:
    typed = filled_form()
    plan = build_plan(typed).plan
    assert form_from_plan(plan, typed).get("custom.development.days") == "10"
    changed = BudgetPlan(name="other")
    assert form_from_plan(changed, typed).get("custom.development.days") == ""


def test_the_contract_example_survives_the_wizard() -> None:
    plan = load_plan_file(EXAMPLE)
    result = build_plan(form_from_plan(plan))
    assert result.problems == []
    assert same_plan(result.plan, plan)
    assert compute_metrics(result.plan).base.npv == compute_metrics(plan).base.npv


@settings(max_examples=60, deadline=None)
@given(plans())
def test_any_valid_plan_survives_the_wizard(plan: BudgetPlan) -> None:
    assert same_plan(build_plan(form_from_plan(plan)).plan, plan)


def test_the_form_survives_a_draft_round_trip() -> None:
    form = filled_form()
    form.set("scope.users", "8x")  # half-typed text is kept as typed
    form.intangibles.append("Staff skills")
    again = form_from_dict(form_to_dict(form))
    assert again == form
    assert form_from_dict({"values": 3, "risks": [1, {"risk": "r"}]}).risks[0].risk == "r"


def test_running_totals_follow_the_page_categories() -> None:
    plan = build_plan(filled_form()).plan
    totals = running_totals(plan, ("customisation", "data_migration"))
    assert totals.page[0] == D(20000) and totals.page_total == D(20000)
    metrics = compute_metrics(plan)
    assert totals.costs_total == metrics.base.total_costs
    assert totals.net_total == metrics.base.total_benefits - metrics.base.total_costs
