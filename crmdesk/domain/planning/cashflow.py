"""From plan items to the yearly cash-flow table, by category.

Flows are built in two steps. ``flow_components`` turns every item into yearly amounts and
adds them up per category (the only step that touches all items). ``build_table`` combines
the per-category rows with optional factors (risk adjustment, sensitivity drivers) and adds
the contingency line, so a what-if costs a few dozen additions instead of a pass over the
items.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    CONTINGENCY,
    COST_CATEGORY_LABELS,
    BenefitCategory,
    CostCategory,
    ItemKind,
)
from crmdesk.domain.planning.finance import cumulative, discounted
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem

ZERO = Decimal(0)
ONE = Decimal(1)
MONTHS = Decimal(12)


def item_flows(item: CostItem | BenefitItem, users: int, horizon: int) -> list[Decimal]:
    """The item's amount in each year 0..horizon (escalation and ramp applied, unrounded).

    ``users`` is the plan's; a per_user_month item with its own ``users`` uses that instead.
    """
    flows = [ZERO] * (horizon + 1)
    if item.kind is ItemKind.ONE_OFF:
        if item.year is not None and item.year <= horizon:
            flows[item.year] = item.amount
        return flows
    if item.from_year is None or item.to_year is None:
        return flows
    base = item.amount
    if item.kind is ItemKind.PER_USER_MONTH:
        base = base * (item.users if item.users is not None else users) * MONTHS
    growth = ONE + item.escalation
    factor = ONE
    for year in range(item.from_year, min(item.to_year, horizon) + 1):
        flows[year] = base * factor * item.ramp_factor(year)
        factor *= growth
    return flows


def _add(total: list[Decimal], flows: Sequence[Decimal], scale: Decimal = ONE) -> None:
    for year, amount in enumerate(flows):
        if amount:
            total[year] += amount * scale


@dataclass(frozen=True)
class FlowComponents:
    """Yearly amounts per category, before contingency and any adjustment.

    ``per_user_costs``/``per_user_benefits`` are the parts of each category that scale with
    the plan's user count (per_user_month items without their own ``users``): the "users"
    sensitivity driver scales just those parts.
    """

    horizon: int
    costs: Mapping[CostCategory, tuple[Decimal, ...]]
    benefits: Mapping[BenefitCategory, tuple[Decimal, ...]]
    per_user_costs: Mapping[CostCategory, tuple[Decimal, ...]]
    per_user_benefits: Mapping[BenefitCategory, tuple[Decimal, ...]]
    contingency_rate: Decimal
    discount_rate: Decimal


def flow_components(plan: BudgetPlan) -> FlowComponents:
    """Add every item of ``plan`` into yearly rows per category."""
    horizon = plan.horizon_years
    costs = {c: [ZERO] * (horizon + 1) for c in CostCategory}
    per_user = {c: [ZERO] * (horizon + 1) for c in CostCategory}
    benefits = {b: [ZERO] * (horizon + 1) for b in BenefitCategory}
    per_user_benefits = {b: [ZERO] * (horizon + 1) for b in BenefitCategory}
    for cost in plan.costs:
        flows = item_flows(cost, plan.users, horizon)
        _add(costs[cost.category], flows)
        if cost.kind is ItemKind.PER_USER_MONTH and cost.users is None:
            _add(per_user[cost.category], flows)
    for benefit in plan.benefits:
        flows = item_flows(benefit, plan.users, horizon)
        _add(benefits[benefit.category], flows)
        if benefit.kind is ItemKind.PER_USER_MONTH and benefit.users is None:
            _add(per_user_benefits[benefit.category], flows)
    return FlowComponents(
        horizon=horizon,
        costs={c: tuple(v) for c, v in costs.items()},
        benefits={b: tuple(v) for b, v in benefits.items()},
        per_user_costs={c: tuple(v) for c, v in per_user.items()},
        per_user_benefits={b: tuple(v) for b, v in per_user_benefits.items()},
        contingency_rate=plan.contingency_rate or ZERO,
        discount_rate=plan.discount_rate,
    )


@dataclass(frozen=True)
class Adjustment:
    """Factors applied when combining components (all 1 for the plan as written).

    Category factors multiply a category's row; ``users_factor`` multiplies the per-user part
    of the rows; ``all_costs``/``all_benefits`` multiply every cost (contingency
    included) and every benefit: the risk-adjusted case is ``Adjustment(all_costs=1+c,
    all_benefits=1-b)``. ``discount_rate`` replaces the plan's rate when set.
    """

    cost_factors: Mapping[CostCategory, Decimal] | None = None
    benefit_factors: Mapping[BenefitCategory, Decimal] | None = None
    users_factor: Decimal = ONE
    all_costs: Decimal = ONE
    all_benefits: Decimal = ONE
    discount_rate: Decimal | None = None


PLAN_AS_WRITTEN = Adjustment()


@dataclass(frozen=True)
class CashFlowYear:
    """One row of the cash-flow table. Category dicts hold every category (zeros included),
    in display order; ``costs_by_category`` has the ``"contingency"`` line too."""

    year: int
    costs_by_category: Mapping[str, Decimal]
    benefits_by_category: Mapping[str, Decimal]
    costs: Decimal
    benefits: Decimal
    net: Decimal
    cumulative: Decimal
    discounted_net: Decimal
    discounted_cumulative: Decimal


@dataclass(frozen=True)
class CashFlowTable:
    """The yearly table, year 0..horizon, plus the rate it was discounted at."""

    rows: tuple[CashFlowYear, ...]
    discount_rate: Decimal

    @property
    def costs(self) -> list[Decimal]:
        """Total costs per year."""
        return [r.costs for r in self.rows]

    @property
    def benefits(self) -> list[Decimal]:
        """Total benefits per year."""
        return [r.benefits for r in self.rows]

    @property
    def nets(self) -> list[Decimal]:
        """Net flow (benefits - costs) per year."""
        return [r.net for r in self.rows]

    def category_total(self, key: str) -> Decimal:
        """Undiscounted total of one cost or benefit category over all years."""
        costs = sum((r.costs_by_category.get(key, ZERO) for r in self.rows), ZERO)
        return costs + sum((r.benefits_by_category.get(key, ZERO) for r in self.rows), ZERO)


def _cost_rows(components: FlowComponents, adj: Adjustment) -> dict[str, list[Decimal]]:
    rows: dict[str, list[Decimal]] = {}
    factors = adj.cost_factors or {}
    for category, flows in components.costs.items():
        scale = factors.get(category, ONE) * adj.all_costs
        row = [amount * scale for amount in flows]
        if adj.users_factor != ONE:
            _add(row, components.per_user_costs[category], (adj.users_factor - ONE) * scale)
        rows[category.value] = row
    contingency = [ZERO] * (components.horizon + 1)
    if components.contingency_rate:
        # The reserve is a share of the year-0 spend; risk adjustment already sits in each row.
        contingency[0] = components.contingency_rate * sum((r[0] for r in rows.values()), ZERO)
    rows[CONTINGENCY] = contingency
    return {key: rows[key] for key in COST_CATEGORY_LABELS}


def _benefit_rows(components: FlowComponents, adj: Adjustment) -> dict[str, list[Decimal]]:
    factors = adj.benefit_factors or {}
    rows: dict[str, list[Decimal]] = {}
    for category, flows in components.benefits.items():
        scale = factors.get(category, ONE) * adj.all_benefits
        row = [amount * scale for amount in flows]
        if adj.users_factor != ONE:
            _add(row, components.per_user_benefits[category], (adj.users_factor - ONE) * scale)
        rows[category.value] = row
    return {key: rows[key] for key in BENEFIT_CATEGORY_LABELS}


def yearly_totals(
    components: FlowComponents, adj: Adjustment = PLAN_AS_WRITTEN
) -> tuple[list[Decimal], list[Decimal]]:
    """Total costs and total benefits per year after ``adj`` (the fast path for what-ifs)."""
    cost_rows = _cost_rows(components, adj)
    benefit_rows = _benefit_rows(components, adj)
    years = range(components.horizon + 1)
    costs = [sum((row[t] for row in cost_rows.values()), ZERO) for t in years]
    benefits = [sum((row[t] for row in benefit_rows.values()), ZERO) for t in years]
    return costs, benefits


def net_flows(components: FlowComponents, adj: Adjustment = PLAN_AS_WRITTEN) -> list[Decimal]:
    """Benefits - costs per year after ``adj``."""
    costs, benefits = yearly_totals(components, adj)
    return [b - c for b, c in zip(benefits, costs, strict=True)]


def build_table(components: FlowComponents, adj: Adjustment = PLAN_AS_WRITTEN) -> CashFlowTable:
    """The full yearly table by category, with cumulative and discounted columns."""
    rate = components.discount_rate if adj.discount_rate is None else adj.discount_rate
    cost_rows = _cost_rows(components, adj)
    benefit_rows = _benefit_rows(components, adj)
    years = range(components.horizon + 1)
    costs = [sum((row[t] for row in cost_rows.values()), ZERO) for t in years]
    benefits = [sum((row[t] for row in benefit_rows.values()), ZERO) for t in years]
    nets = [b - c for b, c in zip(benefits, costs, strict=True)]
    present = discounted(nets, rate)
    rows = tuple(
        CashFlowYear(
            year=t,
            costs_by_category={key: row[t] for key, row in cost_rows.items()},
            benefits_by_category={key: row[t] for key, row in benefit_rows.items()},
            costs=costs[t],
            benefits=benefits[t],
            net=nets[t],
            cumulative=total,
            discounted_net=present[t],
            discounted_cumulative=discounted_total,
        )
        for t, total, discounted_total in zip(
            years, cumulative(nets), cumulative(present), strict=True
        )
    )
    return CashFlowTable(rows, rate)
