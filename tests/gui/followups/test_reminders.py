"""Reminders with a controllable clock: fire once, missed at start, snooze, exact timer."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import settings
from crmdesk.domain.followups.rules import Snooze
from crmdesk.services.followups.store import add_followup, get_followup
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.dialogs import CompleteDialog
from crmdesk.ui.followups.reminders import ReminderPopup, ReminderService
from crmdesk.ui.main_window import MainWindow
from tests.helpers.dialogs import when_dialog

T0 = dt.datetime(2027, 3, 10, 1, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def service(ctx: AppContext, clock: Clock) -> tuple[ReminderService, list]:
    reminders = ReminderService(lambda: ctx.db, clock=clock, poll_ms=60_000)
    fired: list = []
    reminders.fired.connect(lambda records, missed: fired.append(([r.id for r in records], missed)))
    return reminders, fired


def test_fires_once_at_the_reminder_time(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    fid = add_followup(
        ctx.db, FollowUpInput(customer, T0 + dt.timedelta(hours=1), reminder_minutes=15), now=T0
    )
    clock = Clock(T0)
    reminders, fired = service(ctx, clock)
    reminders.start()
    assert fired == []
    assert reminders.exact.isActive() is False  # 45 min away: beyond the exact window
    clock.now = T0 + dt.timedelta(minutes=44)
    reminders.check()
    assert fired == []
    assert reminders.exact.isActive()  # armed for the last minute
    clock.now = T0 + dt.timedelta(minutes=45)
    reminders.check()
    reminders.check()
    assert fired == [([fid], False)]
    assert get_followup(ctx.db, fid).reminded_at == clock.now
    # a second service (another window, a restart) does not fire it again
    other, other_fired = service(ctx, clock)
    other.start()
    assert other_fired == []
    reminders.stop()


def test_missed_reminders_are_shown_at_start(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    a = add_followup(ctx.db, FollowUpInput(customer, T0 + dt.timedelta(hours=2)), now=T0)
    b = add_followup(ctx.db, FollowUpInput(customer, T0 + dt.timedelta(hours=5)), now=T0)
    clock = Clock(T0 + dt.timedelta(days=1))  # the app was closed meanwhile
    reminders, fired = service(ctx, clock)
    reminders.start()
    assert fired == [([a, b], True)]
    reminders.stop()


def test_exact_timer_fires_without_waiting_for_the_poll(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    base = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=1)
    started = time.monotonic()

    def clock() -> dt.datetime:  # real time, shifted to just before the reminder
        return base - dt.timedelta(seconds=1) + dt.timedelta(seconds=time.monotonic() - started)

    fid = add_followup(ctx.db, FollowUpInput(customer, base, reminder_minutes=0), now=clock())
    reminders = ReminderService(lambda: ctx.db, clock=clock, poll_ms=600_000)
    with qtbot.waitSignal(reminders.fired, timeout=5000) as blocker:
        reminders.start()
    assert [r.id for r in blocker.args[0]] == [fid]
    assert blocker.args[1] is False
    reminders.stop()


def test_popup_snooze_and_done(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    now = dt.datetime.now(dt.UTC)
    a = add_followup(ctx.db, FollowUpInput(customer, now + dt.timedelta(minutes=30)), now=now)
    b = add_followup(ctx.db, FollowUpInput(customer, now + dt.timedelta(minutes=31)), now=now)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    hooks = window.followups
    qtbot.waitUntil(lambda: not hooks.reminders.busy, timeout=5000)
    hooks.reminders.stop()
    hooks.reminders.clock = Clock(now + dt.timedelta(minutes=20))
    check_now(qtbot, hooks.reminders)
    popup = hooks.popup
    assert isinstance(popup, ReminderPopup) and popup.isVisible()
    assert popup.list.count() == 2
    assert "2 follow-up" in popup.heading.text()

    popup.list.setCurrentRow(0)
    popup.snooze_button.menu().actions()[0].trigger()  # 1 hour
    snoozed = get_followup(ctx.db, a)
    assert snoozed.snoozed_until is not None and snoozed.reminded_at is None
    assert snoozed.due_at > now + dt.timedelta(minutes=55)  # an hour from the real now
    assert popup.list.count() == 1

    def finish(dialog: CompleteDialog) -> None:
        dialog.outcome.setPlainText("Ordered")
        dialog.next_box.setChecked(False)
        dialog.accept()

    seen = when_dialog(finish, CompleteDialog)
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    assert seen == ["handled"]
    assert get_followup(ctx.db, b).status == "done"
    assert not popup.isVisible()
    # the snoozed one comes back an hour later, once
    hooks.reminders.clock = Clock(snoozed.due_at)
    check_now(qtbot, hooks.reminders)
    assert popup.list.count() == 1 and popup.isVisible()
    popup.close()


def test_open_shows_the_follow_up_in_the_agenda(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    now = dt.datetime.now(dt.UTC)
    fid = add_followup(ctx.db, FollowUpInput(customer, now + dt.timedelta(minutes=30)), now=now)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.painted)
    hooks = window.followups
    qtbot.waitUntil(lambda: not hooks.reminders.busy, timeout=5000)
    hooks.reminders.stop()
    hooks.reminders.clock = Clock(now + dt.timedelta(minutes=20))
    check_now(qtbot, hooks.reminders)
    assert hooks.popup is not None
    qtbot.mouseClick(hooks.popup.open_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "followups"
    screen = window.screens["followups"]
    qtbot.waitUntil(lambda: screen.current_record() is not None, timeout=5000)
    assert screen.current_record().id == fid
    hooks.popup.close()


def test_file_export_menu_writes_a_calendar(
    qtbot: QtBot, ctx: AppContext, customer: int, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    add_followup(ctx.db, FollowUpInput(customer, T0 + dt.timedelta(days=400)), now=T0)
    target = tmp_path / "mine"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.followups.export_action in window.file_menu.actions()
    window.followups.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "mine.ics").exists(), timeout=5000)
    ctx.tasks.wait_all()
    events = icalendar.Calendar.from_ical((tmp_path / "mine.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 1


def test_start_with_system_writes_the_autostart_entry(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.followups.autostart_action
    assert not action.isChecked()
    action.trigger()
    entry = tmp_path / ".config" / "autostart" / "crmdesk.desktop"
    assert entry.is_file()
    assert "--minimised" in entry.read_text(encoding="utf-8")
    assert ctx.settings.get(settings.START_WITH_SYSTEM) is True
    action.trigger()
    assert not entry.exists()


def test_snooze_enum_is_what_the_popup_sends(qtbot: QtBot) -> None:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    sent: list = []
    popup.snooze_requested.connect(lambda fid, choice: sent.append(choice))
    popup.on_snooze_chosen(Snooze.TOMORROW)
    assert sent == []  # nothing selected: nothing sent


def check_now(qtbot: QtBot, reminders: ReminderService) -> None:
    """Run a check (read off the GUI thread in the window) and wait for its outcome."""
    qtbot.waitUntil(lambda: not reminders.busy, timeout=5000)
    reminders.check()
    qtbot.waitUntil(lambda: not reminders.busy, timeout=5000)
