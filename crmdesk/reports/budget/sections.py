"""Budget report sections after the figures: checks, scenarios, sensitivity, risks,
assumptions and the appendix of formulas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from crmdesk.domain.planning.categories import CRM_MODULES
from crmdesk.domain.planning.checks import CHECK_TITLES
from crmdesk.domain.planning.finance import round_half_up
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.domain.planning.plan import PlanRisk
from crmdesk.domain.planning.risks import RISKS, RISKS_BY_KEY, describe_risk
from crmdesk.domain.planning.scenarios import ComparisonRow, ScenarioComparison
from crmdesk.domain.planning.sensitivity import DriverKind, DriverResult, SensitivityAnalysis
from crmdesk.i18n import translate
from crmdesk.reports.blocks import data_table, fields_table, verdict_cell, widths
from crmdesk.reports.budget.wording import appendix_paragraphs, check_title, math_markup
from crmdesk.reports.charts import ChartFonts, TornadoBar, tornado_chart
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import ReportStyles
from crmdesk.reports.text import escape


def checks_table(metrics: PlanMetrics, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    """Each rule of thumb: its title, pass/fail and the engine's finding with advice."""
    header = [
        translate("Report", "Check"),
        translate("Report", "Result"),
        translate("Report", "Finding and advice"),
    ]
    rows = [
        [check_title(c), verdict_cell(c.passed, styles), f.sentence(c.sentence)]
        for c in metrics.checks
        if c.id in CHECK_TITLES
    ]
    return data_table(header, rows, styles, widths(width, [1.6, 0.8, 4.2]))


def all_risks(plan_risks: tuple[PlanRisk, ...]) -> list[tuple[PlanRisk, bool]]:
    """DOMAIN.md's risks (with the user's own mitigation where they gave one), then the
    user's own risks; the flag says whether the risk came from the user."""
    given = {r.risk: r for r in plan_risks}
    result = [(given.get(known.key, PlanRisk(known.key)), False) for known in RISKS]
    result += [(r, True) for r in plan_risks if r.risk not in RISKS_BY_KEY]
    return result


def risks_table(
    plan_risks: tuple[PlanRisk, ...], f: Formats, styles: ReportStyles, width: float
) -> Flowable:
    """Risk and mitigation for the standard list plus the plan's own risks."""
    header = [translate("Report", "Risk"), translate("Report", "Mitigation")]
    rows: list[list[Any]] = []
    for risk, own in all_risks(plan_risks):
        label, mitigation = describe_risk(risk)
        label_cells: list[Any] = [styles.p(f.sentence(label), styles.cell)]
        if own:
            label_cells.append(
                styles.p(translate("Report", "added for this plan"), styles.cell_sub)
            )
        rows.append([label_cells, f.sentence(mitigation)])
    return data_table(header, rows, styles, widths(width, [2.2, 4.4]))


def _driver_value(result: DriverResult, value: Any, f: Formats) -> str:
    kind = result.driver.kind
    if kind is DriverKind.USERS:
        users = round_half_up(value, 1).normalize()
        return translate("Report", "{users} users").format(users=f"{users:,f}")
    if kind is DriverKind.RATE:
        return f.percent(value, 2)
    return f.percent(value, 2)


