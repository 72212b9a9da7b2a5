"""The budget wizard: eight pages over one form, saved to the database only on Finish.

Pages are registered by id (``setPage(PageId.X, page)``) as empty shells and build their
fields when first shown, so opening costs one page. Every keystroke goes into the
``PlanForm`` (so Back keeps it), a draft is written to the drafts folder every few seconds and
on each page change (so a crash loses nothing), and the plan is committed when the owner
presses "Save plan" on the summary. Closing with unsaved changes asks first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget, QWizard

from crmdesk import settings
from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.form.keys import PAGE_TITLES, PageKey
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.services.spending.actuals import plan_go_live
from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.text import tr
from crmdesk.ui.planner.wizard.actions import WizardActions
from crmdesk.ui.planner.wizard.fields import STYLE
from crmdesk.ui.planner.wizard.page_base import FormPage
from crmdesk.ui.planner.wizard.page_benefits import BenefitsPage
from crmdesk.ui.planner.wizard.page_costs import (
    CustomisationPage,
    MaintenancePage,
    OtherPage,
    TrainingPage,
)
from crmdesk.ui.planner.wizard.page_ids import PageId
from crmdesk.ui.planner.wizard.page_licence import LicencePage
from crmdesk.ui.planner.wizard.page_scope import ScopePage
from crmdesk.ui.planner.wizard.state import WizardState
from crmdesk.ui.planner.wizard.summary import SummaryPage
from crmdesk.ui.widgets.stale import ask_save_over

log = logging.getLogger(__name__)

AUTOSAVE_MS = 4000


PAGES: dict[PageId, type[FormPage]] = {
    PageId.SCOPE: ScopePage,
    PageId.LICENCE: LicencePage,
    PageId.CUSTOMISATION: CustomisationPage,
    PageId.TRAINING: TrainingPage,
    PageId.MAINTENANCE: MaintenancePage,
    PageId.OTHER: OtherPage,
    PageId.BENEFITS: BenefitsPage,
    PageId.SUMMARY: SummaryPage,
}


def new_form(ctx: AppContext) -> PlanForm:
    """A blank plan with the business's name and currency from the settings."""
    form = PlanForm()
    form.set("scope.company", ctx.settings.get(settings.COMPANY_NAME))
    form.set("scope.currency", ctx.settings.get(settings.CURRENCY))
    return form


