"""The filter box reads tags and saved filters off the GUI thread and keeps its choice."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.store import CustomerFilter, CustomerInput, add_customer
from crmdesk.ui.customers import filters

from .conftest import wait_loaded


def names(screen) -> list[str]:
    column = screen.model.column_index("name")
    return sorted(screen.model.index(r, column).data() for r in range(screen.model.rowCount()))


def test_tags_and_saved_filters_are_read_off_the_gui_thread(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_customer(db, CustomerInput("A", tags=["VIP", "批发"]))
    add_customer(db, CustomerInput("B", tags=["VIP"]))
    customer_fields.save_filter(db, "Leads", CustomerFilter(stages=("lead",)))
    threads: list[threading.Thread] = []
    real = filters.list_tags

    def spy(database: Database) -> list[tuple[str, int]]:
        threads.append(threading.current_thread())
        return real(database)

    monkeypatch.setattr(filters, "list_tags", spy)
    screen = make_screen()
    combo = screen.filter_bar.combo
    assert threads and threading.main_thread() not in threads
    assert combo.findText("Tag: VIP (2)") >= 0 and combo.findText("Tag: 批发 (1)") >= 0
    assert combo.findText("Saved: Leads") >= 0


def test_the_choice_survives_a_reload(qtbot: QtBot, make_screen, db: Database) -> None:
    add_customer(db, CustomerInput("A", tags=["VIP"]))
    add_customer(db, CustomerInput("B"))
    screen = make_screen()
    combo = screen.filter_bar.combo
    combo.setCurrentIndex(combo.findData("tag:VIP"))
    wait_loaded(qtbot, screen)
    assert names(screen) == ["A"]
    screen.filter_bar.reload()
    assert screen.loading  # the old entries stay until the new ones arrive
    assert combo.currentData() == "tag:VIP"
    wait_loaded(qtbot, screen)
    assert combo.currentData() == "tag:VIP" and names(screen) == ["A"]


def test_saving_and_deleting_a_filter(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_customer(db, CustomerInput("A", stage="lead"))
    add_customer(db, CustomerInput("B", stage="customer"))
    screen = make_screen()
    bar = screen.filter_bar
    bar.combo.setCurrentIndex(bar.combo.findData("stage:lead"))
    wait_loaded(qtbot, screen)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hot leads", True))
    bar.on_save_filter()
    wait_loaded(qtbot, screen)
    assert bar.combo.currentText() == "Saved: Hot leads"
    assert [s.name for s in customer_fields.list_saved_filters(db)] == ["Hot leads"]
    assert bar.current_filter() == CustomerFilter(stages=("lead",))
    assert names(screen) == ["A"]
    assert bar.delete_action.isEnabled() and not bar.save_action.isEnabled()
    bar.on_delete_filter()
    wait_loaded(qtbot, screen)
    assert customer_fields.list_saved_filters(db) == []
    assert bar.combo.findText("Saved: Hot leads") < 0
    assert bar.combo.currentData() == "all" and names(screen) == ["A", "B"]
