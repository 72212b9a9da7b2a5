"""Realised return: measures before and after go-live, benefits realised, payback re-estimated.

Before an upgrade the owner records a baseline (DOMAIN.md: "measure the current system's ROI
as a baseline"): customers, new customers a month, follow-ups done a month, average
resolution time, satisfaction, and a repeat-order rate (the app keeps no orders, so that one is
typed both before and after). Since go-live the app measures the same figures from its own
data. Two benefit categories are turned into money a year with the planner's formulas
(DOMAIN.md, "Benefit formulas"), using the yearly margin per customer the owner states:

- revenue: extra new customers a month x 12 x yearly margin per customer;
- retention: rise of the repeat-order rate (points) x customers x yearly margin per customer.

Time saved is not derived: the app measures how long tickets stay open, not staff hours, and
elapsed time priced as staff time would overstate the saving many times over. Resolution
time and satisfaction are shown next to the baseline as evidence, and the owner can type the
realised time saving.

A figure the owner types for a category overrides the formula; categories nobody measures
are taken as planned and say so. ``re_estimate`` then replaces the plan's costs with actual
spending for finished years and its benefits with the realised ones, and recomputes NPV, ROI,
payback and IRR with the engine's functions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.cashflow import CashFlowTable
from crmdesk.domain.planning.categories import BENEFIT_CATEGORY_LABELS, BenefitCategory
from crmdesk.domain.planning.finance import IrrResult, Payback, irr, npv, payback, round_half_up
from crmdesk.domain.sentence import Sentence, field_error

ZERO = Decimal(0)
ONE = Decimal(1)
MONTHS = Decimal(12)
CHANGE_PLACES = 2  # new customers a month, as the working line prints the change
POINT_PLACES = 1  # repeat-order rate change in percentage points


class Measure(str, Enum):
    CUSTOMERS = "customers"
    NEW_CUSTOMERS_PER_MONTH = "new_customers_per_month"
    FOLLOWUPS_DONE_PER_MONTH = "followups_done_per_month"
    RESOLUTION_HOURS = "avg_resolution_hours"
    SATISFACTION = "satisfaction"
    REPEAT_ORDER_RATE = "repeat_order_rate"


MEASURE_LABELS: dict[Measure, str] = {
    Measure.CUSTOMERS: QT_TRANSLATE_NOOP("Realised", "Customers"),
    Measure.NEW_CUSTOMERS_PER_MONTH: QT_TRANSLATE_NOOP("Realised", "New customers a month"),
    Measure.FOLLOWUPS_DONE_PER_MONTH: QT_TRANSLATE_NOOP("Realised", "Follow-ups done a month"),
    Measure.RESOLUTION_HOURS: QT_TRANSLATE_NOOP("Realised", "Average resolution time (hours)"),
    Measure.SATISFACTION: QT_TRANSLATE_NOOP("Realised", "Average satisfaction (1-5)"),
    Measure.REPEAT_ORDER_RATE: QT_TRANSLATE_NOOP("Realised", "Repeat-order rate"),
}
LOWER_IS_BETTER = frozenset({Measure.RESOLUTION_HOURS})
TYPED_MEASURES = frozenset({Measure.REPEAT_ORDER_RATE})
"""Measures the app cannot compute from its data: the owner types the current value too."""
RATE_MEASURES = frozenset({Measure.REPEAT_ORDER_RATE})
"""Measures that are fractions (0.25 = 25%)."""

_MAX = {Measure.SATISFACTION: Decimal(5), Measure.REPEAT_ORDER_RATE: ONE}
_TOO_BIG = QT_TRANSLATE_NOOP("Validation", "must not be more than {high}")
_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "must not be negative")
_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "is not a known field")

_REVENUE_BASIS = QT_TRANSLATE_NOOP(
    "Realised", "{change} new customers a month more than before x 12 x {margin} margin each"
)
_RETENTION_BASIS = QT_TRANSLATE_NOOP(
    "Realised", "repeat-order rate {change} points x {customers} customers x {margin} margin each"
)
_TYPED_BASIS = QT_TRANSLATE_NOOP("Realised", "figure you entered")
_PLANNED_BASIS = QT_TRANSLATE_NOOP("Realised", "not measured: taken as planned")
_NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "is not a number")
_MISSING_BASIS = QT_TRANSLATE_NOOP("Realised", "not enough data yet: taken as planned")


@dataclass(frozen=True)
class Baseline:
    """What the owner recorded about the time before go-live, and the values that turn
    measure changes into money. Every field may be missing (None or absent)."""

    measures: Mapping[Measure, Decimal] = field(default_factory=dict)
    current: Mapping[Measure, Decimal] = field(default_factory=dict)
    margin_per_customer: Decimal | None = None
    overrides: Mapping[BenefitCategory, Decimal] = field(default_factory=dict)


def parse_decimal_field(value: Any, path: str) -> Decimal:
    """A stored decimal string (or int/Decimal) read back exactly; bool and floats refused."""
    if isinstance(value, bool | float):
        raise field_error(path, _NOT_NUMBER)
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except (ArithmeticError, TypeError, ValueError):
        raise field_error(path, _NOT_NUMBER) from None
    if not number.is_finite():
        raise field_error(path, _NOT_NUMBER)
    return number


def _bounded(value: Any, path: str, high: Decimal | None = None) -> Decimal:
    number = parse_decimal_field(value, path)
    if number < 0:
        raise field_error(path, _NEGATIVE)
    if high is not None and number > high:
        raise field_error(path, _TOO_BIG, high=f"{high:f}")
    return number


def _measure_map(data: Any, path: str) -> dict[Measure, Decimal]:
    if not isinstance(data, Mapping):
        return {}
    result: dict[Measure, Decimal] = {}
    for key, value in data.items():
        try:
            measure = Measure(key)
        except ValueError:
            raise field_error(f"{path}.{key}", _UNKNOWN) from None
        if value is not None and value != "":
            result[measure] = _bounded(value, f"{path}.{key}", _MAX.get(measure))
    return result


def baseline_from_dict(data: Any) -> Baseline:
    """Read the baseline stored with a plan (``{}`` gives an empty baseline).

    Raises ``ValidationError`` naming the field (``measures.satisfaction``) on a bad value.
    """
    if not isinstance(data, Mapping):
        return Baseline()
    overrides: dict[BenefitCategory, Decimal] = {}
    raw_overrides = data.get("realised_overrides") or {}
    for key, value in raw_overrides.items() if isinstance(raw_overrides, Mapping) else ():
        try:
            category = BenefitCategory(key)
        except ValueError:
            raise field_error(f"realised_overrides.{key}", _UNKNOWN) from None
        if value is not None and value != "":
            overrides[category] = parse_decimal_field(value, f"realised_overrides.{key}")
    values = data.get("values") or {}
    margin = values.get("margin_per_customer") if isinstance(values, Mapping) else None
    return Baseline(
        measures=_measure_map(data.get("measures"), "measures"),
        current=_measure_map(data.get("current"), "current"),
        margin_per_customer=None
        if margin in (None, "")
        else _bounded(margin, "values.margin_per_customer"),
        overrides=overrides,
    )


def baseline_to_dict(baseline: Baseline) -> dict[str, Any]:
    """The JSON-ready form stored in ``budget_plans.baseline`` (decimal strings)."""
    values: dict[str, str] = {}
    if baseline.margin_per_customer is not None:
        values["margin_per_customer"] = f"{baseline.margin_per_customer:f}"
    return {
        "measures": {m.value: f"{v:f}" for m, v in baseline.measures.items()},
        "current": {m.value: f"{v:f}" for m, v in baseline.current.items()},
        "values": values,
        "realised_overrides": {c.value: f"{v:f}" for c, v in baseline.overrides.items()},
    }


# --- measures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActualMeasures:
    """What the app measured since go-live over ``months``; ``values`` miss measures it has
    no data for."""

    values: Mapping[Measure, Decimal]
    months: Decimal = ZERO


@dataclass(frozen=True)
class MeasureChange:
    measure: Measure
    baseline: Decimal | None
    actual: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.baseline is None or self.actual is None:
            return None
        return self.actual - self.baseline

    @property
    def ratio(self) -> Decimal | None:
        change = self.change
        return None if change is None or not self.baseline else change / self.baseline

    @property
    def improved(self) -> bool | None:
        """True when the change goes the right way, None when unchanged or unknown."""
        change = self.change
        if not change:
            return None
        return (change < 0) if self.measure in LOWER_IS_BETTER else (change > 0)


def compare_measures(baseline: Baseline, actual: ActualMeasures) -> tuple[MeasureChange, ...]:
    """Every measure, in display order, with its baseline and value since go-live."""
    result = []
    for measure in Measure:
        now = (
            baseline.current.get(measure)
            if measure in TYPED_MEASURES
            else actual.values.get(measure)
        )
        result.append(MeasureChange(measure, baseline.measures.get(measure), now))
    return tuple(result)


# --- realised benefits -----------------------------------------------------------------------


class Source(str, Enum):
    MEASURED = "measured"
    TYPED = "typed"
    PLANNED = "planned"


@dataclass(frozen=True)
class RealisedBenefit:
    """One benefit category: the plan's yearly figure and the realised one, with its basis."""

    category: BenefitCategory
    expected: Decimal
    realised: Decimal
    source: Source
    basis: Sentence

    @property
    def label(self) -> Sentence:
        return Sentence("Plan", BENEFIT_CATEGORY_LABELS[self.category.value])


