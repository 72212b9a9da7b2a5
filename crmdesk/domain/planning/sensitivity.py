"""How much NPV moves when one driver moves: low/base/high per driver, for a tornado chart.

A driver is one of
- ``cost:<category>`` / ``benefit:<category>``: a factor on a whole category (licence price,
  customisation days, uplift %, since every item in the category scales with them);
- ``item:costs[i]`` / ``item:benefits[i]``: a factor on one item (one customisation job);
- ``users``: the plan's user count (scales the per-user-priced costs);
- ``discount_rate``.
Each is evaluated on its own with the others at base, by recombining the per-category flows
(no pass over the items), and gets a break-even value: the driver value at which NPV = 0.
NPV is linear in every driver but the rate, so that value is exact; for the rate it is the IRR.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_percent
from crmdesk.domain.planning.cashflow import (
    Adjustment,
    FlowComponents,
    flow_components,
    item_flows,
    net_flows,
)
from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    COST_CATEGORY_LABELS,
    BenefitCategory,
    CostCategory,
)
from crmdesk.domain.planning.finance import irr, npv
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.domain.sentence import Sentence

ZERO = Decimal(0)
ONE = Decimal(1)
DEFAULT_SPREAD = Decimal("0.20")
# The user count is an amount driver like the others: the same relative step, so the bars
# compare (it was +/-25% rounded to whole users, 12 -> 9/15). Fractional users are fine: the
# per-user flows scale linearly.
DEFAULT_USERS_SPREAD = DEFAULT_SPREAD
DEFAULT_RATE_SPREAD = Decimal("0.02")  # stated in percentage points
CONTEXT = "Sensitivity"


class DriverKind(str, Enum):
    """The unit of a driver's values: a factor on planned amounts, users, or a rate."""

    FACTOR = "factor"
    USERS = "users"
    RATE = "rate"


@dataclass(frozen=True)
class Driver:
    """A driver and the values tried: ``low`` and ``high`` around ``base`` (1 for factors)."""

    key: str
    label: Sentence
    kind: DriverKind
    low: Decimal
    base: Decimal
    high: Decimal


_RANGE_RELATIVE = QT_TRANSLATE_NOOP("Sensitivity", "{driver} (±{step})")
_RANGE_RELATIVE_UNEVEN = QT_TRANSLATE_NOOP("Sensitivity", "{driver} (−{down} / +{up})")
_RANGE_POINTS = QT_TRANSLATE_NOOP("Sensitivity", "{driver} (±{points} points)")
_RANGE_POINTS_UNEVEN = QT_TRANSLATE_NOOP("Sensitivity", "{driver} (−{down} / +{up} points)")


def _points(rate: Decimal) -> str:
    return format_percent(rate, 2).rstrip("%")


def driver_title(driver: Driver) -> Sentence:
    """The driver with the range it is moved over: "Costs: Licence (±20%)", "Discount rate
    (±2.00 points)". Amount drivers move by a relative step, rates by percentage points."""
    params: dict[str, str | Sentence] = {"driver": driver.label}
    if driver.kind is DriverKind.RATE:
        down, up = driver.base - driver.low, driver.high - driver.base
        if down == up:
            params["points"] = _points(up)
            return Sentence(CONTEXT, _RANGE_POINTS, params)
        params.update(down=_points(down), up=_points(up))
        return Sentence(CONTEXT, _RANGE_POINTS_UNEVEN, params)
    base = driver.base or ONE
    down, up = (driver.base - driver.low) / base, (driver.high - driver.base) / base
    if down == up:
        params["step"] = format_percent(up, 2)
        return Sentence(CONTEXT, _RANGE_RELATIVE, params)
    params.update(down=format_percent(down, 2), up=format_percent(up, 2))
    return Sentence(CONTEXT, _RANGE_RELATIVE_UNEVEN, params)


@dataclass(frozen=True)
class DriverResult:
    """NPV at the driver's low and high values, the swing, and the break-even value."""

    driver: Driver
    npv_low: Decimal
    npv_high: Decimal
    break_even: Decimal | None
    break_even_note: Sentence

    @property
    def title(self) -> Sentence:
        """The driver's label with its range (``driver_title``): what a bar is labelled."""
        return driver_title(self.driver)

    @property
    def swing(self) -> Decimal:
        """How far NPV moves between the low and the high value (the tornado bar's length)."""
        return abs(self.npv_high - self.npv_low)


@dataclass(frozen=True)
class SensitivityAnalysis:
    """Results sorted by swing, largest first: the order of a tornado chart's bars."""

    base_npv: Decimal
    results: tuple[DriverResult, ...]


