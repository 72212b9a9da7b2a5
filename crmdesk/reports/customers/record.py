"""One customer on paper: contact details, custom fields, notes, open follow-ups, tickets and
the history (the single customer view).

The customers screen fills a :class:`CustomerRecordData` and calls
:func:`build_customer_record`. Importing this module does not import reportlab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crmdesk.domain.company import CompanyProfile
from crmdesk.reports.output import ReportTarget

if TYPE_CHECKING:
    from crmdesk.reports.formats import Formats

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class RecordEntry:
    """A dated line: a follow-up, a ticket or a history event. ``kind`` is display text
    ("Call", "Ticket SR-2027-0042"); ``when`` is shown in local time."""

    when: dt.datetime | dt.date | None
    kind: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class CustomerRecordData:
    """Everything the record shows; empty values are left out.

    ``stage`` and the entries' ``kind`` are display texts (translated by the caller);
    ``fields`` are custom fields as (label, value); ``history`` is newest first.
    """

    name: str
    company: str = ""
    stage: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    address: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    created_at: dt.datetime | None = None
    last_contact: dt.datetime | None = None
    next_followup: dt.datetime | None = None
    followups: tuple[RecordEntry, ...] = ()
    tickets: tuple[RecordEntry, ...] = ()
    history: tuple[RecordEntry, ...] = ()
    issuer: str = ""
    generated: dt.date | None = None
    # the business's own profile, printed as the letterhead of the first page
    profile: CompanyProfile | None = None


def build_customer_record(
    data: CustomerRecordData,
    target: ReportTarget = None,
    lang: str = "en",
    paper: str = "A4",
    progress: ProgressCallback | None = None,
) -> bytes:
    """Lay out the record as a PDF, write it to ``target`` (see ``ReportTarget``), return
    bytes."""
    from crmdesk.reports.output import deliver

    if progress is not None:
        progress(0, 1)
    pdf = _render(data, lang, paper)
    if progress is not None:
        progress(1, 1)
    return deliver(pdf, target)


def _when(value: dt.datetime | dt.date | None, f: Formats) -> str:
    if isinstance(value, dt.datetime):
        return f.datetime(value)
    return f.short_date(value)


def _render(data: CustomerRecordData, lang: str, paper: str) -> bytes:
    from reportlab.platypus import Flowable, Spacer

    from crmdesk.i18n import translate
    from crmdesk.reports.blocks import callout, data_table, fields_table, widths
    from crmdesk.reports.document import PageFrame, content_width, render
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import report_styles

    styles = report_styles()
    f = Formats(lang)
    width = content_width(paper)
    document = translate("Report", "Customer record")
    flow: list[Flowable] = [
        styles.p(document, styles.kicker),
        styles.bold(data.name, styles.title),
    ]
    if data.company:
        flow.append(styles.p(data.company, styles.subtitle))
    flow.append(Spacer(1, 4))
    details = [
        (translate("Report", "Stage"), data.stage),
        (translate("Report", "Phone"), "\n".join(data.phones)),
        (translate("Report", "E-mail"), "\n".join(data.emails)),
        (translate("Report", "Address"), data.address),
        (translate("Report", "Tags"), f.join(list(data.tags), ", ")),
        (translate("Report", "Customer since"), f.date(data.created_at)),
        (translate("Report", "Last contact"), _when(data.last_contact, f)),
        (translate("Report", "Next follow-up"), _when(data.next_followup, f)),
        *data.fields,
    ]
    flow.append(fields_table(details, styles, width))
    if data.notes.strip():
        flow.append(styles.heading(translate("Report", "Notes"), 2))
        flow.append(callout([styles.p(data.notes, styles.body)], styles, width))
    header = [
        translate("Report", "When"),
        translate("Report", "What"),
        translate("Report", "Details"),
    ]
    columns = widths(width, [1.3, 1.4, 4.3])
    sections = (
        (translate("Report", "Open follow-ups"), data.followups),
        (translate("Report", "Service tickets"), data.tickets),
        (translate("Report", "History"), data.history),
    )
    for title, entries in sections:
        if not entries:
            continue
        flow.append(styles.heading(title, 2))
        rows = [
            [
                _when(e.when, f),
                e.kind,
                [styles.p(e.text, styles.cell)]
                + ([styles.p(e.detail, styles.cell_sub)] if e.detail else []),
            ]
            for e in entries
        ]
        flow.append(data_table(header, rows, styles, columns, caption=title))
    generated = data.generated or dt.date.today()
    issuer = data.issuer or (data.profile.name if data.profile else "")
    info = PageFrame(issuer, document, data.name, generated, lang, profile=data.profile)
    return render(flow, info, styles, paper, f"{document}: {data.name}")
