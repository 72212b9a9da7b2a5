"""Exporting customers to CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX.

The columns use the header names the importer recognises, so an exported file imports back
unchanged. In CSV a cell starting with = + - @ gets an apostrophe in front, so a spreadsheet
does not run it as a formula (CSV injection); in XLSX every cell is written as text instead.
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from crmdesk.db.engine import Database
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.customers.table import guard_cell
from crmdesk.domain.errors import UserError
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.services.customers.fields import CustomField, list_fields
from crmdesk.services.customers.store import (
    CustomerFilter,
    customer_ids,
    customer_rows,
    load_inputs,
)

log = logging.getLogger(__name__)

HEADERS = (
    "name", "company", "title", "stage", "phone", "email", "wechat", "qq", "address", "notes",
    "tags", "birthday", "created",
)  # fmt: skip
PAGE = 500
FORMATS = (".csv", ".xlsx")


def _records(
    db: Database, ids: Sequence[int], fields: Sequence[CustomField], progress: ProgressCallback
) -> Iterator[list[str]]:
    for start in range(0, len(ids), PAGE):
        page = list(ids[start : start + PAGE])
        inputs = load_inputs(db, page)
        created = {r.id: r.created_at for r in customer_rows(db, page)}
        for cid in page:
            data: CustomerInput | None = inputs.get(cid)
            if data is None:
                continue
            when = created.get(cid)
            yield [
                data.name,
                data.company,
                data.title,
                data.stage,
                "; ".join(data.phones),
                "; ".join(data.emails),
                data.wechat,
                data.qq,
                data.address,
                data.notes,
                "; ".join(data.tags),
                data.birthday.isoformat() if data.birthday else "",
                when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "",
                *(data.custom.get(f.id, "") for f in fields),
            ]
        progress(min(start + PAGE, len(ids)), len(ids))


def export_customers(
    db: Database,
    path: Path,
    ids: Sequence[int] | None = None,
    search: str | None = None,
    customer_filter: CustomerFilter | None = None,
    progress: ProgressCallback = no_progress,
) -> int:
    """Write the customers (``ids``, else every match of search/filter) to ``path``.

    The format follows the suffix (.csv or .xlsx). The file is written next to its final name
    and moved into place at the end, so a failed export leaves no half-written file.
    Returns the number of customers written.
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{path.name}: export to .csv or .xlsx (not {suffix or 'no extension'})")
    if ids is None:
        ids = customer_ids(db, search, customer_filter)
    fields = list_fields(db)
    headers = [*HEADERS, *(f.name for f in fields)]
    temporary = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".csv":
            count = _write_csv(temporary, headers, _records(db, ids, fields, progress))
        else:
            count = _write_xlsx(temporary, headers, _records(db, ids, fields, progress))
        os.replace(temporary, path)
    except OSError as exc:
        raise UserError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    finally:
        temporary.unlink(missing_ok=True)
    log.info("exported %d customers to %s", count, path)
    return count


def _write_csv(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for record in records:
            writer.writerow([guard_cell(cell) for cell in record])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    from openpyxl import Workbook  # slow to import: only when exporting a workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Customers")
    sheet.append(list(headers))
    count = 0
    for record in records:
        cells = []
        for value in record:
            # control characters (pasted from other programs) are not allowed in XLSX XML
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            cell.data_type = "s"  # text, never a formula, even when it starts with "="
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count
