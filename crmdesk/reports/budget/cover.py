"""The budget report's first page: who and what, the headline figures and the verdict."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from crmdesk.domain.company import CompanyProfile
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.i18n import translate
from crmdesk.reports.blocks import (
    Card,
    approval_block,
    callout,
    cards,
    fields_table,
    letterhead,
    verdict_cell,
    widths,
)
from crmdesk.reports.budget.wording import check_title, verdict
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import (
    ACCENT,
    FAIL,
    PASS,
    RULE,
    ReportStyles,
    plain_style,
)


def _facts(metrics: PlanMetrics, f: Formats, company: str) -> list[tuple[str, str]]:
    plan = metrics.plan
    if plan.amounts_include_vat is None:
        vat = translate("Report", "not stated")
    elif plan.amounts_include_vat:
        vat = translate("Report", "including VAT")
    else:
        vat = translate("Report", "excluding VAT")
    if plan.vat_note.strip():
        vat = translate("Report", "{vat} ({note})").format(vat=vat, note=plan.vat_note)
    risk = ""
    if plan.risk_adjustment is not None:
        risk = translate("Report", "benefits −{benefits}, costs +{costs}").format(
            benefits=f.percent(plan.risk_adjustment.benefits, 2),
            costs=f.percent(plan.risk_adjustment.costs, 2),
        )
    return [
        # the subtitle already names the company when it is the plan's
        (translate("Report", "Company"), "" if plan.company_name == company else plan.company_name),
        (translate("Report", "Industry"), plan.industry),
        (translate("Report", "Staff"), f.count(plan.staff) if plan.staff is not None else ""),
        (translate("Report", "CRM users"), f.count(plan.users)),
        (
            translate("Report", "Horizon"),
            translate("Report", "{years} years after the investment date (year 0)").format(
                years=plan.horizon_years
            ),
        ),
        (translate("Report", "Discount rate"), f.percent(plan.discount_rate)),
        (translate("Report", "Currency"), plan.currency),
        (translate("Report", "Amounts"), vat),
        (
            translate("Report", "Deployment"),
            translate("Report", "{months} months").format(months=plan.deployment_months)
            if plan.deployment_months is not None
            else "",
        ),
        (
            translate("Report", "Contingency reserve"),
            f.percent(plan.contingency_rate, 2) if plan.contingency_rate else "",
        ),
        (translate("Report", "Risk adjustment"), risk),
    ]


def headline_cards(metrics: PlanMetrics, f: Formats) -> list[Card]:
    """The eight figures on the cover."""
    base = metrics.base
    irr = f.percent(base.irr.value) if base.irr.value is not None else "—"
    irr_note = None if base.irr.value is not None else f.sentence(base.irr.note)
    payback = f.years(base.payback.years) if base.payback.years is not None else "—"
    payback_note = (
        f.sentence(base.payback.note)
        if base.payback.years is None or base.payback.dip_year is not None
        else None
    )
    return [
        (translate("Report", "Total cost"), f.money(base.total_costs)),
        (translate("Report", "Total benefit"), f.money(base.total_benefits)),
        (translate("Report", "Net present value"), f.money(base.npv)),
        (translate("Report", "Internal rate of return"), irr, irr_note),
        (translate("Report", "ROI, simple"), f.percent(base.roi_simple)),
        (translate("Report", "Payback period"), payback, payback_note),
        (translate("Report", "Benefit-cost ratio"), f.ratio(base.bcr)),
        (translate("Report", "TCO per user-month"), f.money(base.tco.per_user_month)),
    ]


def _funding_need(metrics: PlanMetrics, f: Formats, styles: ReportStyles) -> Flowable:
    """The deepest point of the cumulative cash flow and when: what a lender asks first."""
    need = metrics.base.funding_need
    if need is None:
        text = translate(
            "Report", "Funding need: none, the cumulative cash flow is never negative."
        )
    elif need.year == 0:
        text = translate(
            "Report",
            "Funding need: {amount}, the deepest point of the cumulative cash flow, at the"
            " investment date (year 0).",
        ).format(amount=f.money(need.amount))
    else:
        text = translate(
            "Report",
            "Funding need: {amount}, the deepest point of the cumulative cash flow, at the end"
            " of year {year}.",
        ).format(amount=f.money(need.amount), year=need.year)
    return styles.p(text, styles.body)


def cover(
    metrics: PlanMetrics,
    company: str,
    generated: dt.date,
    f: Formats,
    styles: ReportStyles,
    width: float,
    prepared_by: str = "",
    profile: CompanyProfile | None = None,
    height: float | None = None,
) -> list[Flowable]:
    """The cover page, ending with the "Prepared by / date / approved by" block and a page
    break. ``profile`` is printed as the letterhead at the top; given the frame's ``height``,
    a cover that would not fit on its page is scaled down to fit, so the approval block
    never ends up alone on page 2."""
    plan = metrics.plan
    flow: list[Flowable] = [
        *letterhead(profile, styles, width),
        styles.p(translate("Report", "CRM budget plan"), styles.kicker),
        styles.bold(plan.name, styles.title),
    ]
    if company:
        flow.append(styles.p(company, styles.subtitle))
    flow.append(
        styles.p(
            translate("Report", "Prepared on {date}").format(date=f.date(generated)), styles.small
        )
    )
    flow += [
        Spacer(1, 5 * mm),
        fields_table(_facts(metrics, f, company), styles, width),
        Spacer(1, 5 * mm),
    ]
    flow.append(cards(headline_cards(metrics, f), styles, width))
    flow.append(
        styles.p(
            translate(
                "Report", "Amounts in {currency}; figures as planned, before risk adjustment."
            ).format(currency=plan.currency),
            styles.note,
        )
    )
    flow.append(_funding_need(metrics, f, styles))
    flow.append(Spacer(1, 3 * mm))
    judged = verdict(metrics, f)
    tone = {"good": PASS, "mixed": ACCENT, "bad": FAIL}[judged.tone]
    headline_style = ParagraphStyle("verdict_head", parent=styles.h2, textColor=tone, spaceBefore=0)
    box: list[Flowable] = [
        styles.p(translate("Report", "Verdict"), styles.card_label),
        styles.bold(judged.headline, headline_style),
    ]
    box.append(styles.p(f.join(list(judged.sentences), " "), styles.verdict))
    flow.append(callout(box, styles, width, bar=tone))
    flow.append(Spacer(1, 4 * mm))
    flow.append(styles.heading(translate("Report", "Rule-of-thumb checks"), 2))
    rows = [
        [styles.p(check_title(c), styles.cell), verdict_cell(c.passed, styles)]
        for c in metrics.checks
    ]
    table = Table(rows, colWidths=widths(width, [4, 1]))
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )
    )
    flow += [table, Spacer(1, 8 * mm)]
    contact = profile.contact_line_parts() if profile is not None else []
    preparer = [
        prepared_by,
        # the business preparing the plan: the profile's, when the plan is for another company
        (profile.name if profile is not None and profile.name else company),
        *(value for kind, value in contact if kind in ("phone", "email")),
    ]
    flow.append(approval_block(preparer, f.date(generated), styles, width))
    if height is not None:
        return [KeepInFrame(width, height, flow, mode="shrink"), PageBreak()]
    return [*flow, PageBreak()]
