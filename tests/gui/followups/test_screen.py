"""The Follow-ups screen driven as a user would: agenda, completing with a next step, quick add."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.followups.agenda import AgendaGroup
from crmdesk.services.followups.store import add_followup, get_followup, list_followups
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.agenda_model import PAGE, AgendaModel
from crmdesk.ui.followups.dialogs import CompleteDialog, FollowUpDialog
from crmdesk.ui.followups.screen import FollowUpsScreen
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.widgets.table import ObjectRole
from crmdesk.ui.widgets.time import user_zone
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text

NOW = dt.datetime.now(dt.UTC)


def make_screen(qtbot: QtBot, ctx: AppContext) -> FollowUpsScreen:
    screen = FollowUpsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    screen.activated()
    settle(qtbot, screen)
    return screen


def settle(qtbot: QtBot, screen: FollowUpsScreen) -> None:
    """Wait for the agenda read in the background to be on screen."""
    qtbot.waitUntil(lambda: not screen.loading and not screen.day_loading, timeout=5000)


def test_agenda_model_passes_the_model_tester(qtmodeltester, db, customer) -> None:
    for days in (-3, 0, 1, 40):
        add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=days)), now=NOW)
    for minutes in range(PAGE + 5):  # more than one page in "Later"
        add_followup(
            db, FollowUpInput(customer, NOW + dt.timedelta(days=60, minutes=minutes)), now=NOW
        )
    model = AgendaModel()
    model.set_records(list_followups(db), NOW, user_zone())
    later = model.index(int(AgendaGroup.LATER), 0)
    assert model.rowCount(later) == PAGE
    assert model.canFetchMore(later)
    model.fetchMore(later)
    assert model.rowCount(later) == PAGE + 6
    qtmodeltester.check(model)


def test_agenda_groups_show_counts(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    add_followup(ctx.db, FollowUpInput(customer, NOW - dt.timedelta(days=2)), now=NOW)
    add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=30)), now=NOW)
    screen = make_screen(qtbot, ctx)
    texts = [screen.model.index(row, 0).data() for row in range(4)]
    assert texts[0] == "Overdue (1)"
    assert texts[3] == "Later (1)"
    assert not screen.empty_label.isVisible()


def test_complete_a_follow_up_and_schedule_the_next_one(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    first = add_followup(
        ctx.db,
        FollowUpInput(customer, NOW - dt.timedelta(hours=1), kind="visit", subject="Demo"),
        now=NOW - dt.timedelta(days=1),
    )
    screen = make_screen(qtbot, ctx)
    overdue_or_today = screen.model.index_of(first)
    rect = screen.tree.visualRect(overdue_or_today)
    qtbot.mouseClick(screen.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.complete_action.isEnabled()

    def fill(dialog: CompleteDialog) -> None:
        type_text(qtbot, dialog.outcome, "Wants a quote for 200 loaves")
        assert dialog.next_box.isChecked()
        assert dialog.next_kind.currentData() == "visit"  # same type by default
        dialog.days.setFocus()
        dialog.days.selectAll()
        qtbot.keyClicks(dialog.days, "3")
        qtbot.keyClick(dialog.next_subject, Qt.Key.Key_End)
        dialog.next_subject.selectAll()
        qtbot.keyClicks(dialog.next_subject, "Send the quote")
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, CompleteDialog)
    screen.complete_action.trigger()
    assert seen == ["handled"]
    settle(qtbot, screen)

    done = get_followup(ctx.db, first)
    assert (done.status, done.outcome) == ("done", "Wants a quote for 200 loaves")
    planned = list_followups(ctx.db)
    assert len(planned) == 1
    nxt = planned[0]
    tz = user_zone()
    assert nxt.kind == "visit" and nxt.subject == "Send the quote"
    expected_day = dt.datetime.now(dt.UTC).astimezone(tz).date() + dt.timedelta(days=3)
    assert nxt.due_at.astimezone(tz).date() == expected_day
    # the agenda shows the next step, not the done one
    index = screen.model.index_of(nxt.id)
    assert index.isValid()
    assert index.siblingAtColumn(screen.model.column_index("subject")).data() == "Send the quote"
    assert screen.model.index_of(first).isValid() is False


def test_quick_add_with_ctrl_shift_f_from_another_screen(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("dashboard")
    badges: list[tuple[str, str]] = []
    ctx.events.badge_changed.connect(lambda key, text: badges.append((key, text)))

    def fill(dialog: FollowUpDialog) -> None:
        type_text(qtbot, dialog.customer, "Pudsey")
        type_text(qtbot, dialog.subject, "Ask about Christmas order")
        today = dt.datetime.now(user_zone()).date()
        dialog.due.setDate(QDate(today.year, today.month, today.day))
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    window.followups  # noqa: B018 - the shortcut exists once the feature hooks are in
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20000)  # slow on a loaded machine
    seen = when_dialog(fill, FollowUpDialog)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: seen == ["handled"], timeout=20000)
    qtbot.waitUntil(lambda: len(list_followups(ctx.db)) == 1)
    added = list_followups(ctx.db)[0]
    assert (added.customer_id, added.subject) == (customer, "Ask about Christmas order")
    qtbot.waitUntil(lambda: ("followups", "1") in badges, timeout=5000)
    assert "(1)" in window.nav.item(2).text()


def test_quick_add_refuses_without_a_customer(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = FollowUpDialog(ctx, FollowUpInput(None, NOW + dt.timedelta(hours=1)), "New follow-up")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.customer, "nobody like this")
    dialog.accept()
    assert dialog.isVisible()
    assert "customer" in dialog.error_label.text().lower()


def test_month_calendar_lists_the_days_follow_ups(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    tz = user_zone()
    day = (dt.datetime.now(tz) + dt.timedelta(days=2)).replace(hour=10, minute=30)
    add_followup(ctx.db, FollowUpInput(customer, day, subject="Calendar visit"), now=NOW)
    screen = make_screen(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    screen.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    assert screen.day_loading  # read off the GUI thread
    settle(qtbot, screen)
    assert screen.day_list.count() == 1
    assert "Calendar visit" in screen.day_list.item(0).text()
    fmt = screen.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    assert fmt.fontWeight() == 700
    screen.day_list.setCurrentRow(0)
    assert screen.current_record() is not None
    assert screen.day_list.item(0).data(ObjectRole) is not None


def test_delete_and_undo(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    fid = add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=1)), now=NOW)
    screen = make_screen(qtbot, ctx)
    screen.select_followup(fid)
    screen.delete_action.trigger()
    assert list_followups(ctx.db) == []
    settle(qtbot, screen)
    assert not screen.model.index_of(fid).isValid()
    screen.undo_action.trigger()
    settle(qtbot, screen)
    assert [f.id for f in list_followups(ctx.db)] == [fid]
    assert screen.model.index_of(fid).isValid()


def test_filter_by_type(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=1), kind="call"), now=NOW)
    add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=1), kind="email"), now=NOW)
    screen = make_screen(qtbot, ctx)
    assert sum(screen.model.counts().values()) == 2
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("email"))
    settle(qtbot, screen)
    assert sum(screen.model.counts().values()) == 1


def test_dashboard_card_argument_shows_that_group(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    add_followup(ctx.db, FollowUpInput(customer, NOW - dt.timedelta(days=2)), now=NOW)
    add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=40)), now=NOW)
    screen = make_screen(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    screen.activated("overdue")
    assert screen.tabs.currentIndex() == 0
    assert screen.tree.currentIndex() == screen.model.index(int(AgendaGroup.OVERDUE), 0)
    screen.activated("today")
    assert screen.tree.currentIndex() == screen.model.index(int(AgendaGroup.TODAY), 0)


def test_agenda_reads_later_pages_only_when_scrolled_to(
    qtbot: QtBot, qtmodeltester, ctx: AppContext, customer: int
) -> None:
    from crmdesk.services.followups.agenda import agenda_page, agenda_snapshot

    for minutes in range(PAGE + 5):
        add_followup(
            ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=60, minutes=minutes)), now=NOW
        )
    tz = user_zone()
    reads: list[AgendaGroup] = []

    def loader(group, last):
        reads.append(group)
        return agenda_page(ctx.db, group, NOW, tz, after=last)

    model = AgendaModel()
    model.set_snapshot(agenda_snapshot(ctx.db, NOW, tz), tz, loader)
    later = model.index(int(AgendaGroup.LATER), 0)
    assert model.counts()[AgendaGroup.LATER] == PAGE + 5
    assert model.rowCount(later) == PAGE and reads == []  # only the first page was read
    assert model.canFetchMore(later)
    model.fetchMore(later)
    assert reads == [AgendaGroup.LATER]
    assert model.rowCount(later) == PAGE + 5 and not model.canFetchMore(later)
    due = [model.index(row, 0, later).data(ObjectRole).due_at for row in range(PAGE + 5)]
    assert due == sorted(due)
    qtmodeltester.check(model)


def test_select_a_follow_up_beyond_the_first_page(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    add_followup(ctx.db, FollowUpInput(customer, NOW - dt.timedelta(days=1)), now=NOW)
    for minutes in range(PAGE * 2 + 5):
        add_followup(
            ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=60, minutes=minutes)), now=NOW
        )
    last = list_followups(ctx.db)[-1]
    screen = make_screen(qtbot, ctx)
    assert screen.model.index_of(last.id).isValid() is False  # not read yet
    screen.select_followup(last.id)
    assert screen.current_record() is not None and screen.current_record().id == last.id


@pytest.mark.parametrize(("answer", "subject"), [("Keep theirs", "他们的"), ("Save mine", "我的")])
def test_an_edit_saved_over_by_someone_else_asks_before_overwriting(
    qtbot: QtBot, ctx: AppContext, customer: int, monkeypatch, answer: str, subject: str
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from crmdesk.db.engine import Database
    from crmdesk.services.followups.store import update_followup

    fid = add_followup(ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=1)), now=NOW)
    screen = make_screen(qtbot, ctx)
    screen.select_followup(fid)
    other = Database(ctx.db.path)  # a second window (or PC) on the same data
    other.user_name = "wang"
    asked: list[str] = []

    def edit(_parent, _ctx, initial, title):  # type: ignore[no-untyped-def]
        # while the dialog is open, Wang saves the same follow-up
        theirs = get_followup(other, fid)
        update_followup(other, fid, replace(theirs.as_input(), subject="他们的"))
        when_dialog(choose, QMessageBox)
        return replace(initial, subject="我的")

    def choose(box: QMessageBox) -> None:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(FollowUpDialog, "ask", staticmethod(edit))
    screen.edit_action.trigger()
    assert asked and "changed by wang" in asked[0]
    assert get_followup(ctx.db, fid).subject == subject
    other.dispose()


def test_the_agenda_shows_my_follow_ups_unless_everyones_is_ticked(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    due = NOW + dt.timedelta(days=1)
    ctx.db.user_name = "wang"
    theirs = add_followup(ctx.db, FollowUpInput(customer, due, subject="王的"), now=NOW)
    ctx.db.user_name = "li"  # signed in on a shared database
    try:
        mine = add_followup(ctx.db, FollowUpInput(customer, due, subject="我的"), now=NOW)
        screen = make_screen(qtbot, ctx)
        assert screen.everyone_check.isVisibleTo(screen)
        assert screen.model.index_of(mine).isValid()
        assert not screen.model.index_of(theirs).isValid()
        screen.everyone_check.setChecked(True)
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: screen.model.index_of(theirs).isValid(), timeout=5000)
    finally:
        ctx.db.user_name = ""


def test_a_single_user_pc_has_no_everyones_switch(qtbot: QtBot, ctx: AppContext) -> None:
    screen = make_screen(qtbot, ctx)
    assert not screen.everyone_check.isVisibleTo(screen)


def test_expanding_reads_nothing_and_scrolling_reads_the_next_page_off_the_gui_thread(
    qtbot: QtBot, ctx: AppContext, customer: int, monkeypatch
) -> None:
    import threading

    from crmdesk.ui.followups import screen as screen_module

    for minutes in range(PAGE * 2 + 5):
        add_followup(
            ctx.db, FollowUpInput(customer, NOW + dt.timedelta(days=60, minutes=minutes)), now=NOW
        )
    reads: list[bool] = []  # per page read: was it on the GUI thread?
    read_page = screen_module.agenda_page

    def counting_page(*args, **kwargs):
        reads.append(threading.current_thread() is threading.main_thread())
        return read_page(*args, **kwargs)

    monkeypatch.setattr(screen_module, "agenda_page", counting_page)
    screen = make_screen(qtbot, ctx)
    later = screen.model.index(int(AgendaGroup.LATER), 0)
    screen.tree.expandAll()
    qtbot.wait(100)
    # "Later" opens on the page the snapshot holds; the view laying it out reads nothing
    assert screen.model.rowCount(later) == PAGE and reads == []
    screen.tree.scrollTo(screen.model.index(PAGE - 1, 0, later))
    qtbot.waitUntil(lambda: screen.model.rowCount(later) == PAGE * 2, timeout=5000)
    assert reads and not any(reads)
    # the page after it was read ahead too: the last rows appear as soon as they are reached
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=5000)
    screen.tree.scrollTo(screen.model.index(PAGE * 2 - 1, 0, later))
    qtbot.waitUntil(lambda: screen.model.rowCount(later) == PAGE * 2 + 5, timeout=5000)
    assert not any(reads)
    qtbot.wait(100)
    assert screen.model.rowCount(later) == PAGE * 2 + 5