_COST_DRIVER = QT_TRANSLATE_NOOP("Sensitivity", "Costs: {category}")
_BENEFIT_DRIVER = QT_TRANSLATE_NOOP("Sensitivity", "Benefits: {category}")
_ITEM_DRIVER = QT_TRANSLATE_NOOP("Sensitivity", "Item: {item}")
_USERS_DRIVER = QT_TRANSLATE_NOOP("Sensitivity", "Number of users")
_RATE_DRIVER = QT_TRANSLATE_NOOP("Sensitivity", "Discount rate")
_BE_FACTOR = QT_TRANSLATE_NOOP("Sensitivity", "NPV is zero at {percent} of the planned amount.")
_BE_USERS = QT_TRANSLATE_NOOP("Sensitivity", "NPV is zero at {users} users.")
_BE_RATE = QT_TRANSLATE_NOOP("Sensitivity", "NPV is zero at a discount rate of {rate} (the IRR).")
_BE_RATE_NONE = QT_TRANSLATE_NOOP("Sensitivity", "No single break-even rate: IRR {note}.")
_BE_FLAT = QT_TRANSLATE_NOOP("Sensitivity", "NPV does not depend on this driver.")
_BE_POSITIVE = QT_TRANSLATE_NOOP("Sensitivity", "NPV stays positive at any value.")
_BE_NEGATIVE = QT_TRANSLATE_NOOP("Sensitivity", "NPV stays negative at any value.")


def _factor_driver(key: str, label: Sentence, spread: Decimal) -> Driver:
    return Driver(key, label, DriverKind.FACTOR, ONE - spread, ONE, ONE + spread)


def default_drivers(
    plan: BudgetPlan,
    components: FlowComponents | None = None,
    *,
    spread: Decimal = DEFAULT_SPREAD,
    users_spread: Decimal = DEFAULT_USERS_SPREAD,
    rate_spread: Decimal = DEFAULT_RATE_SPREAD,
) -> tuple[Driver, ...]:
    """A driver for every cost and benefit category the plan uses (factors 1 +/- ``spread``),
    for the user count if some items are priced per user (+/- ``users_spread``, the same
    relative step by default), and for the discount rate (+/- ``rate_spread`` percentage
    points, not below 0)."""
    flows = components or flow_components(plan)
    drivers: list[Driver] = []
    for cost, row in flows.costs.items():
        if any(row):
            label = Sentence(CONTEXT, _COST_DRIVER, {"category": _cost_label(cost)})
            drivers.append(_factor_driver(f"cost:{cost.value}", label, spread))
    for benefit, row in flows.benefits.items():
        if any(row):
            label = Sentence(CONTEXT, _BENEFIT_DRIVER, {"category": _benefit_label(benefit)})
            drivers.append(_factor_driver(f"benefit:{benefit.value}", label, spread))
    per_user = (*flows.per_user_costs.values(), *flows.per_user_benefits.values())
    if plan.users and any(any(row) for row in per_user):
        users = Decimal(plan.users)
        low, high = users * (ONE - users_spread), users * (ONE + users_spread)
        label = Sentence(CONTEXT, _USERS_DRIVER)
        drivers.append(Driver("users", label, DriverKind.USERS, low, users, high))
    rate = plan.discount_rate
    drivers.append(
        Driver(
            "discount_rate",
            Sentence(CONTEXT, _RATE_DRIVER),
            DriverKind.RATE,
            max(ZERO, rate - rate_spread),
            rate,
            rate + rate_spread,
        )
    )
    return tuple(drivers)


def item_driver(plan: BudgetPlan, path: str, spread: Decimal = DEFAULT_SPREAD) -> Driver:
    """A factor driver on one item, ``path`` being ``costs[i]`` or ``benefits[i]``."""
    item = _item(plan, path)
    name = item.label or item.sub_item or item.category.value
    label = Sentence(CONTEXT, _ITEM_DRIVER, {"item": name})
    return _factor_driver(f"item:{path}", label, spread)


def _cost_label(category: CostCategory) -> Sentence:
    return Sentence("Plan", COST_CATEGORY_LABELS[category.value])


def _benefit_label(category: BenefitCategory) -> Sentence:
    return Sentence("Plan", BENEFIT_CATEGORY_LABELS[category.value])


