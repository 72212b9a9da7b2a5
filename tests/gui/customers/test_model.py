"""The customer list model: qtmodeltester, paging with fetchMore, SQL sorting, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.services.demo.data import generate_demo
from crmdesk.ui.customers.model import CustomerListModel
from crmdesk.ui.widgets.table import IdRole, ObjectRole, SortRole


@pytest.fixture
def filled(db: Database) -> Database:
    generate_demo(db, 450)
    return db


def test_model_passes_qtmodeltester_while_paging(
    qtmodeltester: ModelTester, filled: Database
) -> None:
    model = CustomerListModel(filled)
    model.reload()
    assert model.rowCount() == CustomerListModel.PAGE
    assert model.total() == 450
    qtmodeltester.check(model)  # it calls fetchMore while checking
    assert model.rowCount() == 450
    model.sort(model.column_index("phone"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_are_fetched_in_pages(filled: Database) -> None:
    model = CustomerListModel(filled)
    model.reload()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert inserted == [(200, 399)]


def test_sort_is_done_by_sql_over_all_rows(db: Database) -> None:
    for name, stage in (("B", "lead"), ("A", "inactive"), ("C", "customer")):
        add_customer(db, CustomerInput(name, stage=stage))
    model = CustomerListModel(db)
    model.reload()
    name_column, stage_column = model.column_index("name"), model.column_index("stage")
    assert [model.index(r, name_column).data() for r in range(3)] == ["A", "B", "C"]
    model.sort(name_column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, name_column).data() for r in range(3)] == ["C", "B", "A"]
    model.sort(stage_column)
    assert [model.index(r, stage_column).data() for r in range(3)] == [
        "Customer",
        "Inactive",
        "Lead",
    ]
    top = model.index(0, name_column)
    assert top.data(ObjectRole).name == "C"
    assert top.data(IdRole) == top.data(ObjectRole).id
    assert model.index(0, stage_column).data(SortRole) == "customer"


def test_search_and_row_lookup(filled: Database) -> None:
    cid = add_customer(filled, CustomerInput("张伟", phones=["+86 138-0013-8000"]))
    model = CustomerListModel(filled)
    model.search = "13800138000"
    model.reload()
    assert model.total() == 1 and model.row_of(cid) == 0
    model.search = ""
    model.reload()
    assert model.row_of(cid) >= 0  # fetched as far as needed
    assert model.row_of(-5) == -1
