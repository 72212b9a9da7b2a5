"""Work orders from the service screen: saved as PDF and previewed, Chinese text intact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.queries import get_ticket
from crmdesk.services.tickets.store import TicketInput, add_comment, change_status, create_ticket
from crmdesk.ui.reports.preview import ReportPreviewDialog
from crmdesk.ui.tickets.work_order import default_file_name, work_order_data
from tests.gui.tickets.conftest import wait_loaded
from tests.helpers.pdf import flat, pdf_text


@pytest.fixture
def resolved(qtbot: QtBot, db: Database, customer: int, levels: ServiceLevels, screen: Any) -> int:
    ticket = create_ticket(
        db,
        TicketInput(
            customer,
            "打印机卡纸 & <纸盒2>",
            description="每页都卡纸",
            product="HP M1136",
            serial_number="CNB8123",
            assignee="李师傅",
        ),
        levels,
    )
    add_comment(db, ticket.id, "已订配件")
    change_status(db, ticket.id, "resolved", levels, resolution="更换搓纸轮，测试20页正常")
    screen.refresh()
    wait_loaded(qtbot, screen)
    return ticket.id


def test_save_work_order_as_pdf(
    qtbot: QtBot, screen: Any, resolved: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "order"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    screen.actions_.save_pdf.trigger()
    pdf_path = tmp_path / "order.pdf"  # the extension is added
    qtbot.waitUntil(pdf_path.exists, timeout=20000)
    text = flat(pdf_text(pdf_path.read_bytes()))
    for expected in (
        "SR-",
        "打印机卡纸 & <纸盒2>",
        "陈静",
        "每页都卡纸",
        "更换搓纸轮",
        "CNB8123",
        "李师傅",
    ):
        assert expected in text


def test_print_opens_the_preview(qtbot: QtBot, screen: Any, resolved: int) -> None:
    screen.actions_.print_.trigger()

    def preview() -> ReportPreviewDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ReportPreviewDialog) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: preview() is not None, timeout=20000)
    dialog = preview()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)  # built and rendered in the background
    assert dialog.page_count >= 1
    assert dialog.suggested_name == default_file_name(get_ticket(screen.ctx.db, resolved))
    dialog.close()


def test_work_order_data_uses_translated_labels_and_history(
    db: Database, resolved: int, screen: Any
) -> None:
    data = work_order_data(get_ticket(db, resolved), "Pudsey Repairs", "CNY", screen.tz)
    assert (data.status, data.category, data.issuer) == ("Resolved", "Repair", "Pudsey Repairs")
    assert data.company == "东莞新丰五金有限公司"
    assert [e.text for e in data.events][:1] == ["已订配件"]
    # no author is recorded, so "By" names who held the ticket then
    assert data.events and all(e.author == "李师傅" for e in data.events)
    assert default_file_name(get_ticket(db, resolved)).endswith("陈静.pdf")
