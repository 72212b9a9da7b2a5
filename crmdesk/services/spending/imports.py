"""Importing spending from a CSV file: preview (a dry run), import in one transaction, undo.

Files come from accounting tools and spreadsheets in any common encoding (UTF-8 with or
without BOM, GBK/GB18030, Big5, UTF-16) and with any delimiter; both are found by the
customer import's readers (``services.customer_files``), so the two imports agree. Column
names are mapped from English or Chinese headers (``spending_rows.HEADER_ALIASES``). A row
that repeats an entry already in the plan's ledger (same day, category, amount and supplier)
is a duplicate and skipped, so importing the same export twice adds nothing. Each import is
an ``ImportBatch`` and can be undone as a whole.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import ImportBatch, SpendingEntry
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.domain.spending.rows import REQUIRED_COLUMNS, SpendingRow, map_headers, parse_row
from crmdesk.services import activity
from crmdesk.services.text_files import NotTextError, decode_text, sniff_delimiter

log = logging.getLogger(__name__)

KIND = "spending"
MAX_FILE_BYTES = 50 * 1024 * 1024
_DuplicateKey = tuple[str, str, Decimal, str]


# --- reading the file ------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvText:
    """A CSV file decoded: its encoding, its delimiter and its rows (line number, cells)."""

    encoding: str
    delimiter: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of ``data`` (``services.text_files``); a UserError naming the file."""
    try:
        return decode_text(data)
    except NotTextError as exc:
        raise UserError(f"{name}: this is not a text (CSV) file: {exc.why}") from None


