"""The summary's buttons: save a copy as a file, print or export PDF, compare, sensitivity."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.ui.planner.wizard.page_ids import PageId

if TYPE_CHECKING:
    from crmdesk.ui.planner.wizard.dialog import PlanWizard


def reports_available() -> bool:
    """True when the report machinery (the budget PDF and its preview) is installed."""
    return importlib.util.find_spec("crmdesk.ui.reports") is not None


class WizardActions(QObject):
    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard

    def can_print(self) -> bool:
        return reports_available()

    def valid_plan(self) -> BudgetPlan | None:
        """The plan, or None after telling the owner which fields to fix first."""
        result = self.wizard.state.result
        if result.ok:
            return result.plan
        self.wizard.pages[PageId.SUMMARY].show_problems(result.problems)
        QMessageBox.information(
            self.wizard,
            self.tr("Budget planner"),
            self.tr("Some fields still need attention; they are listed on the summary page."),
        )
        return None

    def save_file(self) -> None:
        plan = self.valid_plan()
        if plan is None:
            return
        from crmdesk.services.planning.files import save_plan_file
        from crmdesk.ui.reports.preview import safe_file_name

        folder = Path.home()
        suggested = str(folder / safe_file_name(f"{plan.name}.json"))
        path, _ = QFileDialog.getSaveFileName(
            self.wizard, self.tr("Save plan as"), suggested, self.tr("Budget plans (*.json)")
        )
        if not path:
            return
        try:
            save_plan_file(plan, path)
        except UserError as error:
            QMessageBox.warning(self.wizard, self.tr("Save plan as"), str(error))

    def print_plan(self) -> None:
        plan = self.valid_plan()
        if plan is None:
            return
        from crmdesk.ui.reports import preview_budget_report

        preview_budget_report(self.wizard, self.wizard.ctx, plan)

    def compare(self) -> None:
        plan = self.valid_plan()
        if plan is None:
            return
        from crmdesk.ui.planner.compare import CompareDialog

        CompareDialog.show_for(self.wizard, self.wizard.ctx, [plan])

    def sensitivity(self) -> None:
        plan = self.valid_plan()
        if plan is None:
            return
        from crmdesk.ui.planner.sensitivity import SensitivityDialog

        SensitivityDialog.show_for(self.wizard, plan)
