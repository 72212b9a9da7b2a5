"""The customer list model: every match's id up front, the rows themselves page by page.

``reload()`` asks the service for the ordered ids of all matches (one query; the count comes
with it), then rows are fetched 200 at a time through ``canFetchMore``/``fetchMore`` as the
view scrolls. Sorting is done by SQL (``sort()`` reloads), so a sorted list of 100,000
customers still opens at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.customers.store import (
    CustomerFilter,
    CustomerSummary,
    customer_ids,
    customer_rows,
)
from crmdesk.services.storage import Database
from crmdesk.ui.customers.common import stage_label, when_text

(
    COL_NAME,
    COL_COMPANY,
    COL_PHONE,
    COL_EMAIL,
    COL_TAGS,
    COL_STAGE,
    COL_NOTES,
    COL_LAST_CONTACT,
    COL_NEXT_FOLLOWUP,
    COL_CREATED,
) = range(10)

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CustomerListModel", "Name")),
    ("company", QT_TRANSLATE_NOOP("CustomerListModel", "Company")),
    ("phone", QT_TRANSLATE_NOOP("CustomerListModel", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerListModel", "E-mail")),
    ("tags", QT_TRANSLATE_NOOP("CustomerListModel", "Tags")),
    ("stage", QT_TRANSLATE_NOOP("CustomerListModel", "Stage")),
    ("notes", QT_TRANSLATE_NOOP("CustomerListModel", "Notes")),
    ("last_contact_at", QT_TRANSLATE_NOOP("CustomerListModel", "Last contact")),
    ("next_followup_at", QT_TRANSLATE_NOOP("CustomerListModel", "Next follow-up")),
    ("created_at", QT_TRANSLATE_NOOP("CustomerListModel", "Created")),
)
SORT_KEYS = tuple(key for key, _ in COLUMNS)

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class CustomerListModel(QAbstractTableModel):
    """Rows of :class:`CustomerSummary`, loaded in pages."""

    PAGE = 200

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = ""
        self.filter: CustomerFilter | None = None
        self.deleted = False
        self.sort_key = "name"
        self.descending = False
        self._ids: list[int] = []
        self._rows: list[CustomerSummary] = []
        self._loaded = False

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Query the ids of every match again and show the first page."""
        self.beginResetModel()
        self._ids = customer_ids(
            self.db, self.search, self.filter, self.sort_key, self.descending, self.deleted
        )
        self._rows = customer_rows(self.db, self._ids[: self.PAGE])
        self._loaded = True
        self.endResetModel()

    def total(self) -> int:
        """How many customers match (also those not fetched yet)."""
        return len(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        first = len(self._rows)
        rows = customer_rows(self.db, self._ids[first : first + self.PAGE])
        if not rows:
            # customers deleted meanwhile: forget their ids so fetching can end
            del self._ids[first : first + self.PAGE]
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_of(self, customer_id: int) -> int:
        """The row showing ``customer_id`` (fetching up to it), or -1."""
        try:
            position = self._ids.index(customer_id)
        except ValueError:
            return -1
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        for row in range(min(position, len(self._rows) - 1), -1, -1):
            if self._rows[row].id == customer_id:
                return row
        return -1

    def refresh(self, ids: Sequence[int]) -> None:
        """Re-read the given customers in place (after an edit that does not move them)."""
        wanted = set(ids)
        fresh = {
            r.id: r for r in customer_rows(self.db, [r.id for r in self._rows if r.id in wanted])
        }
        for row, summary in enumerate(self._rows):
            if summary.id in fresh:
                self._rows[row] = fresh[summary.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def summary(self, row: int) -> CustomerSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CustomerListModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NOTES and c.notes:
                return c.notes
            if column == COL_TAGS and c.tags:
                return ", ".join(c.tags)
            return None
        if role == ObjectRole:
            return c
        if role == IdRole:
            return c.id
        if role == SortRole:
            return self._sort_value(c, column)
        return None

    def _text(self, c: CustomerSummary, column: int) -> str:
        if column == COL_NAME:
            return c.name
        if column == COL_COMPANY:
            return c.company
        if column == COL_PHONE:
            return c.phone
        if column == COL_EMAIL:
            return c.email
        if column == COL_TAGS:
            return ", ".join(c.tags)
        if column == COL_STAGE:
            return stage_label(c.stage)
        if column == COL_NOTES:
            return _one_line(c.notes)
        if column == COL_LAST_CONTACT:
            return when_text(c.last_contact_at)
        if column == COL_NEXT_FOLLOWUP:
            return when_text(c.next_followup_at)
        if column == COL_CREATED:
            return when_text(c.created_at, with_time=False)
        return ""

    @staticmethod
    def _sort_value(c: CustomerSummary, column: int) -> Any:
        """Dates as dates (empty ones as the earliest time), text as folded text."""
        if column in (COL_LAST_CONTACT, COL_NEXT_FOLLOWUP, COL_CREATED):
            value = (c.last_contact_at, c.next_followup_at, c.created_at)[column - COL_LAST_CONTACT]
            return value or dt.datetime.min.replace(tzinfo=dt.UTC)
        key = SORT_KEYS[column]
        value = getattr(c, key) if key not in ("tags",) else ", ".join(c.tags)
        return str(value).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL, so that rows not fetched yet sort with the rest.

        The rows already fetched stay fetched (a layout change, not a reset), so selections
        and persistent indexes follow their customers.
        """
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return  # the view asks for its initial order before the first reload
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in persistent]
        count = len(self._rows)
        self._ids = customer_ids(
            self.db, self.search, self.filter, self.sort_key, self.descending, self.deleted
        )
        rows: list[CustomerSummary] = []
        for start in range(0, count, 500):
            rows.extend(customer_rows(self.db, self._ids[start : min(start + 500, count)]))
        self._rows = rows
        position = {r.id: row for row, r in enumerate(rows)}
        after = [
            self.index(position[cid], old.column()) if cid in position else QModelIndex()
            for cid, old in zip(before, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()
