"""The Follow-ups screen: the agenda, a month calendar, filters and the follow-up actions."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.agenda import AgendaGroup
from crmdesk.domain.followups.rules import KINDS, SNOOZE_LABELS, Snooze, snooze_until
from crmdesk.services.followups.agenda import (
    AgendaFilter,
    AgendaSnapshot,
    agenda_page,
    agenda_snapshot,
    due_days,
    kinds_filter,
    position_of,
)
from crmdesk.services.followups.store import (
    FollowUpRecord,
    delete_followup,
    get_followup,
    list_followups,
    restore_followup,
    snooze_followup,
    update_followup,
)
from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.agenda_model import AgendaModel
from crmdesk.ui.followups.common import customer_text, kind_label, subject_text
from crmdesk.ui.followups.customer_picker import CustomerPicker
from crmdesk.ui.followups.dialogs import FollowUpDialog, complete_with_dialog, quick_add_followup
from crmdesk.ui.widgets.commands import SoftDeleteCommand, each
from crmdesk.ui.widgets.elide import elide_with_tooltips
from crmdesk.ui.widgets.list_screen import ListScreen
from crmdesk.ui.widgets.stale import ask_save_over
from crmdesk.ui.widgets.table import ObjectRole
from crmdesk.ui.widgets.time import format_date, format_local, user_zone, weekday_name

log = logging.getLogger(__name__)


def snooze_menu(parent: QWidget, on_choice: Callable[[Snooze], None]) -> QMenu:
    """The 1 hour / tomorrow / next week menu shared by the screen and the reminder popup."""
    menu = QMenu(parent)
    for choice, label in SNOOZE_LABELS.items():
        action = menu.addAction(QCoreApplication.translate("Snooze", label))
        action.triggered.connect(lambda _=False, c=choice: on_choice(c))
    return menu


def snooze_now(parent: QWidget | None, ctx: AppContext, followup_id: int, choice: Snooze) -> bool:
    """Snooze a follow-up from now; True when saved."""
    now = utcnow()
    try:
        snooze_followup(ctx.db, followup_id, snooze_until(choice, now, user_zone()), now=now)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Snooze", "Snooze"), str(exc))
        return False
    ctx.events.followups_changed.emit()
    ctx.events.customers_changed.emit()
    return True


class FollowUpsScreen(ListScreen):
    """The agenda and the month of follow-ups, filtered by type and customer."""

    # emitted when a refresh has put the agenda and the month on screen
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("Navigation", "Follow-ups"), parent)
        self.tz = user_zone()
        self._dirty = True
        self._loading = False
        self._again = False
        self._day_reads = 0  # the newest day-list read; older ones are dropped
        self._day_loading = False
        self._select_after_load: int | None = None
        self._wanted = AgendaFilter()
        self._day_counts: dict[dt.date, int] = {}
        self.model = AgendaModel(self)

        self.new_action = self.add_action(
            self.tr("&New follow-up"),
            self.new_item,
            tip=self.tr("Plan a call, visit or message (Ctrl+Shift+F)"),
        )
        self.complete_action = self.add_action(
            self.tr("&Done..."),
            self.on_complete_action_triggered,
            needs="one",
            tip=self.tr("Record the outcome and plan the next step"),
        )
        self.snooze_action = self.add_menu(
            self.tr("&Snooze"), snooze_menu(self, self.snooze_current), needs="one"
        )
        self.snooze_button = self.button_for(self.snooze_action)
        self.edit_action = self.add_action(
            self.tr("&Edit..."), self.on_edit_action_triggered, needs="one"
        )
        self.delete_action = self.add_action(
            self.tr("De&lete"),
            self.on_delete_action_triggered,
            shortcut=QKeySequence.StandardKey.Delete,
            needs="one",
        )
        self.add_undo_redo()
        self.toolbar.addSeparator()
        self.greetings_action = self.add_action(
            self.tr("Plan &greetings..."),
            self.on_greetings_action_triggered,
            tip=self.tr("Birthday, New Year, Spring Festival, Mid-Autumn"),
        )
        self.cadence_action = self.add_action(
            self.tr("Stay in &touch..."),
            self.on_cadence_action_triggered,
            tip=self.tr("Contact this customer every N days/weeks/months"),
        )

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All types"), None)
        for key, _ in KINDS:
            self.kind_filter.addItem(kind_label(key), key)
        self.kind_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.customer_filter = CustomerPicker(ctx)
        self.customer_filter.setObjectName("customerFilter")
        self.customer_filter.setPlaceholderText(self.tr("All customers"))
        self.customer_filter.setMinimumWidth(220)
        self.customer_filter.customer_changed.connect(lambda _: self.refresh())
        type_label = QLabel(self.tr("T&ype:"))
        type_label.setBuddy(self.kind_filter)
        customer_label = QLabel(self.tr("C&ustomer:"))
        customer_label.setBuddy(self.customer_filter)
        for widget in (type_label, self.kind_filter, customer_label, self.customer_filter):
            self.search_row.addWidget(widget)
        # on a shared database the agenda shows my follow-ups (and unowned ones) by default
        self.everyone_check = QCheckBox(self.tr("&Everyone's"))
        self.everyone_check.setObjectName("everyoneCheck")
        self.everyone_check.setToolTip(self.tr("Show the follow-ups of every user, not only yours"))
        self.everyone_check.setVisible(bool(ctx.db.user_name))
        self.everyone_check.toggled.connect(lambda _: self.refresh())
        self.search_row.addWidget(self.everyone_check)
        self.search_row.addStretch(1)

        self.tree = QTreeView()
        elide_with_tooltips(self.tree)
        self.tree.setObjectName("agenda")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.on_tree_context_menu)
        self.tree.doubleClicked.connect(lambda _: self.on_edit_action_triggered())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.on_model_reset)
        # rows are read as the end of a group's shown rows comes into view, not by the view's
        # fetchMore (which reads on every layout of an expanded group)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self.on_fetch_timer_timeout)
        self.tree.verticalScrollBar().valueChanged.connect(lambda _: self._fetch_timer.start())
        self.tree.expanded.connect(lambda _: self._fetch_timer.start())
        self.model.rowsInserted.connect(lambda *_: self._fetch_timer.start())
        self.model.modelReset.connect(self._fetch_timer.start)
        header = self.tree.header()
        for key, width in (("due", 190), ("customer", 230), ("kind", 130), ("subject", 300)):
            header.resizeSection(self.model.column_index(key), width)
        self.empty_label = QLabel(
            self.tr("Nothing planned. Press Ctrl+Shift+F anywhere to plan a follow-up.")
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 24px;")
        agenda_page = QWidget()
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.empty_label)
        agenda_layout.addWidget(self.tree, 1)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh_calendar())
        self.calendar.selectionChanged.connect(self.refresh_day_list)
        self.day_list = QListWidget()
        self.day_list.setObjectName("dayList")
        self.day_list.currentItemChanged.connect(lambda *_: self.update_actions())
        self.day_list.itemDoubleClicked.connect(lambda _: self.on_edit_action_triggered())
        self.day_title = QLabel()
        day_panel = QWidget()
        day_layout = QVBoxLayout(day_panel)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_title)
        day_layout.addWidget(self.day_list)
        calendar_page = QSplitter()
        calendar_page.addWidget(self.calendar)
        calendar_page.addWidget(day_panel)
        calendar_page.setSizes([560, 400])

        self.tabs = QTabWidget()
        self.tabs.addTab(agenda_page, self.tr("&Agenda"))
        self.tabs.addTab(calendar_page, self.tr("&Month"))
        self.tabs.currentChanged.connect(lambda _: self.update_actions())

        self.body.addWidget(self.tabs, 1)

        # the agenda's groups move at local midnight even when nothing was edited
        self._shown_day = utcnow().astimezone(self.tz).date()
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(60_000)
        self.day_timer.timeout.connect(self.on_day_timer_timeout)
        self.day_timer.start()
        ctx.events.followups_changed.connect(self.on_followups_changed)
        ctx.events.data_replaced.connect(self.on_followups_changed)
        self.update_actions()

    # --- Screen hooks ----------------------------------------------------------------------

    def activated(self, argument: object = None) -> None:
        if isinstance(argument, dict):
            customer_id = argument.get("customer_id")
            if customer_id is not None:
                from crmdesk.services.followups.store import customer_names

                names = customer_names(self.ctx.db, int(customer_id))
                self.customer_filter.set_customer(int(customer_id), names[0] if names else "")
        self.refresh()
        if isinstance(argument, dict) and argument.get("followup_id") is not None:
            self.select_followup(int(argument["followup_id"]))
        elif argument in ("overdue", "today"):
            # from the dashboard's cards: show that group at the top of the agenda
            self.show_group(AgendaGroup.OVERDUE if argument == "overdue" else AgendaGroup.TODAY)

    def show_group(self, group: AgendaGroup) -> None:
        """Switch to the agenda and scroll ``group`` (expanded) to the top."""
        self.tabs.setCurrentIndex(0)
        index = self.model.index(int(group), 0)
        self.tree.setExpanded(index, True)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, self.tree.ScrollHint.PositionAtTop)

    def new_item(self) -> None:
        followup_id = quick_add_followup(self, self.ctx, self.customer_filter.customer_id)
        if followup_id is not None:
            self.select_followup(followup_id)

    def focus_search(self) -> None:
        self.customer_filter.setFocus()
        self.customer_filter.selectAll()

    # --- loading ---------------------------------------------------------------------------

    def _filters(self) -> tuple[list[str] | None, int | None, str]:
        kind = self.kind_filter.currentData()
        return ([kind] if kind else None), self.customer_filter.customer_id, self._owner()

    def _owner(self) -> str:
        """Whose follow-ups to show: the signed-in user's, or "" for everyone's (and alone)."""
        return "" if self.everyone_check.isChecked() else self.ctx.db.user_name

    def refresh(self) -> None:
        """Read the agenda and the month off the GUI thread; the old ones stay until then."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._dirty = False
        db, now, tz = self.ctx.db, utcnow(), self.tz
        wanted = kinds_filter(*self._filters())
        start, end = self._month_range()

        def work(progress: object) -> tuple[AgendaSnapshot, dict[dt.date, int]]:
            return agenda_snapshot(db, now, tz, wanted), due_days(db, start, end, tz, wanted)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            parent=self,
            on_success=lambda result: self._on_loaded(result, wanted),
            on_failure=self._on_load_failed,
        )

    @property
    def loading(self) -> bool:
        """True while a refresh is under way (tests and the benchmark wait for it)."""
        return self._loading

    def _alive(self) -> bool:
        import shiboken6

        return bool(shiboken6.isValid(self))

    def _on_loaded(
        self, result: tuple[AgendaSnapshot, dict[dt.date, int]], wanted: AgendaFilter
    ) -> None:
        if not self._alive():
            return
        snapshot, days = result
        self._loading = False
        db, tz = self.ctx.db, self.tz
        self.model.set_snapshot(
            snapshot,
            tz,
            lambda group, last: agenda_page(db, group, snapshot.now, tz, wanted, last),
            self._read_page,
        )
        self._wanted = wanted
        self._mark_days(days)
        if self._again:
            self._again = False
            self.refresh()
            return
        if self._select_after_load is not None:
            followup_id, self._select_after_load = self._select_after_load, None
            self.select_followup(followup_id)
        self.loaded.emit()

    def _read_page(
        self,
        job: Callable[[], list[FollowUpRecord]],
        done: Callable[[list[FollowUpRecord]], None],
    ) -> None:
        """The agenda model's next page, read in the task runner (expanding, scrolling)."""

        def arrived(rows: list[FollowUpRecord]) -> None:
            if self._alive():
                done(rows)

        def failed(error: BaseException) -> None:
            if self._alive():
                log.error("could not read a page of the agenda", exc_info=error)
                self.model.page_failed()

        self.ctx.tasks.run(
            lambda progress: job(),
            show_progress=False,
            parent=self,
            on_success=arrived,
            on_failure=failed,
        )

    def _on_load_failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self._loading = False
        log.error("could not read the agenda", exc_info=error)
        self._again = False
        self.loaded.emit()

    def on_model_reset(self) -> None:
        total = sum(self.model.counts().values())
        self.empty_label.setVisible(total == 0)
        for group in AgendaGroup:
            index = self.model.index(int(group), 0)
            # "Later" can be long: leave it folded when there is something nearer to do
            nearer = sum(self.model.counts()[g] for g in AgendaGroup if g < AgendaGroup.LATER)
            self.tree.setExpanded(index, group is not AgendaGroup.LATER or nearer == 0)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.update_actions()

    def on_fetch_timer_timeout(self) -> None:
        """Show more of each open group whose last shown row is within a screen of the view."""
        if not self._alive():
            return
        height = self.tree.viewport().height()
        for group in AgendaGroup:
            if not self.model.more_to_show(group):
                continue
            parent = self.model.index(int(group), 0)
            if not self.tree.isExpanded(parent):
                continue
            rows = self.model.rowCount(parent)
            rect = self.tree.visualRect(self.model.index(rows - 1, 0, parent) if rows else parent)
            if rect.isValid() and rect.bottom() >= 0 and rect.top() < 2 * height:
                self.model.show_more(group)

    def on_day_timer_timeout(self) -> None:
        today = utcnow().astimezone(self.tz).date()
        if today != self._shown_day:
            self._shown_day = today
            self.on_followups_changed()

    def on_followups_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _month_range(self) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants around the month the calendar shows (with the days it shows)."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1) - dt.timedelta(days=7)
        last = dt.date(year + (month == 12), month % 12 + 1, 1) + dt.timedelta(days=14)
        start = dt.datetime.combine(first, dt.time(0), tzinfo=self.tz)
        end = dt.datetime.combine(last, dt.time(0), tzinfo=self.tz)
        return start, end

    def refresh_calendar(self) -> None:
        """Another month: count its days in the background, then mark them."""
        db, tz, wanted = self.ctx.db, self.tz, kinds_filter(*self._filters())
        start, end = self._month_range()
        self.ctx.tasks.run(
            lambda progress: due_days(db, start, end, tz, wanted),
            show_progress=False,
            parent=self,
            on_success=lambda days: self._alive() and self._mark_days(days),
            on_failure=self._on_load_failed,
        )

    def _mark_days(self, days: dict[dt.date, int]) -> None:
        self._day_counts = days
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all
        busy = QTextCharFormat()
        busy.setFontWeight(700)
        busy.setBackground(QBrush(QColor("#e3f2fd")))
        today = utcnow().astimezone(self.tz).date()
        overdue = QTextCharFormat(busy)
        overdue.setBackground(QBrush(QColor("#ffebee")))
        for day, count in days.items():
            fmt = QTextCharFormat(overdue if day < today else busy)
            fmt.setToolTip(self.tr("%n follow-up(s)", "", count))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self.refresh_day_list()

    def refresh_day_list(self) -> None:
        """The selected day's follow-ups, read in the task runner (a day can hold hundreds)."""
        selected = self.calendar.selectedDate()
        day = dt.date(selected.year(), selected.month(), selected.day())
        self._day_reads += 1
        if not getattr(self, "_day_counts", {}).get(day):
            self._day_loading = False
            self._show_day(day, [])
            return
        kinds, customer_id, owner = self._filters()
        db, read = self.ctx.db, self._day_reads
        start = dt.datetime.combine(day, dt.time(0), tzinfo=self.tz)

        def work(progress: object) -> list[FollowUpRecord]:
            return list_followups(
                db,
                kinds=kinds,
                customer_id=customer_id,
                start=start,
                end=start + dt.timedelta(days=1),
                owner=owner,
            )

        def arrived(records: list[FollowUpRecord]) -> None:
            if self._alive() and read == self._day_reads:
                self._day_loading = False
                self._show_day(day, records)

        def failed(error: BaseException) -> None:
            if self._alive() and read == self._day_reads:
                self._day_loading = False
                log.error("could not read the day's follow-ups", exc_info=error)

        self._day_loading = True
        self.ctx.tasks.run(
            work, show_progress=False, parent=self, on_success=arrived, on_failure=failed
        )

    @property
    def day_loading(self) -> bool:
        """True while the calendar's day list is being read (tests wait for it)."""
        return self._day_loading

    def _show_day(self, day: dt.date, records: list[FollowUpRecord]) -> None:
        date_text = f"{format_date(day)} {weekday_name(day)}"
        self.day_title.setText(
            self.tr("%1: %2 planned").replace("%1", date_text).replace("%2", str(len(records)))
        )
        self.day_list.clear()
        for record in records:
            text = "  ".join(
                part
                for part in (
                    format_local(record.due_at, self.tz, with_date=False),
                    kind_label(record.kind),
                    customer_text(record),
                    subject_text(record),
                )
                if part
            )
            item = QListWidgetItem(text)
            item.setData(ObjectRole, record)
            self.day_list.addItem(item)
        self.update_actions()

    def select_followup(self, followup_id: int) -> None:
        """Show and select a follow-up, reading the pages up to it; after a load if one runs."""
        if self._loading:
            self._select_after_load = followup_id
            return
        index = self.model.index_of(followup_id)
        if not index.isValid():
            found = position_of(self.ctx.db, followup_id, self.model.now, self.tz, self._wanted)
            if found is not None:
                index = self.model.index_at(*found)
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.tree.setExpanded(index.parent(), True)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # --- the current follow-up -------------------------------------------------------------

    def current_record(self) -> FollowUpRecord | None:
        if self.tabs.currentIndex() == 1:
            item = self.day_list.currentItem()
            value = item.data(ObjectRole) if item is not None else None
            return value if isinstance(value, FollowUpRecord) else None
        return self.model.record(self.tree.currentIndex())

    def selected_count(self) -> int:
        return 0 if self.current_record() is None else 1

    def update_actions(self) -> None:
        self.selection_changed()

    def on_tree_context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        if self.current_record() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.complete_action)
        snooze = menu.addMenu(self.tr("Snooze"))
        for choice, label in SNOOZE_LABELS.items():
            action = snooze.addAction(QCoreApplication.translate("Snooze", label))
            action.triggered.connect(lambda _=False, c=choice: self.snooze_current(c))
        menu.addAction(self.edit_action)
        menu.addAction(self.cadence_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def on_complete_action_triggered(self) -> None:
        record = self.current_record()
        if record is not None:
            complete_with_dialog(self, self.ctx, record)

    def snooze_current(self, choice: Snooze) -> None:
        record = self.current_record()
        if record is not None and snooze_now(self, self.ctx, record.id, choice):
            self.select_followup(record.id)

    def on_edit_action_triggered(self) -> None:
        record = self.current_record()
        if record is None:
            return
        record = get_followup(self.ctx.db, record.id)
        data = FollowUpDialog.ask(
            self, self.ctx, initial=record.as_input(), title=self.tr("Edit follow-up")
        )
        if data is None:
            return
        version = record.version  # the version the dialog showed: no lost updates
        while True:
            try:
                update_followup(self.ctx.db, record.id, data, expected_version=version)
                break
            except StaleRecordError as refused:
                if not ask_save_over(self, refused, record.subject):
                    self.ctx.events.followups_changed.emit()  # show theirs
                    self.select_followup(record.id)
                    return
                version = refused.version
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Edit follow-up"), str(exc))
                return
        self.ctx.events.followups_changed.emit()
        self.ctx.events.customers_changed.emit()
        self.select_followup(record.id)

    def on_delete_action_triggered(self) -> None:
        record = self.current_record()
        if record is None:
            return
        text = self.tr("Delete follow-up %1").replace("%1", subject_text(record))
        db = self.ctx.db
        self.undo_stack.push(
            SoftDeleteCommand(
                text,
                [record.id],
                each(partial(delete_followup, db)),
                each(partial(restore_followup, db)),
                lambda _ids: self._changed(),
            )
        )
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Follow-up deleted. Press Ctrl+Z to undo."), 8000)

    def _changed(self) -> None:
        self.ctx.events.followups_changed.emit()
        self.ctx.events.customers_changed.emit()

    def on_greetings_action_triggered(self) -> None:
        from crmdesk.ui.followups.plan_dialogs import GreetingsDialog

        GreetingsDialog.run(self, self.ctx)

    def on_cadence_action_triggered(self) -> None:
        from crmdesk.ui.followups.plan_dialogs import CadenceDialog

        record = self.current_record()
        customer_id = record.customer_id if record else self.customer_filter.customer_id
        if customer_id is None:
            QMessageBox.information(
                self,
                self.tr("Stay in touch"),
                self.tr(
                    "Select a follow-up of the customer, or choose the customer in the filter."
                ),
            )
            return
        CadenceDialog.run(self, self.ctx, customer_id)
