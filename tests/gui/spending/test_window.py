"""The spending window driven as a user would: add, edit, delete, undo, import, compare, PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.spending.ledger import SpendingInput, add_spending, list_spending
from crmdesk.ui.context import AppContext
from crmdesk.ui.spending import SpendingDialog
from crmdesk.ui.spending.common import OVER_COLOUR
from crmdesk.ui.spending.entry_dialog import SpendingEntryDialog
from crmdesk.ui.spending.import_dialog import SpendingImportDialog
from tests.helpers.typing import type_text

D = Decimal


WhenModal = Callable[[type[QWidget], Callable[[QWidget], None]], None]


@pytest.fixture
def when_modal():
    """``when_modal(kind, act)``: act on the next modal dialog of ``kind`` as soon as it is
    open, polled by a timer so the test never blocks inside the dialog's ``exec``."""
    timers: list[QTimer] = []

    def arm(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                timer.stop()
                act(dialog)

        timer.timeout.connect(check)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, plan_id: int):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = SpendingDialog.open(parent, ctx, plan_id, "ledger")
    qtbot.waitUntil(lambda: dialog.realised.data is not None, timeout=10000)
    yield dialog  # (the parent, and with it the window, lives until the test ends)
    dialog.close()
    ctx.tasks.wait_all()


