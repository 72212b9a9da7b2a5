"""The IRR finder against exact roots: flows built by multiplying out chosen factors.

NPV is a polynomial in x = 1/(1 + r). Choosing the roots x_i = a_i / 10^6 and multiplying
(10^6 x - a_i) out with integers gives flows whose IRRs are exactly 10^6 / a_i - 1, whatever
they are: close together, huge, near -100%, repeated (NPV touching zero). An irreducible
quadratic factor adds sign changes without adding a root; a near-touch (a square plus a
little) has none.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.planning.finance import IrrStatus, irr, npv
from crmdesk.domain.planning.roots import positive_roots

D = Decimal
SCALE = 10**6


def multiply(p: list[int], q: list[int]) -> list[int]:
    """Product of two integer polynomials (lowest degree first)."""
    result = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            result[i + j] += a * b
    return result


def flows_from(numerators: list[int], *extra: list[int]) -> list[Decimal]:
    """Flows c_0..c_n with sum c_t x^t = prod (SCALE x - a) * extra factors."""
    poly = [1]
    for a in numerators:
        poly = multiply(poly, [-a, SCALE])
    for factor in extra:
        poly = multiply(poly, factor)
    return [D(c) for c in poly]


def expected_rates(numerators: list[int]) -> list[Fraction]:
    return sorted({Fraction(SCALE, a) - 1 for a in numerators})


def assert_same_roots(found: tuple[Decimal, ...], numerators: list[int]) -> None:
    expected = expected_rates(numerators)
    assert len(found) == len(expected), (found, expected)
    for rate, exact in zip(found, expected, strict=True):
        # Compare x = 1/(1 + r): relative precision there holds for huge rates and near -100%.
        x_found, x_exact = 1 / (1 + Fraction(rate)), 1 / (1 + exact)
        assert abs(x_found - x_exact) <= Fraction(1, 10**15) * x_exact


def test_both_roots_when_one_is_above_1000_percent() -> None:
    result = irr([D(-1000), D(14000), D(-24000)])
    assert result.status is IrrStatus.MULTIPLE
    assert result.roots == (D(1), D(11))
    assert result.note.message == "multiple: 100.0000%, 1,100.0000%"


def test_roots_half_a_point_apart_are_told_apart() -> None:
    # 10% and 10.5%: (1.1x - 1)(1.105x - 1) = 1.2155x^2 - 2.205x + 1
    result = irr([D(1), D("-2.205"), D("1.2155")])
    assert result.status is IrrStatus.MULTIPLE
    assert result.roots == (D("0.1"), D("0.105"))
    assert result.note.message == "multiple: 10.0000%, 10.5000%"


def test_a_huge_irr_is_not_capped() -> None:
    result = irr([D(-1), D("1e13")])
    assert result.value == D("1e13") - 1


def test_npv_that_never_reaches_zero_has_no_irr() -> None:
    values = [D(-(10**9)), D(2 * 10**9), D("-1000000000.01")]
    result = irr(values)
    assert result.status is IrrStatus.NO_REAL_ROOT
    assert result.roots == ()
    assert npv(values, D(0)) == D("-0.01")  # the closest it gets, at 0%


def test_a_double_root_is_one_irr() -> None:
    result = irr([D(-100), D(200), D(-100)])
    assert result.status is IrrStatus.SINGLE and result.value == 0


@pytest.mark.parametrize(
    "numerators",
    [
        [909_090, 909_091],  # 10.0001% and 10.0000%: a millionth apart
        [1, 2],  # 99,999,900% and 49,999,900%
        [999_000_000, 500_000],  # -99.9% and 100%
        [800_000, 800_000, 800_000],  # a triple root at 25%
        [500_000, 500_000, 250_000, 250_000],  # two double roots
        [1_000_000, 999_999, 1_000_001, 10, 10**9],  # 0% among close and extreme ones
    ],
)
def test_chosen_roots_are_found_exactly(numerators: list[int]) -> None:
    assert_same_roots(irr(flows_from(numerators)).roots, numerators)


def test_an_irreducible_factor_adds_no_root() -> None:
    # x^2 - 1.8x + 0.8101 = (x - 0.9)^2 + 0.0001: comes within 0.0001 of zero, never reaches it.
    near_touch = [810_100, -1_800_000, 1_000_000]
    assert irr(flows_from([], near_touch)).status is IrrStatus.NO_REAL_ROOT
    assert_same_roots(irr(flows_from([700_000], near_touch)).roots, [700_000])


def test_positive_roots_ignores_negative_and_zero_roots() -> None:
    # x (x + 1)(2x - 1): only x = 1/2 is positive.
    poly = [Fraction(c) for c in multiply(multiply([0, 1], [1, 1]), [-1, 2])]
    (root,) = positive_roots(poly)
    assert abs(root - Fraction(1, 2)) < Fraction(1, 10**24)


numerator = st.one_of(
    st.integers(min_value=1, max_value=10**9),  # from -99.9% up to 99,999,900%
    st.integers(min_value=700_000, max_value=1_000_000),  # the everyday 0%..43%
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(numerator, min_size=1, max_size=4),
    st.booleans(),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=1, max_value=3),
)
def test_generated_roots_with_doubles_and_neighbours(
    numerators: list[int], double_first: bool, neighbour_gap: int, sign: int
) -> None:
    chosen = list(numerators)
    if double_first:
        chosen.append(chosen[0])  # NPV touches zero there
    if neighbour_gap:
        chosen.append(chosen[0] + neighbour_gap)  # a root right next to another
    factor = [[1], [2, 3], [-5, 0, 1]][sign - 1]  # no positive root / x = -2/3 / x = sqrt 5
    if sign == 3:
        # sqrt(5) is irrational: check it separately rather than in the exact list
        found = irr(flows_from(chosen, factor)).roots
        sqrt5_rate = 1 / 5**0.5 - 1
        assert any(abs(float(r) - sqrt5_rate) < 1e-12 for r in found)
        rest = tuple(r for r in found if abs(float(r) - sqrt5_rate) >= 1e-12)
        assert_same_roots(rest, chosen)
    else:
        assert_same_roots(irr(flows_from(chosen, factor)).roots, chosen)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=-(10**9), max_value=10**9), min_size=2, max_size=11))
def test_random_flows_agree_with_numpy_on_well_separated_roots(values: list[int]) -> None:
    flows = [D(v) / 100 for v in values]
    coeffs = [float(v) for v in reversed(values)]
    while coeffs and coeffs[0] == 0:
        coeffs.pop(0)
    if len(coeffs) < 2:
        return
    xs = [z.real for z in np.roots(coeffs) if abs(z.imag) < 1e-9 and z.real > 1e-6]
    found = [1 / (1 + float(r)) for r in irr(flows).roots]
    # Every root numpy finds clearly is found; numpy may miss or split close ones, we do not.
    for x in xs:
        if all(abs(x - y) > 1e-3 * x for y in xs if y is not x):
            assert any(abs(x - f) <= 1e-6 * x for f in found), (x, found)
