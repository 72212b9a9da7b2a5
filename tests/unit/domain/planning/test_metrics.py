"""Plan metrics against plans worked by hand (figures typed in, not computed by the engine)."""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.categories import CONTINGENCY, BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.finance import IrrStatus
from crmdesk.domain.planning.metrics import compute_metrics, metrics_to_json
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.services.planning.files import load_plan_file
from tests.helpers import DATA
from tests.helpers.plan_strategies import plans
from tests.helpers.plans import make_plan

D = Decimal
PLANS = DATA / "plans"
MONEY = re.compile(r"^-?\d+\.\d{2}$")


def exact_npv(flows: list[Decimal], rate: str) -> Fraction:
    r = Fraction(rate)
    return sum((Fraction(f) / (1 + r) ** t for t, f in enumerate(flows)), Fraction(0))


def close(value: Decimal, expected: Fraction | Decimal, tolerance: str = "1e-15") -> bool:
    return abs(Fraction(value) - Fraction(expected)) < Fraction(D(tolerance))


# --- the contract example, worked by hand ------------------------------------------------------

# Licence: 120 per user-month x 8 users x 12 = 11,520 in year 1, then +3% a year.
LICENCE = [D("11520"), D("11865.6"), D("12221.568"), D("12588.21504"), D("12965.8614912")]
# Year 0: ERP link 40,000 + contingency 10% of it; years 1-5: licence + support 9,000.
COSTS = [D("44000")] + [lic + D("9000") for lic in LICENCE]
BENEFITS = [D(0)] + [D("60000")] * 5


def test_contract_example_cash_flows_by_hand() -> None:
    metrics = compute_metrics(load_plan_file(PLANS / "contract_example.json"))
    rows = metrics.base.table.rows
    assert [r.costs for r in rows] == COSTS
    assert [r.benefits for r in rows] == BENEFITS
    assert rows[0].costs_by_category[CONTINGENCY] == D("4000")
    assert rows[0].costs_by_category["customisation"] == D("40000")
    assert [r.costs_by_category["licence"] for r in rows[1:]] == LICENCE
    assert all(r.costs_by_category[CONTINGENCY] == 0 for r in rows[1:])
    assert [r.cumulative for r in rows][:2] == [D("-44000"), D("-4520")]


def test_contract_example_metrics_by_hand() -> None:
    metrics = compute_metrics(load_plan_file(PLANS / "contract_example.json"))
    base = metrics.base
    pv_b, pv_c = exact_npv(BENEFITS, "0.10"), exact_npv(COSTS, "0.10")
    assert close(base.pv_benefits, pv_b) and close(base.pv_costs, pv_c)
    assert close(base.npv, pv_b - pv_c)
    assert base.total_costs == sum(COSTS) == D("150161.2445312")
    assert close(base.bcr or D(0), pv_b / pv_c)
    assert base.roi_simple == (D(300000) - sum(COSTS)) / sum(COSTS)
    assert close(base.roi_discounted or D(0), (pv_b - pv_c) / pv_c)
    # Cumulative: -44,000 then -4,520 after year 1; year 2 nets 39,134.40.
    assert base.payback.years == 1 + D("4520") / D("39134.4")
    assert base.tco.per_user_month == sum(COSTS) / (8 * 12 * 5)
    assert base.tco.per_user == sum(COSTS) / 8
    assert base.tco.per_year == sum(COSTS) / 5
    annuity = sum(Fraction(1) / Fraction(11, 10) ** t for t in range(1, 6))
    assert close(base.break_even_annual_benefit or D(0), pv_c / annuity)


def test_risk_adjusted_case_is_recomputed_from_adjusted_flows() -> None:
    metrics = compute_metrics(load_plan_file(PLANS / "contract_example.json"))
    adjusted = metrics.risk_adjusted
    assert adjusted is not None
    assert [r.costs for r in adjusted.table.rows] == [c * D("1.10") for c in COSTS]
    assert [r.benefits for r in adjusted.table.rows] == [b * D("0.90") for b in BENEFITS]
    expected = exact_npv(BENEFITS, "0.10") * Fraction("0.9") - exact_npv(COSTS, "0.10") * Fraction(
        "1.1"
    )
    assert close(adjusted.npv, expected)
    assert adjusted.irr.value is not None and metrics.base.irr.value is not None
    assert adjusted.irr.value < metrics.base.irr.value


