"""The budget plan as a PDF an owner can hand to a bank, a partner or an accountant.

    pdf = build_budget_report(plan, "plan.pdf", lang="zh_CN", paper="A4")

Sections: cover (facts, headline figures, verdict, checks at a glance), costs and benefits by
category and year with their items, cash flow (table and charts), key figures as planned and
risk-adjusted, rule checks with advice, scenario comparison and sensitivity (when given),
risks and mitigations, assumptions, and an appendix of formulas. All figures come from
``crmdesk.domain.planning.metrics.compute_metrics`` and friends; this module only lays them out.

Importing this module does not import reportlab; building does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from crmdesk.domain.company import CompanyProfile
from crmdesk.domain.planning.evaluation import EvaluationResult
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.planning.scenarios import ScenarioComparison
from crmdesk.domain.planning.sensitivity import SensitivityAnalysis
from crmdesk.reports.output import ReportTarget

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import ReportStyles

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
_STEPS = 4


def build_budget_report(
    plan: BudgetPlan,
    target: ReportTarget = None,
    *,
    lang: str = "en",
    paper: str = "A4",
    company: str = "",
    metrics: PlanMetrics | None = None,
    sensitivity: SensitivityAnalysis | bool = True,
    comparison: ScenarioComparison | None = None,
    generated: dt.date | None = None,
    progress: ProgressCallback | None = None,
    evaluation: EvaluationResult | None = None,
    prepared_by: str = "",
    profile: CompanyProfile | None = None,
) -> bytes:
    """Build the budget report of ``plan``; write it to ``target``; return the PDF bytes.

    ``company`` overrides ``plan.company_name`` in the page header (e.g. the Settings
    company name when the plan has none). ``metrics`` saves recomputing them when the caller
    has them. ``sensitivity`` is an analysis to print, True to run the default one
    (``analyse_sensitivity``), False for none. ``comparison`` adds the scenario comparison
    (``compare_plans``), ``evaluation`` its scorecard (``evaluate``). ``prepared_by`` fills
    the cover's "Prepared by" line (else it is left to sign by hand, with ``company``). Texts
    are translated with the translators installed for ``lang``. ``profile`` (the business's
    own: name, address, tax ID, phone, e-mail, logo) is printed as the cover's letterhead and
    fills the "Prepared by" column where ``prepared_by``/``company`` leave it open.
    ``progress(done, total)`` is called between steps (it may raise ``Cancelled``). A file
    target is written atomically; ``ReportError`` names the file if it cannot be.
    """
    from crmdesk.domain.planning.metrics import compute_metrics
    from crmdesk.domain.planning.sensitivity import analyse_sensitivity
    from crmdesk.reports.document import (
        MARGIN_BOTTOM,
        MARGIN_TOP,
        PageFrame,
        content_width,
        paper_size,
        render,
    )
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.output import deliver
    from crmdesk.reports.styles import report_styles

    def step(done: int) -> None:
        if progress is not None:
            progress(done, _STEPS)

    step(0)
    metrics = metrics or compute_metrics(plan)
    analysis: SensitivityAnalysis | None
    if sensitivity is True:
        analysis = analyse_sensitivity(plan, components=metrics.components)
    else:
        analysis = sensitivity or None
    step(1)
    styles = report_styles()
    f = Formats(lang, plan.currency)
    width = content_width(paper)
    height = paper_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM - 14
    company = company.strip() or plan.company_name or (profile.name if profile else "")
    today = generated or dt.date.today()
    story = budget_story(
        metrics,
        f,
        styles,
        width,
        company,
        today,
        analysis,
        comparison,
        evaluation,
        prepared_by=prepared_by,
        profile=profile,
        cover_height=height,
    )
    step(2)
    from crmdesk.i18n import translate

    document = translate("Report", "CRM budget plan")
    # the cover prints the profile as its letterhead itself (it must fit on the cover page)
    info = PageFrame(company, document, plan.name, today, lang, cover=True)
    pdf = render(story, info, styles, paper, f"{document}: {plan.name}")
    step(3)
    result = deliver(pdf, target)
    step(4)
    log.info("budget report for %r: %d bytes", plan.name, len(pdf))
    return result


def budget_story(
    metrics: PlanMetrics,
    f: Formats,
    styles: ReportStyles,
    width: float,
    company: str,
    generated: dt.date,
    sensitivity: SensitivityAnalysis | None,
    comparison: ScenarioComparison | None,
    evaluation: EvaluationResult | None = None,
    prepared_by: str = "",
    profile: CompanyProfile | None = None,
    cover_height: float | None = None,
) -> Sequence[Flowable]:
    """Every flowable of the report, in order."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    from crmdesk.i18n import translate
    from crmdesk.reports.budget import sections, tables
    from crmdesk.reports.budget.cover import cover
    from crmdesk.reports.budget.wording import category_label
    from crmdesk.reports.charts import ChartFonts, cash_flow_chart, category_chart

    plan, base = metrics.plan, metrics.base
    chart_fonts = ChartFonts(styles.fonts.regular, f)
    amounts_note = translate("Report", "Amounts in {currency}.").format(currency=plan.currency)
    flow: list[Flowable] = list(
        cover(
            metrics,
            company,
            generated,
            f,
            styles,
            width,
            prepared_by=prepared_by,
            profile=profile,
            height=cover_height,
        )
    )
    n = 0

    def section(title: str, keep: Sequence[Flowable] = ()) -> None:
        """A numbered heading; ``keep`` are flowables that must start on its page."""
        nonlocal n
        n += 1
        if keep:
            flow.append(KeepTogether([styles.heading(f"{n}. {title}", reserve=0), *keep]))
        else:
            flow.append(styles.heading(f"{n}. {title}"))

    section(translate("Report", "Costs by category and year"))
    flow.append(styles.p(amounts_note, styles.note))
    flow += tables.breakdown_tables(tables.breakdown_rows(metrics, "costs", f), f, styles, width)
    flow.append(tables.tco_cards(base, f, styles, width))
    cost_items = [
        (category_label(key), base.table.category_total(key))
        for key in base.table.rows[0].costs_by_category
    ]
    if base.total_costs > 0:
        flow.append(CondPageBreak(140))
        flow.append(styles.heading(translate("Report", "Where the money goes"), 2))
        flow.append(category_chart(cost_items, base.total_costs, chart_fonts, width))

    section(translate("Report", "Benefits by category and year"))
    flow.append(styles.p(amounts_note, styles.note))
    flow += tables.breakdown_tables(tables.breakdown_rows(metrics, "benefits", f), f, styles, width)

    section(translate("Report", "Cash flow"))
    flow.append(styles.p(amounts_note, styles.note))
    flow.append(tables.cash_flow_table(base, f, styles, width))
    flow.append(Spacer(1, 8))
    flow.append(CondPageBreak(240))
    flow.append(styles.heading(translate("Report", "Cumulative cash flow and payback"), 2))
    flow.append(
        cash_flow_chart(
            base.table.nets,
            [row.cumulative for row in base.table.rows],
            base.payback.years,
            chart_fonts,
            width,
        )
    )
    flow.append(styles.p(f.sentence(base.payback.note), styles.note))

    keep: list[Flowable] = []
    if plan.risk_adjustment is not None:
        keep.append(
            styles.p(
                translate(
                    "Report",
                    "The risk-adjusted case lowers every benefit by {benefits} and raises every"
                    " cost by {costs}, then recomputes all figures.",
                ).format(
                    benefits=f.percent(plan.risk_adjustment.benefits, 2),
                    costs=f.percent(plan.risk_adjustment.costs, 2),
                ),
                styles.body,
            )
        )
    keep.append(tables.figures_table(metrics, f, styles, width))
    section(translate("Report", "Key figures"), keep=keep)

    section(
        translate("Report", "Rule-of-thumb checks"),
        keep=[sections.checks_table(metrics, f, styles, width)],
    )

    if comparison is not None:
        section(translate("Report", "Scenario comparison"))
        flow += sections.comparison_section(comparison, f, styles, width)
    if evaluation is not None:
        from crmdesk.reports.budget.evaluation import evaluation_section

        section(translate("Report", "Evaluation scorecard"))
        flow += evaluation_section(evaluation, f, styles, width)
    if sensitivity is not None and sensitivity.results:
        intro, chart, *rest = sections.sensitivity_section(sensitivity, f, styles, width)
        section(translate("Report", "Sensitivity"), keep=[intro, chart])
        flow += rest

    section(translate("Report", "Risks and mitigations"))
    flow.append(sections.risks_table(plan.risks, f, styles, width))
    section(translate("Report", "Assumptions"))
    flow += sections.assumptions_section(metrics, f, styles, width)
    section(translate("Report", "Appendix: formulas and conventions"))
    flow += sections.appendix_section(metrics, f, styles)
    return flow
