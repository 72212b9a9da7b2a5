"""Scenario comparison: the same metrics side by side, and a do-nothing baseline."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.estimates import perpetual_licence, subscription
from crmdesk.domain.planning.finance import npv
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.domain.planning.scenarios import ROWS, compare_plans, do_nothing_plan

D = Decimal
BENEFIT = (BenefitItem.annual(BenefitCategory.TIME_SAVING, D(30000), 1, 5),)
SAAS = BudgetPlan(
    name="SaaS",
    users=5,
    costs=(subscription(D(120), to_year=5),),
    benefits=BENEFIT,
)
PERPETUAL = BudgetPlan(
    name="Perpetual",
    users=5,
    costs=perpetual_licence(D(40000), D("0.20"), to_year=5),
    benefits=BENEFIT,
)
OPEN_SOURCE = BudgetPlan(
    name="Open source",
    users=5,
    costs=(
        CostItem.one_off(CostCategory.CUSTOMISATION, D(30000)),
        CostItem.annual(CostCategory.HARDWARE, D(3000), 1, 5),
    ),
    benefits=BENEFIT,
)


def test_four_plans_side_by_side_with_a_do_nothing_baseline() -> None:
    today = (CostItem.annual(CostCategory.OTHER, D(2000), 1, 5, label="Spreadsheets"),)
    baseline = do_nothing_plan(SAAS, "Do nothing", today)
    comparison = compare_plans([SAAS, PERPETUAL, OPEN_SOURCE, baseline], baseline=3)
    npvs = [compute_metrics(p).base.npv for p in (SAAS, PERPETUAL, OPEN_SOURCE, baseline)]
    assert [m.base.npv for m in comparison.metrics] == npvs
    rows = {row.key: row for row in comparison.rows}
    assert list(rows) == [key for key, *_ in ROWS]
    assert rows["npv"].values == tuple(npvs)
    assert rows["irr"].values[3] is None
    assert rows["irr"].notes[3] is not None
    assert rows["irr"].notes[3].message == "undefined: flows never change sign"
    assert comparison.best_npv == npvs.index(max(npvs))
    assert comparison.incremental[3] is None
    for index in range(3):
        case = comparison.incremental[index]
        assert case is not None
        # Incremental NPV is the difference of NPVs (same rate), computed from flow differences.
        assert abs(case.npv - (npvs[index] - npvs[3])) < D("1e-18")
        assert case.npv == npv(list(case.flows), D("0.10"))
    assert comparison.warnings == ()


def test_do_nothing_keeps_the_frame_of_the_plan() -> None:
    baseline = do_nothing_plan(SAAS)
    assert (baseline.currency, baseline.horizon_years, baseline.discount_rate) == (
        SAAS.currency,
        SAAS.horizon_years,
        SAAS.discount_rate,
    )
    assert baseline.costs == () and baseline.benefits == ()
    assert compute_metrics(baseline).base.npv == 0


def test_limits_and_mismatches() -> None:
    with pytest.raises(ValidationError, match="between one and four"):
        compare_plans([SAAS] * 5)
    with pytest.raises(ValidationError, match="between one and four"):
        compare_plans([])
    with pytest.raises(ValidationError, match="same currency"):
        compare_plans([SAAS, BudgetPlan(name="usd", currency="USD")])
    with pytest.raises(ValidationError) as caught:
        compare_plans([SAAS], baseline=1)
    assert caught.value.field == "baseline"


def test_different_horizons_and_rates_are_flagged_and_padded() -> None:
    short = BudgetPlan(name="short", horizon_years=3, discount_rate=D("0.08"), users=5)
    comparison = compare_plans([SAAS, short], baseline=1)
    # horizons, rates, and the rate the figures against the baseline use
    assert len(comparison.warnings) == 3
    assert comparison.warnings[2].message.endswith("at the baseline's rate (8.00%).")
    assert comparison.best is None  # the rates differ
    case = comparison.incremental[0]
    assert case is not None and len(case.flows) == 6


# --- the incremental columns against a baseline, worked by hand and in exact fractions ---

TODAY = BudgetPlan(
    name="today",
    horizon_years=3,
    costs=(CostItem.annual(CostCategory.OTHER, D(1000), 1, 3),),
)
SWITCH = BudgetPlan(
    name="switch",
    horizon_years=3,
    costs=(CostItem.one_off(CostCategory.LICENCE, D(5000)),),
    benefits=(BenefitItem.annual(BenefitCategory.TIME_SAVING, D(3000), 1, 3),),
)


def _exact_npv(flows: list[int], rate: Fraction) -> Fraction:
    return sum((Fraction(f) / (1 + rate) ** t for t, f in enumerate(flows)), Fraction(0))


def test_incremental_columns_of_a_worked_example() -> None:
    comparison = compare_plans([SWITCH, TODAY], baseline=1)
    assert comparison.against_baseline == (0,)
    case = comparison.incremental[0]
    assert case is not None
    # switch -5000 / +3000 x3, today 0 / -1000 x3: the difference -5000 / +4000 x3
    assert case.flows == (D(-5000), D(4000), D(4000), D(4000))
    # by hand: 4000 x (1/1.1 + 1/1.21 + 1/1.331) - 5000 = 13,240,000 / 1331 - 5000 = 4,947.41
    exact = _exact_npv([-5000, 4000, 4000, 4000], Fraction(1, 10))
    assert exact == Fraction(13_240_000, 1331) - 5000
    assert abs(Fraction(case.npv) - exact) < Fraction(1, 10**12)
    assert case.total_costs == D(2000)  # 5,000 against 3 x 1,000
    assert case.total_benefits == D(9000)  # 3 x 3,000 against nothing
    # cumulative -5000, -1000, +3000: crosses in year 2 after 1000 / 4000 of it
    assert case.payback.years == D("1.25")
    # IRR: 4000 x annuity(r, 3) = 5000 near r = 60.7%; NPV changes sign around it exactly
    rate = case.irr.value
    assert rate is not None and D("0.60") < rate < D("0.61")
    below, above = Fraction(rate) - Fraction(1, 10**9), Fraction(rate) + Fraction(1, 10**9)
    flows = [-5000, 4000, 4000, 4000]
    assert _exact_npv(flows, below) > 0 > _exact_npv(flows, above)
    # same horizon: no equivalent-annual-value row
    rows = {row.key: row for row in comparison.incremental_rows}
    assert list(rows) == ["npv", "total_costs", "total_benefits", "irr", "payback_years"]
    assert rows["npv"].values == (case.npv,) and rows["total_costs"].values == (D(2000),)


def test_incremental_equivalent_annual_value_when_horizons_differ() -> None:
    longer = BudgetPlan(
        name="five years",
        horizon_years=5,
        costs=(CostItem.one_off(CostCategory.LICENCE, D(5000)),),
        benefits=(BenefitItem.annual(BenefitCategory.TIME_SAVING, D(3000), 1, 5),),
    )
    comparison = compare_plans([TODAY, longer], baseline=0)
    assert comparison.against_baseline == (1,)
    case = comparison.incremental[1]
    assert case is not None
    # EAV(five years) = 3000 - 5000 / a(10%, 5); EAV(today) = -1000: the difference is
    # 4000 - 5000 / 3.790787 = 2,681.01
    annuity = sum((Fraction(10, 11) ** t for t in range(1, 6)), Fraction(0))
    exact = 4000 - Fraction(5000) / annuity
    assert abs(Fraction(case.equivalent_annual_value) - exact) < Fraction(1, 10**12)
    assert round(float(exact), 2) == 2681.01
    rows = {row.key: row for row in comparison.incremental_rows}
    assert rows["equivalent_annual_value"].values == (case.equivalent_annual_value,)
    assert rows["total_benefits"].values == (D(15000),)


def test_no_incremental_columns_without_a_baseline() -> None:
    comparison = compare_plans([SWITCH, TODAY])
    assert comparison.against_baseline == () and comparison.incremental_rows == ()
