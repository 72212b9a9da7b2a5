"""WeChat ID and QQ in the edit dialog and the detail pane: shown, edited, never lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer, get_customer
from crmdesk.ui.customers.dialog import CustomerDialog


def test_the_dialog_keeps_and_edits_wechat_and_qq(qtbot: QtBot, db: Database) -> None:
    initial = CustomerInput("林海", wechat="linhai_toys", qq="12345678", notes="x")
    dialog = CustomerDialog(None, "Edit", initial, [], [])
    qtbot.addWidget(dialog)
    assert (dialog.wechat_edit.text(), dialog.qq_edit.text()) == ("linhai_toys", "12345678")
    unchanged = dialog.result_value()
    assert (unchanged.wechat, unchanged.qq) == ("linhai_toys", "12345678")
    dialog.qq_edit.setText(" 87654321 ")
    assert dialog.result_value().qq == "87654321"


def test_the_detail_pane_shows_them(qtbot: QtBot, make_screen, db: Database) -> None:
    cid = add_customer(db, CustomerInput("林海", wechat="linhai_toys", qq="12345678"))
    screen = make_screen()
    screen.detail.show_customer(get_customer(db, cid), [], [])
    assert screen.detail.values["wechat"].text() == "linhai_toys"
    assert screen.detail.values["qq"].text() == "12345678"
