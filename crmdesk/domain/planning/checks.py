"""Rules of thumb from DOMAIN.md, checked against a plan, each with a plain sentence.

A ``CheckResult`` says passed (True), failed (False) or skipped (None), and why, as a template
in the "Checks" context plus named parameters: the UI and the PDF translate the template and
then fill in the fields; ``message`` is the English text the CLI prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.appraisal import CaseMetrics
from crmdesk.domain.planning.categories import (
    BUSINESS_COST_CATEGORIES,
    CONTINGENCY,
    IMPLEMENTATION_LABOUR_CATEGORIES,
    CostCategory,
    ItemKind,
)
from crmdesk.domain.planning.finance import exact_npv, format_years
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.sentence import Sentence

ZERO = Decimal(0)
TWO = Decimal(2)
MAX_PAYBACK_YEARS = Decimal(1)
MAX_DEPLOYMENT_MONTHS = 6
MAX_MAINTENANCE_SHARE = Decimal("0.40")
CONTEXT = "Checks"

CHECK_TITLES: dict[str, str] = {
    "benefits_twice_costs": QT_TRANSLATE_NOOP("Checks", "Benefits at least twice the costs"),
    "payback_within_12_months": QT_TRANSLATE_NOOP("Checks", "Payback within 12 months"),
    "deployment_within_6_months": QT_TRANSLATE_NOOP("Checks", "Deployment within 6 months"),
    "business_costs_present": QT_TRANSLATE_NOOP("Checks", "Business costs included"),
    "maintenance_share_plausible": QT_TRANSLATE_NOOP("Checks", "Maintenance share plausible"),
    "contingency_present": QT_TRANSLATE_NOOP("Checks", "Contingency reserve included"),
}
"""Short titles of the checks, in the order they run."""


@dataclass(frozen=True)
class CheckResult:
    """One rule's verdict: ``passed`` is None when the rule does not apply to the plan."""

    id: str
    passed: bool | None
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def sentence(self) -> Sentence:
        """The verdict as a translatable sentence."""
        return Sentence(CONTEXT, self.template, dict(self.params))

    @property
    def title(self) -> str:
        """The check's short title (untranslated; context "Checks")."""
        return CHECK_TITLES[self.id]

    @property
    def message(self) -> str:
        """The verdict in English."""
        return self.sentence.message


_NOTHING_YET = QT_TRANSLATE_NOOP("Checks", "Skipped: the plan has no costs or benefits yet.")
_TWICE_PASS = QT_TRANSLATE_NOOP(
    "Checks",
    "Benefits ({benefits}) are at least twice the costs ({costs}) in present value, which"
    " leaves room for overruns and late benefits.",
)
_TWICE_FAIL = QT_TRANSLATE_NOOP(
    "Checks",
    "Benefits ({benefits}) are less than twice the costs ({costs}) in present value. Overruns"
    " and late benefits are the norm, so aim for benefits of at least {needed}: cut costs or"
    " find firmer benefits.",
)


def _benefits_twice_costs(case: CaseMetrics, currency: str) -> CheckResult:
    check = "benefits_twice_costs"
    if case.pv_costs == 0 and case.pv_benefits == 0:
        return CheckResult(check, None, _NOTHING_YET)
    params = {
        "benefits": format_money(case.pv_benefits, currency),
        "costs": format_money(case.pv_costs, currency),
        "needed": format_money(TWO * case.pv_costs, currency),
    }
    rate = case.discount_rate
    # Decided in exact fractions: PV(B) exactly twice PV(C) passes, whatever the 28th digit.
    if exact_npv(case.table.benefits, rate) >= 2 * exact_npv(case.table.costs, rate):
        return CheckResult(check, True, _TWICE_PASS, params)
    return CheckResult(check, False, _TWICE_FAIL, params)