def test_contract_json_output() -> None:
    data = metrics_to_json(compute_metrics(load_plan_file(PLANS / "contract_example.json")))
    assert data["total_costs"] == "150161.24"
    assert data["total_benefits"] == "300000.00"
    for key in ("npv", "pv_benefits", "pv_costs", "total_costs", "total_benefits"):
        assert MONEY.match(data[key]), key
        assert MONEY.match(data["risk_adjusted"][key]), key
    for key in ("bcr", "roi_simple", "roi_discounted", "irr", "mirr", "payback_years"):
        assert isinstance(data[key], float), key
    assert data["payback_years"] == 1.12
    assert isinstance(data["irr_note"], str) and data["irr_note"].endswith("%")
    assert [
        set(row) >= {"year", "costs", "benefits", "net", "cumulative"} for row in data["cash_flows"]
    ] == [True] * 6
    assert data["cash_flows"][1]["net"] == "39480.00"
    assert [c["id"] for c in data["checks"]] == [
        "benefits_twice_costs",
        "payback_within_12_months",
        "deployment_within_6_months",
        "business_costs_present",
        "maintenance_share_plausible",
        "contingency_present",
    ]
    assert all(set(c) == {"id", "passed", "message"} for c in data["checks"])
    risk = data["risk_adjusted"]
    assert set(risk) >= {"npv", "irr", "irr_note", "payback_years", "cash_flows"}
    assert "checks" not in risk and "risk_adjusted" not in risk
    json.dumps(data)  # everything is JSON-serialisable


def test_no_risk_adjusted_key_without_a_risk_adjustment() -> None:
    plan = dataclasses.replace(
        load_plan_file(PLANS / "contract_example.json"), risk_adjustment=None
    )
    assert "risk_adjusted" not in metrics_to_json(compute_metrics(plan))
    assert compute_metrics(plan).risk_adjusted is None


# --- other worked plans --------------------------------------------------------------------------


def test_per_user_licence_with_escalation_ramp_and_override_by_hand() -> None:
    subscription = CostItem(
        category=CostCategory.LICENCE,
        kind=ItemKind.PER_USER_MONTH,
        amount=D("100"),
        from_year=1,
        to_year=3,
        escalation=D("0.05"),
        ramp=(D("0.5"),),
    )
    module = CostItem(
        category=CostCategory.LICENCE,
        kind=ItemKind.PER_USER_MONTH,
        amount=D("20"),
        from_year=2,
        to_year=3,
        users=3,
    )
    rows = compute_metrics(make_plan(subscription, module, users=10)).base.table.rows
    # 100 x 10 users x 12 = 12,000 a year; half in year 1; +5% a year from year 1.
    # The module: 20 x 3 users x 12 = 720 a year in years 2 and 3.
    assert [r.costs for r in rows] == [D(0), D("6000"), D("12600") + 720, D("13230") + 720]


def test_contingency_is_a_share_of_year_zero_costs_only() -> None:
    costs = (
        CostItem.one_off(CostCategory.HARDWARE, D("30000")),
        CostItem.one_off(CostCategory.TRAINING, D("5000"), year=1),
        CostItem.annual(CostCategory.MAINTENANCE, D("2000"), 0, 3),
    )
    rows = compute_metrics(make_plan(*costs, contingency_rate=D("0.15"))).base.table.rows
    assert rows[0].costs_by_category[CONTINGENCY] == D("0.15") * D("32000")
    assert rows[0].costs == D("32000") * D("1.15")
    assert rows[1].costs == D("7000")


def test_domain_example_as_a_plan() -> None:
    # DOMAIN.md in CNY: software 500,000 + hardware 300,000 + implementation 200,000 at the
    # start; staff 100,000 + maintenance 50,000 + storage 30,000 every year; 10%, 5 years.
    p = make_plan(
        CostItem.one_off(CostCategory.LICENCE, D("500000")),
        CostItem.one_off(CostCategory.HARDWARE, D("300000")),
        CostItem.one_off(CostCategory.CUSTOMISATION, D("200000")),
        CostItem.annual(CostCategory.PROJECT_MANAGEMENT, D("100000"), 1, 5),
        CostItem.annual(CostCategory.MAINTENANCE, D("50000"), 1, 5),
        CostItem.annual(CostCategory.HARDWARE, D("30000"), 1, 5),
        horizon_years=5,
        currency="CNY",
    )
    data = metrics_to_json(compute_metrics(p))
    assert data["pv_costs"] == "1682341.62"
    assert data["npv"] == "-1682341.62"
    assert data["total_costs"] == "1900000.00"
    assert data["break_even_annual_benefit"] == "443797.48"
    assert data["irr"] is None and data["irr_note"] == "undefined: flows never change sign"
    assert data["payback_years"] is None
    assert data["payback_note"] == "Not paid back within the 5-year horizon."
    assert data["bcr"] == 0.0 and data["mirr"] is None


