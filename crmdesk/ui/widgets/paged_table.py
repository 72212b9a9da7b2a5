"""Record tables too long to read at once: every id first, then the records page by page.

``reload()`` asks for the ordered ids of every row (one cheap query; the count comes with it)
and loads the first page; the view asks for more through ``canFetchMore``/``fetchMore`` as it
scrolls, and each page is announced with ``beginInsertRows(parent, first, first + n - 1)``.
Where the ids cannot be listed up front, a count and a page loader (offset, limit) do instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

from PySide6.QtCore import QModelIndex, QObject, Qt

from crmdesk.ui.widgets.table import ROOT, Column, Index, R, RecordTableModel

CHUNK = 500  # ids per query when many rows are read at once (SQLite's variable limit)


@dataclass(frozen=True)
class PagedLoad(Generic[R]):
    """What :meth:`PagedRecordModel.reload_job` read: every id (or None), the count, the
    first rows."""

    ids: list[Any] | None
    total: int
    records: list[R]


class PagedRecordModel(RecordTableModel[R]):
    """A :class:`RecordTableModel` that loads its records ``PAGE`` at a time.

    Give either ``load_ids`` (every id in display order) and ``load_records`` (the records
    of some ids, in that order, leaving out those that no longer exist), or ``count`` and
    ``load_page(offset, limit)``. ``sort()`` sets ``sort_key`` (the column's key) and
    ``descending`` and queries again: the loaders are expected to sort by them, so rows not
    fetched yet sort with the rest.
    """

    PAGE = 200

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        load_ids: Callable[[], Sequence[Any]] | None = None,
        load_records: Callable[[Sequence[Any]], list[R]] | None = None,
        count: Callable[[], int] | None = None,
        load_page: Callable[[int, int], list[R]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        if not ((load_ids and load_records) or (count and load_page)):
            raise ValueError("give load_ids and load_records, or count and load_page")
        super().__init__(columns, parent)
        self._load_ids = load_ids
        self._load_records = load_records
        self._count = count
        self._load_page = load_page
        self._ids: list[Any] = []  # with load_ids: the id of every row, fetched or not
        self._total = 0
        self._loaded = False
        self.sort_key = self.columns[0].key if self.columns else ""
        self.descending = False

    # --- loading -------------------------------------------------------------------------

    def reload(self, keep_loaded: bool = False) -> None:
        """Query the rows again and show the first page (``keep_loaded``: at least as many
        rows as are shown now, e.g. after an edit, so the view does not jump back)."""
        wanted = max(len(self._records), self.PAGE) if keep_loaded else self.PAGE
        self.beginResetModel()
        self._query()
        self._records = self._load(0, wanted)
        self._loaded = True
        self.endResetModel()

    def reload_job(self, keep_loaded: bool = False) -> Callable[[], PagedLoad[R]]:
        """``reload()``'s queries as a function that touches no Qt object, to run off the GUI
        thread; hand its result to :meth:`apply_reload` back on the GUI thread. The query's
        parameters (search, sort...) are taken now, so later changes do not reach it."""
        wanted = max(len(self._records), self.PAGE) if keep_loaded else self.PAGE
        load_ids, count, load_page = self.frozen_loaders()
        load_records = self._load_records

        def work() -> PagedLoad[R]:
            if load_ids is not None:
                assert load_records is not None
                ids = list(load_ids())
                first = ids[:wanted]
                records: list[R] = []
                for start in range(0, len(first), CHUNK):
                    records.extend(load_records(first[start : start + CHUNK]))
                if len(records) < len(first):  # some went away between the two queries
                    ids[: len(first)] = [self.id_of(record) for record in records]
                return PagedLoad(ids, len(ids), records)
            assert count is not None and load_page is not None
            total = count()
            return PagedLoad(None, total, load_page(0, wanted)[:total])

        return work

    def apply_reload(self, load: PagedLoad[R]) -> None:
        """Show what a :meth:`reload_job` read (on the GUI thread)."""
        self.beginResetModel()
        self._ids = list(load.ids) if load.ids is not None else []
        self._total = load.total
        self._records = list(load.records)
        self._loaded = True
        self.endResetModel()

    def frozen_loaders(
        self,
    ) -> tuple[
        Callable[[], Sequence[Any]] | None,
        Callable[[], int] | None,
        Callable[[int, int], list[R]] | None,
    ]:
        """The ids loader, the count and the page loader bound to the query as it is now
        (override where they read the model's state, e.g. its search text)."""
        return self._load_ids, self._count, self._load_page

    def total(self) -> int:
        """How many rows there are, also those not fetched yet."""
        return self._total

    def ids(self) -> list[Any]:
        """The id of every row in order (with ``load_ids``), else of the rows fetched."""
        if self._load_ids is None:
            return [self.id_of(record) for record in self._records]
        return list(self._ids)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._records) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        first = len(self._records)
        rows = self._load(first, self.PAGE)
        if not rows:
            if self._load_ids is None:
                self._total = first  # rows went away since the count: fetching ends here
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._records.extend(rows)
        self.endInsertRows()

    def row_of(self, record_id: Any) -> int:
        """The row showing ``record_id`` or -1: with ``load_ids`` fetching as far as it,
        else among the rows fetched."""
        if self._load_ids is None:
            ids = (self.id_of(record) for record in self._records)
            return next((row for row, key in enumerate(ids) if key == record_id), -1)
        while True:
            try:
                position = self._ids.index(record_id)
            except ValueError:
                return -1
            if position < len(self._records):
                return position
            self.fetchMore()  # each fetch adds rows or forgets ids, so this ends

    def refresh(self, ids: Sequence[Any]) -> None:
        """Read the given records again in place (after an edit that does not move them);
        without ``load_records``, reload the rows shown."""
        if self._load_records is None:
            self.reload(keep_loaded=True)
            return
        wanted = set(ids)
        shown = [key for key in map(self.id_of, self._records) if key in wanted]
        fresh = {self.id_of(record): record for record in self._read(shown)}
        for row, record in enumerate(self._records):
            key = self.id_of(record)
            if key in fresh:
                self._records[row] = fresh[key]
                self.emit_rows_changed(row, row)

    # --- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the loaders (in SQL), keeping the rows fetched so far fetched.

        A layout change rather than a reset, so selections and persistent indexes follow
        their records.
        """
        if not 0 <= column < len(self.columns):
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return  # the view asks for its initial order before the first reload
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self.id_of(r) for r in map(self.record, (i.row() for i in persistent))]
        count = len(self._records)
        self._query()
        self._records = self._load(0, count)
        position = {self.id_of(record): row for row, record in enumerate(self._records)}
        after = [
            self.index(position[key], old.column()) if key in position else QModelIndex()
            for key, old in zip(before, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    # --- the loaders ---------------------------------------------------------------------

    def _query(self) -> None:
        if self._load_ids is not None:
            self._ids = list(self._load_ids())
            self._total = len(self._ids)
        elif self._count is not None:
            self._total = self._count()

    def _read(self, ids: Sequence[Any]) -> list[R]:
        assert self._load_records is not None
        rows: list[R] = []
        for start in range(0, len(ids), CHUNK):
            rows.extend(self._load_records(ids[start : start + CHUNK]))
        return rows

    def _load(self, first: int, count: int) -> list[R]:
        """Rows ``first`` .. ``first + count - 1``. Ids whose records are gone (deleted
        meanwhile) are forgotten, so that row n always shows id n."""
        if self._load_ids is None:
            assert self._load_page is not None
            rows = self._load_page(first, count)
            return rows[: max(self._total - first, 0)]  # never past the count
        wanted = self._ids[first : first + count]
        rows = self._read(wanted)
        if len(rows) < len(wanted):
            self._ids[first : first + len(wanted)] = [self.id_of(record) for record in rows]
            self._total = len(self._ids)
        return rows
