"""Scenario comparison: the same metrics side by side, and a do-nothing baseline."""

from __future__ import annotations

from decimal import Decimal

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