_NO_FLOWS = QT_TRANSLATE_NOOP("Checks", "Skipped: the plan has no cash flows yet.")
_PAYBACK_PASS = QT_TRANSLATE_NOOP(
    "Checks", "The plan pays back after {years} years, within 12 months."
)
_PAYBACK_LATE = QT_TRANSLATE_NOOP(
    "Checks",
    "Payback takes {years} years; it should come within 12 months. Lower the initial spend,"
    " phase the rollout or bring benefits forward.",
)
_PAYBACK_NEVER = QT_TRANSLATE_NOOP(
    "Checks",
    "The plan does not pay back within its {horizon}-year horizon; payback should come within"
    " 12 months. Lower the initial spend, phase the rollout or bring benefits forward.",
)

_PAYBACK_LOST = QT_TRANSLATE_NOOP(
    "Checks",
    "The cumulative cash flow reaches zero after {years} years but turns negative again in year"
    " {dip_year} and is still negative at the end of the horizon, so the plan does not pay"
    " back. Lower the later costs or bring benefits forward.",
)


def _payback_within_12_months(case: CaseMetrics) -> CheckResult:
    """Judged on the final crossing: a plan whose cumulative cash flow dips below zero again
    and never recovers has not paid back, however early it first reached zero."""
    check = "payback_within_12_months"
    result = case.payback
    if not result.has_flows:
        return CheckResult(check, None, _NO_FLOWS)
    if result.years is None:
        return CheckResult(check, False, _PAYBACK_NEVER, {"horizon": str(result.horizon)})
    if result.final_years is None:
        params = {"years": format_years(result.years), "dip_year": str(result.dip_year)}
        return CheckResult(check, False, _PAYBACK_LOST, params)
    years = {"years": format_years(result.final_years)}
    if result.final_years <= MAX_PAYBACK_YEARS:
        return CheckResult(check, True, _PAYBACK_PASS, years)
    return CheckResult(check, False, _PAYBACK_LATE, years)


_DEPLOY_SKIP = QT_TRANSLATE_NOOP("Checks", "Skipped: the plan gives no deployment time.")
_DEPLOY_PASS = QT_TRANSLATE_NOOP("Checks", "Deployment takes {months} months, within six.")
_DEPLOY_FAIL = QT_TRANSLATE_NOOP(
    "Checks",
    "Deployment takes {months} months, more than six. Phase it: start with one sales or"
    " service function, or one user group, and extend from there.",
)


def _deployment_within_6_months(plan: BudgetPlan) -> CheckResult:
    check = "deployment_within_6_months"
    months = plan.deployment_months
    if months is None:
        return CheckResult(check, None, _DEPLOY_SKIP)
    params = {"months": str(months)}
    if months <= MAX_DEPLOYMENT_MONTHS:
        return CheckResult(check, True, _DEPLOY_PASS, params)
    return CheckResult(check, False, _DEPLOY_FAIL, params)


_NO_COSTS = QT_TRANSLATE_NOOP("Checks", "Skipped: the plan has no costs yet.")
_BUSINESS_PASS = QT_TRANSLATE_NOOP(
    "Checks",
    "Business costs (training, project and change management) come to {business}, against"
    " {it} of IT costs.",
)
_BUSINESS_FAIL = QT_TRANSLATE_NOOP(
    "Checks",
    "The plan has only IT costs ({it}). Add training (courses and staff learning time) and"
    " project and change management: they are usually about as large as the IT costs.",
)


def _business_costs_present(case: CaseMetrics, currency: str) -> CheckResult:
    check = "business_costs_present"
    if case.total_costs == 0:
        return CheckResult(check, None, _NO_COSTS)
    business = sum((case.table.category_total(c.value) for c in BUSINESS_COST_CATEGORIES), ZERO)
    contingency = case.table.category_total(CONTINGENCY)
    params = {
        "business": format_money(business, currency),
        "it": format_money(case.total_costs - business - contingency, currency),
    }
    return CheckResult(check, business > 0, _BUSINESS_PASS if business else _BUSINESS_FAIL, params)


