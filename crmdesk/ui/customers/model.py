"""The customer list model: every match's id up front, the rows themselves page by page.

``reload()`` asks the service for the ordered ids of all matches (one query; the count comes
with it), then rows are fetched 200 at a time through ``canFetchMore``/``fetchMore`` as the
view scrolls. Sorting is done by SQL (``sort()`` queries again), so a sorted list of 100,000
customers still opens at once. The column keys are the service's sort keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from crmdesk.services.customers.store import (
    CustomerFilter,
    CustomerSummary,
    customer_ids,
    customer_rows,
)
from crmdesk.services.storage import Database
from crmdesk.ui.customers.common import stage_label, when_text
from crmdesk.ui.widgets.paged_table import PagedRecordModel
from crmdesk.ui.widgets.table import Column
from crmdesk.ui.widgets.text import list_text

_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)  # empty dates sort as the earliest time


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _folded(text: str) -> str:
    return text.casefold()


def _tags(c: CustomerSummary) -> str:
    return list_text(c.tags)


COLUMNS: tuple[Column[CustomerSummary], ...] = (
    Column(
        "name",
        lambda: QCoreApplication.translate("CustomerListModel", "Name"),
        lambda c: c.name,
        lambda c: _folded(c.name),
    ),
    Column(
        "company",
        lambda: QCoreApplication.translate("CustomerListModel", "Company"),
        lambda c: c.company,
        lambda c: _folded(c.company),
    ),
    Column(
        "phone",
        lambda: QCoreApplication.translate("CustomerListModel", "Phone"),
        lambda c: c.phone,
        lambda c: _folded(c.phone),
    ),
    Column(
        "email",
        lambda: QCoreApplication.translate("CustomerListModel", "E-mail"),
        lambda c: c.email,
        lambda c: _folded(c.email),
    ),
    Column(
        "tags",
        lambda: QCoreApplication.translate("CustomerListModel", "Tags"),
        _tags,
        lambda c: _folded(_tags(c)),
        tooltip=lambda c: _tags(c) or None,
    ),
    Column(
        "stage",
        lambda: QCoreApplication.translate("CustomerListModel", "Stage"),
        lambda c: stage_label(c.stage),
        lambda c: _folded(c.stage),
    ),
    Column(
        "notes",
        lambda: QCoreApplication.translate("CustomerListModel", "Notes"),
        lambda c: _one_line(c.notes),
        lambda c: _folded(c.notes),
        tooltip=lambda c: c.notes or None,
    ),
    Column(
        "last_contact_at",
        lambda: QCoreApplication.translate("CustomerListModel", "Last contact"),
        lambda c: when_text(c.last_contact_at),
        lambda c: c.last_contact_at or _NEVER,
    ),
    Column(
        "next_followup_at",
        lambda: QCoreApplication.translate("CustomerListModel", "Next follow-up"),
        lambda c: when_text(c.next_followup_at),
        lambda c: c.next_followup_at or _NEVER,
    ),
    Column(
        "created_at",
        lambda: QCoreApplication.translate("CustomerListModel", "Created"),
        lambda c: when_text(c.created_at, with_time=False),
        lambda c: c.created_at or _NEVER,
    ),
)


class CustomerListModel(PagedRecordModel[CustomerSummary]):
    """Rows of :class:`CustomerSummary` matching ``search``/``filter``, loaded in pages."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(
            COLUMNS, load_ids=self._matching_ids, load_records=self._summaries, parent=parent
        )
        self.db = db
        self.search = ""
        self.filter: CustomerFilter | None = None
        self.deleted = False
        # set by a screen that reads off the GUI thread: sort() then only records the order
        # and calls it, instead of querying here
        self.query_elsewhere: Callable[[], None] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query_elsewhere is None or not 0 <= column < len(self.columns):
            super().sort(column, order)
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.query_elsewhere()

    def frozen_loaders(self) -> tuple[Any, Any, Any]:
        db, search, filter, sort, descending, deleted = (
            self.db,
            self.search,
            self.filter,
            self.sort_key,
            self.descending,
            self.deleted,
        )
        return (
            lambda: customer_ids(db, search, filter, sort, descending, deleted),
            None,
            None,
        )

    def _matching_ids(self) -> list[int]:
        return customer_ids(
            self.db, self.search, self.filter, self.sort_key, self.descending, self.deleted
        )

    def _summaries(self, ids: Sequence[int]) -> list[CustomerSummary]:
        return customer_rows(self.db, ids)
