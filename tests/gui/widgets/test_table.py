"""The shared record table models: qtmodeltester, paging, sorting by value, titles, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.ui.widgets.paged_table import PagedRecordModel
from crmdesk.ui.widgets.table import NUMERIC, Column, IdRole, ObjectRole, RecordTableModel, SortRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int
    day: dt.date


def _day_text(item: Item) -> str:
    return f"{item.day.day}/{item.day.month}/{item.day.year}"  # sorts wrongly as text


COLUMNS = (
    Column("name", lambda: QCoreApplication.translate("TestTable", "Name"), lambda i: i.name),
    Column(
        "amount",
        lambda: QCoreApplication.translate("TestTable", "Amount"),
        lambda i: str(i.amount),
        lambda i: i.amount,
        NUMERIC,
        foreground=lambda i: Qt.GlobalColor.darkRed if i.amount < 0 else None,
    ),
    Column(
        "day",
        lambda: QCoreApplication.translate("TestTable", "Day"),
        _day_text,
        lambda i: i.day,
        tooltip=lambda i: i.day.isoformat(),
    ),
)

ITEMS = [
    Item(1, "Ann", 9, dt.date(2026, 3, 5)),
    Item(2, "Bob", 100, dt.date(2026, 12, 1)),
    Item(3, "Cy", -10, dt.date(2025, 11, 30)),
]


def many(n: int) -> list[Item]:
    return [Item(i, f"Item {i:03}", i, dt.date(2026, 1, 1)) for i in range(1, n + 1)]


class Store:
    """What a service would be: rows in an order, and who asked for what."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = {item.id: item for item in items}
        self.descending = False
        self.asked: list[list[int]] = []

    def ids(self) -> list[int]:
        return sorted(self.items, reverse=self.descending)

    def records(self, ids: Sequence[int]) -> list[Item]:
        self.asked.append(list(ids))
        return [self.items[i] for i in ids if i in self.items]

    def count(self) -> int:
        return len(self.items)

    def page(self, offset: int, limit: int) -> list[Item]:
        return [self.items[i] for i in self.ids()[offset : offset + limit]]


class SmallPages(PagedRecordModel[Item]):
    PAGE = 4


def by_ids(store: Store) -> SmallPages:
    model = SmallPages(COLUMNS, load_ids=store.ids, load_records=store.records)
    model.reload()
    return model


def by_pages(store: Store) -> SmallPages:
    model = SmallPages(COLUMNS, count=store.count, load_page=store.page)
    model.reload()
    return model


def inserts(model: PagedRecordModel[Item]) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: seen.append((first, last)))
    return seen


# --- the record model ---------------------------------------------------------------------


def test_record_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = RecordTableModel(COLUMNS)
    qtmodeltester.check(model)
    model.set_records(ITEMS)
    qtmodeltester.check(model)


def test_roles_come_from_the_columns() -> None:
    model = RecordTableModel(COLUMNS)
    model.set_records(ITEMS)
    amount, day = model.column_index("amount"), model.column_index("day")
    assert [model.index(r, 0).data() for r in range(3)] == ["Ann", "Bob", "Cy"]
    assert model.index(2, amount).data() == "-10"
    assert model.index(2, amount).data(SortRole) == -10
    assert model.index(1, 0).data(ObjectRole) is ITEMS[1]
    assert model.index(1, day).data(IdRole) == 2
    assert model.record(1) is ITEMS[1] and model.record(3) is None
    alignment = model.index(0, amount).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == int(NUMERIC)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(2, amount).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.darkRed
    assert model.index(0, amount).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, day).data(Qt.ItemDataRole.ToolTipRole) == "2026-03-05"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    with pytest.raises(KeyError):
        model.column_index("nothing")


