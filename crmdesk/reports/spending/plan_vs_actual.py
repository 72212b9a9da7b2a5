"""The one-page "plan versus actual" report: spending against budget, warnings, the cumulative
curve and, once the CRM is live, the realised return.

Built with the house machinery (fonts, styles, escaping, page frame, atomic writing) from the
figures of ``services.plan_actuals`` and ``services.realised_return``. Importing this module
does not import reportlab; building does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from crmdesk.domain.company import CompanyProfile
from crmdesk.i18n import translate
from crmdesk.reports.output import ReportTarget

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

    from crmdesk.reports.charts import ChartFonts
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import ReportStyles
    from crmdesk.services.spending.actuals import PlanVsActual, SpendCurve
    from crmdesk.services.spending.realised import RealisedReturn

ZERO = Decimal(0)


def write_plan_vs_actual(
    target: ReportTarget,
    result: PlanVsActual,
    realised: RealisedReturn | None,
    today: dt.date,
    lang: str = "en",
    company: str = "",
    paper: str = "A4",
    profile: CompanyProfile | None = None,
) -> bytes:
    """Lay out the report, write it to ``target`` (see ``ReportTarget``), return the bytes.

    ``profile`` (the business's own) is printed as the letterhead; ``company`` names it in
    the header (default: the profile's name).
    """
    from crmdesk.reports.output import deliver

    company = company or (profile.name if profile else "")
    return deliver(_render(result, realised, today, lang, company, paper, profile), target)


def _category(key: str) -> str:
    from crmdesk.domain.planning.categories import BENEFIT_CATEGORY_LABELS, COST_CATEGORY_LABELS

    source = COST_CATEGORY_LABELS.get(key) or BENEFIT_CATEGORY_LABELS.get(key)
    return translate("Plan", source) if source else key


def _signed_percent(ratio: Decimal | None, f: Formats) -> str:
    if ratio is None:
        return "—"
    text = f.percent(ratio, 2)
    return f"+{text}" if ratio > 0 else text


def _render(
    result: PlanVsActual,
    realised: RealisedReturn | None,
    today: dt.date,
    lang: str,
    company: str,
    paper: str,
    profile: CompanyProfile | None = None,
) -> bytes:
    from reportlab.platypus import KeepInFrame, Spacer

    from crmdesk.reports.blocks import callout, fields_table, letterhead
    from crmdesk.reports.charts import ChartFonts
    from crmdesk.reports.document import (
        MARGIN_BOTTOM,
        MARGIN_TOP,
        PageFrame,
        content_width,
        paper_size,
        render,
    )
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import FAIL, report_styles

    styles = report_styles()
    f = Formats(lang, result.currency)
    width = content_width(paper)
    calendar = result.calendar
    title = translate("PlanVsActual", "Plan versus actual")
    if result.go_live_set:
        went_live = translate("PlanVsActual", "Went live on {date}").format(
            date=f.date(calendar.go_live)
        )
    else:
        went_live = translate("PlanVsActual", "Expected to go live on {date}").format(
            date=f.date(calendar.go_live)
        )
    flow: list[Flowable] = [
        styles.bold(title, styles.title),
        styles.p(result.name, styles.subtitle),
        styles.p(
            f.join(
                [translate("PlanVsActual", "As of {date}").format(date=f.date(today)), went_live],
                "; ",
            ),
            styles.body,
        ),
    ]
    headline = result.headline
    reserve_text = (
        translate("PlanVsActual", "{reserve}, used {used} ({share}), {left} left").format(
            reserve=f.money(headline.reserve),
            used=f.money(headline.reserve_used),
            share=f.percent(headline.reserve_share_used or ZERO, 2),
            left=f.money(headline.reserve_left),
        )
        if headline.reserve
        else translate("PlanVsActual", "none")
    )
    flow.append(
        fields_table(
            [
                (translate("PlanVsActual", "Spent to date"), f.money(result.spent_to_date)),
                (
                    translate("PlanVsActual", "Cost lines budgeted to date"),
                    f.money(result.budget_to_date),
                ),
                (translate("PlanVsActual", "Difference"), _signed_percent(headline.ratio, f)),
                (translate("PlanVsActual", "Whole-plan budget"), f.money(result.total_budget)),
                (translate("PlanVsActual", "Contingency reserve to date"), reserve_text),
                (
                    translate("PlanVsActual", "Plan year now"),
                    str(min(result.current_year, calendar.horizon)),
                ),
            ],
            styles,
            width,
            columns=2,
        )
    )
    flow.append(Spacer(1, 4))
    flow.append(styles.p(f.sentence(headline.spending_sentence), styles.body))
    flow.append(styles.p(f.sentence(headline.reserve_sentence), styles.body))
    flow.append(Spacer(1, 6))
    flow.append(styles.heading(translate("PlanVsActual", "Spending by category"), 2, reserve=120))
    flow.append(_category_table(result, styles, f, width))
    warnings = [f.sentence(w.sentence) for w in result.variance.warnings]
    if warnings:
        flow.append(Spacer(1, 6))
        flow.append(callout([styles.p(w, styles.body) for w in warnings], styles, width, bar=FAIL))
    flow.append(
        styles.heading(
            translate("PlanVsActual", "Budget and actual spending, cumulative"), 2, reserve=150
        )
    )
    flow.append(_curve_chart(result.curve, ChartFonts(styles.fonts.regular, f), width, today))
    if realised is not None and realised.re_estimated is not None:
        flow.extend(_realised(realised, styles, f, width))
    info = PageFrame(company, title, result.name, today, lang)
    # one page whatever the plan: a long plan's report is scaled down to fit, not continued
    height = paper_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM - 14
    # the letterhead goes inside the frame, so the page still fits on one sheet
    page = KeepInFrame(width, height, [*letterhead(profile, styles, width), *flow], mode="shrink")
    return render([page], info, styles, paper, title=f"{title}: {result.name}")


def _category_table(result: PlanVsActual, styles: ReportStyles, f: Formats, width: float) -> Any:
    """Per category: budget to date (spread by month), spending to date, variance, and the
    whole-plan budget for scale."""
    from crmdesk.reports.blocks import data_table, widths
    from crmdesk.reports.styles import FAIL

    header = [
        translate("PlanVsActual", "Category ({currency})").format(currency=result.currency),
        translate("PlanVsActual", "Budget to date"),
        translate("PlanVsActual", "Actual to date"),
        translate("PlanVsActual", "Variance"),
        translate("PlanVsActual", "Variance %"),
        translate("PlanVsActual", "Whole-plan budget"),
    ]
    rows: list[list[Any]] = []
    extra: list[Any] = []
    budget_sum = actual_sum = ZERO
    reserve = result.variance.contingency.reserve
    for row in result.variance.rows:
        cell = result.to_date.get(row.category)
        if cell is None or (not cell.budget and not cell.actual and not row.total.budget):
            continue
        budget_sum += cell.budget
        actual_sum += cell.actual
        rows.append(
            [
                _category(row.category),
                f.money(cell.budget, symbol=False),
                f.money(cell.actual, symbol=False),
                f.money(cell.variance, symbol=False),
                _signed_percent(cell.ratio, f),
                f.money(row.total.budget, symbol=False),
            ]
        )
        if cell.is_over():
            extra.append(("TEXTCOLOR", (3, len(rows)), (4, len(rows)), FAIL))
    total_ratio = (actual_sum - budget_sum) / budget_sum if budget_sum else None
    rows.append(
        [
            styles.bold(translate("PlanVsActual", "Total of the cost lines"), styles.cell),
            styles.bold(f.money(budget_sum, symbol=False), styles.cell_num),
            styles.bold(f.money(actual_sum, symbol=False), styles.cell_num),
            styles.bold(f.money(actual_sum - budget_sum, symbol=False), styles.cell_num),
            styles.bold(_signed_percent(total_ratio, f), styles.cell_num),
            styles.bold(
                f.money(result.variance.total.budget - reserve, symbol=False), styles.cell_num
            ),
        ]
    )
    if reserve:
        # not a cost line: held back for overruns, so it is outside the total
        rows.append(
            [
                _category("contingency"),
                f.money(result.reserve_to_date, symbol=False),
                "",
                "",
                "",
                f.money(reserve, symbol=False),
            ]
        )
    columns = widths(width, [2.4, 1.4, 1.4, 1.3, 0.9, 1.4])
    return data_table(
        header, rows, styles, columns, numeric=(1, 2, 3, 4, 5), extra=extra, keep_last=1
    )


def _curve_chart(curve: SpendCurve, fonts: ChartFonts, width: float, today: dt.date) -> Drawing:
    """Cumulative budget (dashed) and actual spending (solid) per month."""
    from reportlab.graphics.shapes import Line, PolyLine, Rect, String

    from crmdesk.reports.charts import axis_label, nice_ticks
    from crmdesk.reports.styles import INK, MUTED, NAVY, NEGATIVE, RULE

    f = fonts.formats
    height = 130.0
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.font
    drawing.initialFontSize = 7.5
    # room on the right for half of the last month's label, which is centred on its point
    left, right, bottom, top = 46.0, width - 24, 26.0, height - 16
    values = [float(v) for v in curve.budget] + [float(v) for v in curve.actual if v is not None]
    ticks = nice_ticks(0.0, max(values or [1.0]))
    high = ticks[-1] or 1.0

    def y_of(value: float) -> float:
        return bottom + value / high * (top - bottom)

    def text(x: float, y: float, label: str, **kw: Any) -> String:
        params: dict[str, Any] = {"fontName": fonts.font, "fontSize": 7.5, "fillColor": MUTED}
        params.update(kw)
        return String(x, y, label, **params)

    for tick in ticks:
        y = y_of(tick)
        drawing.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(text(left - 4, y - 2.5, axis_label(tick, f.chinese), textAnchor="end"))
    count = max(len(curve.months), 1)
    step = (right - left) / max(count - 1, 1)
    label_every = max(1, round(count / 8))
    for i, month in enumerate(curve.months):
        if (count - 1 - i) % label_every == 0:
            label = f.month(month)
            drawing.add(text(left + step * i, bottom - 11, label, textAnchor="middle"))
    budget = _points(curve.budget, left, step, y_of)
    drawing.add(PolyLine(budget, strokeColor=NAVY, strokeWidth=1.4, strokeDashArray=[4, 2]))
    actual = _points(curve.actual, left, step, y_of)
    if len(actual) >= 4:
        drawing.add(PolyLine(actual, strokeColor=NEGATIVE, strokeWidth=1.8))
    x = left
    for colour, label in (
        (NAVY, translate("PlanVsActual", "Budget (dashed)")),
        (NEGATIVE, translate("PlanVsActual", "Actual")),
    ):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        drawing.add(Rect(x, height - 8, 8, 5, fillColor=colour, strokeColor=None))
        drawing.add(text(x + 11, height - 8, label, fillColor=INK))
        x += 25 + stringWidth(label, fonts.font, 7.5)
    return drawing


def _points(values: Sequence[Decimal | None], left: float, step: float, y_of: Any) -> list[float]:
    points: list[float] = []
    for i, value in enumerate(values):
        if value is not None:
            points += [left + step * i, y_of(float(value))]
    return points


def _realised(
    data: RealisedReturn, styles: ReportStyles, f: Formats, width: float
) -> list[Flowable]:
    from crmdesk.domain.spending.realised import Source
    from crmdesk.reports.blocks import data_table, widths

    rows = [
        [
            _category(b.category.value),
            f.money(b.expected, symbol=False),
            f.money(b.realised, symbol=False),
            f.sentence(b.basis),
        ]
        for b in data.benefits
        if b.expected or b.source is not Source.PLANNED
    ]
    header = [
        translate("PlanVsActual", "Benefit ({currency})").format(currency=data.currency),
        translate("PlanVsActual", "Planned a year"),
        translate("PlanVsActual", "Realised a year"),
        translate("PlanVsActual", "How it is counted"),
    ]
    planned, estimate = data.planned, data.re_estimated
    assert estimate is not None
    summary = translate(
        "PlanVsActual",
        "As planned: NPV {npv}, simple ROI {roi}, payback {payback}. Re-estimated from actual"
        " spending and realised benefits: NPV {new_npv}, simple ROI {new_roi}, payback"
        " {new_payback}.",
    ).format(
        npv=f.money(planned.npv),
        roi=f.percent(planned.roi_simple, 2),
        payback=_payback(planned.payback.years, f),
        new_npv=f.money(estimate.npv),
        new_roi=f.percent(estimate.roi_simple, 2),
        new_payback=_payback(estimate.payback.years, f),
    )
    return [
        styles.heading(translate("PlanVsActual", "Realised return"), 2, reserve=100),
        styles.p(
            translate(
                "PlanVsActual", "Measured from go-live on {start} to the end of {end}."
            ).format(start=f.date(data.go_live), end=f.date(data.as_of)),
            styles.body,
        ),
        styles.p(summary, styles.body),
        data_table(header, rows, styles, widths(width, [1.6, 1.1, 1.1, 3.4]), numeric=(1, 2)),
    ]


def _payback(years: Decimal | None, f: Formats) -> str:
    return (
        f.years(years) if years is not None else translate("PlanVsActual", "not within the horizon")
    )
