"""The tables of the budget report: breakdowns by category and year, cash flow, key figures.

Every figure is read from ``PlanMetrics`` (or, for an item's yearly amounts, from
``cashflow.item_flows``); the only sum made here is an item's total over the years, shown
in its row. Wide tables (long horizons, large amounts) are split into groups of year columns
that each fit the page, the label column repeated; long tables repeat their header row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from crmdesk.domain.planning.appraisal import CaseMetrics
from crmdesk.domain.planning.cashflow import item_flows
from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    CONTINGENCY,
    COST_CATEGORY_LABELS,
)
from crmdesk.domain.planning.finance import discount_factor, round_half_up
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.domain.planning.plan import BenefitItem, CostItem
from crmdesk.i18n import translate
from crmdesk.reports.blocks import cards, data_table, widths
from crmdesk.reports.budget.wording import category_label, item_description, item_label
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import CATEGORY_BAND, TOTAL_BAND, ReportStyles

ZERO = Decimal(0)
DASH = "–"
NUMBER_SIZE = 8.0  # the size of styles.cell_fig
MIN_LABEL_WIDTH = 110.0


@dataclass(frozen=True)
class BreakdownRow:
    """One row of a breakdown: a category subtotal, an item, or the grand total."""

    kind: str  # "category", "item" or "total"
    label: str
    detail: str
    years: tuple[Decimal, ...]
    total: Decimal


def breakdown_rows(metrics: PlanMetrics, side: str, f: Formats) -> list[BreakdownRow]:
    """Rows of the cost (``side="costs"``) or benefit breakdown, categories in display order."""
    plan, case = metrics.plan, metrics.base
    rows_by_year = case.table.rows
    costs = side == "costs"
    labels = COST_CATEGORY_LABELS if costs else BENEFIT_CATEGORY_LABELS
    items: Sequence[CostItem | BenefitItem] = plan.costs if costs else plan.benefits
    result: list[BreakdownRow] = []
    for key in labels:
        yearly = tuple(
            (r.costs_by_category if costs else r.benefits_by_category)[key] for r in rows_by_year
        )
        members = [i for i in items if i.category.value == key]
        if not members and not any(yearly):
            continue
        detail = ""
        if key == CONTINGENCY and plan.contingency_rate:
            detail = translate("Report", "{rate} of year-0 costs").format(
                rate=f.percent(plan.contingency_rate, 2)
            )
        total = case.table.category_total(key)
        result.append(BreakdownRow("category", category_label(key), detail, yearly, total))
        for item in members:
            flows = tuple(item_flows(item, plan.users, plan.horizon_years))
            result.append(
                BreakdownRow(
                    "item",
                    item_label(item),
                    item_description(item, plan.users, f),
                    flows,
                    sum(flows, ZERO),
                )
            )
    grand = case.total_costs if costs else case.total_benefits
    label = translate("Report", "Total costs") if costs else translate("Report", "Total benefits")
    yearly_totals = tuple(r.costs if costs else r.benefits for r in rows_by_year)
    result.append(BreakdownRow("total", label, "", yearly_totals, grand))
    return result


def _column_width(texts: Sequence[str], font: str, size: float = NUMBER_SIZE) -> float:
    # 8 points of cell padding, and room for the drawn-bold outline of total rows
    return max(stringWidth(t, font, size) for t in texts) + 12


def year_groups(years: int, fits: int) -> list[list[int]]:
    """Split year indexes 0..years-1 plus the total column (index ``years``) into groups of
    at most ``fits`` columns, as even as possible, in order."""
    columns = years + 1
    count = math.ceil(columns / max(fits, 1))
    size = math.ceil(columns / count)
    return [list(range(start, min(start + size, columns))) for start in range(0, columns, size)]


def breakdown_tables(
    rows: Sequence[BreakdownRow], f: Formats, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The breakdown as one table or, when the year columns do not fit the page, as parts of
    consecutive years, each with a subtotal column of its years (the last one also with the
    total), so every part adds up on its own."""
    years = len(rows[0].years)

    def amount(value: Decimal) -> str:
        # A dash for nothing in that year reads faster than a column of 0.00.
        return f.money(value, symbol=False) if value else DASH

    money = [[amount(v) for v in (*row.years, row.total)] for row in rows]
    headers = [f.year_heading(t) for t in range(years)] + [translate("Report", "Total")]
    font = styles.fonts.regular
    column = _column_width([t for line in money for t in line] + headers, font)
    fits = max(1, int((width - MIN_LABEL_WIDTH) // column))
    groups = year_groups(years, fits) if years + 1 <= fits else year_groups(years, fits - 1)
    flow: list[Flowable] = []
    for group in groups:
        part_years = [c for c in group if c < years]
        columns: list[tuple[str, list[str]]] = [(headers[c], [m[c] for m in money]) for c in group]
        caption = None
        if len(groups) > 1 and part_years:
            first, last = part_years[0], part_years[-1]
            caption = translate("Report", "Years {first}–{last}").format(first=first, last=last)
            subtotal = [amount(sum((row.years[c] for c in part_years), ZERO)) for row in rows]
            columns.insert(len(part_years), (translate("Report", "Subtotal"), subtotal))
            if group[-1] == years:
                flow.append(
                    styles.p(
                        translate("Report", "{years}, and totals").format(years=caption),
                        styles.note,
                    )
                )
            else:
                flow.append(styles.p(caption, styles.note))
        label_width = width - column * len(columns)
        header = [translate("Report", "Item")] + [title for title, _ in columns]
        body: list[list[Any]] = []
        extra: list[Any] = []
        # a part of the table that starts inside a category begins with its name, continued
        continued: list[list[Any] | None] = []
        group: list[Any] | None = None
        for index, row in enumerate(rows, start=1):
            continued.append(group if row.kind == "item" else None)
            if row.kind == "category":
                name = translate("Report", "{title} (continued)").format(title=row.label)
                group = [styles.bold(name, styles.cell)] + [""] * len(columns)
            elif row.kind != "item":
                group = None
            texts = [values[index - 1] for _, values in columns]
            if row.kind == "item":
                label: Any = [styles.p(row.label, styles.cell)]
                if row.detail:
                    label.append(styles.p(row.detail, styles.cell_sub))
                cells = [styles.p(t, styles.cell_fig) for t in texts]
            else:
                label = [styles.bold(row.label, styles.cell)]
                if row.detail:
                    label.append(styles.p(row.detail, styles.cell_sub))
                cells = [styles.bold(t, styles.cell_fig) for t in texts]
                band = TOTAL_BAND if row.kind == "total" else CATEGORY_BAND
                extra.append(("BACKGROUND", (0, index), (-1, index), band))
                if row.kind == "category" and index < len(rows):
                    # a category heading never ends a page without its first item
                    extra.append(("NOSPLIT", (0, index), (-1, index + 1)))
            body.append([label, *cells])
        flow.append(
            data_table(
                header,
                body,
                styles,
                [label_width] + [column] * len(columns),
                numeric=range(1, len(columns) + 1),
                extra=extra,
                banded=False,
                keep_last=1,
                caption=caption,
                continued_rows=continued,
                continued_style=[("BACKGROUND", (0, 0), (-1, 0), CATEGORY_BAND)],
            )
        )
        flow.append(Spacer(1, 6))
    return flow


def tco_cards(case: CaseMetrics, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    """Total cost of ownership overall, per year, per user and per user-month, as cards."""
    tco = case.tco
    return cards(
        [
            (translate("Report", "Total cost of ownership"), f.money(tco.total)),
            (translate("Report", "TCO per year"), f.money(tco.per_year)),
            (translate("Report", "TCO per user"), f.money(tco.per_user)),
            (translate("Report", "TCO per user-month"), f.money(tco.per_user_month)),
        ],
        styles,
        width,
        columns=4,
    )


def cash_flow_table(case: CaseMetrics, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    """Year by year: costs, benefits, net, cumulative, discount factor and present values."""
    header = [
        translate("Report", "Year"),
        translate("Report", "Costs"),
        translate("Report", "Benefits"),
        translate("Report", "Net cash flow"),
        translate("Report", "Cumulative"),
        translate("Report", "Discount factor"),
        translate("Report", "Present value"),
        translate("Report", "Cumulative present value"),
    ]
    rate = case.discount_rate
    rows: list[list[Any]] = []
    for row in case.table.rows:
        factor = discount_factor(rate, row.year)
        rows.append(
            [
                str(row.year),
                f.money(row.costs, symbol=False),
                f.money(row.benefits, symbol=False),
                f.money(row.net, symbol=False),
                f.money(row.cumulative, symbol=False),
                f"{round_half_up(factor, 4):f}",
                f.money(row.discounted_net, symbol=False),
                f.money(row.discounted_cumulative, symbol=False),
            ]
        )
    rows.append(
        [
            styles.bold(translate("Report", "Total"), styles.cell),
            styles.bold(f.money(case.total_costs, symbol=False), styles.cell_num),
            styles.bold(f.money(case.total_benefits, symbol=False), styles.cell_num),
            # the net total over the years is the final cumulative figure
            styles.bold(f.money(case.table.rows[-1].cumulative, symbol=False), styles.cell_num),
            "",
            "",
            styles.bold(f.money(case.npv, symbol=False), styles.cell_num),
            "",
        ]
    )
    last = len(rows)
    return data_table(
        header,
        rows,
        styles,
        widths(width, [0.55, 1.25, 1.25, 1.25, 1.25, 0.85, 1.25, 1.35]),
        numeric=range(1, 8),
        extra=[("BACKGROUND", (0, last), (-1, last), TOTAL_BAND)],
        keep_last=1,
        caption=translate("Report", "Cash flow"),
    )


def _value_cell(value: str, note: str | None, styles: ReportStyles) -> list[Paragraph] | Paragraph:
    if not note:
        return styles.p(value, styles.cell_num)
    return [styles.p(value, styles.cell_num), styles.p(note, styles.cell_sub)]


def figure_rows(case: CaseMetrics, f: Formats) -> list[tuple[str, str, str | None]]:
    """(label, value, note) of every headline figure of one case."""
    irr_value = f.percent(case.irr.value, 2) if case.irr.value is not None else "—"
    irr_note = None if case.irr.value is not None else f.sentence(case.irr.note)
    payback_note = (
        None
        if case.payback.dip_year is None and case.payback.years is not None
        else f.sentence(case.payback.note)
    )
    disc_note = (
        None
        if case.discounted_payback.dip_year is None and case.discounted_payback.years is not None
        else f.sentence(case.discounted_payback.note)
    )
    return [
        (translate("Report", "Net present value (NPV)"), f.money(case.npv), None),
        (translate("Report", "Present value of benefits"), f.money(case.pv_benefits), None),
        (translate("Report", "Present value of costs"), f.money(case.pv_costs), None),
        (translate("Report", "Total benefits (undiscounted)"), f.money(case.total_benefits), None),
        (translate("Report", "Total costs (undiscounted)"), f.money(case.total_costs), None),
        (translate("Report", "Benefit-cost ratio"), f.ratio(case.bcr), None),
        (translate("Report", "ROI, simple"), f.percent(case.roi_simple), None),
        (
            translate("Report", "ROI, discounted (NPV / PV of costs)"),
            f.percent(case.roi_discounted),
            None,
        ),
        (translate("Report", "Internal rate of return (IRR)"), irr_value, irr_note),
        (translate("Report", "Modified IRR (MIRR)"), f.percent(case.mirr), None),
        (
            translate("Report", "Payback period"),
            f.years(case.payback.years) if case.payback.years is not None else "—",
            payback_note,
        ),
        (
            translate("Report", "Discounted payback period"),
            f.years(case.discounted_payback.years)
            if case.discounted_payback.years is not None
            else "—",
            disc_note,
        ),
        (
            translate("Report", "Break-even annual benefit"),
            f.money(case.break_even_annual_benefit),
            None,
        ),
    ]


def figures_table(metrics: PlanMetrics, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    """Every headline figure as planned and, when the plan has one, risk-adjusted."""
    base = figure_rows(metrics.base, f)
    adjusted = figure_rows(metrics.risk_adjusted, f) if metrics.risk_adjusted else None
    header = [translate("Report", "Figure"), translate("Report", "As planned")]
    if adjusted is not None:
        header.append(translate("Report", "Risk-adjusted"))
    rows: list[list[Any]] = []
    for i, (label, value, note) in enumerate(base):
        row: list[Any] = [label, _value_cell(value, note, styles)]
        if adjusted is not None:
            row.append(_value_cell(adjusted[i][1], adjusted[i][2], styles))
        rows.append(row)
    fractions = [2.2, 1.4, 1.4] if adjusted is not None else [2.6, 1.4]
    return data_table(header, rows, styles, widths(width, fractions), numeric=(1, 2))