def _click_header(qtbot: QtBot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("amount", ["Cy", "Ann", "Bob"]),
        ("day", ["Cy", "Ann", "Bob"]),
    ],
)
def test_the_sort_role_sorts_numbers_and_dates_as_values(
    qtbot: QtBot, key: str, expected: list[str]
) -> None:
    # as text, "100" < "9" and "1/12/2026" < "30/11/2025" < "5/3/2026"
    model = RecordTableModel(COLUMNS)
    model.set_records(ITEMS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.show()
    qtbot.waitExposed(view)
    _click_header(qtbot, view, model.column_index(key))
    assert view.horizontalHeader().sortIndicatorSection() == model.column_index(key)
    assert [proxy.index(r, 0).data() for r in range(3)] == expected
    _click_header(qtbot, view, model.column_index(key))  # again: the other way round
    assert [proxy.index(r, 0).data() for r in range(3)] == expected[::-1]


class Shouting(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "TestTable" else ""


@pytest.fixture
def shouting() -> Iterator[Shouting]:
    translator = Shouting()
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_header_titles_follow_the_language(shouting: Shouting) -> None:
    model = RecordTableModel(COLUMNS)
    changed: list[tuple[Qt.Orientation, int, int]] = []
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    QCoreApplication.installTranslator(shouting)
    model.retranslate()
    assert changed == [(Qt.Orientation.Horizontal, 0, 2)]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "AMOUNT"
    assert model.headerData(1, Qt.Orientation.Vertical) is None


# --- the paged model ----------------------------------------------------------------------


@pytest.mark.parametrize("load", [by_ids, by_pages])
def test_paged_model_passes_qtmodeltester_while_paging(
    qtmodeltester: ModelTester, load: Any
) -> None:
    model = load(Store(many(10)))
    assert model.rowCount() == 4 and model.total() == 10
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # watched by the tester: inserts must be announced
    assert model.rowCount() == 10


@pytest.mark.parametrize("load", [by_ids, by_pages])
def test_each_page_is_inserted_after_the_last_row(load: Any) -> None:
    model = load(Store(many(10)))
    seen = inserts(model)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left
    assert seen == [(4, 7), (8, 9)]
    assert [model.index(r, 0).data(IdRole) for r in range(10)] == list(range(1, 11))
    assert not model.canFetchMore(QModelIndex())
    assert not model.canFetchMore(model.index(0, 0))


def test_ids_come_first_and_records_are_read_a_page_at_a_time() -> None:
    store = Store(many(10))
    model = by_ids(store)
    assert model.ids() == list(range(1, 11))
    assert store.asked == [[1, 2, 3, 4]]
    assert model.row_of(9) == 8  # fetched as far as needed
    assert store.asked[1:] == [[5, 6, 7, 8], [9, 10]]
    assert model.row_of(99) == -1


def test_records_deleted_meanwhile_are_skipped() -> None:
    store = Store(many(10))
    model = by_ids(store)
    for gone in (5, 6, 7, 8):
        del store.items[gone]
    seen = inserts(model)
    model.fetchMore(QModelIndex())  # the whole page went away
    model.fetchMore(QModelIndex())
    assert seen == [(4, 5)]
    assert model.total() == 6
    assert [model.index(r, 0).data(IdRole) for r in range(6)] == [1, 2, 3, 4, 9, 10]
    assert model.row_of(10) == 5


def test_a_page_loader_stops_where_the_rows_end() -> None:
    store = Store(many(10))
    model = by_pages(store)
    for gone in range(3, 11):
        del store.items[gone]
    seen = inserts(model)
    model.fetchMore(QModelIndex())
    assert seen == [] and model.total() == 4
    assert not model.canFetchMore(QModelIndex())


def test_refresh_reads_the_given_rows_again() -> None:
    store = Store(many(10))
    model = by_ids(store)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    store.items[2] = Item(2, "Renamed", 2, dt.date(2026, 1, 1))
    model.refresh([2, 9])  # 9 is not fetched yet: nothing to do for it
    assert model.index(1, 0).data() == "Renamed"
    assert changed == [(1, 1)]


def test_sorting_asks_the_loaders_and_keeps_fetched_rows_and_selections(
    qtmodeltester: ModelTester,
) -> None:
    store = Store(many(10))
    sorts: list[tuple[str, bool]] = []

    def ids() -> list[int]:  # the service sorts as the model says
        sorts.append((model.sort_key, model.descending))
        store.descending = model.descending
        return store.ids()

    model = SmallPages(COLUMNS, load_ids=ids, load_records=store.records)
    model.reload()
    model.fetchMore(QModelIndex())
    kept = QPersistentModelIndex(model.index(1, 0))  # item 2
    model.sort(model.column_index("amount"), Qt.SortOrder.DescendingOrder)
    assert sorts == [("name", False), ("amount", True)]
    assert model.rowCount() == 8
    assert [model.index(r, 0).data(IdRole) for r in range(3)] == [10, 9, 8]
    assert kept.row() == -1  # item 2 is not among the first 8 any more
    kept = QPersistentModelIndex(model.index(2, 0))  # item 8
    model.sort(model.column_index("amount"), Qt.SortOrder.AscendingOrder)
    assert kept.row() == 7 and kept.data(IdRole) == 8
    qtmodeltester.check(model, force_py=True)


def test_loaders_are_required() -> None:
    with pytest.raises(ValueError, match="load_ids"):
        PagedRecordModel(COLUMNS, load_ids=lambda: [1])


def test_a_cut_cell_shows_its_whole_text_on_hover_and_a_whole_one_does_not(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolTip

    from crmdesk.ui.widgets.elide import elide_with_tooltips

    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem("黄飞（上海金桥物流有限公司）" * 3))
    model.setItem(1, 0, QStandardItem("Tom"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    elide_with_tooltips(view)
    view.setColumnWidth(0, 120)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()
    shown: list[str] = []
    original = QToolTip.showText
    QToolTip.showText = lambda pos, text, *args: shown.append(text)  # type: ignore[method-assign]
    try:
        for row in (0, 1):
            index = model.index(row, 0)
            centre = view.visualRect(index).center()
            event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
            delegate.helpEvent(event, view, QStyleOptionViewItem(), index)
    finally:
        QToolTip.showText = original  # type: ignore[method-assign]
    assert shown == [model.item(0, 0).text()]
