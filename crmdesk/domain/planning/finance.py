"""Investment arithmetic over yearly cash flows, by the conventions in ARCHITECTURE.md.

``flows[t]`` is the net flow at the end of year t; year 0 is the investment date and is not
discounted. Everything is ``Decimal`` except the IRR root search, which scans and refines in
floats (a polynomial of degree <= 10 is well within double precision) and hands back Decimals.
Notes that the UI or the PDF show are ``Sentence``s in the "Metrics" context.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_percent
from crmdesk.domain.sentence import Sentence, verbatim

ZERO = Decimal(0)
ONE = Decimal(1)


def discount_factor(rate: Decimal, year: int) -> Decimal:
    """1 / (1 + rate)^year; year 0 gives exactly 1."""
    return ONE / (ONE + rate) ** year


def pv(amount: Decimal, rate: Decimal, year: int) -> Decimal:
    """Present value of ``amount`` received at the end of ``year``."""
    return amount / (ONE + rate) ** year


def discounted(flows: Sequence[Decimal], rate: Decimal) -> list[Decimal]:
    """Each flow at its present value."""
    base = ONE + rate
    result: list[Decimal] = []
    factor = ONE
    for flow in flows:
        result.append(flow / factor)
        factor *= base
    return result


def npv(flows: Sequence[Decimal], rate: Decimal) -> Decimal:
    """Net present value: sum of flow_t / (1 + rate)^t, t = 0 undiscounted."""
    return sum(discounted(flows, rate), ZERO)


def cumulative(flows: Sequence[Decimal]) -> list[Decimal]:
    """Running totals of ``flows``."""
    total = ZERO
    result: list[Decimal] = []
    for flow in flows:
        total += flow
        result.append(total)
    return result


def annuity_factor(rate: Decimal, years: int) -> Decimal:
    """Present value of 1 received at the end of each year 1..years."""
    return sum((discount_factor(rate, t) for t in range(1, years + 1)), ZERO)


def break_even_annual_benefit(costs: Sequence[Decimal], rate: Decimal) -> Decimal | None:
    """The level benefit, received every year 1..N, whose present value equals PV(costs).

    ``costs[t]`` are positive cost amounts per year (N = len(costs) - 1). With that benefit and
    no other, NPV = 0. None when there is no year 1 to receive it in.
    """
    years = len(costs) - 1
    if years < 1:
        return None
    return npv(costs, rate) / annuity_factor(rate, years)


def mirr(
    flows: Sequence[Decimal], finance_rate: Decimal, reinvest_rate: Decimal | None = None
) -> Decimal | None:
    """Modified IRR: outflows discounted at ``finance_rate`` to year 0, inflows compounded at
    ``reinvest_rate`` (default: the same) to year N; (FV/PV)^(1/N) - 1.

    None when there is no outflow, no inflow, or no year after year 0.
    """
    reinvest = finance_rate if reinvest_rate is None else reinvest_rate
    years = len(flows) - 1
    outflows = sum((pv(-f, finance_rate, t) for t, f in enumerate(flows) if f < 0), ZERO)
    inflows = sum((f * (ONE + reinvest) ** (years - t) for t, f in enumerate(flows) if f > 0), ZERO)
    if years < 1 or outflows == 0 or inflows == 0:
        return None
    return (inflows / outflows) ** (ONE / Decimal(years)) - ONE


# --- IRR -------------------------------------------------------------------------------------


class IrrStatus(str, Enum):
    """Why there is or is not a single IRR."""

    SINGLE = "single"
    NO_SIGN_CHANGE = "no_sign_change"  # "undefined: flows never change sign"
    NO_REAL_ROOT = "no_real_root"  # "no real IRR"
    MULTIPLE = "multiple"  # "multiple: r1, r2"


_IRR_NO_SIGN_CHANGE = QT_TRANSLATE_NOOP("Metrics", "undefined: flows never change sign")
_IRR_NO_REAL = QT_TRANSLATE_NOOP("Metrics", "no real IRR")
_IRR_MULTIPLE = QT_TRANSLATE_NOOP("Metrics", "multiple: {rates}")
IRR_PLACES = 4  # 23.3752%: the precision the textbook example is quoted to


@dataclass(frozen=True)
class IrrResult:
    """The rate(s) at which NPV = 0, ascending, and a note saying what they mean."""

    status: IrrStatus
    roots: tuple[Decimal, ...]

    @property
    def value(self) -> Decimal | None:
        """The IRR when there is exactly one, else None."""
        return self.roots[0] if self.status is IrrStatus.SINGLE else None

    @property
    def note(self) -> Sentence:
        """ "23.3752%", "undefined: flows never change sign", "no real IRR" or "multiple: ..."."""
        rates = ", ".join(format_percent(r, IRR_PLACES) for r in self.roots)
        if self.status is IrrStatus.SINGLE:
            return verbatim(rates)  # a bare percentage: nothing to translate
        if self.status is IrrStatus.MULTIPLE:
            return Sentence("Metrics", _IRR_MULTIPLE, {"rates": rates})
        if self.status is IrrStatus.NO_SIGN_CHANGE:
            return Sentence("Metrics", _IRR_NO_SIGN_CHANGE)
        return Sentence("Metrics", _IRR_NO_REAL)


# The scan covers rates from -99% to +1,000% on a grid even in ln(1 + r); two roots closer than
# one step (about 1% relative) can be missed, which no real plan comes near.
_SCAN_STEP = 0.01
_SCAN_LOW = math.log(0.01)
_SCAN_HIGH = math.log(11.0)
_SCAN_RATES: tuple[float, ...] = tuple(
    math.expm1(_SCAN_LOW + i * _SCAN_STEP)
    for i in range(int((_SCAN_HIGH - _SCAN_LOW) / _SCAN_STEP) + 1)
)


def _npv_float(coeffs: Sequence[float], rate: float) -> float:
    """NPV via Horner in x = 1/(1+rate): sum c_t x^t."""
    x = 1.0 / (1.0 + rate)
    total = 0.0
    for c in reversed(coeffs):
        total = total * x + c
    return total


def _sign_changes(coeffs: Sequence[float]) -> int:
    signs = [c > 0 for c in coeffs if c != 0]
    return sum(1 for a, b in itertools.pairwise(signs) if a != b)


def _brent(coeffs: Sequence[float], a: float, b: float) -> float:
    """Brent's method (inverse quadratic interpolation, secant, bisection) on a bracket."""
    fa, fb = _npv_float(coeffs, a), _npv_float(coeffs, b)
    if fa == 0:
        return a
    if fb == 0:
        return b
    if abs(fa) < abs(fb):
        a, b, fa, fb = b, a, fb, fa
    c, fc, d = a, fa, b - a
    bisected = True
    for _ in range(200):
        if fa != fc and fb != fc:
            s = (
                a * fb * fc / ((fa - fb) * (fa - fc))
                + b * fa * fc / ((fb - fa) * (fb - fc))
                + c * fa * fb / ((fc - fa) * (fc - fb))
            )
        else:
            s = b - fb * (b - a) / (fb - fa)
        tol = 2e-16 * abs(b) + 1e-15
        out_of_range = not min((3 * a + b) / 4, b) <= s <= max((3 * a + b) / 4, b)
        slow = abs(s - b) >= (abs(b - c) / 2 if bisected else abs(c - d) / 2)
        tiny = abs(b - c) < tol if bisected else abs(c - d) < tol
        bisected = out_of_range or slow or tiny
        if bisected:
            s = (a + b) / 2
        fs = _npv_float(coeffs, s)
        d, c, fc = c, b, fb
        if (fa < 0) != (fs < 0):
            b, fb = s, fs
        else:
            a, fa = s, fs
        if abs(fa) < abs(fb):
            a, b, fa, fb = b, a, fb, fa
        if fb == 0 or abs(b - a) < tol:
            return b
    return b


