"""A plan's metrics as plain text: what ``crmdesk plan metrics`` prints without ``--json``.

The figures and sentences are the same objects the screen and the PDF use; only the layout is
made here. English, because the command line is not translated.
"""

from __future__ import annotations

from decimal import Decimal

from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.appraisal import CaseMetrics
from crmdesk.domain.planning.finance import round_half_up
from crmdesk.domain.planning.metrics import PlanMetrics

_VERDICTS = {True: "pass", False: "FAIL", None: "skip"}


def _money(amount: Decimal | None, currency: str) -> str:
    return "n/a" if amount is None else format_money(amount, currency)


def _percent(rate: Decimal | None, places: int = 2) -> str:
    return "n/a" if rate is None else format_percent(rate, places)


def _ratio(value: Decimal | None) -> str:
    return "n/a" if value is None else f"{round_half_up(value, 2):f}"


def _funding(case: CaseMetrics, currency: str) -> str:
    need = case.funding_need
    if need is None:
        return "none: the cumulative cash flow is never negative"
    return f"{format_money(need.amount, currency)} at the end of year {need.year}"


def cash_flow_lines(case: CaseMetrics) -> list[str]:
    """The yearly table: costs, benefits, net and cumulative per year."""
    header = ("Year", "Costs", "Benefits", "Net", "Cumulative", "Disc. cumulative")
    rows = [header] + [
        (
            str(r.year),
            format_money(r.costs),
            format_money(r.benefits),
            format_money(r.net),
            format_money(r.cumulative),
            format_money(r.discounted_cumulative),
        )
        for r in case.table.rows
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return ["  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]


def figure_lines(case: CaseMetrics, currency: str) -> list[str]:
    """The headline figures of one case, one "label  value" line each."""
    tco = case.tco
    figures = [
        ("NPV", _money(case.npv, currency)),
        ("PV of benefits", _money(case.pv_benefits, currency)),
        ("PV of costs", _money(case.pv_costs, currency)),
        ("Total benefits", _money(case.total_benefits, currency)),
        ("Total costs (TCO)", _money(case.total_costs, currency)),
        ("TCO per year", _money(tco.per_year, currency)),
        ("TCO per user", _money(tco.per_user, currency)),
        ("TCO per user-month", _money(tco.per_user_month, currency)),
        ("Benefit-cost ratio", _ratio(case.bcr)),
        ("ROI, simple", _percent(case.roi_simple)),
        ("ROI, discounted (NPV/PV costs)", _percent(case.roi_discounted)),
        ("IRR", case.irr.note.message),
        ("MIRR", _percent(case.mirr)),
        ("Payback", case.payback.note.message),
        ("Discounted payback", case.discounted_payback.note.message),
        ("Break-even annual benefit", _money(case.break_even_annual_benefit, currency)),
        ("Funding need", _funding(case, currency)),
    ]
    width = max(len(label) for label, _ in figures)
    return [f"{label.ljust(width)}  {value}" for label, value in figures]


def metrics_to_text(metrics: PlanMetrics) -> str:
    """The whole report: header, cash flows, figures, risk-adjusted figures, checks."""
    plan = metrics.plan
    lines = [
        f"{plan.name}",
        f"{plan.currency}, {plan.horizon_years} years at {format_percent(plan.discount_rate)},"
        f" {plan.users} users",
        "",
        *cash_flow_lines(metrics.base),
        "",
        *figure_lines(metrics.base, plan.currency),
    ]
    if metrics.risk_adjusted is not None and plan.risk_adjustment is not None:
        risk = plan.risk_adjustment
        lines += [
            "",
            f"Risk-adjusted (benefits -{format_percent(risk.benefits)},"
            f" costs +{format_percent(risk.costs)}):",
            *figure_lines(metrics.risk_adjusted, plan.currency),
        ]
    lines += ["", "Checks:"]
    lines += [f"  [{_VERDICTS[c.passed]}] {c.title}: {c.message}" for c in metrics.checks]
    return "\n".join(lines)