def _measured(
    category: BenefitCategory,
    baseline: Baseline,
    changes: Mapping[Measure, MeasureChange],
    actual: ActualMeasures,
    currency: str,
) -> tuple[Decimal, Sentence] | None:
    margin = baseline.margin_per_customer
    if category is BenefitCategory.REVENUE:
        change = changes[Measure.NEW_CUSTOMERS_PER_MONTH].change
        if change is None or margin is None:
            return None
        # The working line must reproduce the figure: compute from the change as printed.
        shown = round_half_up(change, CHANGE_PLACES)
        params = {"change": f"{shown:,.{CHANGE_PLACES}f}", "margin": format_money(margin, currency)}
        return shown * MONTHS * margin, Sentence("Realised", _REVENUE_BASIS, params)
    if category is BenefitCategory.RETENTION:
        change = changes[Measure.REPEAT_ORDER_RATE].change
        customers = changes[Measure.CUSTOMERS].actual
        if change is None or customers is None or margin is None:
            return None
        shown = round_half_up(change, POINT_PLACES + 2)  # points to one place, as printed
        counted = round_half_up(customers, 0)
        params = {
            "change": format_percent(shown, POINT_PLACES).rstrip("%"),
            "customers": f"{counted:,f}",
            "margin": format_money(margin, currency),
        }
        return shown * counted * margin, Sentence("Realised", _RETENTION_BASIS, params)
    return None


