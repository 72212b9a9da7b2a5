"""The agenda tree: four group rows (Overdue / Today / This week / Later) with their follow-ups.

Group rows show their count. Children are loaded into the view in pages (``fetchMore``), so a
"Later" group of thousands of follow-ups does not build thousands of rows at once; with a
snapshot from the agenda service only the first page of each group is read at all, and the
next pages are read from the database as the user scrolls to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from crmdesk.domain.followups.agenda import GROUP_LABELS, AgendaGroup, group_items
from crmdesk.services.followups.agenda import PAGE, AgendaSnapshot
from crmdesk.services.followups.store import FollowUpRecord
from crmdesk.ui.followups.common import (
    customer_text,
    format_due,
    kind_label,
    reminder_label,
    subject_text,
)
from crmdesk.ui.widgets.table import FREE_ROLE, Column, ObjectRole, SortRole, column_number
from crmdesk.ui.widgets.time import format_local

# ObjectRole: the FollowUpRecord (None on group rows); SortRole: the due time as a POSIX
# timestamp in every column (group rows: the group), so the agenda keeps its order
GroupRole = FREE_ROLE  # the AgendaGroup of the row

# reads the page of a group after a record (None: the first page)
PageLoader = Callable[[AgendaGroup, FollowUpRecord | None], list[FollowUpRecord]]
# runs a page read off the GUI thread and hands its rows back on the GUI thread
PageReader = Callable[
    [Callable[[], list[FollowUpRecord]], Callable[[list[FollowUpRecord]], None]], None
]
_TOP = 0  # internal id of group rows; children carry group + 1

Index = QModelIndex | QPersistentModelIndex
# built once: the view asks for every row's flags on each layout, and enum "|" is slow
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgendaModel(QAbstractItemModel):
    """Follow-ups under their group rows, with the shared roles and Column objects."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # every cell's tooltip: the exact time and the notes
        row = {"tooltip": self._tooltip}
        self.columns: tuple[Column[FollowUpRecord], ...] = (
            Column(
                "due",
                lambda: self.tr("When"),
                lambda record: format_due(record.due_at, self.now, self.tz),
                **row,
            ),
            Column("customer", lambda: self.tr("Customer"), customer_text, **row),
            Column("kind", lambda: self.tr("Type"), lambda r: kind_label(r.kind), **row),
            Column("subject", lambda: self.tr("Subject"), subject_text, **row),
            Column(
                "reminder",
                lambda: self.tr("Reminder"),
                lambda record: reminder_label(record.reminder_minutes),
                **row,
            ),
        )
        self.groups: list[AgendaGroup] = list(AgendaGroup)
        self.totals: list[int] = [0] * len(AgendaGroup)
        self.items: list[list[FollowUpRecord]] = [[] for _ in AgendaGroup]
        self.shown: list[int] = [0] * len(AgendaGroup)
        self.loader: PageLoader | None = None
        self.elsewhere: PageReader | None = None
        # per group: a page read under way / the view asked for rows that were not read yet
        self.reading: list[bool] = [False] * len(AgendaGroup)
        self.asked: list[bool] = [False] * len(AgendaGroup)
        self.generation = 0
        self.now = dt.datetime.now(dt.UTC)
        self.tz: dt.tzinfo = dt.UTC

    # --- loading ---------------------------------------------------------------------------

    def set_records(
        self, records: Sequence[FollowUpRecord], now: dt.datetime, tz: dt.tzinfo
    ) -> None:
        """Show a list read in full (small agendas, tests)."""
        sections = group_items(records, lambda r: r.due_at, now, tz)
        self._reset(
            now,
            tz,
            {s.group: s.count for s in sections},
            {s.group: list(s.items) for s in sections},
            None,
            None,
        )

    def set_snapshot(
        self,
        snapshot: AgendaSnapshot,
        tz: dt.tzinfo,
        loader: PageLoader,
        elsewhere: PageReader | None = None,
    ) -> None:
        """Show counts and first pages; ``loader(group, last)`` reads the page after ``last``.

        With ``elsewhere`` the next pages are read through it (off the GUI thread): expanding
        or scrolling shows the rows already read at once and the rest when they arrive.
        """
        self._reset(snapshot.now, tz, snapshot.counts, snapshot.first, loader, elsewhere)

    def _reset(
        self,
        now: dt.datetime,
        tz: dt.tzinfo,
        counts: dict[AgendaGroup, int],
        first: dict[AgendaGroup, list[FollowUpRecord]],
        loader: PageLoader | None,
        elsewhere: PageReader | None,
    ) -> None:
        # elsewhere is set before the views see the new rows: they fetch while laying out
        self.beginResetModel()
        self.now, self.tz, self.loader, self.elsewhere = now, tz, loader, elsewhere
        self.generation += 1
        self.reading = [False] * len(self.groups)
        self.asked = [False] * len(self.groups)
        self.totals = [counts.get(group, 0) for group in self.groups]
        self.items = [list(first.get(group, [])) for group in self.groups]
        self.shown = [min(len(items), PAGE) for items in self.items]
        self.endResetModel()

    def counts(self) -> dict[AgendaGroup, int]:
        return dict(zip(self.groups, self.totals, strict=True))

    def record(self, index: Index) -> FollowUpRecord | None:
        value = self.data(index, ObjectRole)
        return value if isinstance(value, FollowUpRecord) else None

    def index_of(self, followup_id: int) -> QModelIndex:
        """The index of a loaded follow-up (its rows shown if needed), or an invalid index."""
        for group, items in enumerate(self.items):
            for row, record in enumerate(items):
                if record.id == followup_id:
                    return self.index_at(AgendaGroup(group), row)
        return QModelIndex()

    def index_at(self, group: AgendaGroup, row: int) -> QModelIndex:
        """Row ``row`` of ``group``, loading the pages up to it; invalid if there is none."""
        parent = self.index(int(group), 0)
        while row >= self.shown[int(group)] and self.more_to_show(group):
            self._fetch_now(int(group))
        return self.index(row, 0, parent) if row < self.shown[int(group)] else QModelIndex()

    # --- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # checked here rather than with hasIndex(), which calls rowCount and columnCount back
        # into Python: the view asks for every row each time it lays the agenda out
        if row < 0 or not 0 <= column < len(self.columns):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        if row >= self.shown[parent.row()]:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return self.shown[parent.row()]
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def column_index(self, key: str) -> int:
        """The number of the column called ``key`` (KeyError if there is none)."""
        return column_number(self.columns, key)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return True
        if parent.internalId() == _TOP and parent.column() == 0:
            return self.totals[parent.row()] > 0
        return False

    def canFetchMore(self, parent: Index) -> bool:
        # with pages read elsewhere the screen asks for rows itself (show_more): the tree
        # view fetches on every layout of an expanded group, which would read page after page
        if self.elsewhere is not None:
            return False
        return self._can_show_more(parent)

    def _can_show_more(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != _TOP or parent.column() != 0:
            return False
        return self.shown[parent.row()] < self.totals[parent.row()]

    def more_to_show(self, group: AgendaGroup) -> bool:
        """True if ``group`` holds rows that are not shown yet."""
        return self.shown[int(group)] < self.totals[int(group)]

    def fetchMore(self, parent: Index) -> None:
        if self._can_show_more(parent):
            self._fetch_now(parent.row())

    def _fetch_now(self, group: int) -> None:
        items = self.items[group]
        unread = self.loader is not None and len(items) < self.totals[group]
        if self.shown[group] + PAGE > len(items) and unread and self.loader is not None:
            items.extend(self.loader(self.groups[group], items[-1] if items else None))
        self._show_more(group)

    def show_more(self, group: AgendaGroup) -> None:
        """The next rows of ``group``: at once if read, else when their page arrives."""
        if self.elsewhere is None:
            self.fetchMore(self.index(int(group), 0))
            return
        g = int(group)
        if not self.more_to_show(group):
            return
        items = self.items[g]
        if len(items) > self.shown[g]:
            self._show_more(g)
        else:
            self.asked[g] = True
        if len(items) < self.totals[g] and len(items) - self.shown[g] < PAGE:
            self._read_elsewhere(g)

    def page_failed(self) -> None:
        """A page read elsewhere failed: the next fetch asks again."""
        self.reading = [False] * len(self.groups)

    def _read_elsewhere(self, group: int) -> None:
        if self.reading[group] or self.elsewhere is None or self.loader is None:
            return
        self.reading[group] = True
        loader, generation = self.loader, self.generation
        items = self.items[group]
        last, had = (items[-1] if items else None), len(items)
        kind = self.groups[group]
        self.elsewhere(
            lambda: loader(kind, last),
            lambda rows: self._on_page_read(group, generation, had, rows),
        )

    def _on_page_read(
        self, group: int, generation: int, had: int, rows: list[FollowUpRecord]
    ) -> None:
        if generation != self.generation:
            return  # the agenda was read again meanwhile
        self.reading[group] = False
        if len(self.items[group]) != had:  # index_at read these pages itself meanwhile
            if self.asked[group]:
                self._read_elsewhere(group)
            return
        self.items[group].extend(rows)
        if self.asked[group] or not rows:
            self.asked[group] = False
            self._show_more(group)
            # one page ahead, so the next scroll to the end shows rows at once
            if rows and len(self.items[group]) < self.totals[group]:
                self._read_elsewhere(group)

    def _show_more(self, group: int) -> None:
        parent = self.index(group, 0)
        items = self.items[group]
        first = self.shown[group]
        if first >= self.totals[group]:
            return
        if len(items) <= first:
            # the database changed under us: say so in the count instead of offering more
            self.totals[group] = len(items)
            self.dataChanged.emit(parent, parent)
            return
        last = min(first + PAGE, len(items)) - 1
        self.beginInsertRows(parent, first, last)
        self.shown[group] = last + 1
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _GROUP_FLAGS if index.internalId() == _TOP else _ROW_FLAGS

    # --- data ------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].title() if 0 <= section < len(self.columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(index, role)
        group = int(index.internalId()) - 1
        record = self.items[group][index.row()]
        column = self.columns[index.column()]
        if role == ObjectRole:
            return record
        if role == GroupRole:
            return self.groups[group]
        if role == SortRole:
            return record.due_at.timestamp()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.key == "due"
            and self.groups[group] is AgendaGroup.OVERDUE
        ):
            return QBrush(QColor("#c62828"))
        return column.data(record, role)

    def _tooltip(self, record: FollowUpRecord) -> str:
        return "\n".join(
            part for part in (format_local(record.due_at, self.tz), record.notes) if part
        )

    def _group_data(self, index: Index, role: int) -> Any:
        group, count = self.groups[index.row()], self.totals[index.row()]
        if role == GroupRole:
            return group
        if role == SortRole:
            return int(group)
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate("Agenda", GROUP_LABELS[group])
            return self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group is AgendaGroup.OVERDUE:
            return QBrush(QColor("#c62828")) if count else None
        return None
