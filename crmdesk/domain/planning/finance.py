"""Investment arithmetic over yearly cash flows, by the conventions in ARCHITECTURE.md.

``flows[t]`` is the net flow at the end of year t; year 0 is the investment date and is not
discounted. Everything is ``Decimal``; the IRR's roots are isolated with exact fractions
(``roots.py``) and handed back as Decimals.
Notes that the UI or the PDF show are ``Sentence``s in the "Metrics" context.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import Enum
from fractions import Fraction

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_percent
from crmdesk.domain.planning.roots import positive_roots
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


def exact_npv(flows: Sequence[Decimal], rate: Decimal) -> Fraction:
    """NPV in exact fractions, for verdicts that must not hang on the 28th digit."""
    base = 1 + Fraction(rate)
    return sum((Fraction(flow) / base**t for t, flow in enumerate(flows)), Fraction(0))


def cumulative(flows: Sequence[Decimal]) -> list[Decimal]:
    """Running totals of ``flows``."""
    total = ZERO
    result: list[Decimal] = []
    for flow in flows:
        total += flow
        result.append(total)
    return result


@dataclass(frozen=True)
class FundingNeed:
    """The deepest point of the cumulative net cash flow: how much money the plan needs before
    it pays for itself (``amount``, positive) and the end of which year that is (``year``,
    the first if it is reached more than once)."""

    amount: Decimal
    year: int


def funding_need(flows: Sequence[Decimal]) -> FundingNeed | None:
    """What a lender asks first; None when the cumulative flow is never negative."""
    totals = cumulative(flows)
    if not totals or min(totals) >= 0:
        return None
    deepest = min(totals)
    return FundingNeed(-deepest, totals.index(deepest))


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


def _rate_of(x: Fraction) -> Decimal:
    """r = 1/x - 1 as a Decimal of 20 significant digits."""
    rate = 1 / x - 1
    with localcontext() as context:
        context.prec = 20
        return Decimal(rate.numerator) / Decimal(rate.denominator)


def irr(flows: Sequence[Decimal]) -> IrrResult:
    """Internal rate(s) of return: every rate r > -100% where NPV(r) = 0, ascending.

    NPV is a polynomial in x = 1/(1 + r); ``roots.positive_roots`` isolates every one of its
    positive roots exactly (square-free part, Sturm sequence, exact bisection), so close roots
    are told apart, there is no cap on how large a rate can be, a double root (NPV touching
    zero) is found, and NPV that only comes near zero has none. Flows that never change sign
    have no IRR; flows that do but whose NPV has no root have "no real IRR".
    """
    coeffs = [Fraction(f) for f in flows]
    signs = [c > 0 for c in coeffs if c != 0]
    if not any(a != b for a, b in itertools.pairwise(signs)):
        return IrrResult(IrrStatus.NO_SIGN_CHANGE, ())
    rates = tuple(sorted(_rate_of(x) for x in positive_roots(coeffs)))
    if not rates:
        return IrrResult(IrrStatus.NO_REAL_ROOT, ())
    status = IrrStatus.SINGLE if len(rates) == 1 else IrrStatus.MULTIPLE
    return IrrResult(status, rates)


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
_MAX_YEAR_PLACES = 12
_ONE_YEAR = Decimal(1)


def year_places(years: Decimal) -> int:
    """Places to print a payback with: two, or more when two would round a time just over a
    year to "1.00" (1.004 years prints "1.004", so it never reads like the 12-month limit)."""
    places = PAYBACK_PLACES
    while (
        places < _MAX_YEAR_PLACES
        and years != _ONE_YEAR
        and round_half_up(years, places) == _ONE_YEAR
    ):
        places += 1
    return places


def round_half_up(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half-up to ``places`` decimals (the one rounding rule of every text)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) + 0


def format_years(years: Decimal) -> str:
    """A payback time as text: half-up to two places (more next to one year, see above)."""
    return f"{round_half_up(years, year_places(years)):f}"


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
        years = format_years(self.years)
        if self.dip_year is None:
            if self.years == 0:
                return Sentence("Metrics", _AT_ONCE)
            return Sentence("Metrics", _PAID_BACK, {"years": years})
        params: dict[str, str | Sentence] = {"years": years, "dip_year": str(self.dip_year)}
        if self.final_years is None:
            return Sentence("Metrics", _DIPS_AT_END, params)
        params["final_years"] = format_years(self.final_years)
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