def _item(plan: BudgetPlan, path: str) -> CostItem | BenefitItem:
    side, _, rest = path.partition("[")
    items: Sequence[CostItem | BenefitItem] = plan.costs if side == "costs" else plan.benefits
    index = int(rest.rstrip("]")) if rest.rstrip("]").isdigit() else -1
    if side not in ("costs", "benefits") or not 0 <= index < len(items):
        raise KeyError(path)
    return items[index]


class _Evaluator:
    """NPV of the plan with one driver set to a value, the rest at base."""

    def __init__(self, plan: BudgetPlan, components: FlowComponents) -> None:
        self.plan = plan
        self.components = components
        self.base_nets = net_flows(components)

    def nets(self, key: str, value: Decimal) -> list[Decimal]:
        kind, _, name = key.partition(":")
        if key == "users":
            factor = value / self.plan.users if self.plan.users else ONE
            return net_flows(self.components, Adjustment(users_factor=factor))
        if kind == "cost":
            return net_flows(self.components, Adjustment(cost_factors={CostCategory(name): value}))
        if kind == "benefit":
            adjustment = Adjustment(benefit_factors={BenefitCategory(name): value})
            return net_flows(self.components, adjustment)
        if kind == "item":
            return self._item_nets(name, value)
        raise KeyError(key)

    def _item_nets(self, path: str, value: Decimal) -> list[Decimal]:
        item = _item(self.plan, path)
        flows = item_flows(item, self.plan.users, self.plan.horizon_years)
        change = value - ONE
        if isinstance(item, BenefitItem):
            return [n + change * f for n, f in zip(self.base_nets, flows, strict=True)]
        nets = [n - change * f for n, f in zip(self.base_nets, flows, strict=True)]
        # The contingency reserve follows year-0 costs, so a year-0 cost item moves it too.
        nets[0] -= self.components.contingency_rate * change * flows[0]
        return nets

    def npv(self, key: str, value: Decimal) -> Decimal:
        if key == "discount_rate":
            return npv(self.base_nets, value)
        return npv(self.nets(key, value), self.plan.discount_rate)


def _linear_break_even(
    driver: Driver, base_npv: Decimal, other_value: Decimal, other_npv: Decimal
) -> tuple[Decimal | None, Sentence]:
    """Where the straight line through (base, base_npv) and (other, other_npv) crosses zero."""
    if other_value == driver.base or other_npv == base_npv:
        return None, Sentence(CONTEXT, _BE_FLAT)
    slope = (other_npv - base_npv) / (other_value - driver.base)
    value = driver.base - base_npv / slope
    if value < 0:
        at_zero = base_npv - slope * driver.base
        return None, Sentence(CONTEXT, _BE_POSITIVE if at_zero > 0 else _BE_NEGATIVE)
    if driver.kind is DriverKind.USERS:
        users = f"{value.quantize(Decimal('0.1'), ROUND_HALF_UP)}"
        return value, Sentence(CONTEXT, _BE_USERS, {"users": users})
    return value, Sentence(CONTEXT, _BE_FACTOR, {"percent": format_percent(value, 2)})


def analyse_sensitivity(
    plan: BudgetPlan,
    drivers: Sequence[Driver] | None = None,
    components: FlowComponents | None = None,
) -> SensitivityAnalysis:
    """NPV at each driver's low and high value and its break-even value, largest swing first.

    ``drivers`` defaults to ``default_drivers(plan)``; pass ``PlanMetrics.components`` as
    ``components`` to skip re-reading the items.
    """
    flows = components or flow_components(plan)
    evaluator = _Evaluator(plan, flows)
    base_npv = npv(evaluator.base_nets, plan.discount_rate)
    results: list[DriverResult] = []
    for driver in drivers if drivers is not None else default_drivers(plan, flows):
        npv_low = evaluator.npv(driver.key, driver.low)
        npv_high = evaluator.npv(driver.key, driver.high)
        if driver.kind is DriverKind.RATE:
            found = irr(evaluator.base_nets)
            if found.value is None:
                note = Sentence(CONTEXT, _BE_RATE_NONE, {"note": found.note})
            else:
                rate = format_percent(found.value, 2)
                note = Sentence(CONTEXT, _BE_RATE, {"rate": rate})
            break_even = found.value
        elif driver.high != driver.base:
            break_even, note = _linear_break_even(driver, base_npv, driver.high, npv_high)
        else:
            break_even, note = _linear_break_even(driver, base_npv, driver.low, npv_low)
        results.append(DriverResult(driver, npv_low, npv_high, break_even, note))
    results.sort(key=lambda r: (-r.swing, r.driver.key))
    return SensitivityAnalysis(base_npv, tuple(results))
