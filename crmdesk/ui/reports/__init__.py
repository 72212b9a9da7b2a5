"""Reports in the app: build a PDF in the background, then preview, print or save it.

    generate_and_preview(self, ctx, lambda progress: build_work_order(data, None, ctx.language,
                         paper, progress), suggested_name="SR-2027-0042.pdf")

The preview opens at once on "Preparing the preview…"; ``build_fn(progress)`` runs on
``ctx.tasks`` (off the GUI thread; its progress shows in the preview, closing it cancels) and
returns the PDF bytes, which pdfium renders in the background too. A ``UserError`` is said in
the preview; nothing is written anywhere until the user saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crmdesk import settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.reports.preview import BuildFunction, ReportPreviewDialog, safe_file_name

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
) -> ReportPreviewDialog:
    """Open the preview at once, run ``build_fn(progress)`` in the background and show the
    PDF's pages in it when they are rendered.

    ``on_shown(dialog)`` is called when the pages are on screen (tests use it). A failure is
    said in the preview itself (a programming error also reaches the crash dialog); closing
    the preview cancels the build.
    """
    dialog = ReportPreviewDialog.show_building(parent, ctx, build_fn, suggested_name)
    if on_shown is not None:
        dialog.pages_shown.connect(lambda: on_shown(dialog))
    return dialog


def preview_budget_report(
    parent: QWidget | None,
    ctx: AppContext,
    plan: BudgetPlan,
    comparison: ScenarioComparison | None = None,
    on_shown: Callable[[ReportPreviewDialog], None] | None = None,
    evaluation: EvaluationResult | None = None,
) -> ReportPreviewDialog:
    """Build ``plan``'s budget report in the app's language and paper, then preview it
    (with ``comparison`` and its scorecard ``evaluation`` as sections, when given).

    The header names the plan's company, or the company set in Settings; the cover prints
    the company profile set in Settings as its letterhead.
    """
    lang, paper = ctx.language, report_paper(ctx)
    company = plan.company_name or ctx.settings.get(settings.COMPANY_NAME)
    profile = company_profile(ctx)

    def build(progress: Callable[[int, int], None]) -> bytes:
        # imported here, off the GUI thread: the first import of reportlab costs 30-60 ms
        from crmdesk.reports.budget.report import build_budget_report

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
