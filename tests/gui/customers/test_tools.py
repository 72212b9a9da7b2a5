"""Import wizard, export, print, recycle bin, duplicate scanner and merge, custom fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.imports import list_import_batches
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    get_customer,
    list_customers,
)
from crmdesk.ui.customers.dialog import CustomerDialog
from crmdesk.ui.customers.duplicates_dialog import DuplicatesDialog, MergeDialog
from crmdesk.ui.customers.import_wizard import ImportWizard, PageId
from crmdesk.ui.customers.recycle_bin import RecycleBinDialog
from tests.gui.customers.conftest import activate, tool_button, wait_loaded
from tests.helpers import DATA as TEST_DATA
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text

DATA = TEST_DATA / "customers"


def test_import_wizard_maps_previews_dry_runs_and_imports(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_customer(db, CustomerInput("老张", phones=["13800138000"]))
    path = tmp_path / "客户.csv"
    path.write_bytes((DATA / "gbk_chinese_headers.csv").read_bytes())
    screen = make_screen()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, object] = {}

    def finished(box: QMessageBox) -> None:
        seen["result"] = box.text()
        box.accept()

    def drive(wizard: ImportWizard) -> None:
        page = wizard.file_page
        qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.isComplete)
        seen["file"] = page.status_label.text()
        wizard.next()
        mapping = wizard.mapping_page
        assert [c.currentData() for c in mapping.combos] == [
            "name",
            "company",
            "phone",
            "email",
            "address",
            "notes",
            "tags",
        ]
        kept = mapping.preview.item(4, 0)  # file row 6: the phone "12ab" goes to the notes
        assert mapping.preview.verticalHeaderItem(4).text() == "6"
        assert "12ab" in kept.toolTip() and "kept in the notes" in kept.toolTip()
        mapping.combos[0].setCurrentIndex(mapping.combos[0].findData(None))
        assert mapping.isComplete()  # the company can name a customer too
        mapping.combos[1].setCurrentIndex(mapping.combos[1].findData(None))
        assert not mapping.isComplete()
        assert "name" in mapping.status_label.text()
        mapping.combos[0].setCurrentIndex(mapping.combos[0].findData("name"))
        mapping.combos[1].setCurrentIndex(mapping.combos[1].findData("company"))
        wizard.next()
        check = wizard.check_page
        qtbot.waitUntil(check.isComplete)
        seen["summary"] = check.summary_label.text()
        seen["problems"] = check.problems.topLevelItemCount()
        when_dialog(finished, QMessageBox)
        wizard.accept()

    handled = when_dialog(drive, ImportWizard)
    qtbot.mouseClick(tool_button(screen, "Import"), Qt.MouseButton.LeftButton)
    assert handled == ["handled"]
    qtbot.waitUntil(lambda: "result" in seen, timeout=10000)
    assert "5 rows found" in str(seen["file"]) and "GBK" in str(seen["file"])
    assert "<b>4</b> new" in str(seen["summary"]) and "<b>1</b> already" in str(seen["summary"])
    assert "1 row is imported with a value" in str(seen["summary"])
    assert seen["problems"] == 3  # the duplicate, and 刘洋's phone and e-mail kept in the notes
    assert "4 new customers" in str(seen["result"])
    assert len(list_customers(db)) == 5
    assert screen.model.total() == 5
    (batch,) = list_import_batches(db)
    assert batch.source == "客户.csv" and batch.added == 4


def test_the_mapping_step_names_the_exporter_and_saves_a_mapping(
    qtbot: QtBot, make_screen, db: Database
) -> None:
    from crmdesk.services.customers.imports import open_import

    path = TEST_DATA / "imports" / "chinese_sheet.csv"
    screen = make_screen()
    wizard = ImportWizard(screen, screen.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    page = wizard.mapping_page
    assert page.profile_label.text() == "Recognised: Chinese customer sheet"
    headers = wizard.source.table.headers if wizard.source else []
    level = headers.index("客户级别")
    assert page.combos[level].currentData() == "notes"
    page.combos[level].setCurrentIndex(page.combos[level].findData("tags"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in page.profile_label.text()
    again = open_import(db, path)
    assert again.saved and again.mapping[level] == "tags"


def test_garbage_file_shows_why_and_cannot_go_on(
    qtbot: QtBot, make_screen, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = make_screen()
    wizard = ImportWizard(screen, screen.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(DATA / "garbage.bin")
    qtbot.waitUntil(lambda: "not a customer table" in wizard.file_page.status_label.text())
    assert not wizard.file_page.isComplete()
    assert wizard.currentId() == PageId.FILE


def test_export_the_list(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_customer(db, CustomerInput("张伟", phones=["+86 138 0013 8000"]))
    add_customer(db, CustomerInput("=cmd|' /C calc'!A0"))
    screen = make_screen()
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tool_button(screen, "Export"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = target.read_bytes().decode("utf-8-sig")
    assert "张伟" in text and "'=cmd" in text
    qtbot.waitUntil(lambda: "exported" in screen.message_label.text())


def test_print_list_builds_a_pdf(
    make_screen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crmdesk.ui.reports as reports

    add_customer(db, CustomerInput("张伟", "深圳华强电子"))
    screen = make_screen()
    built: list[bytes] = []
    monkeypatch.setattr(
        reports,
        "generate_and_preview",
        lambda p, c, build, name, *a: built.append(build(lambda d, t: None)),
    )
    screen.print_action.trigger()
    screen.select_ids(screen.model.ids())
    screen.detail.print_button.click()
    assert len(built) == 2 and all(pdf.startswith(b"%PDF") for pdf in built)


def test_recycle_bin_restores(qtbot: QtBot, make_screen, db: Database) -> None:
    cid = add_customer(db, CustomerInput("张伟"))
    screen = make_screen()
    screen.select_ids([cid])
    screen.delete_selected()
    wait_loaded(qtbot, screen)
    assert screen.model.total() == 0

    def restore(dialog: RecycleBinDialog) -> None:
        assert dialog.tree.topLevelItemCount() == 1
        dialog.tree.topLevelItem(0).setSelected(True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 0
        dialog.accept()

    handled = when_dialog(restore, RecycleBinDialog)
    screen.bin_action.trigger()
    assert handled == ["handled"]
    wait_loaded(qtbot, screen)
    assert screen.model.total() == 1


def test_scanner_merge_and_undo(qtbot: QtBot, make_screen, db: Database) -> None:
    a = add_customer(db, CustomerInput("张伟", "华强电子", phones=["13800138000"], notes="A"))
    b = add_customer(
        db,
        CustomerInput(
            "张 伟", "华强电子有限公司", phones=["+86 138 0013 8000"], emails=["zw@x.cn"]
        ),
    )
    screen = make_screen()

    def merge(dialog: MergeDialog) -> None:
        dialog.choices["company"].setChecked(True)  # take B's company
        dialog.accept()

    def scan(dialog: DuplicatesDialog) -> None:
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
        assert "same phone number" in dialog.tree.topLevelItem(0).text(2)
        when_dialog(merge, MergeDialog)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 0
        dialog.accept()

    when_dialog(scan, DuplicatesDialog)
    qtbot.mouseClick(tool_button(screen, "Duplicates"), Qt.MouseButton.LeftButton)
    merged = get_customer(db, a).data
    assert (merged.company, merged.emails, merged.notes) == ("华强电子有限公司", ["zw@x.cn"], "A")
    assert get_customer(db, b).deleted_at is not None
    activate(qtbot, screen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_customer(db, b).deleted_at is None
    assert get_customer(db, a).data.company == "华强电子"


def test_custom_fields_in_the_dialog(qtbot: QtBot, make_screen, db: Database) -> None:
    level = customer_fields.add_field(db, "Level", "choice", "Gold, Silver")
    budget = customer_fields.add_field(db, "Budget", "number")
    screen = make_screen()

    def fill(dialog: CustomerDialog) -> None:
        type_text(qtbot, dialog.name_edit, "王芳")
        dialog.custom_widgets[level].setCurrentIndex(1)
        type_text(qtbot, dialog.custom_widgets[budget], "lots")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "Budget" in dialog.error_label.text() and "not a number" in dialog.error_label.text()
        dialog.custom_widgets[budget].clear()
        type_text(qtbot, dialog.custom_widgets[budget], "12,000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog(fill, CustomerDialog)
    screen.new_item()
    (row,) = list_customers(db)
    assert get_customer(db, row.id).data.custom == {level: "Gold", budget: "12000"}
    wait_loaded(qtbot, screen)
    assert "Gold" in [label.text() for label in screen.detail.custom_rows]


def _two_imports(db: Database, tmp_path: Path) -> tuple[int, int]:
    from crmdesk.services.customers.imports import import_customers

    first = tmp_path / "展会名单.csv"
    first.write_text("姓名,手机\n张伟,13800138000\n王芳,13900139000\n", encoding="gbk")
    second = tmp_path / "leeds.csv"
    second.write_text("Name,Phone,Notes\nOlivia Smith,07700 900123,\n王芳,13900139000,VIP\n")
    a = import_customers(db, first)
    b = import_customers(db, second, update_existing=True)
    assert a.batch_id is not None and b.batch_id is not None
    return a.batch_id, b.batch_id


def test_undo_right_after_an_import_runs_in_the_background(
    qtbot: QtBot, make_screen, db: Database, tmp_path: Path
) -> None:
    from crmdesk.services.customers.imports import import_customers
    from crmdesk.ui.customers.import_history import show_import_result

    path = tmp_path / "new.csv"
    path.write_text("姓名,手机\n张伟,13800138000\n李娜,13700137000\n", encoding="utf-8-sig")
    report = import_customers(db, path)
    screen = make_screen()
    assert screen.model.total() == 2
    seen: list[str] = []

    def undone(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    def choose_undo(box: QMessageBox) -> None:
        assert "2 new customers" in box.text()
        (undo,) = [b for b in box.buttons() if b.text() == "Undo import"]
        when_dialog(undone, QMessageBox)
        undo.click()

    when_dialog(choose_undo, QMessageBox)
    assert show_import_result(screen, report) is True
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "new.csv: 2 customers removed" in seen[0]
    assert list_customers(db) == []
    qtbot.waitUntil(lambda: screen.model.total() == 0)


def test_import_history_undoes_an_earlier_import_and_puts_updates_back(
    qtbot: QtBot, make_screen, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.ui.customers import tools
    from crmdesk.ui.customers.import_history import ImportHistoryDialog

    _two_imports(db, tmp_path)
    screen = make_screen()
    assert screen.model.total() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: dict[str, object] = {}

    def undone(box: QMessageBox) -> None:
        seen["message"] = box.text()
        box.accept()

    def drive(dialog: ImportHistoryDialog) -> None:
        tree = dialog.tree
        assert [tree.topLevelItem(i).text(1) for i in range(2)] == ["leeds.csv", "展会名单.csv"]
        assert [tree.topLevelItem(i).text(3) for i in range(2)] == ["1", "0"]  # updated
        tree.setCurrentItem(tree.topLevelItem(0))  # the newer one, which updated 王芳
        when_dialog(undone, QMessageBox)
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "message" in seen, timeout=10000)
        seen["state"] = tree.topLevelItem(0).text(4)
        seen["button"] = dialog.undo_button.isEnabled()
        dialog.accept()

    handled = when_dialog(drive, ImportHistoryDialog)
    tools.show_import_history(screen)
    assert handled == ["handled"]
    assert "leeds.csv: 1 customers removed" in str(seen["message"])
    assert "1 updated customers put back" in str(seen["message"])
    assert seen["state"] == "undone" and seen["button"] is False
    names = sorted(c.name for c in list_customers(db))
    assert names == ["张伟", "王芳"]
    (wang,) = [c for c in list_customers(db) if c.name == "王芳"]
    assert get_customer(db, wang.id).data.notes == ""  # the VIP note came with the undone import
    wait_loaded(qtbot, screen)
    assert screen.model.total() == 2


def test_undoing_an_import_that_was_undone_meanwhile_says_so_plainly(
    qtbot: QtBot, make_screen, db: Database, tmp_path: Path
) -> None:
    """Another window (or the CLI) undid it first: a sentence in the user's language, no crash
    dialog, nothing changed."""
    from crmdesk.services.customers.imports import undo_import
    from crmdesk.ui.customers.import_history import undo_in_background

    first, _ = _two_imports(db, tmp_path)
    screen = make_screen()
    undo_import(db, first)
    names = sorted(c.name for c in list_customers(db))
    seen: list[object] = []

    def told(box: QMessageBox) -> None:
        seen.append((box.icon(), box.text()))
        box.accept()

    when_dialog(told, QMessageBox)
    undo_in_background(screen, screen.ctx, first, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [
        (QMessageBox.Icon.Information, "This import was already undone: nothing has changed.")
    ]
    assert sorted(c.name for c in list_customers(db)) == names
