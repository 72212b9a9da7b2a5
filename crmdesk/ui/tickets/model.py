"""The ticket list as a table model: filtered, searched and sorted by the service, paged.

Sorting happens in SQL (``sort()`` asks the service again) because rows arrive in pages of
``PAGE``: a sort of only the loaded page would be wrong. Overdue rows are red; the "Time left"
column counts down against ``now``, which the screen refreshes every minute.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from crmdesk.domain.dates import utcnow
from crmdesk.services.storage import Database
from crmdesk.services.tickets.queries import TicketQuery, count_tickets, list_tickets
from crmdesk.services.tickets.records import TicketRecord
from crmdesk.ui.tickets.common import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    PRIORITY_COLORS,
    category_label,
    deadline_tooltip,
    priority_label,
    status_label,
    time_left_text,
)
from crmdesk.ui.widgets.time import format_local

COL_NUMBER = 0
COL_CUSTOMER = 1
COL_SUBJECT = 2
COL_PRIORITY = 3
COL_STATUS = 4
COL_TIME_LEFT = 5
COL_ASSIGNEE = 6
COL_CATEGORY = 7
COL_OPENED = 8
COLUMNS = 9

# the service's sort key for each column
SORT_KEYS = ("number", "customer", "subject", "priority", "status", "due", "assignee",
             "category", "created")  # fmt: skip

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the TicketRecord of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts (numbers and times as values)

PAGE = 200

Index = QModelIndex | QPersistentModelIndex


def _header(column: int) -> str:
    return (
        QCoreApplication.translate("TicketModel", "No."),
        QCoreApplication.translate("TicketModel", "Customer"),
        QCoreApplication.translate("TicketModel", "Subject"),
        QCoreApplication.translate("TicketModel", "Priority"),
        QCoreApplication.translate("TicketModel", "Status"),
        QCoreApplication.translate("TicketModel", "Time left"),
        QCoreApplication.translate("TicketModel", "Assigned to"),
        QCoreApplication.translate("TicketModel", "Category"),
        QCoreApplication.translate("TicketModel", "Opened"),
    )[column]


class TicketTableModel(QAbstractTableModel):
    def __init__(self, db: Database, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tz = tz
        self.query = TicketQuery()
        self.rows: list[TicketRecord] = []
        self.total = 0
        self.now = utcnow()

    # --- loading ---------------------------------------------------------------------------

    def set_query(self, query: TicketQuery) -> None:
        """Show the first page of the tickets matching ``query``."""
        self.beginResetModel()
        self.query = query
        self.now = utcnow()
        self.total = count_tickets(self.db, query, now=self.now)
        self.rows = list_tickets(self.db, query, limit=PAGE, now=self.now)
        self.endResetModel()

    def reload(self) -> None:
        """Reload as many rows as are shown now (after an edit), keeping the query."""
        wanted = max(len(self.rows), PAGE)
        self.beginResetModel()
        self.now = utcnow()
        self.total = count_tickets(self.db, self.query, now=self.now)
        self.rows = list_tickets(self.db, self.query, limit=wanted, now=self.now)
        self.endResetModel()

    def tick(self, now: dt.datetime | None = None) -> None:
        """Move the clock on: the time-left texts and the overdue colours change."""
        self.now = now or utcnow()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list_tickets(self.db, self.query, limit=PAGE, offset=len(self.rows), now=self.now)
        # another edit may have shrunk the list since the count: never insert past it
        more = more[: max(self.total - len(self.rows), 0)]
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def record(self, index: Index) -> TicketRecord | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def row_of(self, ticket_id: int) -> int:
        """The row of a loaded ticket, or -1."""
        for row, ticket in enumerate(self.rows):
            if ticket.id == ticket_id:
                return row
        return -1

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.query.sort, self.query.descending) == (SORT_KEYS[column], descending):
            return
        self.set_query(replace(self.query, sort=SORT_KEYS[column], descending=descending))

    # --- data ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return _header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ticket = self.record(index)
        if ticket is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == ObjectRole:
            return ticket
        if role == SortRole:
            return self._sort_value(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TIME_LEFT:
                return deadline_tooltip(ticket, self.tz) or None
            if column == COL_SUBJECT and ticket.description:
                return ticket.description[:500]
            return None
        overdue = ticket.overdue(self.now)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(OVERDUE_TEXT)
            if column == COL_PRIORITY and ticket.priority in PRIORITY_COLORS:
                return QBrush(PRIORITY_COLORS[ticket.priority])
            return None
        late = column == COL_TIME_LEFT and overdue
        unread = column == COL_NUMBER and ticket.status == "new"
        if role == Qt.ItemDataRole.FontRole and (late or unread):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, ticket: TicketRecord, column: int) -> str:
        if column == COL_NUMBER:
            return ticket.number
        if column == COL_CUSTOMER:
            if ticket.customer_company and ticket.customer_company != ticket.customer_name:
                return f"{ticket.customer_name} ({ticket.customer_company})"
            return ticket.customer_name
        if column == COL_SUBJECT:
            return ticket.subject
        if column == COL_CATEGORY:
            return category_label(ticket.category)
        if column == COL_PRIORITY:
            return priority_label(ticket.priority)
        if column == COL_STATUS:
            return status_label(ticket.status)
        if column == COL_ASSIGNEE:
            return ticket.assignee
        if column == COL_TIME_LEFT:
            return time_left_text(ticket, self.now)
        return format_local(ticket.created_at, self.tz)

    def _sort_value(self, ticket: TicketRecord, column: int) -> Any:
        if column == COL_TIME_LEFT:
            deadline = ticket.deadline()
            return deadline.at.timestamp() if deadline else float("inf")
        if column in (COL_OPENED, COL_NUMBER):
            return ticket.created_at.timestamp()
        return self._display(ticket, column)
