"""Sensitivity: the fast recombination must agree with rebuilding and recomputing the plan."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.estimates import customisation, revenue_uplift, subscription
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.domain.planning.sensitivity import (
    Driver,
    DriverKind,
    analyse_sensitivity,
    default_drivers,
    item_driver,
)
from tests.helpers.plan_strategies import plans

D = Decimal
PLAN = BudgetPlan(
    name="t",
    users=10,
    contingency_rate=D("0.10"),
    costs=(
        subscription(D(100), to_year=5),
        customisation(D(20), D(1500)),
        CostItem.annual(CostCategory.MAINTENANCE, D(3000), 1, 5),
    ),
    benefits=(
        revenue_uplift(D(2_000_000), D("0.05"), D("0.30"), to_year=5),
        BenefitItem.annual(BenefitCategory.TIME_SAVING, D(10000), 1, 5),
    ),
)


def rebuilt_npv(plan: BudgetPlan, key: str, value: Decimal) -> Decimal:
    """The slow, obvious way: change the plan itself and recompute everything."""
    if key == "users":
        # A +/-20% step can land between whole users (12 -> 9.6); NPV is linear in the user
        # count, so interpolate between the two whole counts around it, each rebuilt in full.
        whole = int(value)
        at = [
            compute_metrics(dataclasses.replace(plan, users=u)).base.npv for u in (whole, whole + 1)
        ]
        return at[0] + (value - whole) * (at[1] - at[0])
    if key == "discount_rate":
        return compute_metrics(dataclasses.replace(plan, discount_rate=value)).base.npv
    kind, _, name = key.partition(":")
    if kind == "item":
        side, index = name.rstrip("]").split("[")
        items = list(getattr(plan, side))
        items[int(index)] = dataclasses.replace(
            items[int(index)], amount=items[int(index)].amount * value
        )
        return compute_metrics(dataclasses.replace(plan, **{side: tuple(items)})).base.npv
    side = "costs" if kind == "cost" else "benefits"
    items = [
        dataclasses.replace(i, amount=i.amount * value) if i.category.value == name else i
        for i in getattr(plan, side)
    ]
    return compute_metrics(dataclasses.replace(plan, **{side: tuple(items)})).base.npv


def test_default_drivers_cover_used_categories_users_and_rate() -> None:
    keys = [d.key for d in default_drivers(PLAN)]
    assert keys == [
        "cost:licence",
        "cost:customisation",
        "cost:maintenance",
        "benefit:revenue",
        "benefit:time_saving",
        "users",
        "discount_rate",
    ]
    users = next(d for d in default_drivers(PLAN) if d.key == "users")
    assert (users.low, users.base, users.high) == (D(8), D(10), D(12))  # the same +/-20%
    rate = next(d for d in default_drivers(PLAN) if d.key == "discount_rate")
    assert (rate.low, rate.high) == (D("0.08"), D("0.12"))


def test_swings_match_recomputed_plans_and_are_sorted() -> None:
    analysis = analyse_sensitivity(PLAN)
    assert abs(analysis.base_npv - compute_metrics(PLAN).base.npv) < D("1e-20")
    for result in analysis.results:
        key = result.driver.key
        assert abs(result.npv_low - rebuilt_npv(PLAN, key, result.driver.low)) < D("1e-15")
        assert abs(result.npv_high - rebuilt_npv(PLAN, key, result.driver.high)) < D("1e-15")
    swings = [r.swing for r in analysis.results]
    assert swings == sorted(swings, reverse=True)
    assert analysis.results[0].driver.key == "benefit:revenue"  # 30,000 a year, the biggest


def test_break_even_values_make_npv_zero() -> None:
    analysis = analyse_sensitivity(PLAN)
    for result in analysis.results:
        key, value = result.driver.key, result.break_even
        if key in ("cost:licence", "benefit:revenue", "cost:customisation"):
            assert value is not None
            assert abs(rebuilt_npv(PLAN, key, value)) < D("1e-12"), key
    revenue = next(r for r in analysis.results if r.driver.key == "benefit:revenue")
    assert revenue.break_even_note.message.startswith("NPV is zero at ")
    rate = next(r for r in analysis.results if r.driver.key == "discount_rate")
    assert rate.break_even == compute_metrics(PLAN).base.irr.value
    assert "(the IRR)" in rate.break_even_note.message


def test_users_break_even_is_a_user_count() -> None:
    users = next(r for r in analyse_sensitivity(PLAN).results if r.driver.key == "users")
    assert users.break_even is not None and users.break_even > 10
    assert users.break_even_note.message.endswith("users.")
    # NPV at the (fractional) break-even user count, computed from the flows directly:
    per_user_year = D(100) * 12
    base = compute_metrics(PLAN).base.npv
    annuity = sum(1 / D("1.1") ** t for t in range(1, 6))
    assert abs(base - (users.break_even - 10) * per_user_year * annuity) < D("1e-12")


def test_item_driver_includes_the_contingency_share() -> None:
    driver = item_driver(PLAN, "costs[1]")
    assert driver.kind is DriverKind.FACTOR
    result = analyse_sensitivity(PLAN, [driver]).results[0]
    assert abs(result.npv_high - rebuilt_npv(PLAN, "item:costs[1]", driver.high)) < D("1e-15")
    # Customisation is 30,000 at year 0 plus 10% contingency: +20% costs 6,600 of NPV.
    assert result.swing == D("13200.00")


def test_break_even_above_the_plan_and_out_of_reach() -> None:
    results = {r.driver.key: r for r in analyse_sensitivity(PLAN).results}
    maintenance = results["cost:maintenance"]
    # NPV only reaches zero if maintenance grows many times over.
    assert maintenance.break_even is not None and maintenance.break_even > 5
    assert abs(rebuilt_npv(PLAN, "cost:maintenance", maintenance.break_even)) < D("1e-12")
    benefit_only = BudgetPlan(name="b", benefits=PLAN.benefits)
    revenue = next(
        r for r in analyse_sensitivity(benefit_only).results if r.driver.key == "benefit:revenue"
    )
    assert revenue.break_even is None
    assert revenue.break_even_note.message == "NPV stays positive at any value."
    flat = Driver(
        "cost:hardware", revenue.driver.label, DriverKind.FACTOR, D("0.8"), D(1), D("1.2")
    )
    result = analyse_sensitivity(PLAN, [flat]).results[0]
    assert result.swing == 0 and result.break_even is None
    assert result.break_even_note.message == "NPV does not depend on this driver."


@settings(max_examples=40, deadline=None)
@given(plans(max_items=4))
def test_fast_sensitivity_agrees_with_recomputation_on_any_plan(plan: BudgetPlan) -> None:
    for result in analyse_sensitivity(plan).results:
        key = result.driver.key
        tolerance = D("1e-12") * (1 + abs(result.npv_low))
        assert abs(result.npv_low - rebuilt_npv(plan, key, result.driver.low)) <= tolerance


def test_amount_drivers_move_by_the_same_relative_step_and_say_so() -> None:
    twelve = dataclasses.replace(PLAN, users=12, discount_rate=D("0.01"))
    drivers = {d.key: d for d in default_drivers(twelve)}
    users = drivers["users"]
    assert (users.low, users.high) == (D("9.6"), D("14.4"))  # not 9/15 (+/-25%)
    for driver in drivers.values():
        if driver.kind is not DriverKind.RATE:
            base = driver.base
            assert (base - driver.low) / base == (driver.high - base) / base == D("0.2")
    results = {r.driver.key: r for r in analyse_sensitivity(twelve).results}
    assert results["users"].title.message == "Number of users (±20.00%)"
    # the rate moves in points and cannot go below 0%: 1% -> 0% / 3%
    assert results["discount_rate"].title.message == "Discount rate (−1.00 / +2.00 points)"
    plain = {r.driver.key: r for r in analyse_sensitivity(PLAN).results}
    assert plain["discount_rate"].title.message == "Discount rate (±2.00 points)"
