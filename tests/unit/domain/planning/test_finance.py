"""Finance functions against worked examples and a second method (exact fractions, numpy)."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crmdesk.domain.money import format_percent, round_cents
from crmdesk.domain.planning.finance import (
    IrrStatus,
    annuity_factor,
    break_even_annual_benefit,
    cumulative,
    discounted_payback,
    irr,
    mirr,
    npv,
    payback,
    pv,
)

D = Decimal


def flows(*values: float | int | str) -> list[Decimal]:
    return [D(str(v)) for v in values]


def exact_npv(values: list[Decimal], rate: Decimal) -> Fraction:
    """A second NPV, in exact rational arithmetic."""
    r = Fraction(rate)
    return sum((Fraction(v) / (1 + r) ** t for t, v in enumerate(values)), Fraction(0))


def numpy_irrs(values: list[Decimal]) -> list[float]:
    """A second IRR: real positive roots x of sum c_t x^t, mapped to r = 1/x - 1."""
    roots = np.roots([float(v) for v in reversed(values)])
    real = [r.real for r in roots if abs(r.imag) < 1e-9 and r.real > 0]
    return sorted(1 / x - 1 for x in real)


# --- textbook examples (ARCHITECTURE.md) ----------------------------------------------------


def test_textbook_npv_and_irr() -> None:
    values = flows(-100, 50, 50, 50)
    assert round_cents(npv(values, D("0.10"))) == D("24.34")
    result = irr(values)
    assert result.status is IrrStatus.SINGLE
    assert result.value is not None
    assert format_percent(result.value, 4) == "23.3752%"
    assert result.note.message == "23.3752%"
    assert float(result.value) == pytest.approx(numpy_irrs(values)[0], abs=1e-12)


def test_year_zero_is_not_discounted() -> None:
    values = flows(-100, 60, 60)
    assert round_cents(npv(values, D("0.10"))) == D("4.13")  # a spreadsheet's NPV() gives 3.76
    assert abs(npv(values, D("0.10")) - D(float(exact_npv(values, D("0.10"))))) < D("1e-12")
    assert abs(Fraction(npv(values, D("0.10"))) - exact_npv(values, D("0.10"))) < Fraction(
        1, 10**20
    )


def test_pv_and_annuity_factor() -> None:
    assert round_cents(pv(D(121), D("0.10"), 2)) == D("100.00")
    assert pv(D(50), D("0.10"), 0) == D(50)
    expected = sum(Fraction(1) / Fraction(11, 10) ** t for t in range(1, 6))
    assert abs(Fraction(annuity_factor(D("0.10"), 5)) - expected) < Fraction(1, 10**25)
    assert annuity_factor(D(0), 4) == 4


def test_domain_example_of_100_plus_18_a_year_is_computed_correctly() -> None:
    # DOMAIN.md: investment 50 + 30 + 20 = 100, yearly cost 10 + 5 + 3 = 18 (x 10,000 CNY),
    # 10% over 5 years. The source's printed NPV does not add up; the right figures are:
    costs = flows(100, 18, 18, 18, 18, 18)
    pv_costs = npv(costs, D("0.10"))
    assert abs(Fraction(pv_costs) - exact_npv(costs, D("0.10"))) < Fraction(1, 10**20)
    assert round_cents(pv_costs * 10_000) == D("1682341.62")
    level = break_even_annual_benefit(costs, D("0.10"))
    assert level is not None
    # The level benefit that covers it: PV(C) / annuity factor.
    assert round_cents(level * 10_000) == D("443797.48")
    with_benefit = [D(0)] + [level] * 5
    assert abs(npv(with_benefit, D("0.10")) - pv_costs) < D("1e-20")


def test_break_even_needs_a_year_after_year_zero() -> None:
    assert break_even_annual_benefit([D(100)], D("0.1")) is None


# --- IRR: the cases that have no single answer ----------------------------------------------


def test_two_irrs_are_both_reported() -> None:
    values = flows(-100, 230, -132)
    result = irr(values)
    assert result.status is IrrStatus.MULTIPLE
    assert result.value is None
    assert [float(r) for r in result.roots] == pytest.approx([0.10, 0.20], abs=1e-12)
    assert result.note.message == "multiple: 10.0000%, 20.0000%"
    assert [float(r) for r in result.roots] == pytest.approx(numpy_irrs(values), abs=1e-9)


def test_no_real_irr() -> None:
    values = flows(100, -300, 250)  # discriminant 300^2 - 4 * 100 * 250 < 0
    assert numpy_irrs(values) == []
    result = irr(values)
    assert result.status is IrrStatus.NO_REAL_ROOT
    assert result.note.message == "no real IRR"


@pytest.mark.parametrize("values", [flows(-100, -5, -5), flows(10, 20), flows(0, 0, 0)])
def test_irr_undefined_without_a_sign_change(values: list[Decimal]) -> None:
    result = irr(values)
    assert result.status is IrrStatus.NO_SIGN_CHANGE
    assert result.note.message == "undefined: flows never change sign"


def test_a_double_root_is_found_although_npv_does_not_cross_zero() -> None:
    result = irr(flows(-100, 230, "-132.25"))  # NPV touches zero at 15%
    assert result.status is IrrStatus.SINGLE
    assert float(result.value or 0) == pytest.approx(0.15, abs=1e-6)


def test_leading_zero_years_and_negative_irr() -> None:
    assert float(irr(flows(0, -100, 150)).value or 0) == pytest.approx(0.5, abs=1e-12)
    assert float(irr(flows(-100, 90)).value or 0) == pytest.approx(-0.1, abs=1e-12)
    assert float(irr(flows(-100, 0, 0, 0, 0, 1_000_000)).value or 0) == pytest.approx(
        numpy_irrs(flows(-100, 0, 0, 0, 0, 1_000_000))[0], rel=1e-12
    )


def test_mirr_by_hand() -> None:
    # inflows compounded to year 3 at 10%: 50 * 1.21 + 50 * 1.1 + 50 = 165.5; outflow 100.
    value = mirr(flows(-100, 50, 50, 50), D("0.10"))
    assert value is not None
    assert float(value) == pytest.approx(1.655 ** (1 / 3) - 1, abs=1e-15)
    assert mirr(flows(-100, -5), D("0.1")) is None
    assert mirr(flows(100), D("0.1")) is None


# --- payback ---------------------------------------------------------------------------------


def test_payback_interpolates_inside_the_year() -> None:
    result = payback(flows(-100, 60, 60))
    assert result.years == D(1) + D(40) / D(60)
    assert result.final_years == result.years and result.dip_year is None
    assert result.note.message == "Pays back after 1.67 years."


def test_discounted_payback() -> None:
    values = flows(-100, 50, 50, 50)
    result = discounted_payback(values, D("0.10"))
    # discounted cumulative: -100, -54.545, -13.223, +24.343 -> 2 + 13.223/37.566
    expected = 2 + float(
        Fraction(100) - Fraction(50) / Fraction(11, 10) - Fraction(50) / Fraction(121, 100)
    ) / (50 / 1.331)
    assert float(result.years or 0) == pytest.approx(expected, abs=1e-12)


def test_never_paid_back() -> None:
    result = payback(flows(-100, 10, 10, 10))
    assert result.years is None and result.final_years is None
    assert result.note.message == "Not paid back within the 3-year horizon."


def test_cumulative_turning_negative_again_and_recovering() -> None:
    values = flows(-100, 60, 60, -50, -30, 100)
    assert cumulative(values) == flows(-100, -40, 20, -30, -60, 40)
    result = payback(values)
    assert result.years == D(1) + D(40) / D(60)
    assert result.dip_year == 3
    assert result.final_years == D(4) + D(60) / D(100)
    assert "turns negative again in year 3" in result.note.message
    assert "4.60 years" in result.note.message


def test_cumulative_negative_again_at_the_end() -> None:
    result = payback(flows(-100, 60, 60, -50))
    assert result.years is not None and result.final_years is None
    assert result.note.message.endswith("is still negative at the end of the horizon.")


def test_payback_without_an_outlay_or_without_flows() -> None:
    assert payback(flows(0, 10, 10)).years == 0
    assert payback(flows(0, -10, 20)).years == D("1.5")  # the outlay may come after year 0
    empty = payback(flows(0, 0))
    assert empty.years is None and not empty.has_flows


# --- properties ------------------------------------------------------------------------------

money = st.integers(min_value=-(10**7), max_value=10**7).map(lambda c: D(c) / 100)
rates = st.integers(min_value=0, max_value=5000).map(lambda bp: D(bp) / 10_000)


@settings(max_examples=200, deadline=None)
@given(st.lists(money, min_size=2, max_size=11))
def test_npv_at_each_irr_is_zero(values: list[Decimal]) -> None:
    for root in irr(values).roots:
        # "About zero" relative to the size of the discounted terms being summed.
        scale = sum(abs(v) / (1 + root) ** t for t, v in enumerate(values))
        assert abs(npv(values, root)) <= scale * D("1e-9")


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**8),
    st.lists(st.integers(min_value=0, max_value=10**8), min_size=1, max_size=10),
    rates,
    rates,
)
def test_npv_falls_as_the_rate_rises_for_a_conventional_plan(
    outlay: int, returns: list[int], low: Decimal, high: Decimal
) -> None:
    assume(low < high and any(returns))
    values = [D(-outlay)] + [D(r) for r in returns]
    assert npv(values, high) < npv(values, low)


@settings(max_examples=200, deadline=None)
@given(st.lists(money, min_size=1, max_size=11), rates, st.integers(min_value=1, max_value=1000))
def test_scaling_every_amount_scales_npv(values: list[Decimal], rate: Decimal, k: int) -> None:
    scaled = npv([v * k for v in values], rate)
    assert abs(scaled - npv(values, rate) * k) <= D("1e-15") * (1 + abs(scaled))


@settings(max_examples=100, deadline=None)
@given(st.lists(money, min_size=2, max_size=11))
def test_irr_agrees_with_polynomial_roots_in_the_scanned_range(values: list[Decimal]) -> None:
    expected = [r for r in numpy_irrs(values) if -0.98 < r < 9.5]
    # Roots closer together than the scan step may merge; well-separated ones must all be there.
    assume(all(b - a > 0.05 * (1 + a) for a, b in itertools.pairwise(expected)))
    found = [float(r) for r in irr(values).roots]
    for root in expected:
        assert any(abs(root - f) <= 1e-6 * (1 + abs(root)) for f in found)
