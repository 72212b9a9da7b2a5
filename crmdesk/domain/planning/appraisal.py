"""The figures of one case of a plan (as written, or risk-adjusted): NPV, ROI, IRR, payback.

Every metric follows "Finance conventions" in ARCHITECTURE.md and is computed from the same
``CashFlowTable``, unrounded; rounding to cents happens only when shown or written out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.planning.cashflow import (
    PLAN_AS_WRITTEN,
    Adjustment,
    CashFlowTable,
    FlowComponents,
    build_table,
)
from crmdesk.domain.planning.finance import (
    FundingNeed,
    IrrResult,
    Payback,
    break_even_annual_benefit,
    funding_need,
    irr,
    mirr,
    npv,
    payback,
)

ZERO = Decimal(0)
MONTHS = Decimal(12)


@dataclass(frozen=True)
class TotalCostOfOwnership:
    """Undiscounted total cost over year 0..horizon, and spread per year, user and month.

    ``per_year`` spreads it over the horizon's years (year 0's investment included);
    ``per_user`` and ``per_user_month`` are None when the plan has no users.
    """

    total: Decimal
    per_year: Decimal
    per_user: Decimal | None
    per_user_month: Decimal | None


@dataclass(frozen=True)
class CaseMetrics:
    """All metrics of one case. Ratios are fractions (0.25 = 25%); None where undefined
    (a ratio over zero costs, MIRR without an outflow or an inflow)."""

    table: CashFlowTable
    total_costs: Decimal
    total_benefits: Decimal
    pv_costs: Decimal
    pv_benefits: Decimal
    npv: Decimal
    bcr: Decimal | None
    roi_simple: Decimal | None
    roi_discounted: Decimal | None
    irr: IrrResult
    mirr: Decimal | None
    payback: Payback
    discounted_payback: Payback
    break_even_annual_benefit: Decimal | None
    tco: TotalCostOfOwnership
    funding_need: FundingNeed | None = None  # None: the cumulative flow is never negative

    @property
    def discount_rate(self) -> Decimal:
        """The rate this case was discounted at."""
        return self.table.discount_rate


def _ratio(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    return numerator / denominator if denominator else None


def tco_of(total_costs: Decimal, horizon: int, users: int) -> TotalCostOfOwnership:
    """Spread ``total_costs`` over the horizon and the users."""
    per_user = total_costs / users if users else None
    per_user_month = total_costs / (users * MONTHS * horizon) if users and horizon else None
    return TotalCostOfOwnership(
        total=total_costs,
        per_year=total_costs / horizon if horizon else total_costs,
        per_user=per_user,
        per_user_month=per_user_month,
    )


def compute_case(
    components: FlowComponents, users: int, adjustment: Adjustment = PLAN_AS_WRITTEN
) -> CaseMetrics:
    """Every metric of the plan whose flows are ``components``, after ``adjustment``."""
    table = build_table(components, adjustment)
    rate = table.discount_rate
    costs, benefits, nets = table.costs, table.benefits, table.nets
    total_costs = sum(costs, ZERO)
    total_benefits = sum(benefits, ZERO)
    pv_costs = npv(costs, rate)
    pv_benefits = npv(benefits, rate)
    net_present_value = pv_benefits - pv_costs
    return CaseMetrics(
        table=table,
        total_costs=total_costs,
        total_benefits=total_benefits,
        pv_costs=pv_costs,
        pv_benefits=pv_benefits,
        npv=net_present_value,
        bcr=_ratio(pv_benefits, pv_costs),
        roi_simple=_ratio(total_benefits - total_costs, total_costs),
        roi_discounted=_ratio(net_present_value, pv_costs),
        irr=irr(nets),
        mirr=mirr(nets, rate),
        payback=payback(nets),
        discounted_payback=payback([row.discounted_net for row in table.rows]),
        break_even_annual_benefit=break_even_annual_benefit(costs, rate),
        tco=tco_of(total_costs, components.horizon, users),
        funding_need=funding_need(nets),
    )