def _single_root(coeffs: Sequence[float]) -> float:
    """The one root when Descartes' rule guarantees exactly one: widen a bracket from 0%."""
    at_zero = _npv_float(coeffs, 0.0)
    if at_zero == 0:
        return 0.0
    low, high = 0.0, 0.0
    sign_at_zero = at_zero > 0
    if sign_at_zero == (coeffs[0] > 0):
        # NPV at 0% has year 0's sign, so the root is below 0%: walk down towards -100%.
        step = 0.5
        while (_npv_float(coeffs, low) > 0) == sign_at_zero and low > -1 + 1e-12:
            high, low = low, -1 + (1 + low) * step
    else:
        high = 1.0
        while (_npv_float(coeffs, high) > 0) == sign_at_zero and high < 1e12:
            low, high = high, high * 4
    return _brent(coeffs, low, high)


def _touching_root(coeffs: Sequence[float], low: float, high: float) -> float | None:
    """A root where NPV touches zero without crossing (a double root, as in -100, 200, -100).

    Golden-section search for the smallest |NPV| between ``low`` and ``high``; accepted when
    it is zero to within rounding of the flows' size.
    """
    ratio = (math.sqrt(5) - 1) / 2
    for _ in range(100):
        left, right = high - ratio * (high - low), low + ratio * (high - low)
        if abs(_npv_float(coeffs, left)) < abs(_npv_float(coeffs, right)):
            high = right
        else:
            low = left
    best = (low + high) / 2
    scale = sum(abs(c) for c in coeffs)
    return best if abs(_npv_float(coeffs, best)) <= 1e-9 * scale else None


