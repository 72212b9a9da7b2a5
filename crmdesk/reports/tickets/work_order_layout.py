"""The pages of a service work order (see ``work_order`` for the data and the entry point)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from crmdesk.domain.tickets.work_order import WorkOrderData
from crmdesk.i18n import translate
from crmdesk.reports.blocks import (
    callout,
    data_table,
    fields_table,
    fitting,
    signature_block,
    widths,
)
from crmdesk.reports.document import PageFrame, content_width, render
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import NAVY, RULE, TOTAL_BAND, ReportStyles, plain_style, report_styles
from crmdesk.reports.text import escape


def _title_block(data: WorkOrderData, f: Formats, styles: ReportStyles, width: float) -> Table:
    # the letterhead names the business already when there is a profile
    named = data.profile is not None and bool(data.profile.name)
    left = [
        styles.p(data.issuer, styles.kicker) if data.issuer and not named else Spacer(1, 1),
        styles.bold(translate("Report", "Service work order"), styles.title),
        styles.p(data.subject, styles.subtitle),
    ]
    box_width = width * 1.3 / 4.3
    facts = [
        styles.p(translate("Report", "Work order no."), styles.card_label),
        styles.bold(data.number, fitting(data.number, styles.card_value, box_width - 16)),
    ]
    if data.opened_at is not None:
        facts.append(styles.p(translate("Report", "Opened"), styles.card_label))
        facts.append(styles.p(f.datetime(data.opened_at), styles.cell))
    # the box hugs the number and date instead of stretching to the title's height
    box = Table([[facts]], colWidths=[box_width])
    box.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ],
        )
    )
    table = Table([[left, box]], colWidths=[width - box_width, box_width])
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    return table


def _text_box(
    title: str, text: str, styles: ReportStyles, width: float, blank_lines: int
) -> list[Flowable]:
    """A titled box with the text, or ruled blank lines to write on when there is none."""
    body: list[Flowable] = []
    if text.strip():
        body.append(styles.p(text, styles.body))
    else:
        body.append(_BlankLines(blank_lines))
    return [styles.heading(title, 2), callout(body, styles, width)]


class _BlankLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * 8 * mm
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = i * 8 * mm
            self.canv.line(0, y, self.width, y)


def _lines_table(data: WorkOrderData, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    header = [
        translate("Report", "Parts and labour"),
        translate("Report", "Quantity"),
        translate("Report", "Unit price"),
        translate("Report", "Amount"),
    ]
    rows: list[list[Any]] = [
        [
            line.description,
            "" if line.quantity is None else f"{line.quantity:,f}",
            "" if line.unit_price is None else f.money(line.unit_price),
            "" if line.amount is None else f.money(line.amount),
        ]
        for line in data.lines
    ]
    extra: list[Any] = []
    if data.total is not None:
        rows.append(
            [
                styles.bold(translate("Report", "Total"), styles.cell),
                "",
                "",
                styles.bold(f.money(data.total), styles.cell_num),
            ]
        )
        extra = [("BACKGROUND", (0, len(rows)), (-1, len(rows)), TOTAL_BAND)]
    return data_table(
        header,
        rows,
        styles,
        widths(width, [5, 1.2, 1.8, 1.8]),
        numeric=(1, 2, 3),
        extra=extra,
        keep_last=1 if data.total is not None else 0,
    )


def _history_table(data: WorkOrderData, f: Formats, styles: ReportStyles, width: float) -> Flowable:
    header = [translate("Report", "When"), translate("Report", "What happened")]
    title = translate("Report", "History")
    if any(e.author for e in data.events):
        header.append(translate("Report", "By"))
        rows = [[f.datetime(e.when), e.text, e.author] for e in data.events]
        return data_table(header, rows, styles, widths(width, [1.5, 5, 1.5]), caption=title)
    # no author known for any line: no empty "By" column
    rows = [[f.datetime(e.when), e.text] for e in data.events]
    return data_table(header, rows, styles, widths(width, [1.5, 6.5]), caption=title)


def _satisfaction(data: WorkOrderData, styles: ReportStyles) -> Flowable:
    if data.satisfaction is not None:
        text = translate("Report", "Customer satisfaction: {score} of 5").format(
            score=data.satisfaction
        )
        parts = [styles.p(text, styles.body)]
        if data.satisfaction_comment:
            parts.append(styles.p(data.satisfaction_comment, styles.note))
        return KeepTogether(parts)
    boxes = "    ".join(f"□ {n}" for n in range(1, 6))
    label = translate("Report", "Customer satisfaction (1 = poor, 5 = excellent):")
    return styles.rich(f"{escape(label)}    {escape(boxes)}", styles.body)


def story(data: WorkOrderData, f: Formats, styles: ReportStyles, width: float) -> list[Flowable]:
    """The flowables of one work order."""
    customer = [
        (translate("Report", "Name"), data.customer_name),
        (translate("Report", "Company"), data.company),
        (translate("Report", "Phone"), data.phone),
        (translate("Report", "E-mail"), data.email),
        (translate("Report", "Address"), data.address),
    ]
    ticket = [
        (translate("Report", "Category"), data.category),
        (translate("Report", "Priority"), data.priority),
        (translate("Report", "Status"), data.status),
        (translate("Report", "Received via"), data.channel),
        (translate("Report", "Assigned to"), data.assignee),
        (translate("Report", "Opened"), f.datetime(data.opened_at)),
        (translate("Report", "Response due"), f.datetime(data.response_due_at)),
        (translate("Report", "Resolution due"), f.datetime(data.due_at)),
        (translate("Report", "Resolved"), f.datetime(data.resolved_at)),
        (translate("Report", "Closed"), f.datetime(data.closed_at)),
    ]
    product = [
        (translate("Report", "Product"), data.product),
        (translate("Report", "Serial number"), data.serial_number),
        (translate("Report", "Warranty until"), f.date(data.warranty_end)),
    ]
    flow: list[Flowable] = [_title_block(data, f, styles, width), Spacer(1, 5 * mm)]
    flow += [styles.heading(translate("Report", "Customer"), 2)]
    flow += [fields_table(customer, styles, width)]
    flow += [styles.heading(translate("Report", "Ticket"), 2), fields_table(ticket, styles, width)]
    if any(value for _, value in product):
        flow += [styles.heading(translate("Report", "Product"), 2)]
        flow += [fields_table(product, styles, width)]
    flow += _text_box(translate("Report", "Problem reported"), data.description, styles, width, 3)
    flow += _text_box(translate("Report", "Work done"), data.resolution, styles, width, 4)
    if data.lines:
        flow += [Spacer(1, 3 * mm), _lines_table(data, f, styles, width)]
    if data.events:
        flow += [styles.heading(translate("Report", "History"), 2)]
        flow += [_history_table(data, f, styles, width)]
    signatures = signature_block(
        [translate("Report", "Technician"), translate("Report", "Customer")], styles, width
    )
    flow += [
        KeepTogether(
            [Spacer(1, 5 * mm), _satisfaction(data, styles), Spacer(1, 4 * mm), signatures]
        )
    ]
    return flow


def render_work_order(data: WorkOrderData, lang: str, paper: str) -> bytes:
    """The work order as PDF bytes."""
    styles = report_styles()
    f = Formats(lang, data.currency)
    generated = data.generated or dt.date.today()
    document = translate("Report", "Service work order")
    issuer = data.issuer or (data.profile.name if data.profile else "")
    info = PageFrame(
        issuer,
        document,
        f"{data.number} · {data.customer_name}",
        generated,
        lang,
        profile=data.profile,
    )
    width = content_width(paper)
    return render(story(data, f, styles, width), info, styles, paper, f"{document} {data.number}")
