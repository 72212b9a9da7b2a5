"""The ticket list as a table model: filtered, searched and sorted by the service, paged.

Sorting happens in SQL (``sort()`` asks the service again) because rows arrive in pages of
``PAGE``: a sort of only the loaded page would be wrong. The column keys are the service's
sort keys. Overdue rows are red; the "Time left" column counts down against ``now``, which the
screen refreshes every minute.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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
from crmdesk.ui.widgets.paged_table import PagedRecordModel
from crmdesk.ui.widgets.table import Column
from crmdesk.ui.widgets.time import format_local


def _customer_text(ticket: TicketRecord) -> str:
    if ticket.customer_company and ticket.customer_company != ticket.customer_name:
        return f"{ticket.customer_name} ({ticket.customer_company})"
    return ticket.customer_name


def _bold_if(condition: bool) -> QFont | None:
    if not condition:
        return None
    font = QFont()
    font.setBold(True)
    return font


class TicketTableModel(PagedRecordModel[TicketRecord]):
    """The tickets matching ``query``, a page at a time, with the time left as of ``now``."""

    def __init__(self, db: Database, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(self._columns(), count=self._count, load_page=self._page, parent=parent)
        self.db = db
        self.tz = tz
        self.query = TicketQuery()
        self.now = utcnow()
        # set by a screen that reads off the GUI thread: sort() then only changes ``query``
        # and calls it, instead of querying here
        self.query_elsewhere: Callable[[], None] | None = None

    def _columns(self) -> list[Column[TicketRecord]]:
        # every cell of an overdue ticket is red
        row = {"background": self._overdue_background, "foreground": self._overdue_text}
        return [
            Column(
                "number",
                lambda: QCoreApplication.translate("TicketModel", "No."),
                lambda t: t.number,
                lambda t: t.created_at.timestamp(),
                font=lambda t: _bold_if(t.status == "new"),  # not looked at yet
                **row,
            ),
            Column(
                "customer",
                lambda: QCoreApplication.translate("TicketModel", "Customer"),
                _customer_text,
                **row,
            ),
            Column(
                "subject",
                lambda: QCoreApplication.translate("TicketModel", "Subject"),
                lambda t: t.subject,
                tooltip=lambda t: t.description[:500] if t.description else None,
                **row,
            ),
            Column(
                "priority",
                lambda: QCoreApplication.translate("TicketModel", "Priority"),
                lambda t: priority_label(t.priority),
                background=self._overdue_background,
                foreground=self._priority_text,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("TicketModel", "Status"),
                lambda t: status_label(t.status),
                **row,
            ),
            Column(
                "due",
                lambda: QCoreApplication.translate("TicketModel", "Time left"),
                lambda t: time_left_text(t, self.now),
                self._deadline_value,
                tooltip=lambda t: deadline_tooltip(t, self.tz) or None,
                font=lambda t: _bold_if(t.overdue(self.now)),
                **row,
            ),
            Column(
                "assignee",
                lambda: QCoreApplication.translate("TicketModel", "Assigned to"),
                lambda t: t.assignee,
                **row,
            ),
            Column(
                "category",
                lambda: QCoreApplication.translate("TicketModel", "Category"),
                lambda t: category_label(t.category),
                **row,
            ),
            Column(
                "created",
                lambda: QCoreApplication.translate("TicketModel", "Opened"),
                lambda t: format_local(t.created_at, self.tz),
                lambda t: t.created_at.timestamp(),
                **row,
            ),
        ]

    # --- loading ---------------------------------------------------------------------------

    def set_query(self, query: TicketQuery) -> None:
        """Show the first page of the tickets matching ``query``."""
        self.query = query
        self.now = utcnow()
        super().reload()

    def reload(self, keep_loaded: bool = True) -> None:
        """Reload as many rows as are shown now (after an edit), keeping the query."""
        self.now = utcnow()
        super().reload(keep_loaded)

    def frozen_loaders(self) -> tuple[Any, Any, Any]:
        db, query, now = self.db, self.query, self.now
        return (
            None,
            lambda: count_tickets(db, query, now=now),
            lambda offset, limit: list_tickets(db, query, limit=limit, offset=offset, now=now),
        )

    def _count(self) -> int:
        return count_tickets(self.db, self.query, now=self.now)

    def _page(self, offset: int, limit: int) -> list[TicketRecord]:
        return list_tickets(self.db, self.query, limit=limit, offset=offset, now=self.now)

    def tick(self, now: dt.datetime | None = None) -> None:
        """Move the clock on: the time-left texts and the overdue colours change."""
        self.now = now or utcnow()
        self.emit_rows_changed(0, self.rowCount() - 1)

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the service for the new order (a new query: the list starts again at the top)."""
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if (self.query.sort, self.query.descending) == (key, descending):
            return
        if self.query_elsewhere is not None:  # the screen reads in the background
            self.query = replace(self.query, sort=key, descending=descending)
            self.query_elsewhere()
            return
        self.set_query(replace(self.query, sort=key, descending=descending))

    # --- the roles beyond the text ---------------------------------------------------------

    def _overdue_background(self, ticket: TicketRecord) -> QBrush | None:
        return QBrush(OVERDUE_BACKGROUND) if ticket.overdue(self.now) else None

    def _overdue_text(self, ticket: TicketRecord) -> QBrush | None:
        return QBrush(OVERDUE_TEXT) if ticket.overdue(self.now) else None

    def _priority_text(self, ticket: TicketRecord) -> QBrush | None:
        if ticket.overdue(self.now):
            return QBrush(OVERDUE_TEXT)
        color = PRIORITY_COLORS.get(ticket.priority)
        return None if color is None else QBrush(color)

    @staticmethod
    def _deadline_value(ticket: TicketRecord) -> float:
        deadline = ticket.deadline()
        return deadline.at.timestamp() if deadline else float("inf")
