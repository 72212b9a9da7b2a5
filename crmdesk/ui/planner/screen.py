"""The Budget planner screen: saved plans, and the way into the wizard, files, comparison,
sensitivity and printing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
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
from crmdesk.ui.planner.commands import DeletePlanCommand
from crmdesk.ui.planner.plan_model import PlanListModel
from crmdesk.ui.planner.wizard.actions import reports_available
from crmdesk.ui.screen import Screen
from crmdesk.ui.widgets.table import ObjectRole, SortRole

log = logging.getLogger(__name__)


class PlannerScreen(Screen):
    """Saved plans; New opens the wizard, Edit opens it at the summary."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from crmdesk.ui.planner.wizard.dialog import PlanWizard

        self.wizard: PlanWizard | None = None
        self.showing_deleted = False
        self.undo_stack = QUndoStack(self)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=self.undo_stack.redo)
        self.model = PlanListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addLayout(self._buttons())
        self.undo_bar = self._undo_bar()
        layout.addWidget(self.undo_bar)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._table())
        self.pages.addWidget(self._empty_state())
        layout.addWidget(self.pages, 1)
        ctx.events.plans_changed.connect(self.reload)
        ctx.events.data_replaced.connect(self.reload)
        self.view.sortByColumn(self.model.column_index("changed"), Qt.SortOrder.DescendingOrder)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _heading(self) -> QHBoxLayout:
        title = QLabel(self.tr("Budget planner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Plan what a CRM will cost and bring back, check it against the rules of thumb,"
                " and print it for your bank or partner."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        row.addLayout(column, 1)
        return row

    def _button(self, text: str, tip: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> QHBoxLayout:
        self.new_button = self._button(
            self.tr("New plan..."),
            self.tr("Build a budget step by step (Ctrl+N)"),
            self.new_item,
            "new_plan",
        )
        self.edit_button = self._button(
            self.tr("Edit..."),
            self.tr("Open the plan in the wizard"),
            self.edit_selected,
            "edit_plan",
        )
        self.duplicate_button = self._button(
            self.tr("Duplicate"),
            self.tr("Save a copy to try a variant"),
            self.duplicate_selected,
            "duplicate_plan",
        )
        self.delete_button = self._button(
            self.tr("Delete"),
            self.tr("Move to deleted plans (Ctrl+Z undoes)"),
            self.delete_selected,
            "delete_plan",
        )
        self.open_button = self._button(
            self.tr("Open file..."),
            self.tr("Open a plan saved as a .json file"),
            self.open_file,
            "open_file",
        )
        self.save_button = self._button(
            self.tr("Save as file..."),
            self.tr("Save the plan as a .json file"),
            self.save_selected_file,
            "save_file",
        )
        self.compare_button = self._button(
            self.tr("Compare..."),
            self.tr("Compare the selected plans (select up to four) side by side"),
            self.compare_selected,
            "compare_plans",
        )
        self.sensitivity_button = self._button(
            self.tr("Sensitivity..."),
            self.tr("See which figures move NPV most"),
            self.sensitivity_selected,
            "sensitivity",
        )
        self.print_button = self._button(
            self.tr("Print / PDF..."),
            self.tr("Preview, print or save the budget report"),
            self.print_selected,
            "print_plan",
        )
        self.print_button.setVisible(reports_available())
        self.deleted_button = self._button(
            self.tr("Deleted plans"),
            self.tr("Show deleted plans to restore them"),
            self.toggle_deleted,
            "show_deleted",
        )
        self.deleted_button.setCheckable(True)
        row = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addSpacing(16)
        for button in (self.open_button, self.save_button):
            row.addWidget(button)
        row.addSpacing(16)
        for button in (self.compare_button, self.sensitivity_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.deleted_button)
        return row

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
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
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
        self._update_buttons()

    def selected(self) -> list[PlanSummary]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ObjectRole) for row in rows]

    def select_plan(self, plan_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ObjectRole).id == plan_id:
                self.view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        count = len(self.selected())
        live = not self.showing_deleted
        for button in (self.edit_button, self.duplicate_button, self.save_button):
            button.setEnabled(live and count == 1)
        for button in (self.sensitivity_button, self.print_button):
            button.setEnabled(live and count == 1)
        self.compare_button.setEnabled(live and 1 <= count <= 4)
        self.delete_button.setEnabled(count >= 1)
        self.delete_button.setText(
            self.tr("Restore") if self.showing_deleted else self.tr("Delete")
        )
        self.new_button.setEnabled(live)

    def toggle_deleted(self) -> None:
        self.showing_deleted = self.deleted_button.isChecked()
        self.reload()

    # --- Screen hooks --------------------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        self.reload()
        if isinstance(argument, plan_drafts.Draft):
            self.open_draft(argument)
        elif isinstance(argument, int) and not isinstance(argument, bool):
            self.select_plan(argument)  # the dashboard's plan card

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
        wizard.show()
        if at_summary:
            wizard.advance()
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
                DeletePlanCommand(self.ctx, plan.id, text, self.ctx.events.plans_changed.emit)
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
