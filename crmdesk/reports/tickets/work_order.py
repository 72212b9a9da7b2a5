"""The service work order: one ticket on paper, for the technician and the customer to sign.

The service screen fills a ``WorkOrderData`` (``crmdesk.domain.tickets.work_order``: plain
values, texts already translated where they are enum labels such as priority or status) and
calls :func:`build_work_order`.
Importing this module does not import reportlab; building does.
"""

from __future__ import annotations

from collections.abc import Callable

from crmdesk.domain.tickets.work_order import WorkOrderData
from crmdesk.reports.output import ReportTarget

ProgressCallback = Callable[[int, int], None]


def build_work_order(
    data: WorkOrderData,
    target: ReportTarget = None,
    lang: str = "en",
    paper: str = "A4",
    progress: ProgressCallback | None = None,
) -> bytes:
    """Lay out ``data`` as a PDF, write it to ``target`` (see ``ReportTarget``), return bytes.

    Texts are translated with the translators installed for ``lang`` (the app's, or
    ``crmdesk.i18n.install_translators(lang)`` in scripts). A file target is written
    atomically; ``ReportError`` (a ``UserError``) names the file when it cannot be written.
    """
    from crmdesk.reports.output import deliver
    from crmdesk.reports.tickets.work_order_layout import render_work_order

    if progress is not None:
        progress(0, 2)
    pdf = render_work_order(data, lang, paper)
    if progress is not None:
        progress(1, 2)
    result = deliver(pdf, target)
    if progress is not None:
        progress(2, 2)
    return result
