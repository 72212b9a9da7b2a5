"""Importing customers from a file: plan (dry run), import in one transaction, undo as a whole.

    source = open_import(db, path)                  # read + guess the column mapping
    report = analyse_import(db, source)             # dry run: new / duplicate / invalid rows
    report = run_import(db, source, update_existing=False, progress=progress)
    undo_import(db, report.batch_id)

Rows whose normalised phone or e-mail matches an existing customer are duplicates: skipped by
default, or used to update that customer. A row repeating an earlier row of the same file is
skipped. New customers are written with bulk Core inserts; every import is an ImportBatch whose
``undo_data`` keeps the previous state of each updated customer, so undo puts them back too.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone, ImportBatch
from crmdesk.domain.customers.columns import check_table
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.customers.headers import PLAIN_NOTES, VCARD_PROFILES, Profile
from crmdesk.domain.customers.rows import input_from_cells
from crmdesk.domain.customers.table import (
    CUSTOM_PREFIX,
    CustomColumn,
    has_name_column,
    header_key,
    map_table,
)
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.domain.sentence import FieldError, Sentence
from crmdesk.services.customers.fields import list_fields
from crmdesk.services.customers.files import SourceTable, read_table
from crmdesk.services.customers.import_writer import (
    ImportAlreadyUndoneError,
    NewRow,
    NoSuchImportError,
    UndoImportReport,
    latest_batch_id,
    undo_import,
    write_import,
)
from crmdesk.services.customers.mappings import saved_mapping

log = logging.getLogger(__name__)
T = TypeVar("T")
CHECK_CHUNK = 10_000  # rows checked column by column at a time, between two progress reports

__all__ = [
    "DuplicateRow",
    "ImportAlreadyUndoneError",
    "ImportBatchInfo",
    "ImportReport",
    "ImportSource",
    "NoSuchImportError",
    "RowProblem",
    "UndoImportReport",
    "analyse_import",
    "import_customers",
    "latest_batch_id",
    "list_import_batches",
    "open_import",
    "run_import",
    "undo_import",
]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000 rows of objects are built.

    The rows are all alive until the transaction ends, so every collection would walk them
    again for nothing; at 100k rows that is about 40% of the import's Python time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class ImportSource:
    """A file read for import, with the column mapping the user may still change."""

    table: SourceTable
    mapping: list[str | None]
    custom: dict[int, CustomColumn] = field(default_factory=dict)
    profile: Profile | None = None  # the exporter recognised from the header
    saved: bool = False  # the mapping is one the user saved for this header

    @property
    def name(self) -> str:
        return self.table.path.name


@dataclass(frozen=True)
class RowProblem:
    """A row that cannot be imported: its row number in the file, the field and why."""

    row: int
    field: str
    message: str
    sentence: Sentence | None = None
    name: str = ""  # what the name column says, to find the row again


@dataclass(frozen=True)
class DuplicateRow:
    """A row that matches an existing customer (``customer_id``) or an earlier row of the file."""

    row: int
    name: str
    match: str  # phone, email
    customer_id: int | None = None
    customer_name: str = ""
    earlier_row: int | None = None


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    source: str
    kind: str
    encoding: str
    delimiter: str
    rows: int
    new: int
    duplicates: tuple[DuplicateRow, ...]
    invalid: tuple[RowProblem, ...]
    updated: int = 0
    dry_run: bool = True
    update_existing: bool = False
    batch_id: int | None = None
    kept: tuple[RowProblem, ...] = ()  # rows imported with a value left in the notes or out
    warnings: tuple[Sentence, ...] = ()  # about the file: mixed encodings, a card not ended


@dataclass
class _Plan:
    new: list[NewRow] = field(default_factory=list)
    updates: list[tuple[int, int, CustomerInput]] = field(default_factory=list)  # row, id, data
    duplicates: list[DuplicateRow] = field(default_factory=list)
    invalid: list[RowProblem] = field(default_factory=list)
    kept: list[RowProblem] = field(default_factory=list)


def open_import(db: Database, path: Path) -> ImportSource:
    """Read ``path`` and guess which column holds which field.

    Raises UserError naming the file when it is not a customer table (binary, unreadable, or
    no column that could hold the name).
    """
    with _collector_paused():
        table = read_table(path)
    custom = {f.id: f.column() for f in list_fields(db)}
    mapping, profile = map_table(table.headers, list(custom.values()))
    if table.kind == "vcard":
        profile = VCARD_PROFILES.get(table.producer)
    saved = saved_mapping(db, table.headers)
    if saved is not None and all(
        f is None or not f.startswith(CUSTOM_PREFIX) or int(f[len(CUSTOM_PREFIX) :]) in custom
        for f in saved
    ):
        return ImportSource(table, saved, custom, profile, saved=True)
    if not has_name_column(mapping):
        raise UserError(
            f"{path.name} is not a customer table: no column holds the name (expected a header "
            "such as name, 姓名, 客户名称 or 联系人)"
        )
    return ImportSource(table, mapping, custom, profile)


def _existing_index(db: Database) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """Normalised phones and e-mails of every customer not in the recycle bin."""
    phones: dict[str, tuple[int, str]] = {}
    emails: dict[str, tuple[int, str]] = {}
    with db.session() as session:
        conn = session.connection()
        for number, cid, name in conn.execute(
            select(CustomerPhone.normalized, Customer.id, Customer.name)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(Customer.live())
        ):
            phones.setdefault(number, (cid, name))
        for email, cid, name in conn.execute(
            select(CustomerEmail.normalized, Customer.id, Customer.name)
            .join(Customer, Customer.id == CustomerEmail.customer_id)
            .where(Customer.live())
        ):
            emails.setdefault(email, (cid, name))
    return phones, emails


def _problem(row: int, exc: ValidationError, name: str) -> RowProblem:
    sentence = exc.sentence if isinstance(exc, FieldError) else None
    return RowProblem(row, exc.field, exc.reason, sentence, name)


def _first_hit(
    phones: list[str], by_phone: dict[str, T], emails: list[str], by_email: dict[str, T]
) -> tuple[str, T] | None:
    """("phone", what the first known phone maps to), else the same for e-mails, else None."""
    for phone in phones:
        if phone in by_phone:
            return "phone", by_phone[phone]
    for email in emails:
        if email in by_email:
            return "email", by_email[email]
    return None


def _plan(
    db: Database, source: ImportSource, update_existing: bool, progress: ProgressCallback
) -> _Plan:
    if not has_name_column(source.mapping):
        raise ValidationError("mapping", "choose the column that holds the customer's name")
    phones, emails = _existing_index(db)
    known = bool(phones or emails)
    seen_phones: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    plan = _Plan()
    table = source.table
    total = len(table.rows)
    mapping = tuple(source.mapping)
    labels = tuple(table.headers)
    name_at = mapping.index("name") if "name" in mapping else -1
    # a column kept as a labelled note ("Contact owner: ...") is the row path's work
    fast = not any(
        f == "notes" and header_key(h) not in PLAIN_NOTES
        for f, h in zip(mapping, labels, strict=False)
    )
    for start in range(0, total, CHECK_CHUNK):
        progress(start, total)
        rows = table.rows[start : start + CHECK_CHUNK]
        # the rows checked column by column; None where a row needs the row-by-row check
        settled = (check_table(mapping, rows) if fast else None) or [None] * len(rows)
        numbers = table.numbers[start : start + CHECK_CHUNK]
        for number, cells, checked in zip(numbers, rows, settled, strict=True):
            if checked is None:
                # one unusable value never costs the row: it goes to the notes, and is listed
                problems: list[FieldError] = []
                try:
                    checked = input_from_cells(
                        mapping, cells, source.custom, labels, problems
                    ).checked()
                except ValidationError as exc:
                    name = cells[name_at].strip() if 0 <= name_at < len(cells) else ""
                    plan.invalid.append(_problem(number, exc, name))
                    continue
                plan.kept.extend(_problem(number, p, checked.data.name) for p in problems)
            data, row_phones, row_emails, _ = checked
            # the first import into an empty CRM has nothing to match: skip 100,000 lookups
            match = _first_hit(row_phones, phones, row_emails, emails) if known else None
            if match is not None:
                kind, (cid, cname) = match
                plan.duplicates.append(DuplicateRow(number, data.name, kind, cid, cname))
                if update_existing:
                    plan.updates.append((number, cid, data))
                continue
            earlier = _first_hit(row_phones, seen_phones, row_emails, seen_emails)
            if earlier is not None:
                plan.duplicates.append(
                    DuplicateRow(number, data.name, earlier[0], None, "", earlier[1])
                )
                continue
            for p in row_phones:
                seen_phones.setdefault(p, number)
            for e in row_emails:
                seen_emails.setdefault(e, number)
            plan.new.append((number, checked))
    progress(total, total)
    return plan


def _report(
    source: ImportSource, plan: _Plan, dry_run: bool, update_existing: bool, batch: int | None
) -> ImportReport:
    table = source.table
    return ImportReport(
        source=source.name,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        new=len(plan.new),
        duplicates=tuple(plan.duplicates),
        invalid=tuple(plan.invalid),
        updated=len(plan.updates) if not dry_run else 0,
        dry_run=dry_run,
        update_existing=update_existing,
        batch_id=batch,
        kept=tuple(plan.kept),
        warnings=tuple(table.warnings),
    )


def analyse_import(
    db: Database,
    source: ImportSource,
    update_existing: bool = False,
    progress: ProgressCallback = no_progress,
) -> ImportReport:
    """The dry run: what :func:`run_import` would do, writing nothing."""
    with _collector_paused():
        plan = _plan(db, source, update_existing, progress)
    return _report(source, plan, True, update_existing, None)


def run_import(
    db: Database,
    source: ImportSource,
    update_existing: bool = False,
    progress: ProgressCallback = no_progress,
) -> ImportReport:
    """Import the new rows (and update duplicates if asked) in one transaction."""
    rows = len(source.table.rows)

    def writing(done: int, total: int) -> None:
        progress(rows + done * rows // max(total, 1), 2 * rows)

    with _collector_paused():
        # checking the rows is the first half of the work, writing them the second
        plan = _plan(db, source, update_existing, lambda done, total: progress(done, 2 * total))
        batch_id = write_import(
            db, source.name, source.mapping, plan.new, plan.updates, len(plan.duplicates), writing
        )
    log.info("imported %s: %d new, %d updated", source.name, len(plan.new), len(plan.updates))
    return _report(source, plan, False, update_existing, batch_id)


def import_customers(
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    update_existing: bool = False,
    mapping: Sequence[str | None] | None = None,
    progress: ProgressCallback = no_progress,
) -> ImportReport:
    """Open, plan and (unless ``dry_run``) import ``path``: what the CLI does in one call."""
    source = open_import(db, path)
    if mapping is not None:
        source = replace(source, mapping=list(mapping))
    if dry_run:
        return analyse_import(db, source, update_existing, progress)
    return run_import(db, source, update_existing, progress)


# --- history and undo ----------------------------------------------------------------------


@dataclass(frozen=True)
class ImportBatchInfo:
    id: int
    source: str
    created_at: dt.datetime
    added: int
    updated: int
    skipped: int
    undone: bool


def list_import_batches(db: Database) -> list[ImportBatchInfo]:
    """Customer imports, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(ImportBatch)
            .where(ImportBatch.kind == "customers")
            .order_by(ImportBatch.id.desc())
        )
        return [
            ImportBatchInfo(
                b.id, b.source, b.created_at, b.added, b.updated, b.skipped, b.undone_at is not None
            )
            for b in rows
        ]