def test_add_entry_through_the_dialog_then_undo_and_redo(
    qtbot: QtBot, window: SpendingDialog, db: Database, when_modal: WhenModal
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SpendingEntryDialog)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("training"))
        type_text(qtbot, dialog.amount_edit, "１２，８００．５")  # full-width, as typed in Chinese
        type_text(qtbot, dialog.supplier_edit, "深圳培训 & Co <Ltd>")
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)

    with qtbot.waitSignal(window.ctx.events.spending_changed):
        when_modal(SpendingEntryDialog, fill)
        qtbot.mouseClick(window.ledger.add_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.rowCount() == 1
    record = window.ledger.model.records[0]
    assert (record.amount, record.supplier, record.category) == (
        D("12800.50"),
        "深圳培训 & Co <Ltd>",
        "training",
    )
    assert "¥12,800.50" in window.ledger.total_label.text()
    qtbot.mouseClick(window.ledger.undo_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.rowCount() == 0
    assert list_spending(db, include_deleted=True)[0].deleted
    window.undo_stack.redo()
    assert window.ledger.model.rowCount() == 1


def test_entry_dialog_refuses_a_zero_amount(qtbot: QtBot) -> None:
    dialog = SpendingEntryDialog(None, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.amount_edit, "0")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.value is None
    assert dialog.error_label.text() == "Amount: must be more than zero"


def test_edit_and_delete_with_undo(
    qtbot: QtBot, window: SpendingDialog, db: Database, plan_id: int, when_modal: WhenModal
) -> None:
    add_spending(db, SpendingInput(dt.date(2026, 1, 5), "licence", D(1000), plan_id=plan_id))
    window.ledger.reload()
    window.ledger.table.selectRow(0)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, SpendingEntryDialog)
        dialog.amount_edit.clear()
        type_text(qtbot, dialog.amount_edit, "1500")
        dialog.accept()

    when_modal(SpendingEntryDialog, change)
    qtbot.mouseClick(window.ledger.edit_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.records[0].amount == D(1500)
    window.ledger.table.selectRow(0)
    qtbot.mouseClick(window.ledger.delete_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.rowCount() == 0
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.ledger.model.records[0].amount == D(1000)


def test_import_a_gbk_file_after_the_preview_and_undo_it(
    qtbot: QtBot,
    window: SpendingDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_modal: WhenModal,
) -> None:
    path = tmp_path / "支出.csv"
    path.write_bytes(
        "日期,类别,金额,供应商\n2026-03-05,培训,1200,甲\n2026-03-06,定制开发,800,乙\n坏,培训,1,丙\n".encode(
            "gbk"
        )
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    previews: list[SpendingImportDialog] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, SpendingImportDialog)
        previews.append(dialog)
        assert dialog.import_button.text() == "Import 2 entries"
        dialog.import_button.click()

    when_modal(SpendingImportDialog, accept)
    qtbot.mouseClick(window.ledger.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ledger.model.rowCount() == 2, timeout=10000)
    assert "1 with problems" in previews[0].summary_label.text()
    assert messages == ["2 entries added; 1 skipped."]
    assert window.ledger.undo_import_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.ledger.undo_import_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.rowCount() == 0
    assert not window.ledger.undo_import_button.isEnabled()


def test_plan_versus_actual_colours_an_overrun(
    qtbot: QtBot, window: SpendingDialog, db: Database, plan_id: int
) -> None:
    calendar = window.variance.result.calendar
    early = calendar.go_live - dt.timedelta(days=10)  # year 0: before go-live
    add_spending(db, SpendingInput(early, "customisation", D(36000), plan_id=plan_id))
    window.ledger.reload()
    window.reload_figures()
    window.tabs.setCurrentWidget(window.variance)
    model = window.variance.model
    row = next(i for i, line in enumerate(model.records) if line.key == "customisation")
    brush = model.data(model.index(row, 3), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVER_COLOUR
    assert model.data(model.index(row, 4)) == "+20.00%"
    warnings = window.variance.warnings_label.text()
    assert "Customisation is over budget at the start (year 0)" in warnings
    assert "(20.00% over)" in warnings and "year 0:" not in warnings


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, window: SpendingDialog, db: Database, plan_id: int
) -> None:
    add_spending(db, SpendingInput(dt.date(2026, 1, 5), "licence", D(1000), plan_id=plan_id))
    window.ledger.reload()
    qtmodeltester.check(window.ledger.model)
    qtmodeltester.check(window.variance.model)


def test_go_live_and_baseline_give_a_re_estimate(
    qtbot: QtBot, window: SpendingDialog, when_modal: WhenModal
) -> None:
    from crmdesk.ui.spending.baseline_dialog import BaselineDialog

    page = window.realised
    assert page.live_check.isChecked()  # the fixture's plan went live two months ago

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BaselineDialog)
        type_text(qtbot, dialog.margin_edit, "800")
        type_text(qtbot, dialog.before[dialog.before.__iter__().__next__()], "0")
        dialog.accept()

    old = page.data
    when_modal(BaselineDialog, fill)
    qtbot.mouseClick(page.baseline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data is not old, timeout=10000)
    assert page.data is not None
    assert page.data.baseline.margin_per_customer == D(800)
    assert "Re-estimated from actual spending" in page.estimate_label.text()

    page.live_check.setChecked(False)
    qtbot.mouseClick(page.save_date_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data is not None and not page.data.go_live_set, timeout=10000)
    assert "Re-estimated" not in page.estimate_label.text()


def test_the_pdf_is_one_page(
    qtbot: QtBot,
    window: SpendingDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window.tabs.setCurrentWidget(window.variance)
    qtbot.mouseClick(window.variance.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    window.ctx.tasks.wait_all()
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "CRM <Pilot> & Co" in text
    assert "Plan versus actual" in text


def test_as_of_defaults_to_yesterday_and_a_chosen_day_drives_figures_and_pdf(
    qtbot: QtBot,
    window: SpendingDialog,
    db: Database,
    plan_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from tests.helpers.pdf import flat, pdf_text

    today = window._today()
    yesterday = today - dt.timedelta(days=1)
    picker = window.findChild(QDateEdit, "as_of")
    assert picker is not None and picker.isVisible()
    assert picker.date().toPython() == yesterday  # the end of yesterday, a finished day
    assert window.realised.data is not None and window.realised.data.as_of == yesterday
    # 1,000 five days ago, 2,000 today: yesterday's figures hold only the first
    add_spending(
        db, SpendingInput(today - dt.timedelta(days=5), "licence", D(1000), plan_id=plan_id)
    )
    add_spending(db, SpendingInput(today, "licence", D(2000), plan_id=plan_id))
    window.ledger.reload()
    window.reload_figures()
    assert window.variance.result.spent_to_date == D(1000)
    # the user picks a day a week back: nothing spent by then
    week_ago = today - dt.timedelta(days=7)
    picker.setFocus()
    picker.setDate(QDate(week_ago.year, week_ago.month, week_ago.day))
    assert window.variance.result.spent_to_date == D(0)
    # the realised return follows in the background
    qtbot.waitUntil(lambda: window.realised.data.as_of == week_ago, timeout=10000)
    # and the PDF is a print for that day
    target = tmp_path / "as_of.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window.tabs.setCurrentWidget(window.variance)
    qtbot.mouseClick(window.variance.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    window.ctx.tasks.wait_all()
    text = flat(pdf_text(target.read_bytes()))
    assert f"to the end of {week_ago.isoformat()}" in text
