"""The ticket table model: qtmodeltester, paging, SQL sorting, overdue colours, time left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.queries import TicketQuery
from crmdesk.services.tickets.records import TicketRecord
from crmdesk.services.tickets.store import TicketInput, change_status, create_ticket
from crmdesk.ui.tickets.common import OVERDUE_BACKGROUND
from crmdesk.ui.tickets.model import TicketTableModel
from crmdesk.ui.widgets.table import ObjectRole, SortRole


@pytest.fixture
def filled(db: Database, customer: int, levels: ServiceLevels) -> Database:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    for i in range(7):
        ticket = create_ticket(
            db,
            TicketInput(customer, f"Ticket {i}", priority=("low", "urgent")[i % 2]),
            levels,
            now=old if i == 0 else None,
        )
        if i == 3:
            change_status(db, ticket.id, "waiting", levels)
    return db


@pytest.mark.parametrize("state", ["first page", "sorted and fetched", "ticked and reloaded"])
def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, filled: Database, monkeypatch: pytest.MonkeyPatch, state: str
) -> None:
    monkeypatch.setattr(TicketTableModel, "PAGE", 3)  # exercise canFetchMore/fetchMore too
    model = TicketTableModel(filled, dt.UTC)
    model.set_query(TicketQuery("all"))
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    if state == "sorted and fetched":
        model.sort(model.column_index("priority"), Qt.SortOrder.DescendingOrder)
        model.fetchMore(QModelIndex())
    elif state == "ticked and reloaded":
        model.fetchMore(QModelIndex())
        model.tick()
        model.reload()
    # pytest-qt's Python tester runs its checks (fetchMore included) from a modelReset slot
    # connected before its own reset bookkeeping, so each state gets a fresh tester
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # watched by the tester: inserts must be announced
    model.tick()


def test_paging_loads_everything_in_pages(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TicketTableModel, "PAGE", 3)
    model = TicketTableModel(filled, dt.UTC)
    model.set_query(TicketQuery("all"))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    assert len({model.data(model.index(r, 0)) for r in range(7)}) == 7


def test_sorting_asks_the_service(filled: Database) -> None:
    model = TicketTableModel(filled, dt.UTC)
    model.set_query(TicketQuery("all"))
    model.sort(model.column_index("priority"), Qt.SortOrder.DescendingOrder)
    priorities = [model.record(r).priority for r in range(7)]
    assert priorities == ["urgent"] * 3 + ["low"] * 4
    model.sort(model.column_index("subject"), Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, model.column_index("subject"))) == "Ticket 0"
    assert isinstance(model.data(model.index(0, 0), ObjectRole), TicketRecord)
    assert isinstance(model.data(model.index(0, model.column_index("due")), SortRole), float)


def test_overdue_rows_are_red_and_say_how_late(filled: Database) -> None:
    model = TicketTableModel(filled, dt.UTC)
    model.set_query(TicketQuery("all", sort="subject"))
    late = model.index(0, model.column_index("due"))  # Ticket 0 was opened a month ago
    assert "late" in model.data(late)
    background = model.data(late, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == OVERDUE_BACKGROUND
    fresh = model.index(1, model.column_index("due"))
    assert "late" not in model.data(fresh)
    assert model.data(fresh, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(3, model.column_index("due"))) == "Paused"  # Ticket 3 waits
    # the clock moves on: a fresh ticket turns red a week later
    model.tick(dt.datetime.now(dt.UTC) + dt.timedelta(days=30))
    assert "late" in model.data(fresh)
