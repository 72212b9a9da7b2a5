"""The spending window: the ledger, plan versus actual, and the realised return of a plan.

Opened from the dashboard's plan card (``SpendingDialog.open``); the planner screen can open
it the same way for a plan it shows.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.errors import UserError
from crmdesk.domain.spending.realised import Measure
from crmdesk.services.spending.actuals import (
    PlanChoice,
    list_plan_choices,
    plan_vs_actual,
    save_baseline,
    set_go_live,
)
from crmdesk.services.spending.ledger import PlanFilter
from crmdesk.services.spending.realised import default_as_of
from crmdesk.ui.context import AppContext
from crmdesk.ui.spending.ledger import LedgerPage
from crmdesk.ui.spending.realised_page import RealisedPage
from crmdesk.ui.spending.variance_page import VariancePage
from crmdesk.ui.widgets.time import user_zone

log = logging.getLogger(__name__)

PAGES = ("ledger", "variance", "realised")


class SpendingDialog(QDialog):
    """A window of its own (not modal), one per parent window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Spending and actuals"))
        self.plans: list[PlanChoice] = []
        self.suggestions: dict[Measure, Decimal] = {}
        self.undo_stack = QUndoStack(self)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo)
        self.addAction(redo)

        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumWidth(280)
        self.plan_combo.currentIndexChanged.connect(self.on_plan_combo_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Plan:"), buddy=self.plan_combo))
        top.addWidget(self.plan_combo)
        top.addStretch(1)
        # the figures and the PDF are measured up to the end of this day (default: yesterday,
        # a finished day), so a reprint for a chosen day gives the same figures
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("as_of")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDate(default_as_of(self._today()))
        self.as_of_edit.setToolTip(
            self.tr("Spending and realised figures up to the end of this day.")
        )
        self.as_of_edit.dateChanged.connect(self.on_as_of_edit_dateChanged)
        top.addWidget(QLabel(self.tr("&As of:"), buddy=self.as_of_edit))
        top.addWidget(self.as_of_edit)
        self.ledger = LedgerPage(ctx, self.undo_stack)
        self.ledger.changed.connect(self.reload_figures)
        self.variance = VariancePage()
        self.variance.pdf_requested.connect(self.on_pdf_requested)
        self.realised = RealisedPage()
        self.realised.go_live_saved.connect(self.on_go_live_saved)
        self.realised.baseline_requested.connect(self.on_baseline_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ledger, self.tr("Ledger"))
        self.tabs.addTab(self.variance, self.tr("Plan versus actual"))
        self.tabs.addTab(self.realised, self.tr("Realised return"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)

    @classmethod
    def open(
        cls, parent: QWidget, ctx: AppContext, plan_id: int | None = None, page: str = "ledger"
    ) -> SpendingDialog:
        """Show the window for ``plan_id`` at ``page`` (one of ``PAGES``), reusing an open one."""
        dialog = parent.findChild(SpendingDialog)
        if dialog is None:
            dialog = cls(ctx, parent)
        dialog.load_plans(plan_id)
        dialog.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- plans ---------------------------------------------------------------------------

    def load_plans(self, select: int | None = None) -> None:
        self.plans = list_plan_choices(self.ctx.db)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            name = self.tr("%1 (active)").replace("%1", plan.name) if plan.is_active else plan.name
            self.plan_combo.addItem(name, plan.id)
        self.plan_combo.addItem(self.tr("Spending linked to no plan"), "unlinked")
        self.plan_combo.addItem(self.tr("All spending"), "all")
        index = self.plan_combo.findData(select) if select is not None else 0
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        self.on_plan_combo_changed()

    def plan_filter(self) -> PlanFilter:
        data = self.plan_combo.currentData()
        return data if isinstance(data, int) else ("unlinked" if data == "unlinked" else "all")

    def plan_id(self) -> int | None:
        data = self.plan_combo.currentData()
        return data if isinstance(data, int) else None

    def currency(self) -> str:
        plan_id = self.plan_id()
        return next((p.currency for p in self.plans if p.id == plan_id), "")

    def on_plan_combo_changed(self, _index: int = 0) -> None:
        self.ledger.set_plan(self.plan_filter(), self.plans, self.currency())
        self.reload_figures()

    # --- figures -------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return dt.datetime.now(dt.UTC).astimezone(user_zone()).date()

    def as_of(self) -> dt.date:
        """The day the figures are measured up to (its end), as chosen above."""
        return self.as_of_edit.date().toPython()  # type: ignore[no-any-return]

    def on_as_of_edit_dateChanged(self, _day: object = None) -> None:
        self.reload_figures()

    def reload_figures(self) -> None:
        """Plan versus actual at once (a few small queries); the realised return, which
        aggregates the whole customer base, in the background."""
        plan_id = self.plan_id()
        if plan_id is None:
            text = self.tr("Choose a plan above to compare it with the spending.")
            self.variance.show_message(text)
            self.realised.show_message(text)
            return
        tz, today = user_zone(), self.as_of()
        try:
            self.variance.set_result(plan_vs_actual(self.ctx.db, plan_id, today, tz), today)
        except UserError as error:
            self.variance.show_message(str(error))
            self.realised.show_message(str(error))
            return
        db = self.ctx.db

        def work(progress: Any) -> tuple[Any, dict[Measure, Decimal]]:
            from crmdesk.services.spending.realised import realised_return, suggest_baseline

            # up to the end of the chosen day, so a reprint later gives the same figures
            data = realised_return(db, plan_id, today, tz)
            return data, suggest_baseline(db, data.go_live, tz)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=lambda result: self._show_realised(plan_id, today, result),
            on_failure=lambda error: self._realised_failed(plan_id, error),
        )

    def _show_realised(self, plan_id: int, today: dt.date, result: Any) -> None:
        if not shiboken6.isValid(self) or plan_id != self.plan_id():
            return  # the user chose another plan meanwhile
        data, self.suggestions = result
        self.realised.set_data(data, today)

    def _realised_failed(self, plan_id: int, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, UserError):
            if not shiboken6.isValid(self) or not self.isVisible():
                log.error("realised return failed", exc_info=error)
                return
            from crmdesk.ui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
        elif plan_id == self.plan_id():
            self.realised.show_message(str(error))

    def on_go_live_saved(self, day: dt.date | None) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            return
        set_go_live(self.ctx.db, plan_id, day)
        self.ctx.events.plans_changed.emit()
        self.reload_figures()

    def on_baseline_requested(self) -> None:
        from crmdesk.ui.spending.baseline_dialog import BaselineDialog

        plan_id, data = self.plan_id(), self.realised.data
        if plan_id is None or data is None:
            return
        baseline = BaselineDialog.ask(self, data.baseline, self.suggestions)
        if baseline is None:
            return
        save_baseline(self.ctx.db, plan_id, baseline)
        self.ctx.events.plans_changed.emit()
        self.reload_figures()

    # --- PDF -----------------------------------------------------------------------------

    def on_pdf_requested(self) -> None:
        result = self.variance.result
        if result is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / self.tr("%1 - plan vs actual.pdf").replace(
            "%1", result.name
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan versus actual"), str(default), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        realised = self.realised.data
        language, today = self.ctx.language, self.as_of()
        company = self.ctx.settings.get(settings.COMPANY_NAME)
        paper = self.ctx.settings.get(settings.REPORT_PAPER)
        profile = settings.company_profile(self.ctx.settings)

        def work(progress: Any) -> Path:
            from crmdesk.reports.spending.plan_vs_actual import write_plan_vs_actual

            write_plan_vs_actual(
                target,
                result,
                realised,
                today,
                language,
                company=company,
                paper=paper,
                profile=profile,
            )
            return target

        self.ctx.tasks.run(
            work,
            title=self.tr("Writing the PDF"),
            parent=self,
            on_success=self._pdf_written,
            cancellable=False,
        )

    def _pdf_written(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("PDF saved"),
            self.tr("Saved %1.").replace("%1", str(path)),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
