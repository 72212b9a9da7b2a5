"""A plan's metrics as the screen, the PDF and ``crmdesk plan metrics`` show them.

``compute_metrics`` is the one entry point: the plan as written, the risk-adjusted case when
the plan has a ``risk_adjustment``, and the rule checks. ``metrics_to_json`` is the JSON
object of the CLI contract (ARCHITECTURE.md), money as strings rounded half-up to cents.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crmdesk.domain.money import round_cents
from crmdesk.domain.planning.appraisal import CaseMetrics, compute_case
from crmdesk.domain.planning.cashflow import (
    PLAN_AS_WRITTEN,
    Adjustment,
    FlowComponents,
    flow_components,
)
from crmdesk.domain.planning.checks import CheckResult, run_checks
from crmdesk.domain.planning.finance import Payback, year_places
from crmdesk.domain.planning.plan import BudgetPlan, validate_plan

ONE = Decimal(1)
# Places of the JSON numbers: rates to 0.0001% (the textbook IRR 23.3752% has four), ratios to
# four places; years use finance.year_places (two, more next to one year).
RATE_PLACES = 6
RATIO_PLACES = 4


@dataclass(frozen=True)
class PlanMetrics:
    """Everything the planner reports for one plan.

    ``base`` is the plan as written; ``risk_adjusted`` the same metrics with benefits x (1 - b)
    and costs x (1 + c), or None when the plan has no ``risk_adjustment``. ``components`` are
    the per-category flows, kept so sensitivity and scenarios need not re-read the items.
    """

    plan: BudgetPlan
    components: FlowComponents
    base: CaseMetrics
    risk_adjusted: CaseMetrics | None
    checks: tuple[CheckResult, ...]

    @property
    def npv(self) -> Decimal:
        """NPV of the plan as written."""
        return self.base.npv


def risk_adjustment_of(plan: BudgetPlan) -> Adjustment | None:
    """The ``Adjustment`` for the plan's risk-adjusted case, or None if it has none."""
    risk = plan.risk_adjustment
    if risk is None:
        return None
    return Adjustment(all_costs=ONE + risk.costs, all_benefits=ONE - risk.benefits)


def compute_metrics(plan: BudgetPlan) -> PlanMetrics:
    """All metrics, the risk-adjusted case and the rule checks of a plan.

    The plan is validated first (``ValidationError`` naming the field), so a plan built in the
    wizard can never produce figures from, say, a year outside the horizon.
    """
    components = flow_components(validate_plan(plan))
    base = compute_case(components, plan.users, PLAN_AS_WRITTEN)
    adjustment = risk_adjustment_of(plan)
    adjusted = None if adjustment is None else compute_case(components, plan.users, adjustment)
    return PlanMetrics(plan, components, base, adjusted, run_checks(plan, base))


# --- JSON ------------------------------------------------------------------------------------


def money_text(amount: Decimal) -> str:
    """Money for JSON: a decimal string with exactly two places, rounded half-up."""
    return f"{round_cents(amount):f}"


def _money_or_none(amount: Decimal | None) -> str | None:
    return None if amount is None else money_text(amount)


def _number(value: Decimal | None, places: int) -> float | None:
    """A JSON number rounded half-up to ``places`` (floats only at this last step)."""
    if value is None:
        return None
    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) + 0)


def _years(value: Decimal | None) -> float | None:
    """Years as the notes print them: two places, more next to one year (``year_places``)."""
    return None if value is None else _number(value, year_places(value))


def _payback_json(prefix: str, result: Payback) -> dict[str, Any]:
    return {
        f"{prefix}_years": _years(result.years),
        f"{prefix}_final_years": _years(result.final_years),
        f"{prefix}_note": result.note.message,
    }


def case_to_json(case: CaseMetrics) -> dict[str, Any]:
    """The metric keys of the contract for one case (used for the base and risk-adjusted)."""
    tco = case.tco
    result: dict[str, Any] = {
        "npv": money_text(case.npv),
        "pv_benefits": money_text(case.pv_benefits),
        "pv_costs": money_text(case.pv_costs),
        "total_costs": money_text(case.total_costs),
        "total_benefits": money_text(case.total_benefits),
        "bcr": _number(case.bcr, RATIO_PLACES),
        "roi_simple": _number(case.roi_simple, RATIO_PLACES),
        "roi_discounted": _number(case.roi_discounted, RATIO_PLACES),
        "irr": _number(case.irr.value, RATE_PLACES),
        "irr_roots": [_number(r, RATE_PLACES) for r in case.irr.roots],
        "irr_note": case.irr.note.message,
        "mirr": _number(case.mirr, RATE_PLACES),
    }
    result.update(_payback_json("payback", case.payback))
    result.update(_payback_json("discounted_payback", case.discounted_payback))
    result["break_even_annual_benefit"] = _money_or_none(case.break_even_annual_benefit)
    need = case.funding_need
    result["funding_need"] = (
        None if need is None else {"amount": money_text(need.amount), "year": need.year}
    )
    result["tco"] = {
        "total": money_text(tco.total),
        "per_year": money_text(tco.per_year),
        "per_user": _money_or_none(tco.per_user),
        "per_user_month": _money_or_none(tco.per_user_month),
    }
    result["cash_flows"] = [
        {
            "year": row.year,
            "costs": money_text(row.costs),
            "benefits": money_text(row.benefits),
            "net": money_text(row.net),
            "cumulative": money_text(row.cumulative),
            "discounted_net": money_text(row.discounted_net),
            "discounted_cumulative": money_text(row.discounted_cumulative),
            "costs_by_category": {k: money_text(v) for k, v in row.costs_by_category.items()},
            "benefits_by_category": {k: money_text(v) for k, v in row.benefits_by_category.items()},
        }
        for row in case.table.rows
    ]
    return result


def metrics_to_json(metrics: PlanMetrics) -> dict[str, Any]:
    """The object ``crmdesk plan metrics --json`` prints (ARCHITECTURE.md, the CLI contract).

    Money (``npv``, ``pv_benefits``, ``pv_costs``, ``total_costs``, ``total_benefits``, the
    cash-flow columns, TCO, break-even benefit) is a decimal string with two places, rounded
    half-up from the unrounded figure. ``bcr``, ``roi_simple``, ``roi_discounted`` (4 places),
    ``irr``, ``mirr`` (6 places, fractions: 0.233752 = 23.3752%) and ``payback_years``,
    ``discounted_payback_years`` (2 places) are numbers or null. ``irr_note`` and the payback
    notes are English sentences; ``checks`` is a list of ``{id, passed, message}`` where
    ``passed`` is null for a skipped check; ``risk_adjusted`` (present only when the plan has
    a risk adjustment) repeats the metric keys for the adjusted case.
    """
    plan = metrics.plan
    result: dict[str, Any] = {
        "name": plan.name,
        "currency": plan.currency,
        "horizon_years": plan.horizon_years,
        "discount_rate": f"{plan.discount_rate:f}",
        "users": plan.users,
    }
    result.update(case_to_json(metrics.base))
    result["checks"] = [
        {"id": c.id, "passed": c.passed, "message": c.message} for c in metrics.checks
    ]
    if metrics.risk_adjusted is not None:
        result["risk_adjusted"] = case_to_json(metrics.risk_adjusted)
    return result
