"""Reminders that fire: a polling timer plus an exact single-shot timer, a popup, the tray.

:class:`ReminderService` asks the services which reminders are due, claims them (so each fires
exactly once, ``FollowUp.reminded_at``) and emits ``fired(records, missed)``. The first check at
start-up reports reminders that came due while the app was closed as ``missed``. The clock is
injectable, so tests drive time without waiting.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.dates import utcnow
from crmdesk.domain.followups.rules import Snooze
from crmdesk.services.followups.reminders import claim_reminders, due_reminders, next_reminder_at
from crmdesk.services.followups.store import FollowUpRecord
from crmdesk.services.storage import Database
from crmdesk.ui.followups.common import customer_text, kind_label, subject_text
from crmdesk.ui.widgets.table import ObjectRole
from crmdesk.ui.widgets.time import format_local, user_zone

log = logging.getLogger(__name__)

POLL_MS = 30_000
# what a check reads: the reminders it claimed, and the next one within EXACT_WINDOW
Check = tuple[list[FollowUpRecord], dt.datetime | None]
# background(work, on_done, on_failed): run ``work`` off the GUI thread, call back on it
Background = Callable[
    [Callable[[], Check], Callable[[Check], None], Callable[[BaseException], None]], None
]
# an exact timer is armed for the next reminder within this window; the poll covers the rest
EXACT_WINDOW = dt.timedelta(minutes=10)


class ReminderService(QObject):
    """Fires each due reminder once, while the app runs."""

    fired = Signal(list, bool)  # list[FollowUpRecord], missed while the app was closed
    checked = Signal()  # after every check: the badge and the agenda may have aged

    def __init__(
        self,
        database: Callable[[], Database],
        clock: Callable[[], dt.datetime] = utcnow,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        # runs the database work off the GUI thread (the window's task runner); None: inline
        self.background = background
        self.busy = False
        self.started = False
        self.poll = QTimer(self)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self.check)
        self.exact = QTimer(self)
        self.exact.setSingleShot(True)
        self.exact.setTimerType(Qt.TimerType.PreciseTimer)
        self.exact.timeout.connect(self.check)

    def start(self) -> None:
        """Show what was missed while closed, then keep watching."""
        self.started = True
        self._check(missed=True)
        self.poll.start()

    def stop(self) -> None:
        self.poll.stop()
        self.exact.stop()

    def check(self) -> None:
        """Fire whatever is due now and re-arm the exact timer."""
        self._check(missed=False)

    def _check(self, missed: bool) -> None:
        if self.busy:  # a check is already reading; it will re-arm the timers
            return
        now = self.clock()
        db = self.database()

        def work() -> Check:
            due = due_reminders(db, now)
            claimed = set(claim_reminders(db, [r.id for r in due], now)) if due else set()
            return [r for r in due if r.id in claimed], next_reminder_at(db, now, EXACT_WINDOW)

        if self.background is None:
            try:
                result = work()
            except Exception:  # a locked or replaced database must not kill the timers
                log.exception("reminder check failed")
                return
            self._done(now, missed, result)
            return
        self.busy = True
        self.background(work, lambda result: self._done(now, missed, result), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        log.error("reminder check failed", exc_info=error)

    def _done(self, now: dt.datetime, missed: bool, result: Check) -> None:
        import shiboken6

        self.busy = False
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.exact):
            return  # the window closed while the check ran
        records, upcoming = result
        if records:
            log.info("%d reminder(s) fired (missed=%s)", len(records), missed)
            self.fired.emit(records, missed)
        self.exact.stop()
        if upcoming is not None:
            wait_ms = max(int((upcoming - now).total_seconds() * 1000) + 20, 0)
            self.exact.start(wait_ms)
        self.checked.emit()


class ReminderPopup(QDialog):
    """A non-modal window listing fired reminders with Open / Done / Snooze for each."""

    open_requested = Signal(int)
    done_requested = Signal(object)  # FollowUpRecord
    snooze_requested = Signal(int, object)  # follow-up id, Snooze

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPopup")
        self.setWindowTitle(self.tr("Follow-up reminders"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(False)
        self.tz = user_zone()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("reminders")
        self.list.itemDoubleClicked.connect(lambda _: self.on_open_clicked())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self.on_open_clicked)
        self.done_button = QPushButton(self.tr("&Done..."))
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.on_done_clicked)
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.snooze_button.setObjectName("snooze")
        from crmdesk.ui.followups.screen import snooze_menu

        self.snooze_button.setMenu(snooze_menu(self, self.on_snooze_chosen))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(520, 260)

    def add_records(self, records: list[FollowUpRecord], missed: bool) -> None:
        known = {self.record_at(i).id for i in range(self.list.count())}
        for record in records:
            if record.id in known:
                continue
            text = self.tr("%1  %2 · %3 · %4")
            text = (
                text.replace("%1", format_local(record.due_at, self.tz))
                .replace("%2", kind_label(record.kind))
                .replace("%3", customer_text(record) or "-")
                .replace("%4", subject_text(record) or "-")
            )
            item = QListWidgetItem(text)
            item.setData(ObjectRole, record)
            self.list.addItem(item)
        if missed:
            self.heading.setText(
                self.tr("%n reminder(s) came due while CRMDesk was closed", "", self.list.count())
            )
        else:
            self.heading.setText(self.tr("%n follow-up(s) due", "", self.list.count()))
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def record_at(self, row: int) -> FollowUpRecord:
        record: FollowUpRecord = self.list.item(row).data(ObjectRole)
        return record

    def current(self) -> FollowUpRecord | None:
        row = self.list.currentRow()
        return self.record_at(row) if row >= 0 else None

    def remove(self, followup_id: int) -> None:
        for row in range(self.list.count()):
            if self.record_at(row).id == followup_id:
                self.list.takeItem(row)
                break
        if self.list.count() == 0:
            self.close()

    def on_open_clicked(self) -> None:
        record = self.current()
        if record is not None:
            self.open_requested.emit(record.id)

    def on_done_clicked(self) -> None:
        record = self.current()
        if record is not None:
            self.done_requested.emit(record)

    def on_snooze_chosen(self, choice: Snooze) -> None:
        record = self.current()
        if record is not None:
            self.snooze_requested.emit(record.id, choice)
