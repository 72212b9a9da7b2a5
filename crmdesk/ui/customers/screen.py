"""The Customers screen: instant search, filters, a paged sortable list and the customer view.

Edits, deletes, bulk tag/stage changes and merges go through ``self.undo_stack`` (Ctrl+Z /
Ctrl+Shift+Z). Files (import, export, print), the duplicate scanner, the recycle bin and the
custom field editor live in :mod:`crmdesk.ui.customers.tools`.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.customers.customer import STAGES, CustomerInput
from crmdesk.services.customers.duplicates import find_duplicates_for
from crmdesk.services.customers.fields import CustomField, list_fields
from crmdesk.services.customers.store import get_customer, list_tags
from crmdesk.services.customers.timeline import customer_timeline
from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers import commands, tools
from crmdesk.ui.customers.actions import CustomerActions
from crmdesk.ui.customers.common import stage_label
from crmdesk.ui.customers.detail import CustomerDetailPanel
from crmdesk.ui.customers.dialog import CustomerDialog
from crmdesk.ui.customers.filters import FilterBar
from crmdesk.ui.customers.model import CustomerListModel
from crmdesk.ui.tasks import show_failure
from crmdesk.ui.widgets.elide import elide_with_tooltips
from crmdesk.ui.widgets.list_screen import ListScreen
from crmdesk.ui.widgets.paged_table import PagedLoad
from crmdesk.ui.widgets.table import IdRole
from crmdesk.ui.widgets.time import format_local, user_zone

log = logging.getLogger(__name__)


class CustomersScreen(ListScreen):
    """The customer list with search and filters, and the selected customer's detail."""

    # emitted when a reload has put its rows on screen (or failed)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("Navigation", "Customers"), parent, search=True
        )
        self.fields: list[CustomField] = []
        self._dirty = False
        self._emitting = False
        self._generation = 0  # of the newest reload: older results are dropped
        self._loading = False
        self._pick_single = False  # Enter in the search box: select a lone match once shown

        self.search_edit.setObjectName("customerSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Search name, company, phone, e-mail, address, notes or pinyin (Ctrl+F)")
        )
        self.search_changed.connect(lambda _text: self.reload())
        self.search_edit.returnPressed.connect(self.on_search_edit_return_pressed)
        self.filter_bar = FilterBar(ctx, self)
        self.filter_bar.filter_changed.connect(self.reload)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

        self.model = CustomerListModel(ctx.db, self)
        self.table = QTableView()
        elide_with_tooltips(self.table)
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_context_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        # activated: a double click or Enter on a row
        self.table.activated.connect(self.on_table_activated)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("listEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.detail = CustomerDetailPanel()
        self.detail.edit_requested.connect(self.edit_customer)
        self.detail.print_requested.connect(lambda cid: tools.print_record(self, cid))
        self.detail.export_data_requested.connect(lambda cid: tools.export_their_data(self, cid))
        self.detail.setMinimumWidth(280)

        self._build_actions()
        self._restore_columns()
        self.model.query_elsewhere = self.reload  # header sorts load in the background too
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = ctx.settings.get(settings.CUSTOMERS_SPLITTER_STATE)
        if not (state and self.splitter.restoreState(state)):
            self.splitter.setSizes([820, 300])  # the list's columns first; the detail wraps

        self.search_row.addWidget(self.filter_bar, 2)
        self.body.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        self.message_label = QLabel()
        self.message_label.setObjectName("customerMessage")
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.count_label)
        self.body.addLayout(bottom)

        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        ctx.events.customers_changed.connect(self.on_outside_change)
        ctx.events.followups_changed.connect(self.on_outside_change)
        ctx.events.tickets_changed.connect(self.on_outside_change)
        ctx.events.data_replaced.connect(self.on_outside_change)
        self.reload(with_fields=True)

    # --- actions -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self.add_action(self.tr("&New customer"), self.new_item)
        self.edit_action = self.add_action(
            self.tr("&Edit"), self.on_edit_action_triggered, needs="one"
        )
        self.customer_actions = CustomerActions(self)
        self.detail.set_actions(self.customer_actions)
        self.delete_action = self.add_action(self.tr("&Delete"), self.delete_selected, needs="any")
        # on the table only: in the search box Delete must still delete a character
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.tag_action = self.add_action(
            self.tr("&Tag..."), lambda: tools.tag_selected(self), needs="any"
        )
        self.untag_action = self.add_action(
            self.tr("&Remove tag..."),
            lambda: tools.tag_selected(self, add=False),
            needs="any",
            on_bar=False,
        )
        self.stage_menu = QMenu(self.tr("Change &stage"), self)
        for key in STAGES:
            self.stage_menu.addAction(stage_label(key), lambda k=key: self.set_stage_selected(k))
        self.add_menu(self.tr("&Stage"), self.stage_menu, needs="any")
        self.add_undo_redo()
        self.toolbar.addSeparator()
        self.import_action = self.add_action(self.tr("&Import..."), lambda: tools.import_file(self))
        self.export_action = self.add_action(self.tr("E&xport..."), lambda: tools.export(self))
        self.print_action = self.add_action(
            self.tr("&Print list..."), lambda: tools.print_list(self)
        )
        self.duplicates_action = self.add_action(
            self.tr("&Duplicates..."), lambda: tools.show_duplicates(self)
        )
        self.imports_action = self.add_action(
            self.tr("Import &history..."), lambda: tools.show_import_history(self), on_bar=False
        )
        self.bin_action = self.add_action(
            self.tr("Recycle &bin..."), lambda: tools.show_bin(self), on_bar=False
        )
        self.fields_action = self.add_action(
            self.tr("Custom &fields..."), lambda: tools.edit_fields(self), on_bar=False
        )
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.column_actions: list[QAction] = []
        for column in range(self.model.columnCount()):
            action = self.columns_menu.addAction(
                self.model.headerData(column, Qt.Orientation.Horizontal)
            )
            action.setCheckable(True)
            action.setData(column)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            self.column_actions.append(action)
        more = QMenu(self)
        more.addAction(self.untag_action)
        more.addAction(self.imports_action)
        more.addAction(self.bin_action)
        more.addAction(self.fields_action)
        more.addMenu(self.columns_menu)
        self.add_menu(self.tr("&More"), more)

    # --- columns -------------------------------------------------------------------------

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = self.ctx.settings.get(settings.CUSTOMERS_HEADER_STATE)
        if state:
            header.restoreState(state)
        else:
            for column, width in enumerate((120, 180, 150, 185, 110, 80, 160, 120, 120, 90)):
                header.resizeSection(column, width)
        try:
            hidden = set(json.loads(self.ctx.settings.get(settings.CUSTOMERS_HIDDEN_COLUMNS)))
        except ValueError:
            hidden = set()
        for column, key in enumerate(c.key for c in self.model.columns):
            visible = key not in hidden or column == 0
            self.table.setColumnHidden(column, not visible)
            self.column_actions[column].setChecked(visible)
        self.column_actions[0].setEnabled(False)  # the name always shows
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        hidden = [c.key for n, c in enumerate(self.model.columns) if self.table.isColumnHidden(n)]
        self.ctx.settings.set(settings.CUSTOMERS_HIDDEN_COLUMNS, json.dumps(hidden))

    def on_header_context_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def save_state(self) -> None:
        header = bytes(self.table.horizontalHeader().saveState().data())
        self.ctx.settings.set(settings.CUSTOMERS_HEADER_STATE, header)
        # saved with the detail hidden (an empty list), the state still keeps the pane's width
        # (tests/gui/customers/test_screen.py checks a restart after that)
        self.ctx.settings.set(
            settings.CUSTOMERS_SPLITTER_STATE, bytes(self.splitter.saveState().data())
        )

    # --- loading -------------------------------------------------------------------------

    def reload_fields(self) -> None:
        self.fields = list_fields(self.ctx.db)

    def reload(self, keep: list[int] | None = None, with_fields: bool = False) -> None:
        """Query the list again with the current search, filter and sort, off the GUI thread:
        the rows shown stay until the new ones arrive (a newer reload drops an older one).
        ``with_fields``: read the custom fields along (the first load)."""
        self.search_timer.stop()
        selected = keep if keep is not None else self.selected_ids()
        self.model.search = self.search_edit.text()
        self.model.filter = self.filter_bar.current_filter()
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._dirty = False
        if not self.model.total():
            self.count_label.setText(self.tr("Loading…"))
        job = self.model.reload_job()
        db = self.ctx.db

        def work(_progress: object) -> tuple[PagedLoad, list[CustomField] | None]:
            return job(), list_fields(db) if with_fields else None

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=lambda result: self._on_loaded(generation, result, selected),
            on_failure=lambda error: self._on_load_failed(generation, error),
        )

    @property
    def loading(self) -> bool:
        """True while a reload is under way, the list's or the filter box's (tests and the
        benchmark wait for it)."""
        return self._loading or self.filter_bar.loading

    def _alive(self) -> bool:
        import shiboken6

        return bool(shiboken6.isValid(self))

    def _on_loaded(
        self,
        generation: int,
        result: tuple[PagedLoad, list[CustomField] | None],
        selected: list[int],
    ) -> None:
        if not self._alive():
            return  # closed meanwhile
        load, fields = result
        if fields is not None:
            self.fields = fields
        if generation != self._generation:
            return  # a newer search is on its way
        self.model.apply_reload(load)
        self._loading = False
        self._show_count()
        if self._pick_single:
            self._pick_single = False
            if self.model.rowCount() == 1:
                selected = self.model.ids()[:1]
                self.table.setFocus()
        self.select_ids(selected)
        if not self.selected_ids():
            self.detail.clear()
        self.selection_changed()  # a reset model does not say its selection went
        self.loaded.emit()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if not self._alive() or generation != self._generation:
            return
        self._loading = False
        self._pick_single = False
        self._show_count()
        self.loaded.emit()
        show_failure(self, error)

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%n customer(s)", "", total))
        searching = bool(self.search_edit.text().strip()) or not self.filter_bar.is_all()
        # an empty list has no customer to detail: its message takes the whole width
        self.detail.setVisible(bool(total))
        if total:
            self.empty_label.hide()
            self.table.show()
            return
        if searching:
            self.empty_label.setText(
                self.tr("No customer matches. Try fewer letters, or clear the search and filter.")
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "No customers yet. Add one with Ctrl+N, or import a spreadsheet, CSV "
                    "or phone contacts (vCard) with Import."
                )
            )
        self.table.hide()
        self.empty_label.show()

    def on_outside_change(self) -> None:
        if self._emitting:
            return
        if self.isVisible():
            self.reload()
            self.show_detail()
        else:
            self._dirty = True

    def changed(self, ids: list[int]) -> None:
        """After an undoable command: reload, keep the customers in view, tell other screens."""
        current = self.selected_ids()
        self.reload(keep=current or ids)
        self.show_detail()
        self.filter_bar.reload()
        self._emitting = True
        try:
            self.ctx.events.customers_changed.emit()
        finally:
            self._emitting = False

    # --- selection and detail ------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [int(self.model.index(r, 0).data(IdRole)) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for cid in ids:
            row = self.model.row_of(cid)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)

    def current_customer_id(self) -> int | None:
        """The one selected customer (None with none or several): Ctrl+Shift+F plans for them."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def selected_count(self) -> int:
        return len(self.table.selectionModel().selectedRows())

    def on_selection_changed(self) -> None:
        self.show_detail()
        self.selection_changed()
        self.customer_actions.refresh(self.detail.customer_id)

    def show_detail(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.detail.clear()
            self.message_label.setText(
                self.tr("%n customer(s) selected", "", len(ids)) if ids else ""
            )
            return
        try:
            detail = get_customer(self.ctx.db, ids[0])
        except Exception:  # deleted by another screen meanwhile
            log.info("customer %s vanished", ids[0], exc_info=True)
            self.detail.clear()
            return
        self.detail.show_customer(detail, self.fields, customer_timeline(self.ctx.db, ids[0]))

    # --- hooks from the main window -------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        if isinstance(argument, int):
            self.search_edit.clear()
            self.filter_bar.reset()
            self.reload(keep=[argument])
        elif argument == "new_this_month":
            self.filter_bar.show_new_this_month()
        elif argument == "import":  # the welcome's "Import customers"
            QTimer.singleShot(0, lambda: tools.import_file(self))
        elif self._dirty:
            self.reload()

    def on_search_edit_return_pressed(self) -> None:
        self._pick_single = True
        self.reload()

    def maybe_close(self) -> bool:
        self.save_state()
        return True

    # --- add, edit, delete ---------------------------------------------------------------

    def _tag_names(self) -> list[str]:
        return [name for name, _ in list_tags(self.ctx.db)]

    def new_item(self) -> None:
        """Ctrl+N: a new customer, with a warning if it looks like one already kept."""
        data: CustomerInput | None = None
        while True:
            data = CustomerDialog.ask(
                self, self.tr("New customer"), data, self.fields, self._tag_names()
            )
            if data is None:
                return
            choice, existing = tools.ask_about_duplicates(
                self, find_duplicates_for(self.ctx.db, data)
            )
            if choice == "open" and existing is not None:
                self.reload(keep=[existing])
                return
            if choice == "save":
                break
            if choice == "cancel":
                return
        text = self.tr("Add %1").replace("%1", data.name)
        self.undo_stack.push(commands.AddCustomerCommand(self.ctx.db, data, text, self.changed))
        self.message_label.setText(self.tr("Customer %1 added.").replace("%1", data.name))

    def on_edit_action_triggered(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_customer(ids[0])

    def on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_customer(int(index.data(IdRole)))

    def edit_customer(self, customer_id: int) -> None:
        opened = get_customer(self.ctx.db, customer_id)
        before = opened.data
        data: CustomerInput | None = before
        while True:
            data = CustomerDialog.ask(
                self, self.tr("Edit customer"), data, self.fields, self._tag_names()
            )
            if data is None or not data.changed_fields(before):
                return
            choice, existing = tools.ask_about_duplicates(
                self, find_duplicates_for(self.ctx.db, data, exclude_id=customer_id)
            )
            if choice == "open" and existing is not None:
                self.reload(keep=[existing])
                return
            if choice == "save":
                break
            if choice == "cancel":
                return
        text = self.tr("Edit %1").replace("%1", data.name)
        command = commands.EditCustomerCommand(
            self.ctx.db, customer_id, before, data, text, self.changed, opened.version
        )
        self.undo_stack.push(command)
        if command.refused is not None and self.save_over(command.refused, customer_id, data.name):
            command = commands.EditCustomerCommand(
                self.ctx.db, customer_id, before, data, text, self.changed, command.refused.version
            )
            self.undo_stack.push(command)

    def save_over(self, refused: StaleRecordError, customer_id: int, name: str) -> bool:
        """Someone saved this customer after the dialog opened: keep theirs, or save over it?"""
        who = refused.by or self.tr("someone else")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed meanwhile"))
        box.setText(
            self.tr("%1 was changed by %2 at %3, after you opened it.")
            .replace("%1", name)
            .replace("%2", who)
            .replace("%3", format_local(refused.at, user_zone()))
        )
        box.setInformativeText(
            self.tr("Keep their version (your edit is not saved), or save yours over it?")
        )
        keep = box.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Save mine"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            self.reload(keep=[customer_id])
            return False
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Delete %n customer(s)", "", len(ids))
        self.undo_stack.push(commands.DeleteCustomersCommand(self.ctx.db, ids, text, self.changed))
        self.message_label.setText(
            self.tr(
                "%n customer(s) moved to the recycle bin. Ctrl+Z brings them back.", "", len(ids)
            )
        )

    def set_stage_selected(self, stage: str) -> None:
        ids = self.selected_ids()
        if ids:
            text = self.tr("Change stage to %1").replace("%1", stage_label(stage))
            self.undo_stack.push(
                commands.SetStageCommand(self.ctx.db, ids, stage, text, self.changed)
            )

    def on_table_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for entry in self.customer_actions.context_actions():
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, QMenu):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)
        for action in (self.edit_action, self.delete_action, self.tag_action, self.untag_action):
            menu.addAction(action)
        menu.addMenu(self.stage_menu)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.print_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