def _scanned_roots(coeffs: Sequence[float]) -> list[float]:
    rates = _SCAN_RATES
    values = [_npv_float(coeffs, rate) for rate in rates]
    roots: list[float] = []
    for i in range(1, len(rates)):
        if values[i] == 0:
            roots.append(rates[i])
        elif values[i - 1] != 0 and (values[i] > 0) != (values[i - 1] > 0):
            roots.append(_brent(coeffs, rates[i - 1], rates[i]))
        elif i + 1 < len(rates) and abs(values[i]) < min(abs(values[i - 1]), abs(values[i + 1])):
            # |NPV| dips towards zero between grid points without changing sign.
            same_side = (values[i - 1] > 0) == (values[i] > 0) == (values[i + 1] > 0)
            touching = _touching_root(coeffs, rates[i - 1], rates[i + 1]) if same_side else None
            if touching is not None:
                roots.append(touching)
    return roots


def irr(flows: Sequence[Decimal]) -> IrrResult:
    """Internal rate(s) of return: the rates r > -100% where NPV(r) = 0.

    Descartes' rule of signs on the flows decides the easy cases: no sign change means no
    IRR; exactly one means exactly one root, bracketed outwards from 0% and refined with
    Brent's method. Otherwise NPV(r) is scanned for sign changes between -99% and +1,000% and
    each one refined; none found is "no real IRR", several are all reported.
    """
    coeffs = [float(f) for f in flows]
    while coeffs and coeffs[0] == 0:
        coeffs.pop(0)  # a factor x^k adds no root with r > -100%
    changes = _sign_changes(coeffs)
    if changes == 0:
        return IrrResult(IrrStatus.NO_SIGN_CHANGE, ())
    roots = [_single_root(coeffs)] if changes == 1 else _scanned_roots(coeffs)
    decimals = tuple(sorted(Decimal(repr(r)) for r in roots))
    if not decimals:
        return IrrResult(IrrStatus.NO_REAL_ROOT, ())
    status = IrrStatus.SINGLE if len(decimals) == 1 else IrrStatus.MULTIPLE
    return IrrResult(status, decimals)


# --- payback ---------------------------------------------------------------------------------