def sensitivity_section(
    analysis: SensitivityAnalysis, f: Formats, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The tornado chart and the table behind it."""
    results = analysis.results
    bars = [
        TornadoBar(
            f.sentence(r.title),
            r.npv_low,
            r.npv_high,
            _driver_value(r, r.driver.low, f),
            _driver_value(r, r.driver.high, f),
        )
        for r in results
    ]
    chart = tornado_chart(bars, analysis.base_npv, ChartFonts(styles.fonts.regular, f), width)
    header = [
        translate("Report", "Driver"),
        translate("Report", "Low / high value"),
        translate("Report", "NPV at low"),
        translate("Report", "NPV at high"),
        translate("Report", "Where NPV is zero"),
    ]
    rows = [
        [
            f.sentence(r.title),
            f"{_driver_value(r, r.driver.low, f)} / {_driver_value(r, r.driver.high, f)}",
            f.money(r.npv_low),
            f.money(r.npv_high),
            f.sentence(r.break_even_note),
        ]
        for r in results
    ]
    intro = translate(
        "Report",
        "Each driver is moved on its own, the others kept as planned: amounts (costs,"
        " benefits, users) by the same relative step, the discount rate by percentage"
        " points, each range printed beside its bar. The bars are sorted by how far NPV"
        " moves, widest first: those are the assumptions to check first. The last column"
        " gives the break-even value of each driver.",
    )
    table = data_table(
        header, rows, styles, widths(width, [2.0, 1.3, 1.3, 1.3, 2.4]), numeric=(2, 3)
    )
    return [styles.p(intro, styles.body), chart, Spacer(1, 6), table]


def comparison_section(
    comparison: ScenarioComparison, f: Formats, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The plans side by side, the best NPV marked, and each plan against the baseline."""
    names = [m.plan.name for m in comparison.metrics]
    count = len(names)
    columns = widths(width, [2.0] + [1.4] * count)

    def cells_of(rows: Sequence[ComparisonRow]) -> list[list[Any]]:
        result: list[list[Any]] = []
        for row in rows:
            cells: list[Any] = [translate("Scenarios", row.label)]
            for value, note in zip(row.values, row.notes, strict=True):
                if value is None:
                    cells.append(f.sentence(note) if note is not None else "—")
                elif row.kind == "money":
                    cells.append(f.money(value))
                elif row.kind == "percent":
                    cells.append(f.percent(value))
                elif row.kind == "years":
                    cells.append(f.years(value))
                elif row.kind == "count":
                    cells.append(str(int(value)))
                else:
                    cells.append(f.ratio(value))
            result.append(cells)
        return result

    assumptions = data_table(
        [translate("Report", "Assumption"), *names],
        cells_of(comparison.assumptions),
        styles,
        columns,
        numeric=range(1, count + 1),
    )
    header = [translate("Report", "Figure"), *names]
    table = data_table(
        header, cells_of(comparison.rows), styles, columns, numeric=range(1, count + 1)
    )
    flow: list[Flowable] = [assumptions, Spacer(1, 6), table]
    baseline = comparison.baseline
    others = comparison.against_baseline
    if baseline is not None and others:
        # one incremental column per plan: its difference of flows against the baseline
        flow += [
            Spacer(1, 6),
            data_table(
                [
                    translate("Report", "Against {baseline}").format(baseline=names[baseline]),
                    *[names[i] for i in others],
                ],
                cells_of(comparison.incremental_rows),
                styles,
                widths(width, [2.0] + [1.4] * len(others)),
                numeric=range(1, len(others) + 1),
            ),
        ]
    best = comparison.best
    if best is not None:
        if comparison.ranked_by == "eav":
            text = translate(
                "Report", "Highest equivalent annual value: {plan} (the horizons differ)."
            )
        else:
            text = translate("Report", "Highest NPV: {plan}.")
        flow.append(styles.p(text.format(plan=names[best]), styles.note))
    for warning in comparison.warnings:
        flow.append(styles.p(f.sentence(warning), styles.note))
    return flow


def assumptions_section(
    metrics: PlanMetrics, f: Formats, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The plan's stated assumptions: modules, intangible benefits and the owner's notes."""
    plan = metrics.plan
    flow: list[Flowable] = []
    bullets = [
        translate(
            "Report",
            "Cash flows are yearly, at the end of each year; year 0 is the"
            " investment date and is not discounted.",
        ),
        translate(
            "Report",
            "Amounts are in {currency} as entered in the plan, with price"
            " changes only where an item states an escalation.",
        ).format(currency=plan.currency),
        translate("Report", "Intangible benefits are described, never counted as cash."),
    ]
    for text in bullets:
        flow.append(styles.rich("•&nbsp;&nbsp;" + escape(text), styles.body))
    pairs: list[tuple[str, str]] = []
    if plan.modules:
        modules = [
            translate("Plan", CRM_MODULES[m]) if m in CRM_MODULES else m for m in plan.modules
        ]
        pairs.append((translate("Report", "CRM modules planned"), "\n".join(modules)))
    if plan.intangibles:
        # suggestions offered by the wizard are translatable; the user's own words pass through
        intangibles = [translate("Plan", text) for text in plan.intangibles]
        pairs.append((translate("Report", "Intangible benefits"), "\n".join(intangibles)))
    if plan.notes.strip():
        pairs.append((translate("Report", "Notes"), plan.notes))
    if pairs:
        flow.append(fields_table(pairs, styles, width, columns=1))
    return flow


def appendix_section(metrics: PlanMetrics, f: Formats, styles: ReportStyles) -> list[Flowable]:
    """The formulas and conventions behind every figure."""
    flow: list[Flowable] = []
    for title, text in appendix_paragraphs(metrics, f):
        flow.append(
            KeepTogether(
                [
                    styles.heading(title, 2, reserve=0),
                    styles.rich(math_markup(escape(text)), styles.body),
                ]
            )
        )
    return flow