def realised_benefits(
    expected: Mapping[str, Decimal], baseline: Baseline, actual: ActualMeasures, currency: str
) -> tuple[RealisedBenefit, ...]:
    """Realised yearly benefit per benefit category next to the plan's ``expected`` one.

    ``expected`` is a year's ``benefits_by_category`` from the plan's cash-flow table. A typed
    override wins; otherwise revenue, retention and time saving come from the measures when
    the data and values are there, and everything else is taken as planned.
    """
    changes = {c.measure: c for c in compare_measures(baseline, actual)}
    result = []
    for category in BenefitCategory:
        planned = expected.get(category.value, ZERO)
        if category in baseline.overrides:
            value = baseline.overrides[category]
            result.append(
                RealisedBenefit(
                    category, planned, value, Source.TYPED, Sentence("Realised", _TYPED_BASIS)
                )
            )
            continue
        measured = _measured(category, baseline, changes, actual, currency)
        if measured is not None:
            amount, basis = measured
            result.append(RealisedBenefit(category, planned, amount, Source.MEASURED, basis))
            continue
        formula = category in (BenefitCategory.REVENUE, BenefitCategory.RETENTION)
        missing = Sentence("Realised", _MISSING_BASIS if formula else _PLANNED_BASIS)
        result.append(RealisedBenefit(category, planned, planned, Source.PLANNED, missing))
    return tuple(result)


# --- re-estimate -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReEstimate:
    """The plan's yearly flows with actual costs and realised benefits, and their metrics."""

    costs: tuple[Decimal, ...]
    benefits: tuple[Decimal, ...]
    npv: Decimal
    roi_simple: Decimal | None
    payback: Payback
    irr: IrrResult

    @property
    def nets(self) -> list[Decimal]:
        return [b - c for b, c in zip(self.benefits, self.costs, strict=True)]


def re_estimate(
    table: CashFlowTable,
    actual_costs: Sequence[Decimal],
    years_finished: int,
    realised: Sequence[RealisedBenefit],
) -> ReEstimate:
    """Re-estimate a plan from what has happened so far.

    Costs: actual spending for the ``years_finished`` plan years that are over, the larger of
    actual and budget for the year running now (it is not over yet), the budget afterwards.
    Benefits: from year 1 on, each measured or typed category at its realised yearly figure,
    the others as planned; year 0 as planned.
    """
    horizon = len(table.rows) - 1
    spent = list(actual_costs)[: horizon + 1] + [ZERO] * max(0, horizon + 1 - len(actual_costs))
    costs: list[Decimal] = []
    benefits: list[Decimal] = []
    replaced = {r.category.value: r.realised for r in realised if r.source is not Source.PLANNED}
    for row in table.rows:
        t = row.year
        if t < years_finished:
            costs.append(spent[t])
        elif t == years_finished:
            costs.append(max(spent[t], row.costs))
        else:
            costs.append(row.costs)
        if t == 0:
            benefits.append(row.benefits)
            continue
        benefits.append(
            sum(
                (replaced.get(key, amount) for key, amount in row.benefits_by_category.items()),
                ZERO,
            )
        )
    nets = [b - c for b, c in zip(benefits, costs, strict=True)]
    total_costs = sum(costs, ZERO)
    return ReEstimate(
        costs=tuple(costs),
        benefits=tuple(benefits),
        npv=npv(nets, table.discount_rate),
        roi_simple=(sum(benefits, ZERO) - total_costs) / total_costs if total_costs else None,
        payback=payback(nets),
        irr=irr(nets),
    )
