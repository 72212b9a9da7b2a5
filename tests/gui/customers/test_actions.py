"""Acting on a customer: log a contact, plan a follow-up, open a ticket, call, e-mail, copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer, get_customer
from crmdesk.services.followups.store import list_followups
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers import actions as customer_actions
from crmdesk.ui.followups.log_dialog import LogContactDialog
from crmdesk.ui.main_window import MainWindow
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text


def add_two(db: Database) -> tuple[int, int]:
    first = add_customer(
        db,
        CustomerInput(
            "王伟", "深圳华强电子有限公司", phones=["+86 138 0013 8000"], emails=["ww@example.cn"]
        ),
    )
    second = add_customer(db, CustomerInput("Olivia Brown", "Roundhay Bikes"))
    return first, second


def test_actions_need_one_selected_customer(qtbot: QtBot, make_screen, db: Database) -> None:
    first, second = add_two(db)
    screen = make_screen()
    acts = screen.customer_actions
    selection_actions = [
        screen.edit_action,
        screen.delete_action,
        screen.tag_action,
        acts.followup_action,
        acts.ticket_action,
        *acts.log_actions.values(),
    ]
    screen.table.clearSelection()
    assert not any(a.isEnabled() for a in selection_actions)
    screen.select_ids([first])
    assert all(a.isEnabled() for a in selection_actions)
    assert acts.call_action.isEnabled() and acts.mail_action.isEnabled()
    # Olivia has neither phone nor e-mail: nothing to call or write to
    screen.select_ids([second])
    assert not acts.call_action.isEnabled() and not acts.mail_action.isEnabled()
    assert not acts.copy_wechat_action.isEnabled()  # no WeChat ID
    assert not acts.copy_qq_action.isEnabled()
    screen.select_ids([first, second])
    assert not acts.followup_action.isEnabled() and screen.delete_action.isEnabled()


def test_log_a_call_from_the_detail_pane_shows_on_the_timeline(
    qtbot: QtBot, make_screen, db: Database
) -> None:
    first, _ = add_two(db)
    screen = make_screen()
    screen.select_ids([first])
    before = screen.detail.timeline.count()

    def fill(dialog: LogContactDialog) -> None:
        assert dialog.kind.currentData() == "call"
        type_text(qtbot, dialog.subject, "报价单")
        type_text(qtbot, dialog.outcome, "Wants a quote by Friday")
        dialog.next_box.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, LogContactDialog)
    button = screen.detail.findChild(QToolButton, "logContact")
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["handled"]
    qtbot.waitUntil(lambda: screen.detail.timeline.count() > before)
    texts = [screen.detail.timeline.item(i).text() for i in range(screen.detail.timeline.count())]
    assert any("报价单" in t for t in texts), texts
    logged = [f for f in list_followups(db, customer_id=first, statuses=("done",))]
    assert [(f.kind, f.subject, f.outcome) for f in logged] == [
        ("call", "报价单", "Wants a quote by Friday")
    ]
    planned = [f for f in list_followups(db, customer_id=first) if f.status == "planned"]
    assert [f.subject for f in planned] == ["报价单"]  # the next step
    assert get_customer(db, first).last_contact_at == logged[0].completed_at
    assert "logged" in screen.message_label.text()


def test_call_e_mail_and_copy(qtbot: QtBot, make_screen, db: Database, monkeypatch) -> None:
    first, _ = add_two(db)
    opened: list[str] = []
    monkeypatch.setattr(customer_actions, "open_url", lambda url: opened.append(url.toString()))
    screen = make_screen()
    screen.select_ids([first])
    screen.customer_actions.call_action.trigger()
    screen.customer_actions.mail_action.trigger()
    assert opened == ["tel:+8613800138000", "mailto:ww@example.cn"]
    screen.customer_actions.copy_phone_action.trigger()
    assert QApplication.clipboard().text() == "+86 138 0013 8000"
    assert QUrl(opened[0]).scheme() == "tel"


def test_open_a_ticket_from_a_customer(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    from crmdesk.services.tickets.queries import TicketQuery, list_tickets
    from crmdesk.ui.tickets.dialogs import TicketDialog

    first, _ = add_two(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.painted)
    window.show_screen("customers")
    screen = window.screens["customers"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.select_ids([first])
    assert screen.customer_actions.ticket_action.isEnabled()
    chosen: list[int | None] = []

    def fill(dialog: TicketDialog) -> None:
        chosen.append(dialog.customer.customer_id)
        type_text(qtbot, dialog.subject, "打印机卡纸")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, TicketDialog)
    screen.customer_actions.ticket_action.trigger()
    qtbot.waitUntil(lambda: seen == ["handled"])
    assert chosen == [first]
    assert window.current_key() == "service"
    tickets = list_tickets(db, TicketQuery(view="all"))
    assert [(t.customer_id, t.subject) for t in tickets] == [(first, "打印机卡纸")]


def test_ctrl_shift_f_on_the_customer_list_plans_for_the_selected_customer(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    from crmdesk.ui.followups.dialogs import FollowUpDialog

    first, _ = add_two(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.painted)
    window.show_screen("customers")
    screen = window.screens["customers"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.select_ids([first])
    chosen: list[int | None] = []

    def fill(dialog: FollowUpDialog) -> None:
        chosen.append(dialog.customer.customer_id)
        dialog.reject()

    seen = when_dialog(fill, FollowUpDialog)
    # the window's Ctrl+Shift+F action (the follow-ups screen's own test presses the keys)
    window.followups.quick_add_action.trigger()
    qtbot.waitUntil(lambda: seen == ["handled"])
    assert chosen == [first]
    ctx.tasks.wait_all()


def test_copy_wechat_id_and_qq(qtbot: QtBot, make_screen, db: Database) -> None:
    first, second = add_two(db)
    third = add_customer(
        db, CustomerInput("李娜", "杭州云帆科技", wechat="  lina_yunfan ", qq="12345678")
    )
    screen = make_screen()
    acts = screen.customer_actions
    screen.select_ids([first])  # a phone, but no WeChat ID or QQ
    assert not acts.copy_wechat_action.isEnabled() and not acts.copy_qq_action.isEnabled()
    screen.select_ids([third])
    assert acts.copy_wechat_action.isEnabled() and acts.copy_qq_action.isEnabled()
    # the detail pane shows buttons for both, and the right-click menu offers them
    buttons = {b.defaultAction() for b in screen.detail.findChildren(QToolButton)}
    assert {acts.copy_wechat_action, acts.copy_qq_action} <= buttons
    assert acts.copy_wechat_action in acts.context_actions()
    QApplication.clipboard().setText("something else")
    button = next(
        b
        for b in screen.detail.findChildren(QToolButton)
        if b.defaultAction() is acts.copy_wechat_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "lina_yunfan"
    assert "lina_yunfan" in screen.message_label.text()
    acts.copy_qq_action.trigger()
    assert QApplication.clipboard().text() == "12345678"
    screen.select_ids([second])
    assert not acts.copy_wechat_action.isEnabled() and not acts.copy_qq_action.isEnabled()