def read_csv(path: Path) -> CsvText:
    """Read and decode a CSV file; ``UserError`` naming the file when it cannot be read."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{name}: the file is larger than 50 MB; is it really a CSV file?")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    text, encoding = _decode(data, name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((reader.line_num, tuple(cells)))
    except csv.Error as exc:
        raise UserError(f"{name}, line {reader.line_num}: {exc}") from exc
    return CsvText(encoding, delimiter, tuple(rows))


# --- preview ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    """One data row: what it holds, and either the entry it becomes or the problem."""

    line: int
    values: tuple[str, ...]
    entry: SpendingRow | None
    problem: ValidationError | None
    duplicate: bool = False


@dataclass(frozen=True)
class SpendingPreview:
    """What an import would do; nothing has been written."""

    file_name: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    columns: Mapping[str, int]
    rows: tuple[PreviewRow, ...]

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if r.entry is not None and not r.duplicate)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.duplicate)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.rows if r.problem is not None)


def _key(day: object, category: str, amount: Decimal, supplier: str) -> _DuplicateKey:
    return (str(day), category, amount, supplier.casefold())


def _existing(session: Session, plan_id: int | None) -> Counter[_DuplicateKey]:
    condition = (
        SpendingEntry.plan_id.is_(None) if plan_id is None else SpendingEntry.plan_id == plan_id
    )
    stmt = select(
        SpendingEntry.day, SpendingEntry.category, SpendingEntry.amount, SpendingEntry.supplier
    ).where(condition, SpendingEntry.deleted_at.is_(None))
    return Counter(_key(*row) for row in session.execute(stmt))


def _preview(
    session: Session,
    path: Path,
    plan_id: int | None,
    extra_categories: Mapping[str, str] | None,
    progress: ProgressCallback,
) -> SpendingPreview:
    text = read_csv(path)
    if not text.rows:
        raise UserError(f"{path.name}: the file is empty")
    header_line, headers = text.rows[0]
    columns = map_headers(headers)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise UserError(
            f"{path.name}, line {header_line}: no column for {', '.join(missing)}; the first row"
            " must name the columns (date, category, amount, supplier, note or 日期, 类别, 金额,"
            " 供应商, 备注)"
        )
    existing = _existing(session, plan_id)
    rows: list[PreviewRow] = []
    total = len(text.rows) - 1
    for index, (line, values) in enumerate(text.rows[1:], start=1):
        try:
            entry = parse_row(values, columns, headers, line, extra_categories)
        except ValidationError as problem:
            rows.append(PreviewRow(line, values, None, problem))
        else:
            key = _key(entry.day, entry.category, entry.amount, entry.supplier)
            duplicate = existing[key] > 0
            if duplicate:
                existing[key] -= 1
            rows.append(PreviewRow(line, values, entry, None, duplicate))
        if index % 500 == 0:
            progress(index, total)
    progress(total, total)
    return SpendingPreview(
        path.name, text.encoding, text.delimiter, tuple(headers), columns, tuple(rows)
    )


def preview_spending_file(
    db: Database,
    path: Path,
    plan_id: int | None,
    extra_categories: Mapping[str, str] | None = None,
    progress: ProgressCallback = no_progress,
) -> SpendingPreview:
    """The dry run: read ``path`` and say per row what importing it into the ledger of
    ``plan_id`` (None: no plan) would do. Writes nothing. ``extra_categories`` maps further
    category names (the labels in the user's language) to keys."""
    with db.session() as session:
        return _preview(session, path, plan_id, extra_categories, progress)


# --- import and undo -------------------------------------------------------------------------


@dataclass(frozen=True)
class SpendingImportResult:
    batch_id: int
    added: int
    duplicates: int
    invalid: int


def import_spending_file(
    db: Database,
    path: Path,
    plan_id: int | None,
    extra_categories: Mapping[str, str] | None = None,
    progress: ProgressCallback = no_progress,
) -> SpendingImportResult:
    """Import the valid, new rows of ``path`` in one transaction (bulk insert) and record the
    batch so ``undo_spending_import`` can take it back. Invalid rows and duplicates are skipped
    and counted; a file without date, category and amount columns is refused whole."""
    with db.session() as session:
        preview = _preview(session, path, plan_id, extra_categories, progress)
        batch = ImportBatch(
            kind=KIND,
            source=str(path),
            added=preview.new,
            skipped=preview.duplicates + preview.invalid,
            undo_data=json.dumps({"plan_id": plan_id}),
        )
        session.add(batch)
        session.flush()
        now = utcnow()
        values = [
            {
                "plan_id": plan_id,
                "day": r.entry.day,
                "category": r.entry.category,
                "amount": r.entry.amount,
                "supplier": r.entry.supplier,
                "note": r.entry.note,
                "import_batch_id": batch.id,
                "created_at": now,
                "updated_at": now,
            }
            for r in preview.rows
            if r.entry is not None and not r.duplicate
        ]
        if values:
            session.execute(insert(SpendingEntry), values)
        activity.record(
            session,
            "import",
            batch.id,
            "created",
            f"spending from {path.name}: {len(values)} added",
            details={"duplicates": preview.duplicates, "invalid": preview.invalid},
        )
        log.info("imported %d spending entries from %s (batch %d)", len(values), path, batch.id)
        return SpendingImportResult(batch.id, len(values), preview.duplicates, preview.invalid)


def undo_spending_import(db: Database, batch_id: int) -> int:
    """Remove every entry a spending import added; return how many. Entries are removed for
    good (undo means the import never happened); the batch stays, marked undone."""
    with db.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.kind != KIND:
            raise UserError(f"import {batch_id} is not a spending import")
        if batch.undone_at is not None:
            raise UserError(f"import {batch_id} ({Path(batch.source).name}) was already undone")
        count = session.scalar(
            select(func.count()).where(SpendingEntry.import_batch_id == batch_id)
        )
        session.execute(delete(SpendingEntry).where(SpendingEntry.import_batch_id == batch_id))
        batch.undone_at = utcnow()
        activity.record(session, "import", batch_id, "undone", f"spending import {batch_id}")
        return int(count or 0)


@dataclass(frozen=True)
class SpendingImportSummary:
    batch_id: int
    file_name: str
    added: int
    undone: bool


def last_spending_import(db: Database) -> SpendingImportSummary | None:
    """The most recent spending import that is not undone, for the "Undo import" button."""
    stmt = (
        select(ImportBatch)
        .where(ImportBatch.kind == KIND, ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc())
        .limit(1)
    )
    with db.session() as session:
        batch = session.scalar(stmt)
        if batch is None:
            return None
        return SpendingImportSummary(batch.id, Path(batch.source).name, batch.added, False)
