"""Reading a customer table from a file: CSV in any common encoding and delimiter, XLSX, vCard.

The encoding and the delimiter are found by ``services.text_files``, which the spending import
shares.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.domain.customers.table import map_headers
from crmdesk.domain.customers.vcard import looks_like_vcard, parse_vcards
from crmdesk.domain.errors import UserError
from crmdesk.services.text_files import NotTextError, decode_text, sniff_delimiter

log = logging.getLogger(__name__)

SAMPLE = 64 * 1024
DELIMITERS = ",;\t|"
HEADER_SEARCH_ROWS = 10  # a title line ("客户名单 2027") may sit above the real header
VCARD_HEADERS = ["name", "company", "title", "phone", "email", "address", "notes", "tags"]


@dataclass
class SourceTable:
    """The cells of a customer file as text; ``numbers[i]`` is the file row of ``rows[i]``."""

    path: Path
    kind: str  # csv, xlsx, vcard
    headers: list[str]
    rows: list[list[str]]
    numbers: list[int] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def _not_a_table(path: Path, why: str) -> UserError:
    return UserError(f"{path.name} is not a customer table: {why}")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; UserError naming the file otherwise."""
    try:
        return decode_text(data)
    except NotTextError as exc:
        raise _not_a_table(path, exc.why) from None


# --- CSV -----------------------------------------------------------------------------------


def _header_row(rows: list[list[str]]) -> int:
    best, best_hits = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for f in map_headers(row) if f is not None)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _table(path: Path, kind: str, cells: list[list[str]], **extra: str) -> SourceTable:
    # the rows that are not blank; a filled first cell settles it without joining the row
    kept = [i for i, row in enumerate(cells) if row and (row[0].strip() or "".join(row).strip())]
    if not kept:
        raise UserError(f"{path.name} is empty")
    header_at = _header_row([cells[i] for i in kept[:HEADER_SEARCH_ROWS]])
    headers = [h.strip() for h in cells[kept[header_at]]]
    body = kept[header_at + 1 :]
    width = len(headers)
    rows = [cells[i] for i in body]
    if min(map(len, rows), default=width) < width:  # a short row: pad it to the header
        rows = [row if len(row) >= width else row + [""] * (width - len(row)) for row in rows]
    return SourceTable(path, kind, headers, rows, [i + 1 for i in body], **extra)


def read_csv(path: Path, data: bytes) -> SourceTable:
    text, encoding = decode(data, path)
    if looks_like_vcard(text):
        return read_vcard_text(path, text, encoding)
    delimiter = sniff_delimiter(text)
    try:
        cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{path.name}: the CSV cannot be read ({exc})") from None
    return _table(path, "csv", cells, encoding=encoding, delimiter=delimiter)


# --- XLSX and vCard ------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # a phone typed as a number: 13800138000.0
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> SourceTable:
    from zipfile import BadZipFile

    from openpyxl import load_workbook  # several hundred ms: only when a workbook is opened

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _not_a_table(path, f"it is not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        cells = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(path, "xlsx", cells)


def read_vcard_text(path: Path, text: str, encoding: str) -> SourceTable:
    contacts = parse_vcards(text)
    if not contacts:
        raise UserError(f"{path.name} holds no contacts")
    rows = [
        [c.name, c.company, c.title, "; ".join(c.phones), "; ".join(c.emails), c.address,
         c.notes, "; ".join(c.tags)]
        for c in contacts
    ]  # fmt: skip
    return SourceTable(
        path, "vcard", list(VCARD_HEADERS), rows, list(range(1, len(rows) + 1)), encoding
    )


def read_table(path: Path) -> SourceTable:
    """The customer table in ``path``; UserError with a clear reason for anything else."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.strip():
        raise UserError(f"{path.name} is empty")
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise UserError(
            f"{path.name} is an old Excel .xls workbook: save it as .xlsx or CSV and import that"
        )
    if data.startswith(b"%PDF"):
        raise _not_a_table(path, "it is a PDF document")
    return read_csv(path, data)
