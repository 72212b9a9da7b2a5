"""The customer screen as a user drives it: add, validate, search, edit, undo, delete, bulk."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from crmdesk import settings
from crmdesk.db.engine import Database
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    get_customer,
    list_customers,
    update_customer,
)
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers import tools
from crmdesk.ui.customers.dialog import CustomerDialog
from tests.gui.customers.conftest import activate, tool_button, wait_loaded
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text


def names(screen) -> list[str]:
    return [
        screen.model.index(r, screen.model.column_index("name")).data()
        for r in range(screen.model.rowCount())
    ]


def search(qtbot: QtBot, screen, text: str) -> None:
    screen.search_edit.clear()
    type_text(qtbot, screen.search_edit, text)
    qtbot.waitUntil(lambda: not screen.search_timer.isActive() and screen.model.search == text)
    wait_loaded(qtbot, screen)


def test_empty_list_says_how_to_start(make_screen) -> None:
    screen = make_screen()
    assert screen.empty_label.isVisible()
    assert "Ctrl+N" in screen.empty_label.text()


def test_add_a_customer_with_validation(qtbot: QtBot, make_screen, db: Database) -> None:
    screen = make_screen()
    errors: list[str] = []

    def fill(dialog: CustomerDialog) -> None:
        type_text(qtbot, dialog.name_edit, "张伟")
        type_text(qtbot, dialog.company_edit, "深圳华强电子")
        type_text(qtbot, dialog.emails_edit, "zhangwei@example")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: the address has no domain
        errors.append(dialog.error_label.text())
        assert dialog.focusWidget() is dialog.emails_edit
        type_text(qtbot, dialog.emails_edit, ".cn")
        type_text(qtbot, dialog.phones_edit, "+86 138-0013-8000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, CustomerDialog)
    screen.new_item()  # what Ctrl+N calls
    assert seen == ["handled"]
    assert "E-mail" in errors[0] and "name@example.com" in errors[0]
    (row,) = list_customers(db)
    assert (row.name, row.email, row.phone) == ("张伟", "zhangwei@example.cn", "+86 138-0013-8000")
    wait_loaded(qtbot, screen)
    assert names(screen) == ["张伟"]
    assert screen.detail.name_label.text() == "张伟"  # the new customer is shown
    assert "1 customer" in screen.count_label.text()


def test_a_duplicate_is_announced_before_saving(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = add_customer(db, CustomerInput("张伟", phones=["13800138000"]))
    screen = make_screen()
    asked: list[list[str]] = []

    def fake_ask(parent, matches):
        asked.append([m.name for m in matches])
        return "open", matches[0].customer_id

    monkeypatch.setattr(tools, "ask_about_duplicates", fake_ask)

    def fill(dialog: CustomerDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Zhang Wei")
        type_text(qtbot, dialog.phones_edit, "+86 138 0013 8000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog(fill, CustomerDialog)
    screen.new_item()
    assert asked == [["张伟"]]
    assert len(list_customers(db)) == 1  # not saved: the user opened the existing one
    wait_loaded(qtbot, screen)
    assert screen.selected_ids() == [existing]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张伟", ["张伟", "张伟强"]),
        ("13800138000", ["张伟"]),
        ("138-0013", ["张伟"]),
        ("zw", ["张伟", "张伟强"]),
        ("LEEDS", ["Olivia Smith"]),
    ],
)
def test_instant_search(
    qtbot: QtBot, make_screen, db: Database, query: str, expected: list[str]
) -> None:
    add_customer(db, CustomerInput("张伟", phones=["+86 138-0013-8000"]))
    add_customer(db, CustomerInput("张伟强", company="华强"))
    add_customer(db, CustomerInput("Olivia Smith", "Leeds Print"))
    screen = make_screen()
    search(qtbot, screen, query)
    assert names(screen) == expected


def test_search_that_finds_nothing_says_so(qtbot: QtBot, make_screen, db: Database) -> None:
    add_customer(db, CustomerInput("张伟"))
    screen = make_screen()
    search(qtbot, screen, "nobody")
    assert screen.empty_label.isVisible() and "No customer matches" in screen.empty_label.text()


def test_edit_then_undo_and_redo(qtbot: QtBot, make_screen, db: Database) -> None:
    cid = add_customer(db, CustomerInput("张伟", company="旧公司"))
    screen = make_screen()
    screen.select_ids([cid])

    def change(dialog: CustomerDialog) -> None:
        dialog.company_edit.clear()
        type_text(qtbot, dialog.company_edit, "新公司")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog(change, CustomerDialog)
    qtbot.mouseClick(tool_button(screen, "Edit"), Qt.MouseButton.LeftButton)
    assert get_customer(db, cid).data.company == "新公司"
    assert "新公司" in screen.detail.subtitle_label.text()
    activate(qtbot, screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_customer(db, cid).data.company == "旧公司"
    assert "旧公司" in screen.detail.subtitle_label.text()
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert get_customer(db, cid).data.company == "新公司"


def test_delete_goes_to_the_recycle_bin_and_undo_brings_it_back(
    qtbot: QtBot, make_screen, db: Database
) -> None:
    a = add_customer(db, CustomerInput("A"))
    add_customer(db, CustomerInput("B"))
    screen = make_screen()
    screen.select_ids([a])
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    wait_loaded(qtbot, screen)
    assert names(screen) == ["B"]
    assert "recycle bin" in screen.message_label.text()
    assert [r.name for r in list_customers(db, deleted=True)] == ["A"]
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot, screen)
    assert names(screen) == ["A", "B"]
    assert screen.selected_ids() == [a]


def test_bulk_tag_and_stage_on_a_selection(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [add_customer(db, CustomerInput(n)) for n in ("A", "B", "C")]
    screen = make_screen()
    screen.select_ids(ids[:2])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("VIP", True))
    qtbot.mouseClick(tool_button(screen, "Tag"), Qt.MouseButton.LeftButton)
    assert [r.tags for r in list_customers(db)] == [("VIP",), ("VIP",), ()]
    wait_loaded(qtbot, screen)  # the tags are counted again off the GUI thread
    assert screen.filter_bar.combo.findText("Tag: VIP (2)") >= 0
    screen.set_stage_selected("lead")
    assert [r.stage for r in list_customers(db)] == ["lead", "lead", "customer"]
    screen.undo_stack.undo()
    screen.undo_stack.undo()
    assert [(r.tags, r.stage) for r in list_customers(db)] == [((), "customer")] * 3


def test_filters_and_columns(qtbot: QtBot, make_screen, db: Database, ctx: AppContext) -> None:
    add_customer(db, CustomerInput("A", stage="lead"))
    add_customer(db, CustomerInput("B", tags=["VIP"]))
    screen = make_screen()
    combo = screen.filter_bar.combo
    combo.setCurrentIndex(combo.findText("Stage: Lead"))
    wait_loaded(qtbot, screen)
    assert names(screen) == ["A"]
    combo.setCurrentIndex(combo.findText("Tag: VIP (1)"))
    wait_loaded(qtbot, screen)
    assert names(screen) == ["B"]
    combo.setCurrentIndex(0)
    assert screen.table.isColumnHidden(screen.model.column_index("notes"))  # hidden until chosen
    screen.column_actions[screen.model.column_index("phone")].setChecked(False)
    assert screen.table.isColumnHidden(screen.model.column_index("phone"))
    hidden = json.loads(Settings(ctx.data_dir.settings_file).get(settings.CUSTOMERS_HIDDEN_COLUMNS))
    assert "phone" in hidden
    again = make_screen()
    assert again.table.isColumnHidden(again.model.column_index("phone"))


def test_navigating_to_a_customer_selects_it(qtbot: QtBot, make_screen, db: Database) -> None:
    ids = [add_customer(db, CustomerInput(f"C{i:03}")) for i in range(250)]
    screen = make_screen()
    screen.activated(ids[240])  # beyond the first page
    wait_loaded(qtbot, screen)
    assert screen.selected_ids() == [ids[240]]
    assert screen.detail.name_label.text() == "C240"


@pytest.mark.parametrize(
    ("answer", "company"), [("Keep theirs", "他们的公司"), ("Save mine", "我的公司")]
)
def test_an_edit_saved_over_by_someone_else_asks_before_overwriting(
    qtbot: QtBot, make_screen, db: Database, answer: str, company: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    cid = add_customer(db, CustomerInput("张伟", company="旧公司"))
    screen = make_screen()
    screen.select_ids([cid])
    other = Database(db.path)  # a second window (or PC) on the same data
    other.user_name = "wang"
    asked: list[str] = []

    def edit(dialog: CustomerDialog) -> None:
        # while this dialog is open, Wang saves the same customer
        update_customer(other, cid, CustomerInput("张伟", company="他们的公司"))
        dialog.company_edit.clear()
        type_text(qtbot, dialog.company_edit, "我的公司")
        when_dialog(choose, QMessageBox)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def choose(box: QMessageBox) -> None:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_dialog(edit, CustomerDialog)
    qtbot.mouseClick(tool_button(screen, "Edit"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "changed by wang" in asked[0]
    assert get_customer(db, cid).data.company == company
    other.dispose()


def test_the_list_is_read_off_the_gui_thread(qtbot: QtBot, make_screen, db: Database) -> None:
    """A search, a filter or a header click keeps the rows shown until the new ones arrive;
    an overtaken search never replaces a newer one."""
    for name in ("Amy", "Bo", "Cai"):
        add_customer(db, CustomerInput(name))
    screen = make_screen()
    screen.search_edit.setText("Bo")
    screen.reload()
    assert screen.loading
    assert names(screen) == ["Amy", "Bo", "Cai"]  # still the previous rows
    screen.search_edit.setText("Cai")
    screen.reload()  # overtakes the search for "Bo"
    wait_loaded(qtbot, screen)
    qtbot.wait(200)  # the overtaken result, had it been shown, would have arrived by now
    assert names(screen) == ["Cai"]
    screen.search_edit.setText("")
    screen.reload()
    wait_loaded(qtbot, screen)
    screen.table.sortByColumn(screen.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    assert screen.loading and names(screen) == ["Amy", "Bo", "Cai"]
    wait_loaded(qtbot, screen)
    assert names(screen) == ["Cai", "Bo", "Amy"]


def test_an_empty_list_hides_the_detail_pane_until_there_is_a_customer(
    qtbot: QtBot, make_screen, db: Database, ctx: AppContext
) -> None:
    screen = make_screen()
    assert screen.empty_label.isVisible()
    assert not screen.detail.isVisible()  # no "Select a customer…" beside the empty message
    splitter = screen.splitter
    qtbot.waitUntil(  # the empty message takes the whole width
        lambda: splitter.widget(0).width() >= splitter.width() - splitter.handleWidth() - 1
    )
    screen.save_state()  # closing now must not remember a hidden detail pane
    add_customer(db, CustomerInput("Wang Fang"))
    screen.reload()
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1
    assert screen.detail.isVisible() and not screen.empty_label.isVisible()
    qtbot.waitUntil(lambda: screen.detail.width() >= 280)  # laid out on the next event loop
    again = make_screen()  # the next start restores the splitter saved while it was empty
    wait_loaded(qtbot, again)
    assert again.detail.isVisible()
    qtbot.waitUntil(lambda: again.detail.width() >= 280)