_MAINT_SKIP = QT_TRANSLATE_NOOP(
    "Checks",
    "Skipped: no one-off implementation labour (customisation, data migration, project"
    " management) to compare maintenance with.",
)
_MAINT_PASS = QT_TRANSLATE_NOOP(
    "Checks",
    "Yearly maintenance (at most {maintenance}) is {share} of the initial implementation"
    " labour and services ({labour}), within the 40% it can reach.",
)
_MAINT_NONE = QT_TRANSLATE_NOOP(
    "Checks",
    "The plan has {labour} of one-off implementation labour and services but no maintenance"
    " at all. Customised systems need upgrades, fixes and support every year: add a yearly"
    " maintenance line (often 15% to 40% of the implementation labour).",
)
_MAINT_FAIL = QT_TRANSLATE_NOOP(
    "Checks",
    "Yearly maintenance reaches {maintenance}, {share} of the initial implementation labour"
    " and services ({labour}). Even demanding systems stay near 40%: check the estimate, or"
    " whether implementation labour is missing from the plan.",
)


def initial_implementation_labour(plan: BudgetPlan) -> Decimal:
    """One-off customisation, data migration and project management: the base that yearly
    maintenance is compared with (and that ``estimates.maintenance_share`` multiplies)."""
    return sum(
        (
            c.amount
            for c in plan.costs
            if c.kind is ItemKind.ONE_OFF and c.category in IMPLEMENTATION_LABOUR_CATEGORIES
        ),
        ZERO,
    )


def _maintenance_share_plausible(plan: BudgetPlan, case: CaseMetrics, currency: str) -> CheckResult:
    check = "maintenance_share_plausible"
    labour = initial_implementation_labour(plan)
    if labour == 0:
        return CheckResult(check, None, _MAINT_SKIP)
    key = CostCategory.MAINTENANCE.value
    peak = max((row.costs_by_category[key] for row in case.table.rows[1:]), default=ZERO)
    if peak == 0:
        return CheckResult(check, False, _MAINT_NONE, {"labour": format_money(labour, currency)})
    share = peak / labour
    params = {
        "maintenance": format_money(peak, currency),
        "share": format_percent(share, 2),
        "labour": format_money(labour, currency),
    }
    passed = share <= MAX_MAINTENANCE_SHARE
    return CheckResult(check, passed, _MAINT_PASS if passed else _MAINT_FAIL, params)


_CONTINGENCY_PASS = QT_TRANSLATE_NOOP(
    "Checks", "A contingency reserve of {rate} of the year-0 costs ({amount}) is included."
)
_CONTINGENCY_FAIL = QT_TRANSLATE_NOOP(
    "Checks",
    "No contingency reserve. Hold back a share of the initial investment (for example 10%)"
    " for risks and surprises.",
)


def _contingency_present(plan: BudgetPlan, case: CaseMetrics, currency: str) -> CheckResult:
    check = "contingency_present"
    rate = plan.contingency_rate or ZERO
    if rate <= 0:
        return CheckResult(check, False, _CONTINGENCY_FAIL)
    amount = case.table.rows[0].costs_by_category[CONTINGENCY]
    params = {"rate": format_percent(rate, 2), "amount": format_money(amount, currency)}
    return CheckResult(check, True, _CONTINGENCY_PASS, params)


def run_checks(plan: BudgetPlan, case: CaseMetrics) -> tuple[CheckResult, ...]:
    """Every rule of thumb against the plan as written (``case``), in ``CHECK_TITLES`` order."""
    currency = plan.currency
    return (
        _benefits_twice_costs(case, currency),
        _payback_within_12_months(case),
        _deployment_within_6_months(plan),
        _business_costs_present(case, currency),
        _maintenance_share_plausible(plan, case, currency),
        _contingency_present(plan, case, currency),
    )