_PAID_BACK = QT_TRANSLATE_NOOP("Metrics", "Pays back after {years} years.")
_AT_ONCE = QT_TRANSLATE_NOOP(
    "Metrics", "Pays back at once: the cumulative cash flow is never negative."
)
_NO_FLOWS = QT_TRANSLATE_NOOP("Metrics", "No cash flows: there is nothing to pay back.")
_NOT_PAID_BACK = QT_TRANSLATE_NOOP("Metrics", "Not paid back within the {horizon}-year horizon.")
_DIPS_THEN_RECOVERS = QT_TRANSLATE_NOOP(
    "Metrics",
    "Pays back after {years} years, but the cumulative cash flow turns negative again in year"
    " {dip_year}; it is back at or above zero for good after {final_years} years.",
)
_DIPS_AT_END = QT_TRANSLATE_NOOP(
    "Metrics",
    "Pays back after {years} years, but the cumulative cash flow turns negative again in year"
    " {dip_year} and is still negative at the end of the horizon.",
)
PAYBACK_PLACES = 2


@dataclass(frozen=True)
class Payback:
    """When the cumulative net cash flow gets back to zero.

    ``years`` is the first time it reaches zero after being negative, interpolated linearly
    inside the year (0 if it is never negative; None if it never gets back within the horizon
    or there are no flows). If it later turns negative again, ``dip_year`` is the first year
    it is negative again and ``final_years`` the last crossing after which it stays at or above
    zero (None if it ends negative). Without a dip, ``final_years`` equals ``years``.
    """

    years: Decimal | None
    final_years: Decimal | None
    dip_year: int | None
    horizon: int
    has_flows: bool = True

    @property
    def note(self) -> Sentence:
        """The explanation shown next to the figure."""
        if not self.has_flows:
            return Sentence("Metrics", _NO_FLOWS)
        if self.years is None:
            return Sentence("Metrics", _NOT_PAID_BACK, {"horizon": str(self.horizon)})
        years = f"{self.years:.{PAYBACK_PLACES}f}"
        if self.dip_year is None:
            if self.years == 0:
                return Sentence("Metrics", _AT_ONCE)
            return Sentence("Metrics", _PAID_BACK, {"years": years})
        params: dict[str, str | Sentence] = {"years": years, "dip_year": str(self.dip_year)}
        if self.final_years is None:
            return Sentence("Metrics", _DIPS_AT_END, params)
        params["final_years"] = f"{self.final_years:.{PAYBACK_PLACES}f}"
        return Sentence("Metrics", _DIPS_THEN_RECOVERS, params)


def _crossing(totals: Sequence[Decimal], year: int) -> Decimal:
    """Interpolated time inside ``year`` at which the running total reaches zero."""
    before, after = totals[year - 1], totals[year]
    return Decimal(year - 1) + (-before) / (after - before)


def payback(flows: Sequence[Decimal]) -> Payback:
    """Payback period of yearly net flows (see ``Payback``); flows[0] is the investment date."""
    horizon = len(flows) - 1
    if all(f == 0 for f in flows):
        return Payback(None, None, None, horizon, has_flows=False)
    totals = cumulative(flows)
    # A crossing is a year whose total is >= 0 while the previous year's total was negative.
    crossings = [t for t in range(1, len(totals)) if totals[t] >= 0 > totals[t - 1]]
    if totals[0] >= 0 and not any(total < 0 for total in totals):
        return Payback(ZERO, ZERO, None, horizon)
    if not crossings:
        return Payback(None, None, None, horizon)
    first = crossings[0]
    years = _crossing(totals, first)
    dip_year = next((t for t in range(first + 1, len(totals)) if totals[t] < 0), None)
    if dip_year is None:
        return Payback(years, years, None, horizon)
    final = crossings[-1]
    if final < dip_year or totals[-1] < 0:
        return Payback(years, None, dip_year, horizon)
    return Payback(years, _crossing(totals, final), dip_year, horizon)


def discounted_payback(flows: Sequence[Decimal], rate: Decimal) -> Payback:
    """Payback of the discounted flows: when the cumulative present value reaches zero."""
    return payback(discounted(flows, rate))
