"""Check verdicts decided on exact values, payback judged on the final crossing, one rounding.

Worked examples from issue 20 and property tests that compare each verdict with the same
rule evaluated in exact fractions, independently of the engine's Decimal arithmetic.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.checks import CheckResult
from crmdesk.domain.planning.finance import format_years, payback
from crmdesk.domain.planning.metrics import compute_metrics, metrics_to_json
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from tests.helpers.plans import make_plan

D = Decimal
LICENCE = CostCategory.LICENCE
REVENUE = BenefitCategory.REVENUE


def checks_of(p: BudgetPlan) -> dict[str, CheckResult]:
    return {c.id: c for c in compute_metrics(p).checks}


def flows_plan(*nets: str, rate: str = "0.10") -> BudgetPlan:
    """A plan whose yearly net flows are ``nets`` (negative = a cost that year)."""
    costs = tuple(CostItem.one_off(LICENCE, -D(n), t) for t, n in enumerate(nets) if D(n) < 0)
    benefits = tuple(
        BenefitItem.one_off(REVENUE, D(n), t) for t, n in enumerate(nets) if D(n) > 0 and t
    )
    return make_plan(*costs, benefits=benefits, horizon_years=len(nets) - 1, discount_rate=D(rate))


def test_a_plan_that_never_pays_back_for_good_fails_the_12_month_check() -> None:
    # Cumulative -10,000, 13,000, -200: zero at 10,000/23,000 = 0.43 years, then negative.
    plan = flows_plan("-10000", "23000", "-13200")
    result = checks_of(plan)["payback_within_12_months"]
    assert result.passed is False
    assert result.params == {"years": "0.43", "dip_year": "2"}
    assert "does not pay back" in result.message


def test_a_dip_that_recovers_is_judged_on_the_final_crossing() -> None:
    # Cumulative -100, 50, -10, 30: final crossing at 2 + 10/40 = 2.25 years.
    result = checks_of(flows_plan("-100", "150", "-60", "40"))["payback_within_12_months"]
    assert result.passed is False and result.params == {"years": "2.25"}


def test_payback_rounds_half_up_in_json_notes_and_checks_alike() -> None:
    # -900 at 0, 800 in year 1, 800 in year 2: 1 + 100/800 = 1.125 years exactly (banker's
    # rounding would print 1.12, the JSON's half-up 1.13).
    plan = flows_plan("-900", "800", "800")
    metrics = compute_metrics(plan)
    assert metrics.base.payback.years == D("1.125")
    data = json.loads(json.dumps(metrics_to_json(metrics)))
    assert data["payback_years"] == 1.13
    assert "1.13 years" in data["payback_note"]
    check = {c.id: c for c in metrics.checks}["payback_within_12_months"]
    assert check.params["years"] == "1.13" and check.passed is False


def test_a_payback_just_over_a_year_never_reads_as_one_year() -> None:
    # -1000, 996, 1000: 1 + 4/1000 = 1.004 years.
    plan = flows_plan("-1000", "996", "1000")
    metrics = compute_metrics(plan)
    check = {c.id: c for c in metrics.checks}["payback_within_12_months"]
    assert check.passed is False and check.params["years"] == "1.004"
    assert metrics_to_json(metrics)["payback_years"] == 1.004
    assert format_years(D(1)) == "1.00" and format_years(D("0.9999")) == "0.9999"
    assert format_years(D("1.0049")) == "1.005" and format_years(D("1.005")) == "1.01"


def test_benefits_exactly_twice_the_costs_pass() -> None:
    # PV(B) 3,471.07 against PV(C) 1,735.54 in the report: exactly twice in fractions.
    costs = (CostItem.one_off(LICENCE, D("1000"), 1), CostItem.one_off(LICENCE, D("1100"), 3))
    benefits = (
        BenefitItem.one_off(REVENUE, D("2000"), 1),
        BenefitItem.one_off(REVENUE, D("2200"), 3),
    )
    for rate in ("0.07", "0.0825", "0.10", "0.1234", "0.3"):
        plan = make_plan(*costs, benefits=benefits, discount_rate=D(rate))
        assert checks_of(plan)["benefits_twice_costs"].passed is True, rate


def test_maintenance_missing_altogether_fails() -> None:
    plan = make_plan(CostItem.one_off(CostCategory.CUSTOMISATION, D(120_000)))
    result = checks_of(plan)["maintenance_share_plausible"]
    assert result.passed is False
    assert result.params == {"labour": "¥120,000.00"}
    assert "no maintenance at all" in result.message


amounts = st.integers(min_value=1, max_value=10**9).map(lambda c: D(c) / 100)
rates = st.integers(min_value=0, max_value=9999).map(lambda bp: D(bp) / 10_000)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), amounts), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(1, 3), amounts), min_size=1, max_size=4),
    rates,
    st.booleans(),
)
def test_twice_costs_verdict_agrees_with_exact_fractions(
    cost_items: list[tuple[int, Decimal]],
    benefit_items: list[tuple[int, Decimal]],
    rate: Decimal,
    make_exact: bool,
) -> None:
    if make_exact:  # benefits exactly twice each cost, in the same year (but not year 0)
        benefit_items = [(max(t, 1), a * 2) for t, a in cost_items]
        cost_items = [(max(t, 1), a) for t, a in cost_items]
    plan = make_plan(
        *(CostItem.one_off(LICENCE, a, t) for t, a in cost_items),
        benefits=tuple(BenefitItem.one_off(REVENUE, a, t) for t, a in benefit_items),
        discount_rate=rate,
    )
    base = 1 + Fraction(rate)
    pv_b = sum(Fraction(a) / base**t for t, a in benefit_items)
    pv_c = sum(Fraction(a) / base**t for t, a in cost_items)
    assert checks_of(plan)["benefits_twice_costs"].passed is (pv_b >= 2 * pv_c)
    if make_exact:
        assert checks_of(plan)["benefits_twice_costs"].passed is True


def exact_final_crossing(nets: list[Fraction]) -> Fraction | None:
    """The last time the running total reaches zero from below and stays >= 0 (or 0)."""
    totals = [sum(nets[: t + 1]) for t in range(len(nets))]
    if all(total >= 0 for total in totals):
        return Fraction(0)
    if totals[-1] < 0:
        return None
    last = max(t for t in range(len(totals)) if totals[t] < 0)
    before, after = totals[last], totals[last + 1]
    return last + (-before) / (after - before)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(10**6), 10**6), min_size=2, max_size=6))
def test_payback_check_agrees_with_the_exact_final_crossing(values: list[int]) -> None:
    nets = [str(D(v) / 100) for v in values]
    if all(D(n) == 0 for n in nets) or D(nets[0]) > 0:
        return  # no flows / a benefit in year 0 cannot be built from items
    result = checks_of(flows_plan(*nets))["payback_within_12_months"]
    final = exact_final_crossing([Fraction(n) for n in nets])
    expected = final is not None and final <= 1
    assert result.passed is expected
    engine = payback([D(n) for n in nets])
    if final is not None and engine.final_years is not None:
        assert abs(Fraction(engine.final_years) - final) < Fraction(1, 10**20)
