"""The customer list on paper: the rows the user is looking at, with the filter that chose them.

The customers screen fills a :class:`CustomerListData` and calls :func:`build_customer_list`.
Importing this module does not import reportlab; building does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crmdesk.domain.company import CompanyProfile
from crmdesk.reports.output import ReportTarget

ProgressCallback = Callable[[int, int], None]
PROGRESS_STEP = 200  # rows between progress reports


@dataclass(frozen=True)
class CustomerListRow:
    """One customer. ``stage`` is a display text (translated by the caller)."""

    name: str
    company: str = ""
    phone: str = ""
    email: str = ""
    stage: str = ""
    tags: tuple[str, ...] = ()
    last_contact: dt.datetime | dt.date | None = None
    next_followup: dt.datetime | dt.date | None = None


@dataclass(frozen=True)
class CustomerListData:
    """The rows to print and how they were chosen.

    ``filter_text`` describes the current filter in the user's words ("Tag: VIP; search: 王");
    empty means all customers. ``total`` is the number of customers before filtering, if
    known. ``title`` defaults to "Customer list"; ``issuer`` is the user's own company.
    """

    rows: Sequence[CustomerListRow]
    filter_text: str = ""
    total: int | None = None
    title: str = ""
    issuer: str = ""
    generated: dt.date | None = None
    # the business's own profile, printed as the letterhead of the first page
    profile: CompanyProfile | None = None


def build_customer_list(
    data: CustomerListData,
    target: ReportTarget = None,
    lang: str = "en",
    paper: str = "A4",
    progress: ProgressCallback | None = None,
) -> bytes:
    """Lay out the list as a PDF, write it to ``target`` (see ``ReportTarget``), return bytes.

    ``progress(done, total)`` counts rows laid out and may raise ``Cancelled``.
    """
    from crmdesk.reports.output import deliver

    return deliver(_render(data, lang, paper, progress), target)


def _render(
    data: CustomerListData, lang: str, paper: str, progress: ProgressCallback | None
) -> bytes:
    from reportlab.platypus import Flowable, Spacer

    from crmdesk.i18n import translate
    from crmdesk.reports.blocks import data_table, widths
    from crmdesk.reports.document import PageFrame, content_width, render
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import report_styles

    styles = report_styles()
    f = Formats(lang)
    # eight columns of names, addresses and dates need the width of a landscape page
    width = content_width(paper, landscape=True)
    title = data.title or translate("Report", "Customer list")
    generated = data.generated or dt.date.today()
    count = len(data.rows)
    if data.total is not None and data.total != count:
        summary = translate("Report", "{shown} of {total} customers").format(
            shown=f.count(count), total=f.count(data.total)
        )
    else:
        summary = translate("Report", "{count} customers").format(count=f.count(count))
    flow: list[Flowable] = [styles.bold(title, styles.title), styles.p(summary, styles.subtitle)]
    if data.filter_text.strip():
        flow.append(
            styles.p(
                translate("Report", "Filter: {filter}").format(filter=data.filter_text),
                styles.body,
            )
        )
    flow.append(Spacer(1, 6))
    header = [
        "#",
        translate("Report", "Name"),
        translate("Report", "Company"),
        translate("Report", "Phone"),
        translate("Report", "E-mail"),
        translate("Report", "Stage"),
        translate("Report", "Tags"),
        translate("Report", "Last contact"),
        translate("Report", "Next follow-up"),
    ]
    columns = widths(width, [0.4, 1.5, 1.8, 1.25, 2.1, 0.8, 1.0, 0.95, 0.95])
    rows: list[list[str]] = []
    for start in range(0, count, PROGRESS_STEP):
        if progress is not None:
            progress(start, count)
        rows.extend(
            [
                str(start + i + 1),
                r.name,
                r.company,
                r.phone,
                r.email,
                r.stage,
                f.join(list(r.tags), ", "),
                f.short_date(r.last_contact),
                f.short_date(r.next_followup),
            ]
            for i, r in enumerate(data.rows[start : start + PROGRESS_STEP])
        )
    if rows:
        # one table: its header is printed at the top of each page, never mid-page
        flow.append(data_table(header, rows, styles, columns, numeric=(0,), caption=title))
    if not count:
        flow.append(styles.p(translate("Report", "No customers match the filter."), styles.body))
    issuer = data.issuer or (data.profile.name if data.profile else "")
    info = PageFrame(issuer, title, summary, generated, lang, profile=data.profile)
    pdf = render(flow, info, styles, paper, title, landscape=True)
    if progress is not None:
        progress(count, count)
    return pdf
