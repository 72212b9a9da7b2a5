"""Exact isolation of the positive real roots of a polynomial with rational coefficients.

The IRR of yearly flows c_0..c_N are the rates r > -100% with sum c_t x^t = 0 for
x = 1/(1 + r) > 0. This module finds every positive root of that polynomial with exact
``Fraction`` arithmetic, so nothing is missed however close two roots are, however large or
small they are, and a polynomial that only comes near zero has no root:

1. the square-free part Q = P / gcd(P, P') has the same roots, each simple (a double root,
   where NPV touches zero without crossing, becomes an ordinary one);
2. Sturm's theorem counts Q's distinct roots in any interval exactly; bisecting (0, B] with B
   Cauchy's bound on the roots isolates each root in its own interval;
3. each isolating interval is bisected further, still exactly, until it is narrower than a
   relative ``2**-RELATIVE_BITS`` of its ends; the midpoint is the root.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Sequence
from fractions import Fraction

Poly = list[Fraction]  # coefficients, lowest degree first
RELATIVE_BITS = 80  # about 24 significant digits, more than the 6 places the IRR prints


def _trim(poly: Poly) -> Poly:
    while poly and poly[-1] == 0:
        poly = poly[:-1]
    return poly


def evaluate(poly: Sequence[Fraction], x: Fraction) -> Fraction:
    """P(x) by Horner's rule, exactly."""
    total = Fraction(0)
    for c in reversed(poly):
        total = total * x + c
    return total


def _derivative(poly: Poly) -> Poly:
    return [c * t for t, c in enumerate(poly)][1:]


def _divmod(num: Poly, den: Poly) -> tuple[Poly, Poly]:
    num = _trim(list(num))
    den = _trim(den)
    if len(num) < len(den):
        return [], num
    quotient = [Fraction(0)] * (len(num) - len(den) + 1)
    lead = den[-1]
    while len(num) >= len(den) and num:
        shift = len(num) - len(den)
        factor = num[-1] / lead
        quotient[shift] = factor
        for i, c in enumerate(den):
            num[shift + i] -= factor * c
        num = _trim(num[:-1])
    return quotient, num


def _monic(poly: Poly) -> Poly:
    lead = poly[-1]
    return [c / lead for c in poly]


def _gcd(a: Poly, b: Poly) -> Poly:
    a, b = _trim(a), _trim(b)
    while b:
        a, b = b, _divmod(a, b)[1]
    return _monic(a)


def square_free(poly: Poly) -> Poly:
    """P / gcd(P, P'): the same roots, each once."""
    poly = _trim(poly)
    common = _gcd(poly, _derivative(poly))
    return poly if len(common) == 1 else _divmod(poly, common)[0]


def _sturm_chain(poly: Poly) -> list[Poly]:
    chain = [poly, _derivative(poly)]
    while True:
        remainder = _divmod(chain[-2], chain[-1])[1]
        if not remainder:
            return chain
        chain.append([-c for c in remainder])


def _variations(chain: Sequence[Poly], x: Fraction) -> int:
    signs = [v > 0 for v in (evaluate(p, x) for p in chain) if v != 0]
    return sum(1 for a, b in itertools.pairwise(signs) if a != b)


def _cauchy_bound(poly: Poly) -> Fraction:
    lead = abs(poly[-1])
    return 1 + max(abs(c) / lead for c in poly[:-1])


def _integer_poly(poly: Poly) -> list[int]:
    """The same roots with integer coefficients (multiplied by their denominators' LCM)."""
    scale = 1
    for c in poly:
        scale = scale * c.denominator // math.gcd(scale, c.denominator)
    return [int(c * scale) for c in poly]


def _sign_at(poly: Sequence[int], x: Fraction) -> int:
    """The sign of P(x), from sum c_t p^t q^(n-t) in integers (x = p/q, q > 0)."""
    p, q = x.numerator, x.denominator
    total = 0
    power = 1
    for c in reversed(poly):  # Horner on p/q, multiplied through by q^n
        total = total * p + c * power
        power *= q
    return (total > 0) - (total < 0)


def _float_guess(poly: Sequence[int], low: Fraction, high: Fraction, high_sign: int) -> float:
    """A quick estimate of the root by bisection in floats (checked exactly afterwards)."""
    coeffs = [float(c) for c in poly]
    a, b = float(low), float(high)
    for _ in range(200):
        middle = (a + b) / 2
        if not a < middle < b:
            break
        value = 0.0
        for c in reversed(coeffs):
            value = value * middle + c
        if value == 0:
            return middle
        if (value > 0) == (high_sign > 0):
            b = middle
        else:
            a = middle
    return (a + b) / 2


def _narrow(
    poly: Sequence[int], low: Fraction, high: Fraction, high_sign: int
) -> tuple[Fraction, Fraction]:
    """A much narrower bracket around a float estimate, if exact signs confirm it."""
    guess = Fraction(_float_guess(poly, low, high, high_sign))
    for bits in (45, 30, 15):
        width = guess * Fraction(1, 2**bits)
        left, right = max(low, guess - width), min(high, guess + width)
        if (
            left < right
            and _sign_at(poly, left) == -high_sign
            and _sign_at(poly, right) in (high_sign, 0)
        ):
            return left, right
    return low, high


def _refine(poly: Poly, low: Fraction, high: Fraction) -> Fraction:
    """The one simple root in (low, high], to a relative width of 2**-RELATIVE_BITS.

    A float estimate narrows the bracket first when exact signs at its ends confirm it (the
    sign just left of a simple root is the opposite of the sign at ``high``); bisection in
    exact fractions does the rest, so the result never rests on a float.
    """
    integers = _integer_poly(poly)
    high_sign = _sign_at(integers, high)
    if high_sign == 0:
        return high
    with contextlib.suppress(OverflowError):  # beyond a float: bisect exactly throughout
        low, high = _narrow(integers, low, high, high_sign)
    if _sign_at(integers, high) == 0:
        return high
    scale = Fraction(1, 2**RELATIVE_BITS)
    while high - low > scale * low or low == 0:
        middle = (low + high) / 2
        sign = _sign_at(integers, middle)
        if sign == 0:
            return middle
        if sign == high_sign:
            high = middle
        else:
            low = middle
    return (low + high) / 2


def positive_roots(coefficients: Sequence[Fraction]) -> list[Fraction]:
    """Every distinct real root x > 0 of sum c_t x^t, ascending, each to ~24 digits.

    The coefficients must not all be zero.
    """
    poly = _trim(list(coefficients))
    while poly and poly[0] == 0:
        poly = poly[1:]  # a factor x^k: its root x = 0 is not positive
    if len(poly) < 2:
        return []
    signs = [c > 0 for c in poly if c != 0]
    if sum(1 for a, b in itertools.pairwise(signs) if a != b) == 1:
        # Descartes' rule of signs: exactly one positive root, and a simple one.
        return [_refine(poly, Fraction(0), _cauchy_bound(poly))]
    poly = square_free(poly)
    chain = _sturm_chain(poly)
    bound = _cauchy_bound(poly)
    roots: list[Fraction] = []
    stack = [(Fraction(0), bound, _variations(chain, Fraction(0)), _variations(chain, bound))]
    while stack:
        low, high, v_low, v_high = stack.pop()
        count = v_low - v_high
        if count == 0:
            continue
        if count == 1:
            roots.append(_refine(poly, low, high))
            continue
        middle = (low + high) / 2
        v_middle = _variations(chain, middle)
        stack.append((low, middle, v_low, v_middle))
        stack.append((middle, high, v_middle, v_high))
    return sorted(roots)
