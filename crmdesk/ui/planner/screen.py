"""The Budget planner screen: saved plans, and the way into the wizard, files, comparison,
sensitivity and printing."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.form.from_plan import form_from_plan
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.services.planning.files import load_plan_file, save_plan_file
from crmdesk.services.planning.store import PlanSummary
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.plan_model import PlanListModel
from crmdesk.ui.planner.wizard.actions import reports_available
from crmdesk.ui.widgets.commands import SoftDeleteCommand, each
from crmdesk.ui.widgets.elide import elide_with_tooltips
from crmdesk.ui.widgets.list_screen import ListScreen
from crmdesk.ui.widgets.table import ObjectRole, SortRole

log = logging.getLogger(__name__)


class PlannerScreen(ListScreen):
    """Saved plans; New opens the wizard, Edit opens it at the summary."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("PlannerScreen", "Budget planner")
        super().__init__(ctx, title, parent)
        from crmdesk.ui.planner.wizard.dialog import PlanWizard

        self.wizard: PlanWizard | None = None
        self.showing_deleted = False
        self.model = PlanListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self._build_actions()
        # below the bar, so New sits where it does on every other screen
        self.body.addWidget(self._intro())
        self.undo_bar = self._undo_bar()
        self.body.addWidget(self.undo_bar)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._table())
        self.pages.addWidget(self._empty_state())
        self.body.addWidget(self.pages, 1)
        ctx.events.plans_changed.connect(self.reload)
        ctx.events.data_replaced.connect(self.reload)
        self.view.sortByColumn(self.model.column_index("changed"), Qt.SortOrder.DescendingOrder)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _intro(self) -> QLabel:
        intro = QLabel(
            self.tr(
                "Plan what a CRM will cost and bring back, check it against the rules of thumb,"
                " and print it for your bank or partner."
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_actions(self) -> None:
        self.new_action = self.add_action(
            self.tr("New plan..."),
            self.new_item,
            tip=self.tr("Build a budget step by step (Ctrl+N)"),
            name="new_plan",
        )
        self.edit_action = self.add_action(
            self.tr("Edit..."),
            self.edit_selected,
            tip=self.tr("Open the plan in the wizard"),
            name="edit_plan",
            needs="one",
        )
        self.duplicate_action = self.add_action(
            self.tr("Duplicate"),
            self.duplicate_selected,
            tip=self.tr("Save a copy to try a variant"),
            name="duplicate_plan",
            needs="one",
        )
        self.delete_action = self.add_action(
            self.tr("Delete"),
            self.delete_selected,
            tip=self.tr("Move to deleted plans (Ctrl+Z undoes)"),
            name="delete_plan",
            needs="any",
        )
        self.add_undo_redo()
        self.toolbar.addSeparator()
        self.open_action = self.add_action(
            self.tr("Open file..."),
            self.open_file,
            tip=self.tr("Open a plan saved as a .json file"),
            name="open_file",
        )
        self.save_action = self.add_action(
            self.tr("Save as file..."),
            self.save_selected_file,
            tip=self.tr("Save the plan as a .json file"),
            name="save_file",
            needs="one",
        )
        self.toolbar.addSeparator()
        self.compare_action = self.add_action(
            self.tr("Compare..."),
            self.compare_selected,
            tip=self.tr("Compare the selected plans (select up to four) side by side"),
            name="compare_plans",
            needs="any",
        )
        self.sensitivity_action = self.add_action(
            self.tr("Sensitivity..."),
            self.sensitivity_selected,
            tip=self.tr("See which figures move NPV most"),
            name="sensitivity",
            needs="one",
        )
        self.print_action = self.add_action(
            self.tr("Print / PDF..."),
            self.print_selected,
            tip=self.tr("Preview, print or save the budget report"),
            name="print_plan",
            needs="one",
        )
        self.print_action.setVisible(reports_available())
        self.add_bar_stretch()
        self.deleted_action = self.add_action(
            self.tr("Deleted plans"),
            self.toggle_deleted,
            tip=self.tr("Show deleted plans to restore them"),
            name="show_deleted",
        )
        self.deleted_action.setCheckable(True)
        self.delete_button = self.button_for(self.delete_action)

    def _undo_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("undoBar")
        bar.setStyleSheet("#undoBar { background: #fff8e1; border-radius: 4px; }")
        line = QHBoxLayout(bar)
        line.setContentsMargins(8, 2, 8, 2)
        self.undo_label = QLabel()
        undo = QPushButton(self.tr("Undo"))
        undo.setObjectName("undo_delete")
        undo.clicked.connect(self.undo_stack.undo)
        undo.clicked.connect(bar.hide)
        line.addWidget(self.undo_label, 1)
        line.addWidget(undo)
        bar.hide()
        return bar

    def _table(self) -> QTableView:
        self.view = QTableView()
        elide_with_tooltips(self.view)
        self.view.setObjectName("plans")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("name"), QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        return self.view

    def _empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        start = QPushButton(self.tr("Start a budget plan"))
        start.setObjectName("start_plan")
        start.clicked.connect(self.new_item)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(start)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addStretch(2)
        self.start_button = start
        return page

    # --- list ----------------------------------------------------------------------------

    def reload(self) -> None:
        rows = plans.list_plans(self.ctx.db, deleted=self.showing_deleted)
        self.model.set_records(rows)
        empty = not rows
        if self.showing_deleted:
            self.empty_label.setText(self.tr("No deleted plans."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No budget plans yet.\n\nThe wizard walks you through licence, customisation,"
                    " training, maintenance and benefits in about ten minutes."
                )
            )
        self.start_button.setVisible(not self.showing_deleted)
        self.pages.setCurrentIndex(1 if empty else 0)
        if rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self.selection_changed()

    def selected(self) -> list[PlanSummary]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ObjectRole) for row in rows]

    def select_plan(self, plan_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ObjectRole).id == plan_id:
                self.view.selectRow(row)
                return

    def selected_count(self) -> int:
        return len(self.view.selectionModel().selectedRows())

    def selection_changed(self) -> None:
        super().selection_changed()
        if self.showing_deleted:  # deleted plans can only be restored
            for action in (
                self.edit_action,
                self.duplicate_action,
                self.save_action,
                self.compare_action,
                self.sensitivity_action,
                self.print_action,
                self.new_action,
            ):
                action.setEnabled(False)
        else:
            self.new_action.setEnabled(True)
            self.compare_action.setEnabled(1 <= self.selected_count() <= 4)
        self.delete_action.setText(
            self.tr("Restore") if self.showing_deleted else self.tr("Delete")
        )

    def toggle_deleted(self) -> None:
        self.showing_deleted = self.deleted_action.isChecked()
        self.reload()

    # --- Screen hooks --------------------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        self.reload()
        if isinstance(argument, plan_drafts.Draft):
            self.open_draft(argument)
        elif isinstance(argument, int) and not isinstance(argument, bool):
            self.select_plan(argument)  # the dashboard's plan card
        elif argument == "new":  # the welcome's "Start a budget plan"
            QTimer.singleShot(0, lambda: self.open_wizard(None))

    def new_item(self) -> None:
        self.open_wizard(None)

    def maybe_close(self) -> bool:
        wizard = self.wizard
        if wizard is None or not wizard.isVisible():
            return True
        if wizard.maybe_close():
            wizard.done(0)
            return True
        return False

    # --- the wizard ----------------------------------------------------------------------

    def open_wizard(
        self,
        form: PlanForm | None,
        plan_id: int | None = None,
        draft_id: str | None = None,
        at_summary: bool = False,
        unsaved: bool = False,
    ) -> None:
        from crmdesk.ui.planner.wizard.dialog import PlanWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        wizard = PlanWizard(self.ctx, form, plan_id, draft_id, parent=self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.plan_saved.connect(self.on_wizard_plan_saved)
        wizard.destroyed.connect(lambda *_: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        if at_summary:
            wizard.advance()  # before show: the pages on the way are not laid out and painted
        wizard.show()
        wizard.state.dirty = unsaved

    def on_wizard_plan_saved(self, plan_id: int) -> None:
        self.reload()
        self.select_plan(plan_id)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.showing_deleted:
            return
        try:
            stored = plans.load_plan(self.ctx.db, chosen[0].id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Budget planner"), str(error))
            return
        self.open_wizard(form_from_plan(stored.plan, stored.form), stored.id, at_summary=True)

    def open_draft(self, draft: plan_drafts.Draft) -> None:
        self.open_wizard(draft.form, draft.plan_id, draft.id, at_summary=True, unsaved=True)

    # --- other actions -------------------------------------------------------------------

    def _selected_plan(self) -> BudgetPlan | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        try:
            return plans.load_plan(self.ctx.db, chosen[0].id).plan
        except UserError as error:
            QMessageBox.warning(self, self.tr("Budget planner"), str(error))
            return None

    def duplicate_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        name = self.tr("Copy of %1").replace("%1", chosen[0].name)
        new_id = plans.duplicate_plan(self.ctx.db, chosen[0].id, name)
        self.ctx.events.plans_changed.emit()
        self.select_plan(new_id)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if self.showing_deleted:
            for plan in chosen:
                plans.restore_plan(self.ctx.db, plan.id)
            self.ctx.events.plans_changed.emit()
            return
        self.undo_stack.beginMacro(self.tr("Delete plans"))
        for plan in chosen:
            text = self.tr("Delete \u201c%1\u201d").replace("%1", plan.name)
            self.undo_stack.push(
                SoftDeleteCommand(
                    text,
                    [plan.id],
                    each(partial(plans.delete_plan, self.ctx.db)),
                    each(partial(plans.restore_plan, self.ctx.db)),
                    lambda _ids: self.ctx.events.plans_changed.emit(),
                )
            )
        self.undo_stack.endMacro()
        names = ", ".join(p.name for p in chosen)
        self.undo_label.setText(
            self.tr("Moved to deleted plans: %1. You can undo this, or restore it later.").replace(
                "%1", names
            )
        )
        self.undo_bar.show()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open plan"), str(Path.home()), self.tr("Budget plans (*.json)")
        )
        if not path:
            return
        try:
            plan = load_plan_file(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Open plan"), str(error))
            return
        self.open_wizard(form_from_plan(plan), at_summary=True, unsaved=True)

    def save_selected_file(self) -> None:
        plan = self._selected_plan()
        if plan is None:
            return
        from crmdesk.ui.reports.preview import safe_file_name

        suggested = str(Path.home() / safe_file_name(f"{plan.name}.json"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan as"), suggested, self.tr("Budget plans (*.json)")
        )
        if not path:
            return
        try:
            save_plan_file(plan, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Save plan as"), str(error))

    def compare_selected(self) -> None:
        chosen = self.selected()
        if not 1 <= len(chosen) <= 4:
            return
        from crmdesk.ui.planner.compare import CompareDialog

        loaded = [plans.load_plan(self.ctx.db, p.id).plan for p in chosen]
        currencies = {p.currency for p in loaded}
        if len(currencies) > 1:
            QMessageBox.information(
                self,
                self.tr("Compare plans"),
                self.tr("Only plans in the same currency can be compared."),
            )
            return
        CompareDialog.show_for(self, self.ctx, loaded)

    def sensitivity_selected(self) -> None:
        plan = self._selected_plan()
        if plan is not None:
            from crmdesk.ui.planner.sensitivity import SensitivityDialog

            SensitivityDialog.show_for(self, plan)

    def print_selected(self) -> None:
        plan = self._selected_plan()
        if plan is not None:
            from crmdesk.ui.reports import preview_budget_report

            preview_budget_report(self, self.ctx, plan)