class PlanWizard(QWizard):
    """Create or edit one plan. ``plan_saved(id)`` is emitted after Finish saved it."""

    plan_saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        form: PlanForm | None = None,
        plan_id: int | None = None,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        # the version this edit starts from: a save over someone else's asks first
        self.plan_version = plans.plan_version(ctx.db, plan_id) if plan_id is not None else None
        self.draft_id = draft_id or plan_drafts.new_draft_id()
        self.saved_id: int | None = None
        self.state = WizardState(form if form is not None else new_form(ctx), self)
        if plan_id is not None:  # a plan that went live heads its years with calendar years
            self.state.go_live = plan_go_live(ctx.db, plan_id)
        self.setObjectName("planWizard")
        self.setWindowTitle(self.tr("Budget planner"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save plan"))
        self.setStyleSheet(STYLE)
        self.pages: dict[PageId, FormPage] = {}
        # True while jump_to walks forward or back through pages to reach another one: the
        # pages walked past are checked against the form but not built
        self.passing = False
        for page_id, page_class in PAGES.items():
            page = page_class(self.state)
            self.pages[page_id] = page
            self.setPage(page_id, page)
        self.setStartId(PageId.SCOPE)
        self._side_navigation()
        self.actions = WizardActions(self)
        summary = self.pages[PageId.SUMMARY]
        assert isinstance(summary, SummaryPage)
        summary.save_file_requested.connect(self.actions.save_file)
        summary.print_requested.connect(self.actions.print_plan)
        summary.compare_requested.connect(self.actions.compare)
        summary.sensitivity_requested.connect(self.actions.sensitivity)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.state.changed.connect(self._on_state_changed)
        self.currentIdChanged.connect(self.on_current_id_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_draft)
        self._fit_screen()

    # --- layout --------------------------------------------------------------------------

    def _side_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("wizardNavigation")
        for page_key in PageKey:
            number = list(PageKey).index(page_key) + 1
            self.nav.addItem(f"{number}. {tr('PlanForm', PAGE_TITLES[page_key])}")
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 28)
        self.nav.setToolTip(self.tr("Click a page to go there"))
        self.nav.itemClicked.connect(lambda item: self.jump_to(PageId(self.nav.row(item))))
        self.setSideWidget(self.nav)

    def _fit_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1220, 740
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 40)
        self.setMinimumSize(min(900, width), min(560, height))
        self.resize(width, height)

    # --- navigation ----------------------------------------------------------------------

    def jump_to(self, target: PageId) -> None:
        """Go to any page: back through the history, or forward checking each page on the way
        (against the form: the pages walked past are not built, only the one reached)."""
        self.passing = True
        try:
            while self.currentId() > target:
                self.back()
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:  # the page refused: its problems are shown
                    break
        finally:
            self.passing = False
        page = self.currentPage()
        if isinstance(page, FormPage):
            page.ensure_built()
        self.nav.setCurrentRow(self.currentId())

    def on_current_id_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.nav.setCurrentRow(page_id)
        if self.state.dirty:
            self.save_draft()

    # --- drafts --------------------------------------------------------------------------

    def _on_state_changed(self) -> None:
        if not self.autosave.isActive():
            self.autosave.start()

    def save_draft(self) -> None:
        """Write the draft now (a failure is logged: the wizard keeps working)."""
        self.autosave.stop()
        if not self.state.dirty:
            return
        try:
            plan_drafts.save_draft(
                self.ctx.data_dir.drafts, self.draft_id, self.state.form, self.plan_id
            )
        except OSError as error:
            log.warning("could not save the wizard draft: %s", error)

    def discard_draft(self) -> None:
        self.autosave.stop()
        try:
            plan_drafts.delete_draft(self.ctx.data_dir.drafts, self.draft_id)
        except OSError as error:
            log.warning("could not delete the wizard draft: %s", error)

    # --- finishing -----------------------------------------------------------------------

    def commit(self) -> bool:
        """Save the plan to the database; False (with the reason shown) if it cannot be."""
        result = self.state.result
        if not result.ok:
            self.jump_to(PageId.SUMMARY)
            summary = self.pages[PageId.SUMMARY]
            summary.show_problems(result.problems)
            return False
        while True:
            try:
                self.saved_id = plans.save_plan(
                    self.ctx.db, result.plan, self.plan_id, self.state.form, self.plan_version
                )
                break
            except StaleRecordError as refused:
                if not ask_save_over(self, refused, result.plan.name):
                    self.keep_theirs()
                    return False
                self.plan_version = refused.version
            except UserError as error:
                QMessageBox.warning(self, self.tr("Budget planner"), str(error))
                return False
        self.plan_id = self.saved_id
        self.plan_version = plans.plan_version(self.ctx.db, self.saved_id)
        self.state.dirty = False
        self.discard_draft()
        self.ctx.events.plans_changed.emit()
        self.plan_saved.emit(self.saved_id)
        return True

    def keep_theirs(self) -> None:
        """The plan was saved by someone else and the user keeps their version: close unsaved."""
        self.state.dirty = False
        self.discard_draft()
        self.ctx.events.plans_changed.emit()
        QTimer.singleShot(0, lambda: self.done(0))

    def accept(self) -> None:
        if self.commit():
            super().accept()

    def maybe_close(self) -> bool:
        """Ask about unsaved changes; True when the wizard may close (saved or discarded)."""
        if not self.state.dirty:
            self.discard_draft()
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Budget planner"),
            self.tr("Save the changes to this plan before closing?"),
            parent=self,
        )
        box.setInformativeText(
            self.tr("If you discard them, what you typed since the last save is lost.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.commit()
        if answer == QMessageBox.StandardButton.Discard:
            self.state.dirty = False
            self.discard_draft()
            return True
        return False

    def reject(self) -> None:
        if not self.isVisible() or self.maybe_close():
            super().reject()

    # --- opening -------------------------------------------------------------------------

    def advance(self, target: PageId = PageId.SUMMARY) -> None:
        """Walk forward to ``target`` as far as the pages allow (editing opens at the summary
        with every page in the history, so Back and the page list reach all of them)."""
        self.passing = True
        try:
            self.restart()
        finally:
            self.passing = False
        self.jump_to(target)


def open_file_form(path: Path) -> PlanForm:
    """The form of a plan file (raises ``PlanFileError`` naming the file)."""
    from crmdesk.domain.planning.form.from_plan import form_from_plan
    from crmdesk.services.planning.files import load_plan_file

    return form_from_plan(load_plan_file(path))
