"""The Service screen: the ticket list with filters, the selected ticket, and the ticket actions.

``activated(argument)`` understands a view name ("overdue", "open", ...), a ticket id (int) to
select, or ``("new", customer_id)`` to open a new ticket for that customer.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.tickets.workflow import (
    CATEGORY_KEYS,
    PRIORITY_KEYS,
    STATUS_KEYS,
    allowed_next,
)
from crmdesk.services.tickets.queries import (
    TicketQuery,
    assignees,
    count_overdue,
    count_tickets,
    get_ticket,
)
from crmdesk.services.tickets.records import TicketRecord
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import show_failure
from crmdesk.ui.tickets.common import (
    category_label,
    load_levels,
    priority_label,
    status_label,
    time_left_sample,
)
from crmdesk.ui.tickets.detail import TicketDetailPanel
from crmdesk.ui.tickets.hooks import publish_overdue_badge
from crmdesk.ui.tickets.model import TicketTableModel
from crmdesk.ui.tickets.ticket_actions import TicketActions
from crmdesk.ui.widgets.elide import elide_with_tooltips
from crmdesk.ui.widgets.list_screen import ListScreen
from crmdesk.ui.widgets.paged_table import PagedLoad
from crmdesk.ui.widgets.time import user_zone

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # after the last key press
TICK_MS = 60_000  # the time-left column follows the clock once a minute
DEFAULT_HIDDEN = ("category", "created")  # right-click the header to show them


class ServiceScreen(ListScreen):
    """Service tickets: the filtered list, the selected ticket and its actions."""

    # emitted when a load has put its rows on screen (or failed)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ServiceScreen", "Service")
        super().__init__(ctx, title, parent, search=True, search_delay_ms=SEARCH_DELAY_MS)
        self.tz = user_zone()
        self.levels = load_levels(ctx.settings, self.tz)
        self._dirty = False
        self._own_change = False
        self._generation = 0  # of the newest load: older results are dropped
        self._loading = False
        self._any_ticket = True  # whether any ticket exists (the empty list's sentence)
        self._select_after_load: tuple[int, bool] | None = None  # (ticket, switch view)
        self.model = TicketTableModel(ctx.db, self.tz, self)
        self._ready = False  # the first load waits for the filters to be set up
        self.model.query_elsewhere = lambda: self._ready and self.refresh()
        self.actions_ = TicketActions(self)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.header_row.addWidget(self.summary)
        self.new_action = self.add_action(
            self.tr("&New ticket"),
            self.new_item,
            tip=self.tr("Open a new service ticket (Ctrl+N)"),
            name="newTicket",
        )
        self.new_button = self.button_for(self.new_action)
        self.add_undo_redo()

        self.view_combo = QComboBox()
        self.view_combo.setObjectName("view")
        for key, text in (
            ("active", self.tr("Not closed")),
            ("open", self.tr("Open (unresolved)")),
            ("overdue", self.tr("Overdue")),
            ("waiting", self.tr("Waiting for customer")),
            ("resolved", self.tr("Resolved")),
            ("closed", self.tr("Closed")),
            ("all", self.tr("All tickets")),
            ("deleted", self.tr("Deleted")),
        ):
            self.view_combo.addItem(text, key)
        self.assignee_combo = QComboBox()
        self.assignee_combo.setObjectName("assigneeFilter")
        self.assignee_combo.setMinimumContentsLength(10)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem(self.tr("All categories"), None)
        for key in CATEGORY_KEYS:
            self.category_combo.addItem(category_label(key), key)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priorityFilter")
        self.priority_combo.addItem(self.tr("All priorities"), None)
        for key in reversed(PRIORITY_KEYS):
            self.priority_combo.addItem(priority_label(key), key)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(
            self.tr("Search number, customer, product, serial no. (Ctrl+F)")
        )
        for position, combo in enumerate(
            (self.view_combo, self.assignee_combo, self.category_combo, self.priority_combo)
        ):
            self.search_row.insertWidget(position, combo)

        self.table = QTableView()
        elide_with_tooltips(self.table)
        self.table.setObjectName("tickets")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("due"), Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            self.model.column_index("subject"), QHeaderView.ResizeMode.Stretch
        )
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_context_menu)
        self._size_columns()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        a = self.actions_
        self.detail = TicketDetailPanel(
            self.tz,
            [a.start, a.wait, a.resolve, a.close, a.reopen],
            [a.edit, a.rate, a.work_order, a.delete, a.restore],
        )
        self.detail.setObjectName("detail")
        self.detail.comment_submitted.connect(a.on_comment_submitted)
        splitter = QSplitter()
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 300])  # the detail wraps; the list's columns cannot
        splitter.setChildrenCollapsible(False)

        self.body.addWidget(splitter, 1)

        self._restore_filters()
        self.search_changed.connect(lambda _text: self.refresh())
        for combo in (
            self.view_combo,
            self.assignee_combo,
            self.category_combo,
            self.priority_combo,
        ):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.table.doubleClicked.connect(lambda _index: a.edit.trigger())
        self.table.activated.connect(lambda _index: a.edit.trigger())
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        ctx.events.tickets_changed.connect(self.on_outside_change)
        ctx.events.customers_changed.connect(self.on_outside_change)
        ctx.events.data_replaced.connect(self.on_outside_change)
        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self.on_clock_tick)
        self._clock.start()
        self._ready = True
        self.refresh()

    # --- Screen hooks ----------------------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        self.levels = load_levels(self.ctx.settings, self.tz)  # Settings may have changed
        if isinstance(argument, str) and self.view_combo.findData(argument) >= 0:
            self.view_combo.setCurrentIndex(self.view_combo.findData(argument))
        elif self._dirty:
            self.refresh()
        if isinstance(argument, int) and not isinstance(argument, bool):
            self.select_ticket(argument, switch_view=True)
        elif isinstance(argument, tuple) and len(argument) == 2 and argument[0] == "new":
            self.actions_.new_ticket(customer_id=argument[1])

    def new_item(self) -> None:
        self.actions_.new_ticket()

    # --- loading ---------------------------------------------------------------------------

    def query(self) -> TicketQuery:
        return TicketQuery(
            view=self.view_combo.currentData(),
            search=self.search_edit.text(),
            assignee=(
                self.assignee_combo.currentData()
                if self.assignee_combo.count()
                else self._saved_assignee  # before the first load has filled the list
            ),
            category=self.category_combo.currentData(),
            priority=self.priority_combo.currentData(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def refresh(self) -> None:
        """Reload the list with the current filters, keeping the selected ticket if shown."""
        self._dirty = False
        self.model.query = self.query()
        self._load(keep_loaded=False)

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.show_current()
        else:
            self.detail.show_detail(None)
            self.actions_.update_enabled(None)

    def reload_keeping_selection(self) -> None:
        self._load(keep_loaded=True)

    def _load(self, keep_loaded: bool) -> None:
        """Read the tickets, the assignees and the overdue count off the GUI thread; the rows
        shown stay until the new ones arrive (a newer load drops an older one)."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.model.now = utcnow()
        job = self.model.reload_job(keep_loaded)
        db = self.ctx.db

        def work(_progress: object) -> tuple[PagedLoad[TicketRecord], list[str], bool, int]:
            load = job()
            any_ticket = load.total > 0 or count_tickets(db, TicketQuery("all")) > 0
            return load, assignees(db), any_ticket, count_overdue(db)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=lambda result: self._on_loaded(generation, result),
            on_failure=lambda error: self._on_load_failed(generation, error),
        )

    @property
    def loading(self) -> bool:
        """True while a load is under way (tests and the benchmark wait for it)."""
        return self._loading

    def _alive(self) -> bool:
        import shiboken6

        return bool(shiboken6.isValid(self))

    def _on_loaded(
        self, generation: int, result: tuple[PagedLoad[TicketRecord], list[str], bool, int]
    ) -> None:
        if not self._alive() or generation != self._generation:
            return  # closed meanwhile, or a newer query is on its way
        load, names, self._any_ticket, overdue = result
        current = self.current_ticket()
        self._fill_assignees(names)
        self.model.apply_reload(load)
        self._loading = False
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            if not self.select_ticket(*wanted) and not self._loading:
                self._select_first()
        elif current is None or not self.select_ticket(current.id):
            self._select_first()
        self.ctx.events.badge_changed.emit("service", str(overdue) if overdue else "")
        self.loaded.emit()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if not self._alive() or generation != self._generation:
            return
        self._loading = False
        self.loaded.emit()
        show_failure(self, error)

    def _fill_assignees(self, names: list[str]) -> None:
        chosen = self.assignee_combo.currentData() if self.assignee_combo.count() else None
        if chosen is None and self.assignee_combo.count() == 0:
            chosen = self._saved_assignee
        self.assignee_combo.blockSignals(True)
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("Anyone"), None)
        self.assignee_combo.addItem(self.tr("Unassigned"), "")
        for name in names:
            self.assignee_combo.addItem(name, name)
        if chosen is not None and self.assignee_combo.findData(chosen) < 0:
            self.assignee_combo.addItem(chosen, chosen)  # keep "mine" even with no tickets now
        self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(chosen), 0))
        self.assignee_combo.blockSignals(False)

    def _update_empty_state(self, *_args: object) -> None:
        # an empty list has no ticket to detail: the empty state takes the whole width
        self.detail.setVisible(self.model.rowCount() > 0)
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            self.summary.setText(self.tr("%n ticket(s)", "", self.model.total()))
            return
        if not self._any_ticket and self.query().view != "deleted":
            self.empty.setText(
                self.tr(
                    "No service tickets yet.\n\nPress Ctrl+N (or New ticket) to log a repair "
                    "request, a complaint or a question from a customer."
                )
            )
        else:
            self.empty.setText(self.tr("No tickets match these filters."))
        self.list_stack.setCurrentWidget(self.empty)
        self.summary.setText("")

    def notify(self, message: str) -> None:
        """A passing message: the main window's status bar, or the summary line without one."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10000)
        else:
            self.summary.setText(message)

    def publish_badge(self) -> None:
        publish_overdue_badge(self.ctx)

    def _size_columns(self) -> None:
        """Widths from the texts they must hold (header included); the subject takes the rest."""
        metrics = self.table.fontMetrics()
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        chars = metrics.averageCharWidth()
        wanted = {
            "number": bold_metrics.horizontalAdvance("SR-0000-0000"),
            "customer": chars * 18,
            "priority": max(metrics.horizontalAdvance(priority_label(p)) for p in PRIORITY_KEYS),
            "status": max(metrics.horizontalAdvance(status_label(s)) for s in STATUS_KEYS),
            "due": bold_metrics.horizontalAdvance(time_left_sample()),
            "assignee": chars * 8,
            "category": max(metrics.horizontalAdvance(category_label(c)) for c in CATEGORY_KEYS),
            "created": chars * 16,
        }
        for key, width in wanted.items():
            column = self.model.column_index(key)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # room for the sort arrow next to the title
            header.resizeSection(
                column, max(width + 18, header_metrics.horizontalAdvance(title) + 30)
            )

    # --- selection -------------------------------------------------------------------------

    def current_ticket(self) -> TicketRecord | None:
        return self.model.record(self.table.currentIndex().row())

    def select_ticket(self, ticket_id: int, switch_view: bool = False) -> bool:
        """Select a ticket in the list (loading pages as needed); True if it is shown, or will
        be once the load under way has arrived."""
        if self._loading:
            self._select_after_load = (ticket_id, switch_view)
            return True
        row = self.model.row_of(ticket_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(ticket_id)
        if row < 0 and switch_view:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            for combo in (self.assignee_combo, self.category_combo, self.priority_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.view_combo.blockSignals(True)
            self.view_combo.setCurrentIndex(self.view_combo.findData("all"))
            self.view_combo.blockSignals(False)
            self.refresh()
            self._select_after_load = (ticket_id, False)
            return True
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.show_current()
        return True

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_current()

    def show_current(self) -> None:
        ticket = self.current_ticket()
        if ticket is None:
            self.detail.show_detail(None)
            self.actions_.update_enabled(None)
            return
        try:
            detail = get_ticket(self.ctx.db, ticket.id)
        except UserError as exc:
            log.info("selected ticket vanished: %s", exc)
            self.detail.show_detail(None)
            self.actions_.update_enabled(None)
            return
        self.detail.show_detail(detail)
        self.actions_.update_enabled(detail.ticket)

    # --- events ----------------------------------------------------------------------------

    def changed(self) -> None:
        """After this screen changed a ticket: reload here and tell the other screens."""
        self.reload_keeping_selection()
        self._own_change = True
        try:
            self.ctx.events.tickets_changed.emit()
        finally:
            self._own_change = False

    def on_outside_change(self) -> None:
        if self._own_change:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True
            self.publish_badge()

    def on_filter_changed(self, _index: int) -> None:
        self._save_filters()
        self.refresh()

    def on_clock_tick(self) -> None:
        self.model.tick()
        self.show_current()  # the time left in the detail panel too

    def on_table_context_menu(self, position: QPoint) -> None:
        if self.current_ticket() is None:
            return
        a = self.actions_
        menu = QMenu(self)
        for action in (a.start, a.wait, a.resolve, a.close, a.reopen):
            if action.isEnabled():
                menu.addAction(action)
        menu.addSeparator()
        for action in (a.edit, a.rate, a.print_, a.save_pdf, a.delete, a.restore):
            if action.isEnabled() and action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- remembered filters ----------------------------------------------------------------

    def _restore_filters(self) -> None:
        try:
            saved = json.loads(self.ctx.settings.get(settings.SERVICE_FILTERS))
        except ValueError:
            saved = {}
        saved = saved if isinstance(saved, dict) else {}
        view = self.view_combo.findData(saved.get("view", "active"))
        self.view_combo.setCurrentIndex(max(view, 0))
        assignee = saved.get("assignee")
        self._saved_assignee: str | None = assignee if isinstance(assignee, str) else None
        default = [self.model.column_index(key) for key in DEFAULT_HIDDEN]
        hidden = saved.get("hidden", default)
        number = self.model.column_index("number")
        for column in range(self.model.columnCount()):
            hide = isinstance(hidden, list) and column in hidden and column != number
            self.table.setColumnHidden(column, hide)

    def _save_filters(self) -> None:
        view = self.view_combo.currentData()
        value: dict[str, object] = {"view": view if view != "deleted" else "active"}
        if self.assignee_combo.currentData() is not None:
            value["assignee"] = self.assignee_combo.currentData()
        value["hidden"] = [
            c for c in range(self.model.columnCount()) if self.table.isColumnHidden(c)
        ]
        self.ctx.settings.set(settings.SERVICE_FILTERS, json.dumps(value, ensure_ascii=False))

    def on_header_context_menu(self, position: QPoint) -> None:
        """Choose the columns to show (the number always stays)."""
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == self.model.column_index("number"):
                continue
            act = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(column))
            act.toggled.connect(
                lambda on, c=column: (self.table.setColumnHidden(c, not on), self._save_filters())
            )
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def allowed(self, ticket: TicketRecord, status: str) -> bool:
        return ticket.deleted_at is None and status in allowed_next(ticket.status)
