"""Comparisons like for like: assumptions shown, equivalent annual value across horizons, and
no "best" plan when the discount rates differ. Worked examples checked by hand."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem, RiskAdjustment
from crmdesk.domain.planning.scenarios import compare_plans, equivalent_annual_value

D = Decimal


def plan(name: str, years: int, rate: str, outlay: int, yearly: int, **extra: object) -> BudgetPlan:
    return BudgetPlan(
        name=name,
        horizon_years=years,
        discount_rate=D(rate),
        users=5,
        costs=(CostItem.one_off(CostCategory.LICENCE, D(outlay)),),
        benefits=(BenefitItem.annual(BenefitCategory.REVENUE, D(yearly), 1, years),),
        **extra,  # type: ignore[arg-type]
    )


def test_equivalent_annual_value_by_hand() -> None:
    # -1,000 then 400 a year for 3 years at 10%: NPV = 400 x 2.486852 - 1,000 = -5.259204...
    # annuity factor 1/1.1 + 1/1.21 + 1/1.331 = 2.486852; EAV = NPV / 2.486852 = 400 - 402.1148
    three = compare_plans([plan("a", 3, "0.10", 1000, 400)]).metrics[0]
    factor = sum(Fraction(1) / Fraction(11, 10) ** t for t in (1, 2, 3))
    exact = 400 - 1000 / factor
    assert abs(Fraction(equivalent_annual_value(three)) - exact) < Fraction(1, 10**20)
    assert round(equivalent_annual_value(three), 2) == D("-2.11")


def test_different_horizons_rank_by_equivalent_annual_value_not_npv() -> None:
    # Same rate 10%. Long: -1,000, +300 x 5: NPV 137.24, EAV 36.20.
    # Short: -1,000, +450 x 3: NPV 119.08, EAV 47.89 -> short is better per year.
    long = plan("long", 5, "0.10", 1000, 300)
    short = plan("short", 3, "0.10", 1000, 450)
    comparison = compare_plans([long, short])
    assert comparison.best_npv == 0
    assert comparison.ranked_by == "eav" and comparison.best == 1
    eav = {row.key: row for row in comparison.rows}["equivalent_annual_value"]
    assert [round(v or 0, 2) for v in eav.values] == [D("36.20"), D("47.89")]
    assert "equivalent annual value" in comparison.warnings[0].message


def test_no_best_when_rates_differ_and_npv_when_all_alike() -> None:
    # The case: a 3-year plan at 15% against a 5-year plan at 8%.
    comparison = compare_plans([plan("3y", 3, "0.15", 1000, 600), plan("5y", 5, "0.08", 1000, 300)])
    assert comparison.best is None and comparison.ranked_by is None
    assert any("no plan is named best" in w.message for w in comparison.warnings)
    # no baseline: no sentence about figures against a baseline that are not printed
    assert not any("baseline" in w.message for w in comparison.warnings)
    alike = compare_plans([plan("a", 5, "0.1", 1000, 300), plan("b", 5, "0.1", 1000, 320)])
    assert alike.ranked_by == "npv" and alike.best == 1 and alike.warnings == ()


def test_assumptions_block_shows_rate_horizon_users_and_risk() -> None:
    risky = plan("r", 4, "0.12", 1000, 400, risk_adjustment=RiskAdjustment(D("0.1"), D("0.2")))
    comparison = compare_plans([plan("p", 5, "0.08", 1000, 300), risky])
    rows = {row.key: row for row in comparison.assumptions}
    assert list(rows) == ["discount_rate", "horizon_years", "users", "risk_benefits", "risk_costs"]
    assert rows["discount_rate"].values == (D("0.08"), D("0.12"))
    assert rows["horizon_years"].values == (D(5), D(4))
    assert rows["users"].values == (D(5), D(5))
    assert rows["risk_benefits"].values == (None, D("0.1"))
    note = rows["risk_costs"].notes[0]
    assert rows["risk_costs"].values == (None, D("0.2")) and note is not None
    assert note.message == "none"
