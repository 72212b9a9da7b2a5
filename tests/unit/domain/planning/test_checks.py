"""Rule checks from DOMAIN.md: pass, fail and skip, each with a sentence that can be translated."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.checks import CHECK_TITLES, CheckResult, initial_implementation_labour
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from tests.helpers.plans import make_plan

D = Decimal


def checks_of(p: BudgetPlan) -> dict[str, CheckResult]:
    return {c.id: c for c in compute_metrics(p).checks}


def one_off(category: CostCategory, amount: int, year: int = 0) -> CostItem:
    return CostItem.one_off(category, D(amount), year)


def yearly(amount: int, category: BenefitCategory = BenefitCategory.REVENUE) -> BenefitItem:
    return BenefitItem.annual(category, D(amount), 1, 3)


def test_every_check_runs_in_title_order() -> None:
    assert list(checks_of(make_plan())) == list(CHECK_TITLES)


def test_benefits_twice_costs() -> None:
    costs = (one_off(CostCategory.LICENCE, 1000),)
    passed = checks_of(make_plan(*costs, benefits=(yearly(1000),), discount_rate=D(0)))[
        "benefits_twice_costs"
    ]
    assert passed.passed is True
    assert passed.params["benefits"] == "¥3,000.00" and passed.params["costs"] == "¥1,000.00"
    exactly_twice = checks_of(make_plan(*costs, benefits=(yearly(667),), discount_rate=D(0)))
    assert exactly_twice["benefits_twice_costs"].passed is True  # 2,001 >= 2,000
    failed = checks_of(make_plan(*costs, benefits=(yearly(600),), discount_rate=D(0)))[
        "benefits_twice_costs"
    ]
    assert failed.passed is False
    assert "at least ¥2,000.00" in failed.message
    assert checks_of(make_plan())["benefits_twice_costs"].passed is None


def test_payback_within_12_months() -> None:
    costs = (one_off(CostCategory.LICENCE, 1000),)
    fast = checks_of(make_plan(*costs, benefits=(yearly(1000),)))["payback_within_12_months"]
    assert fast.passed is True and "1.00 years" in fast.message
    slow = checks_of(make_plan(*costs, benefits=(yearly(500),)))["payback_within_12_months"]
    assert slow.passed is False and "2.00 years" in slow.message
    never = checks_of(make_plan(*costs, benefits=(yearly(10),)))["payback_within_12_months"]
    assert never.passed is False and "does not pay back within its 3-year horizon" in never.message
    assert checks_of(make_plan())["payback_within_12_months"].passed is None


@pytest.mark.parametrize(("months", "passed"), [(None, None), (6, True), (7, False), (0, True)])
def test_deployment_within_6_months(months: int | None, passed: bool | None) -> None:
    result = checks_of(make_plan(deployment_months=months))["deployment_within_6_months"]
    assert result.passed is passed
    if passed is False:
        assert "Phase it" in result.message and "7 months" in result.message


def test_business_costs_present() -> None:
    it_only = (one_off(CostCategory.LICENCE, 1000), one_off(CostCategory.HARDWARE, 500))
    failed = checks_of(make_plan(*it_only, contingency_rate=D("0.1")))["business_costs_present"]
    assert failed.passed is False
    assert failed.params["it"] == "¥1,500.00"  # the contingency line is neither IT nor business
    with_training = (*it_only, one_off(CostCategory.TRAINING, 300, year=1))
    passed = checks_of(make_plan(*with_training))["business_costs_present"]
    assert passed.passed is True and passed.params["business"] == "¥300.00"
    with_pm = (*it_only, one_off(CostCategory.PROJECT_MANAGEMENT, 1))
    assert checks_of(make_plan(*with_pm))["business_costs_present"].passed is True
    assert checks_of(make_plan())["business_costs_present"].passed is None


def test_maintenance_share_plausible() -> None:
    labour = (
        one_off(CostCategory.CUSTOMISATION, 6000),
        one_off(CostCategory.DATA_MIGRATION, 2000),
        one_off(CostCategory.PROJECT_MANAGEMENT, 2000, year=1),
        one_off(CostCategory.LICENCE, 50000),  # a licence is not implementation labour
    )
    p = make_plan(*labour)
    assert initial_implementation_labour(p) == D(10000)
    ok = (*labour, CostItem.annual(CostCategory.MAINTENANCE, D(4000), 1, 3))
    result = checks_of(make_plan(*ok))["maintenance_share_plausible"]
    assert result.passed is True and result.params["share"] == "40.00%"
    # escalation makes year 3 the peak: 3,800 x 1.1^2 = 4,598 > 40% of 10,000
    high = (*labour, CostItem.annual(CostCategory.MAINTENANCE, D(3800), 1, 3, escalation=D("0.1")))
    flagged = checks_of(make_plan(*high))["maintenance_share_plausible"]
    assert flagged.passed is False and "¥4,598.00" in flagged.message
    assert "45.98%" in flagged.message
    no_labour = (CostItem.annual(CostCategory.MAINTENANCE, D(4000), 1, 3),)
    assert checks_of(make_plan(*no_labour))["maintenance_share_plausible"].passed is None


def test_contingency_present() -> None:
    costs = (one_off(CostCategory.HARDWARE, 2000),)
    result = checks_of(make_plan(*costs, contingency_rate=D("0.1")))["contingency_present"]
    assert result.passed is True and result.params == {"rate": "10.00%", "amount": "¥200.00"}
    assert checks_of(make_plan(*costs))["contingency_present"].passed is False
    assert (
        checks_of(make_plan(*costs, contingency_rate=D(0)))["contingency_present"].passed is False
    )


def test_messages_are_templates_with_named_fields() -> None:
    p = make_plan(
        *(one_off(CostCategory.CUSTOMISATION, 1000), one_off(CostCategory.TRAINING, 100)),
        benefits=(yearly(100),),
        deployment_months=9,
        contingency_rate=D("0.05"),
    )
    for check in compute_metrics(p).checks:
        fields = set(re.findall(r"{(\w+)}", check.template))
        assert fields == set(check.params), check.id
        translated = check.sentence.render(lambda context, source: f"[{context}] {source}")
        assert translated.startswith("[Checks] ")
        assert "{" not in check.message
