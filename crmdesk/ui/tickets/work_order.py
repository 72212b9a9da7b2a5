"""Preview/print or save a ticket's work order; the report machinery builds the PDF off the GUI
thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from crmdesk import settings
from crmdesk.domain.company import CompanyProfile
from crmdesk.domain.tickets.work_order import WorkOrderData, WorkOrderEvent
from crmdesk.reports.tickets.work_order import build_work_order
from crmdesk.services.tickets.records import TicketDetail
from crmdesk.ui.context import AppContext
from crmdesk.ui.reports import (
    BuildFunction,
    ReportPreviewDialog,
    generate_and_preview,
    report_paper,
)
from crmdesk.ui.reports.preview import safe_file_name
from crmdesk.ui.tasks import Task
from crmdesk.ui.tickets.common import (
    category_label,
    channel_label,
    event_text,
    priority_label,
    status_label,
)


def work_order_data(
    detail: TicketDetail,
    issuer: str,
    currency: str,
    tz: dt.tzinfo,
    profile: CompanyProfile | None = None,
) -> WorkOrderData:
    """The plain data the work order prints, labels translated for the current language;
    ``profile`` (the business's own) is its letterhead."""
    t = detail.ticket
    return WorkOrderData(
        number=t.number,
        subject=t.subject,
        customer_name=t.customer_name,
        company=t.customer_company if t.customer_company != t.customer_name else "",
        phone=detail.phone,
        email=detail.email,
        address=detail.address,
        category=category_label(t.category),
        priority=priority_label(t.priority),
        status=status_label(t.status),
        channel=channel_label(t.channel),
        assignee=t.assignee,
        product=t.product,
        serial_number=t.serial_number,
        warranty_end=t.warranty_end,
        opened_at=t.created_at,
        response_due_at=t.response_due_at,
        due_at=t.due_at,
        resolved_at=t.resolved_at,
        closed_at=t.closed_at,
        description=t.description or t.subject,
        resolution=t.resolution,
        currency=currency,
        events=_events(detail, tz),
        satisfaction=t.satisfaction,
        satisfaction_comment=t.satisfaction_comment,
        issuer=issuer,
        generated=dt.datetime.now(tz).date(),
        profile=profile,
    )


def _events(detail: TicketDetail, tz: dt.tzinfo) -> tuple[WorkOrderEvent, ...]:
    """The history lines of the work order, each with who held the ticket then ("By"): the
    database records no author, so the assignee at that moment is the one accountable."""
    history = detail.history  # oldest first
    first = next((e for e in history if e.kind == "assignee"), None)
    holder = first.old_value if first is not None else detail.ticket.assignee
    events: list[WorkOrderEvent] = []
    for e in history:
        if e.kind == "assignee":
            holder = e.new_value
        if e.kind in ("status", "comment", "assignee"):
            events.append(WorkOrderEvent(e.at, event_text(e, tz), holder))
    return tuple(events)


def _data(ctx: AppContext, detail: TicketDetail, tz: dt.tzinfo) -> WorkOrderData:
    return work_order_data(
        detail,
        ctx.settings.get(settings.COMPANY_NAME),
        ctx.settings.get(settings.CURRENCY),
        tz,
        settings.company_profile(ctx.settings),
    )


def default_file_name(detail: TicketDetail) -> str:
    """``SR-2027-0001 王伟.pdf``, without characters Windows refuses in file names."""
    name = f"{detail.ticket.number} {detail.ticket.customer_name}".strip()
    return safe_file_name(f"{name}.pdf")


def _build(ctx: AppContext, data: WorkOrderData, target: str | None) -> BuildFunction:
    language, paper = ctx.language, report_paper(ctx)
    return lambda progress: build_work_order(data, target, language, paper, progress)


def preview_work_order(
    parent: QWidget, ctx: AppContext, detail: TicketDetail, tz: dt.tzinfo
) -> ReportPreviewDialog:
    """Open the preview and build the PDF for it in the background (print, save, folder)."""
    data = _data(ctx, detail, tz)
    return generate_and_preview(parent, ctx, _build(ctx, data, None), default_file_name(detail))


def save_work_order(
    parent: QWidget,
    ctx: AppContext,
    detail: TicketDetail,
    tz: dt.tzinfo,
    on_saved: Callable[[str], None],
) -> Task | None:
    """Ask where to save, then build the PDF in the background and write it there.

    ``on_saved(message)`` tells the user where it went (the screen shows it in the status bar).
    """
    folder = ctx.settings.get(settings.REPORT_FOLDER)
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or str(Path.home())) / default_file_name(detail))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkOrder", "Save work order as PDF"),
        suggested,
        QCoreApplication.translate("WorkOrder", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    ctx.settings.set(settings.REPORT_FOLDER, str(Path(path).parent))

    def done(_pdf: object) -> None:
        on_saved(
            QCoreApplication.translate("WorkOrder", "Work order saved to %1").replace("%1", path)
        )

    return ctx.tasks.run(
        _build(ctx, _data(ctx, detail, tz), path),
        title=QCoreApplication.translate("WorkOrder", "Saving the work order"),
        parent=parent,
        on_success=done,
    )
