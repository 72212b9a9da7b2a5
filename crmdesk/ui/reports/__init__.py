"""Reports in the app: build a PDF in the background, then preview, print or save it.

    generate_and_preview(self, ctx, lambda progress: build_work_order(data, None, ctx.language,
                         paper, progress), suggested_name="SR-2027-0042.pdf")

``build_fn(progress)`` runs on ``ctx.tasks`` (off the GUI thread, with a progress dialog and
Cancel) and returns the PDF bytes; the preview opens when it is done. A ``UserError`` shows as
a message; nothing is written anywhere until the user saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk import settings
from crmdesk.domain.errors import Cancelled, UserError
from crmdesk.ui.context import AppContext
from crmdesk.ui.reports.preview import ReportPreviewDialog, safe_file_name
from crmdesk.ui.tasks import Task

if TYPE_CHECKING:
    from crmdesk.domain.company import CompanyProfile
    from crmdesk.domain.planning.evaluation import EvaluationResult
    from crmdesk.domain.planning.plan import BudgetPlan
    from crmdesk.domain.planning.scenarios import ScenarioComparison

__all__ = [
    "BuildFunction",
    "ReportPreviewDialog",
    "company_profile",
    "generate_and_preview",
    "preview_budget_report",
    "report_paper",
]

log = logging.getLogger(__name__)

BuildFunction = Callable[[Callable[[int, int], None]], bytes]


def company_profile(ctx: AppContext) -> CompanyProfile:
    """The business's company profile (name, address, tax ID, phone, e-mail, logo) from
    Settings, as every report prints it."""
    return settings.company_profile(ctx.settings)


def report_paper(ctx: AppContext) -> str:
    """The paper size chosen in Settings ("A4" or "Letter")."""
    return ctx.settings.get(settings.REPORT_PAPER)


def generate_and_preview(
    parent: QWidget | None,
    ctx: AppContext,
    build_fn: BuildFunction,
    suggested_name: str,
    on_shown: Callable[[ReportPreviewDialog], None] | None = None,
) -> Task:
    """Run ``build_fn(progress)`` in the background, then open the preview on its PDF.

    ``on_shown(dialog)`` is called with the open preview (tests use it). Failures: a
    ``UserError`` is shown as a warning, Cancel closes quietly, anything else reaches the
    crash dialog.
    """

    def succeeded(pdf: Any) -> None:
        dialog = ReportPreviewDialog.show_pdf(parent, ctx, pdf, suggested_name)
        if on_shown is not None:
            on_shown(dialog)

    def failed(error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserError):
            QMessageBox.warning(
                parent, QCoreApplication.translate("ReportPreview", "Report"), str(error)
            )
            return
        from crmdesk.ui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    return ctx.tasks.run(
        build_fn,
        title=QCoreApplication.translate("ReportPreview", "Preparing the report…"),
        parent=parent,
        on_success=succeeded,
        on_failure=failed,
    )


def preview_budget_report(
    parent: QWidget | None,
    ctx: AppContext,
    plan: BudgetPlan,
    comparison: ScenarioComparison | None = None,
    on_shown: Callable[[ReportPreviewDialog], None] | None = None,
    evaluation: EvaluationResult | None = None,
) -> Task:
    """Build ``plan``'s budget report in the app's language and paper, then preview it
    (with ``comparison`` and its scorecard ``evaluation`` as sections, when given).

    The header names the plan's company, or the company set in Settings; the cover prints
    the company profile set in Settings as its letterhead.
    """
    from crmdesk.reports.budget.report import build_budget_report

    lang, paper = ctx.language, report_paper(ctx)
    company = plan.company_name or ctx.settings.get(settings.COMPANY_NAME)
    profile = company_profile(ctx)

    def build(progress: Callable[[int, int], None]) -> bytes:
        return build_budget_report(
            plan,
            None,
            lang=lang,
            paper=paper,
            company=company,
            comparison=comparison,
            progress=progress,
            evaluation=evaluation,
            profile=profile,
        )

    name = safe_file_name(f"{plan.name}.pdf")
    return generate_and_preview(parent, ctx, build, name, on_shown)
