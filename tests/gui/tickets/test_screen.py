"""The service screen as a user drives it: open a ticket, move it along, resolve, close, rate."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import FollowUp
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.queries import TicketQuery, get_ticket, list_tickets
from crmdesk.services.tickets.store import TicketInput, create_ticket
from crmdesk.ui.context import AppContext
from crmdesk.ui.tickets.dialogs import CloseDialog, ResolveDialog, TicketDialog
from tests.gui.tickets.conftest import button, long_ago, wait_loaded
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text


def status_text(screen: Any) -> str:
    return str(
        screen.model.data(
            screen.table.currentIndex().siblingAtColumn(screen.model.column_index("status"))
        )
    )


def test_open_a_ticket_as_a_user_would(qtbot: QtBot, screen: Any, customer: int) -> None:
    assert screen.list_stack.currentWidget() is screen.empty
    assert "No service tickets yet" in screen.empty.text()

    def fill(dialog: TicketDialog) -> None:
        type_text(qtbot, dialog.customer, "陈静")
        type_text(qtbot, dialog.subject, "空调不制冷 & 漏水")
        dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
        type_text(qtbot, dialog.serial, "GR26-778")
        assert "First response due" in dialog.due_preview.text()
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, TicketDialog)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert seen == ["handled"]
    assert screen.list_stack.currentWidget() is screen.table
    assert screen.model.rowCount() == 1
    assert (
        screen.model.data(screen.model.index(0, screen.model.column_index("subject")))
        == "空调不制冷 & 漏水"
    )
    assert "to respond" in screen.model.data(
        screen.model.index(0, screen.model.column_index("due"))
    )
    assert screen.detail.title.text().startswith("SR-")
    assert "GR26-778" in screen.detail.fields["product"].text()
    assert "Ticket opened" in screen.detail.history.toPlainText()


def test_a_dialog_refuses_a_ticket_without_customer(
    qtbot: QtBot, screen: Any, customer: int
) -> None:
    def fill(dialog: TicketDialog) -> None:
        type_text(qtbot, dialog.subject, "Noisy fan")
        dialog.accept()
        assert dialog.isVisible()
        assert "customer" in dialog.error_label.text().lower()
        dialog.reject()

    seen = when_dialog(fill, TicketDialog)
    screen.new_item()
    assert seen == ["handled"]
    assert screen.model.rowCount() == 0


@pytest.fixture
def ticket(qtbot: QtBot, db: Database, customer: int, levels: ServiceLevels, screen: Any) -> int:
    record = create_ticket(db, TicketInput(customer, "打印机卡纸", product="HP M1136"), levels)
    screen.refresh()
    wait_loaded(qtbot, screen)
    return record.id


def test_status_resolve_and_close_with_a_score(
    qtbot: QtBot, screen: Any, ticket: int, db: Database, customer: int
) -> None:
    assert status_text(screen) == "New"
    qtbot.mouseClick(button(screen.detail, "In progress"), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert status_text(screen) == "In progress"
    assert "New → In progress" in screen.detail.history.toPlainText()

    def resolve(dialog: ResolveDialog) -> None:
        dialog.accept()  # empty: refused, with the reason
        assert dialog.isVisible()
        assert "work order" in dialog.error_label.text()
        type_text(qtbot, dialog.resolution, "更换搓纸轮")
        dialog.accept()

    resolved = when_dialog(resolve, ResolveDialog)
    qtbot.mouseClick(button(screen.detail, "Resolve..."), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert resolved == ["handled"]
    assert status_text(screen) == "Resolved"
    assert screen.detail.resolution.text() == "更换搓纸轮"

    def close(dialog: CloseDialog) -> None:
        assert dialog.plan_call.isChecked()  # the satisfaction call is proposed
        four = dialog.findChild(type(dialog.unknown), "score4")
        qtbot.mouseClick(four, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.comment, "师傅很专业")
        dialog.accept()

    closed = when_dialog(close, CloseDialog)
    qtbot.mouseClick(button(screen.detail, "Close..."), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert closed == ["handled"]
    # the closed ticket left the "Not closed" view; it is still there under "Closed"
    assert screen.model.rowCount() == 0
    screen.view_combo.setCurrentIndex(screen.view_combo.findData("closed"))
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1
    assert status_text(screen) == "Closed"
    assert "4/5" in screen.detail.fields["satisfaction"].text()
    assert "师傅很专业" in screen.detail.fields["satisfaction"].text()
    with db.session() as session:
        call = session.scalars(select(FollowUp).where(FollowUp.ticket_id == ticket)).one()
        assert (call.kind, call.customer_id) == ("call", customer)


def test_closing_a_new_ticket_asks_first(
    qtbot: QtBot, screen: Any, ticket: int, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(button(screen.detail, "Close..."), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert get_ticket(db, ticket).ticket.status == "new"

    answers.append(QMessageBox.StandardButton.Yes)

    def close(dialog: CloseDialog) -> None:
        assert dialog.unknown.isChecked()  # "not asked yet" by default
        dialog.plan_call.setChecked(False)
        dialog.accept()

    seen = when_dialog(close, CloseDialog)
    qtbot.mouseClick(button(screen.detail, "Close..."), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert seen == ["handled"]
    closed = get_ticket(db, ticket).ticket
    assert (closed.status, closed.satisfaction) == ("closed", None)
    with db.session() as session:
        assert session.scalars(select(FollowUp)).first() is None

    # the customer's score, asked later, is recorded on the closed ticket
    screen.view_combo.setCurrentIndex(screen.view_combo.findData("closed"))
    wait_loaded(qtbot, screen)

    def rate(dialog: CloseDialog) -> None:
        dialog.accept()  # no score chosen: refused
        assert dialog.isVisible()
        assert "1 to 5" in dialog.error_label.text()
        dialog.findChild(type(dialog.unknown), "score5").setChecked(True)
        dialog.accept()

    rated = when_dialog(rate, CloseDialog)
    qtbot.mouseClick(button(screen.detail, "Satisfaction..."), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen)
    assert rated == ["handled"]
    assert get_ticket(db, ticket).ticket.satisfaction == 5
    assert "5/5" in screen.detail.fields["satisfaction"].text()


def test_keyboard_shortcuts(qtbot: QtBot, screen: Any, ticket: int, db: Database) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    wait_loaded(qtbot, screen)
    assert get_ticket(db, ticket).ticket.status == "waiting"
    assert "Paused" in screen.model.data(screen.model.index(0, screen.model.column_index("due")))
    qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    wait_loaded(qtbot, screen)
    assert get_ticket(db, ticket).ticket.status == "in_progress"
    # comment: Ctrl+Shift+M jumps to the box, Ctrl+Enter adds it
    qtbot.keyClick(screen.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert QApplication.focusWidget() is screen.detail.comment
    type_text(qtbot, screen.detail.comment, "客户周三在家")
    qtbot.keyClick(screen.detail.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot, screen)
    assert get_ticket(db, ticket).history[-1].text == "客户周三在家"
    assert screen.detail.comment.toPlainText() == ""
    assert "客户周三在家" in screen.detail.history.toPlainText()
    # Delete moves it to the recycle bin, Ctrl+Z brings it back
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 0
    assert get_ticket(db, ticket).ticket.deleted_at is not None
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_ticket(db, ticket).ticket.deleted_at is None
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1


def test_filters_search_and_the_overdue_badge(
    qtbot: QtBot, ctx: AppContext, db: Database, customer: int, levels: ServiceLevels
) -> None:
    create_ticket(db, TicketInput(customer, "Late one", assignee="Amy"), levels, now=long_ago())
    create_ticket(db, TicketInput(customer, "Fresh one", category="complaint"), levels)
    badges: list[tuple[str, str]] = []
    ctx.events.badge_changed.connect(lambda key, text: badges.append((key, text)))
    from crmdesk.ui.tickets import ServiceScreen

    screen = ServiceScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    wait_loaded(qtbot, screen)
    assert badges[-1] == ("service", "1")
    assert screen.model.rowCount() == 2
    screen.view_combo.setCurrentIndex(screen.view_combo.findData("overdue"))
    wait_loaded(qtbot, screen)
    assert [
        screen.model.data(screen.model.index(r, screen.model.column_index("subject")))
        for r in range(1)
    ] == ["Late one"]
    screen.view_combo.setCurrentIndex(screen.view_combo.findData("active"))
    assignee: QComboBox = screen.assignee_combo
    assignee.setCurrentIndex(assignee.findData("Amy"))
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1
    assignee.setCurrentIndex(assignee.findData(None))
    screen.category_combo.setCurrentIndex(screen.category_combo.findData("complaint"))
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1
    screen.category_combo.setCurrentIndex(0)
    type_text(qtbot, screen.search_edit, "fresh")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert (
        screen.model.data(screen.model.index(0, screen.model.column_index("subject")))
        == "Fresh one"
    )
    screen.search_edit.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    # a nothing-found search says so instead of showing an empty grid
    type_text(qtbot, screen.search_edit, "zzz")
    qtbot.waitUntil(lambda: screen.list_stack.currentWidget() is screen.empty)
    assert "match" in screen.empty.text()


def test_the_assignee_filter_is_remembered(
    qtbot: QtBot, ctx: AppContext, db: Database, customer: int, levels: ServiceLevels
) -> None:
    create_ticket(db, TicketInput(customer, "Mine", assignee="Amy"), levels)
    create_ticket(db, TicketInput(customer, "Theirs", assignee="Bo"), levels)
    from crmdesk.ui.tickets import ServiceScreen

    first = ServiceScreen(ctx)
    qtbot.addWidget(first)
    wait_loaded(qtbot, first)
    first.assignee_combo.setCurrentIndex(first.assignee_combo.findData("Amy"))
    again = ServiceScreen(ctx)
    qtbot.addWidget(again)
    wait_loaded(qtbot, again)
    assert again.assignee_combo.currentData() == "Amy"
    assert again.model.rowCount() == 1


def test_navigation_arguments(
    qtbot: QtBot, screen: Any, ticket: int, db: Database, customer: int, levels: ServiceLevels
) -> None:
    other = create_ticket(db, TicketInput(customer, "Second"), levels)
    screen.view_combo.setCurrentIndex(screen.view_combo.findData("closed"))
    wait_loaded(qtbot, screen)
    screen.activated(other.id)  # e.g. from a customer's timeline: shows it whatever the view
    wait_loaded(qtbot, screen)
    assert screen.current_ticket() is not None
    assert screen.current_ticket().id == other.id
    screen.activated("overdue")
    wait_loaded(qtbot, screen)
    assert screen.view_combo.currentData() == "overdue"

    def fill(dialog: TicketDialog) -> None:
        assert dialog.customer.customer_id == customer
        assert "陈静" in dialog.customer.text()
        dialog.reject()

    seen = when_dialog(fill, TicketDialog)
    screen.activated(("new", customer))
    assert seen == ["handled"]
    assert len(list_tickets(db, TicketQuery("all"))) == 2


def test_an_empty_service_list_says_what_to_do_and_shows_no_idle_buttons(
    qtbot: QtBot, screen, ctx: AppContext, customer: int, levels: ServiceLevels
) -> None:
    from PySide6.QtWidgets import QLabel

    empty = screen.findChild(QLabel, "emptyState")
    assert empty.isVisible() and "New ticket" in empty.text()
    assert not screen.detail.isVisible()  # no disabled skeleton running off the edge
    create_ticket(ctx.db, TicketInput(customer, "Pump leaks"), levels)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.detail.isVisible() and not empty.isVisible()
    screen.table.clearSelection()
    screen.detail.show_detail(None)
    assert not screen.detail.buttons.isVisible()


def test_the_list_is_read_off_the_gui_thread(
    qtbot: QtBot, screen: Any, db: Database, customer: int, levels: ServiceLevels
) -> None:
    """A filter or a header click keeps the rows shown until the new ones arrive."""
    for subject in ("Alpha", "Beta"):
        create_ticket(db, TicketInput(customer, subject), levels)
    screen.refresh()
    assert screen.loading and screen.model.rowCount() == 0  # the previous (empty) list
    wait_loaded(qtbot, screen)
    subject = screen.model.column_index("subject")

    def subjects() -> list[str]:
        return [screen.model.index(r, subject).data() for r in range(screen.model.rowCount())]

    screen.table.sortByColumn(subject, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, screen)
    assert subjects() == ["Alpha", "Beta"]
    screen.table.sortByColumn(subject, Qt.SortOrder.DescendingOrder)
    assert screen.loading and subjects() == ["Alpha", "Beta"]
    wait_loaded(qtbot, screen)
    assert subjects() == ["Beta", "Alpha"]


@pytest.mark.parametrize(("answer", "subject"), [("Keep theirs", "Theirs"), ("Save mine", "Mine")])
def test_a_ticket_saved_by_someone_else_meanwhile_asks_before_overwriting(
    qtbot: QtBot,
    screen,
    ctx: AppContext,
    customer: int,
    levels: ServiceLevels,
    monkeypatch,
    answer: str,
    subject: str,
) -> None:
    from crmdesk.services.tickets.store import update_ticket

    ticket = create_ticket(ctx.db, TicketInput(customer, "Pump leaks"), levels)
    screen.refresh()
    wait_loaded(qtbot, screen)
    assert screen.select_ticket(ticket.id)
    other = Database(ctx.db.path)  # a second PC on the same data
    other.user_name = "wang"
    asked: list[str] = []

    def edit(_parent, _ctx, _levels, shown, *_args, **_kw):  # type: ignore[no-untyped-def]
        update_ticket(other, ticket.id, TicketInput(customer, "Theirs"), levels)
        when_dialog(choose, QMessageBox)
        return TicketInput(customer, "Mine")

    def choose(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.mouseClick(
            next(b for b in box.buttons() if b.text() == answer), Qt.MouseButton.LeftButton
        )

    monkeypatch.setattr(TicketDialog, "ask", staticmethod(edit))
    screen.actions_.edit_ticket()
    other.dispose()
    assert asked and "changed by wang" in asked[0]
    assert get_ticket(ctx.db, ticket.id).ticket.subject == subject