def test_plan_with_two_irrs() -> None:
    p = make_plan(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(100)),
        CostItem.one_off(CostCategory.HARDWARE, D(132), year=2),
        benefits=(BenefitItem.one_off(BenefitCategory.REVENUE, D(230), 1),),
        horizon_years=2,
    )
    result = compute_metrics(p).base.irr
    assert result.status is IrrStatus.MULTIPLE
    assert metrics_to_json(compute_metrics(p))["irr_note"] == "multiple: 10.0000%, 20.0000%"


def test_plan_without_a_real_irr() -> None:
    p = make_plan(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(300), year=1),
        benefits=(
            BenefitItem.one_off(BenefitCategory.OTHER, D(100), 0),
            BenefitItem.one_off(BenefitCategory.OTHER, D(250), 2),
        ),
        horizon_years=2,
    )
    data = metrics_to_json(compute_metrics(p))
    assert data["irr"] is None and data["irr_note"] == "no real IRR"


def test_plan_whose_cumulative_turns_negative_again() -> None:
    p = make_plan(
        CostItem.one_off(CostCategory.HARDWARE, D(100)),
        CostItem.one_off(CostCategory.HARDWARE, D(130), year=3),  # servers replaced
        benefits=(BenefitItem.annual(BenefitCategory.COST_SAVING, D(60), 1, 4),),
        horizon_years=4,
    )
    payback = compute_metrics(p).base.payback
    # cumulative: -100, -40, 20, -50, 10
    assert payback.years == 1 + D(40) / D(60)
    assert payback.dip_year == 3
    assert payback.final_years == 3 + D(50) / D(60)
    data = metrics_to_json(compute_metrics(p))
    assert data["payback_years"] == 1.67 and data["payback_final_years"] == 3.83


def test_plan_that_never_pays_back() -> None:
    p = make_plan(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(1000)),
        benefits=(BenefitItem.annual(BenefitCategory.TIME_SAVING, D(100), 1, 3),),
    )
    metrics = compute_metrics(p)
    assert metrics.base.payback.years is None and metrics.base.discounted_payback.years is None
    assert metrics.base.irr.value is not None and metrics.base.irr.value < 0


def test_invalid_plans_are_refused_not_computed() -> None:
    bad = make_plan(CostItem.one_off(CostCategory.HARDWARE, D(100), year=-1))
    with pytest.raises(ValidationError) as caught:
        compute_metrics(bad)
    assert caught.value.field == "costs[0].year"


def test_empty_plan_is_a_valid_do_nothing_case() -> None:
    data = metrics_to_json(compute_metrics(make_plan(users=0)))
    assert data["npv"] == "0.00" and data["bcr"] is None and data["roi_simple"] is None
    assert data["tco"]["per_user"] is None
    assert data["payback_note"] == "No cash flows: there is nothing to pay back."


# --- properties ------------------------------------------------------------------------------


def scaled(p: BudgetPlan, k: int) -> BudgetPlan:
    return dataclasses.replace(
        p,
        costs=tuple(dataclasses.replace(c, amount=c.amount * k) for c in p.costs),
        benefits=tuple(dataclasses.replace(b, amount=b.amount * k) for b in p.benefits),
    )


@settings(max_examples=100, deadline=None)
@given(plans(), st.integers(min_value=2, max_value=1000))
def test_scaling_every_amount_scales_npv(p: BudgetPlan, k: int) -> None:
    base = compute_metrics(p).base.npv
    assert abs(compute_metrics(scaled(p, k)).base.npv - base * k) <= D("1e-18") * (
        1 + abs(base * k)
    )


@settings(max_examples=100, deadline=None)
@given(plans())
def test_npv_is_pv_benefits_minus_pv_costs_and_tables_add_up(p: BudgetPlan) -> None:
    metrics = compute_metrics(p)
    base = metrics.base
    assert base.npv == base.pv_benefits - base.pv_costs
    for row in base.table.rows:
        assert row.costs == sum(row.costs_by_category.values())
        assert row.benefits == sum(row.benefits_by_category.values())
    assert base.total_costs == sum(r.costs for r in base.table.rows)
    assert close(base.table.rows[-1].cumulative, base.total_benefits - base.total_costs, "1e-12")
