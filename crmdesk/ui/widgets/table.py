"""Table models built from Column objects: one record per row, one Column per column.

As in Picard's ``ui/columns.py``, a column says what it is (key, title) and how it shows a
record (text, sort value, alignment, tooltip, colours, font); ``RecordTableModel`` answers
``rowCount``/``columnCount``/``headerData``/``data`` once for every table, so a screen's model
only lists its columns. ``crmdesk.ui.widgets.paged_table`` adds loading in pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the record of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts: numbers and dates as values
IdRole = Qt.ItemDataRole.UserRole + 3  # the record's id
# the first role a model may add for itself (e.g. the agenda's group role)
FREE_ROLE = Qt.ItemDataRole.UserRole + 16

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # figures line up

R = TypeVar("R")

# the data roles a column answers through one of its optional hooks
_HOOKS = {
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.BackgroundRole: "background",
    Qt.ItemDataRole.FontRole: "font",
}

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _sortable(value: Any) -> Any:
    """``value`` as a number where Qt could not compare it (a proxy model sees Python dates
    and Decimals as opaque objects and leaves them unsorted)."""
    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, Decimal):
        return float(value)  # for ordering only; what is shown stays exact
    return value


@dataclass(frozen=True, eq=False)
class Column(Generic[R]):
    """One column of a record table.

    ``title`` is called each time the header is drawn, so it must return a translated
    literal (``lambda: QCoreApplication.translate("Context", "Name")``) and follows a change
    of language. ``sort_value`` defaults to the text; give numbers and dates as values. The
    optional hooks answer the tooltip, foreground, background and font roles for a record
    (``None``: nothing special).
    """

    key: str
    title: Callable[[], str]
    text: Callable[[R], str]
    sort_value: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str | None] | None = None
    foreground: Callable[[R], Any] | None = None
    background: Callable[[R], Any] | None = None
    font: Callable[[R], Any] | None = None

    def sort_key(self, record: R) -> Any:
        """The value ``SortRole`` gives: the text, or the sort value as Qt can compare it."""
        return self.text(record) if self.sort_value is None else _sortable(self.sort_value(record))

    def data(self, record: R, role: int) -> Any:
        """What this column shows of ``record`` in ``role`` (text, sort value, alignment,
        tooltip, colours, font), None for any other role."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record)
        if role == SortRole:
            return self.sort_key(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if self.alignment is None else int(self.alignment)
        hook = getattr(self, _HOOKS[role]) if role in _HOOKS else None
        return None if hook is None else hook(record)


def column_number(columns: Sequence[Column[Any]], key: str) -> int:
    """The number of the column called ``key`` among ``columns`` (KeyError if none is)."""
    for number, column in enumerate(columns):
        if column.key == key:
            return number
    raise KeyError(key)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records shown through ``columns``: the table model every screen builds on.

    ``ObjectRole`` gives a row's record, ``IdRole`` its id (``id_of``), ``SortRole`` the
    column's sort value, so a ``QSortFilterProxyModel`` with ``setSortRole(SortRole)`` sorts
    numbers and dates as values.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self._records: list[R] = []

    # --- records -------------------------------------------------------------------------

    @property
    def records(self) -> Sequence[R]:
        """The records shown, in row order."""
        return self._records

    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R | None:
        """The record of ``row``, or None outside the rows."""
        return self._records[row] if 0 <= row < len(self._records) else None

    @staticmethod
    def id_of(record: R) -> Any:
        """A record's id (``IdRole``): its ``id`` attribute, None if it has none."""
        return getattr(record, "id", None)

    def column_index(self, key: str) -> int:
        """The number of the column called ``key`` (KeyError if there is none)."""
        return column_number(self.columns, key)

    def retranslate(self) -> None:
        """Tell the views that the titles changed (after a change of language)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def emit_rows_changed(self, first: int, last: int) -> None:
        """Every cell of rows ``first``..``last`` changed (e.g. after the clock moved on)."""
        if 0 <= first <= last < len(self._records):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == ObjectRole:
            return record
        if role == IdRole:
            return self.id_of(record)
        return self.columns[index.column()].data(record, role)
