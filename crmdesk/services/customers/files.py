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

from crmdesk.domain.customers.headers import vcard_producer
from crmdesk.domain.customers.table import SPLITTERS, map_headers
from crmdesk.domain.customers.vcard import looks_like_vcard, parse_vcards
from crmdesk.domain.errors import UserError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import Sentence
from crmdesk.services.text_files import NotTextError, decode_text, sniff_delimiter

log = logging.getLogger(__name__)

SAMPLE = 64 * 1024
DELIMITERS = ",;\t|"
HEADER_SEARCH_ROWS = 10  # a title line ("客户名单 2027") may sit above the real header
# a workbook is read only within these bounds: a zip bomb or a sheet of millions of rows is
# refused in a second instead of running for minutes into MemoryError
MAX_XLSX_UNPACKED = 256 * 1024 * 1024  # bytes of XML once unzipped (100k customers: ~30 MB)
MAX_XLSX_RATIO = 200  # unpacked / packed: real sheets compress about 10:1
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1000
VCARD_HEADERS = [
    "name", "company", "title", "phone", "email", "address", "notes", "tags", "birthday",
    "wechat", "qq",
]  # fmt: skip


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
    warnings: list[Sentence] = field(default_factory=list)  # what was read in a way to check
    producer: str = ""  # a vCard's phone: apple, android


def _not_a_table(path: Path, why: str) -> UserError:
    return UserError(f"{path.name} is not a customer table: {why}")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; UserError naming the file otherwise."""
    try:
        return decode_text(data)
    except NotTextError as exc:
        raise _not_a_table(path, exc.why) from None


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10]))
    return shown + (", ..." if len(numbers) > 10 else "")


def utf8_lines(data: bytes, encoding: str) -> tuple[str, list[int]] | None:
    """A file read as GBK (Big5...) whose lines are partly UTF-8: each line in its own encoding.

    Returns the text and the numbers of the lines read as UTF-8, or None when no line is
    (a real GBK line of Chinese text is practically never valid UTF-8).
    """
    if encoding.startswith(("utf", "ascii")):
        return None
    lines = data.split(b"\n")
    found: list[int] = []
    texts: list[str] = []
    for number, line in enumerate(lines, 1):
        if line.isascii():
            texts.append(line.decode("ascii"))
            continue
        try:
            texts.append(line.decode("utf-8"))
            found.append(number)
        except UnicodeDecodeError:
            texts.append(line.decode(encoding, errors="replace"))
    if not found:
        return None
    return "\n".join(texts).removeprefix("\ufeff"), found


# --- CSV -----------------------------------------------------------------------------------


def _header_row(rows: list[list[str]]) -> int:
    best, best_hits = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for f in map_headers(row) if f is not None)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _table(
    path: Path, kind: str, cells: list[list[str]], encoding: str = "", delimiter: str = ""
) -> SourceTable:
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
    table = SourceTable(path, kind, headers, rows, [i + 1 for i in body], encoding, delimiter)
    seen: set[str] = set()
    for header in headers:
        folded = " ".join(header.casefold().split())
        if folded and folded in seen:
            table.warnings.append(
                Sentence(
                    "ImportFile",
                    QT_TRANSLATE_NOOP(
                        "ImportFile",
                        "Two columns are named “{name}”: check which field each one goes into "
                        "(a second name, company or title column is left out unless you choose).",
                    ),
                    {"name": header},
                )
            )
        seen.add(folded)
    return table


def read_csv(path: Path, data: bytes) -> SourceTable:
    text, encoding = decode(data, path)
    warnings: list[Sentence] = []
    mixed = utf8_lines(data, encoding)
    if mixed is not None:
        text, lines = mixed
        warnings.append(
            Sentence(
                "ImportFile",
                QT_TRANSLATE_NOOP(
                    "ImportFile",
                    "The file mixes encodings: line(s) {lines} are UTF-8 in a {encoding} file "
                    "and were read as UTF-8; check these customers after the import.",
                ),
                {"lines": _line_list(lines), "encoding": encoding.upper()},
            )
        )
    if looks_like_vcard(text):
        table = read_vcard_text(path, text, encoding)
        table.warnings[:0] = warnings
        return table
    delimiter = sniff_delimiter(text)
    try:
        cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{path.name}: the CSV cannot be read ({exc})") from None
    _check_quotes(path, text, cells, delimiter)
    table = _table(path, "csv", cells, encoding=encoding, delimiter=delimiter)
    table.warnings[:0] = warnings
    return table


def _check_quotes(path: Path, text: str, cells: list[list[str]], delimiter: str) -> None:
    """UserError naming the line where a quote opens and never closes on its own line.

    An unterminated quote swallows the following lines into one cell, merging people; a cell
    holding a line break and then a whole row's worth of delimiters is that.
    """
    width = max((len(row) for row in cells[:HEADER_SEARCH_ROWS]), default=0)
    if width < 2 or '"' not in text:
        return
    line = 1
    for row in cells:
        for cell in row:
            if "\n" in cell and any(
                part.count(delimiter) >= width - 1 for part in cell.split("\n")[1:]
            ):
                raise UserError(
                    f"{path.name}: line {line}: a quote opens and is never closed, so the "
                    "lines after it would merge into one customer; fix the quote and import again"
                )
        line += 1 + sum(cell.count("\n") for cell in row)


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


def check_workbook(path: Path) -> None:
    """UserError when the .xlsx is a zip bomb or its XML declares entities (XXE, billion laughs).

    openpyxl expands what the XML declares; a workbook written by a spreadsheet program never
    has a DOCTYPE, so any is refused before the workbook is opened.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            packed = sum(m.compress_size for m in members) or 1
            if unpacked > MAX_XLSX_UNPACKED or (
                unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_XLSX_RATIO
            ):
                raise _not_a_table(
                    path,
                    f"it unpacks to {unpacked // (1024 * 1024)} MB "
                    f"(at most {MAX_XLSX_UNPACKED // (1024 * 1024)} MB are read)",
                )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as stream:
                        head = stream.read(4096)
                    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                        raise _not_a_table(
                            path, f"{member.filename} declares XML entities, which are refused"
                        )
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_a_table(path, f"it is not a readable .xlsx workbook ({exc})") from None


def read_xlsx(path: Path) -> SourceTable:
    from zipfile import BadZipFile

    check_workbook(path)
    from openpyxl import load_workbook  # several hundred ms: only when a workbook is opened

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _not_a_table(path, f"it is not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        cells: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):
            if len(cells) >= MAX_ROWS:
                raise UserError(f"{path.name} has more than {MAX_ROWS:,} rows: split it")
            cells.append([_cell_text(v) for v in row[:MAX_COLUMNS]])
    finally:
        workbook.close()
    return _table(path, "xlsx", cells)


def _tags_cell(tags: list[str]) -> str:
    """A card's CATEGORIES as one cell: split on ":::" only, so "批发, 零售" stays one tag."""
    cell = " ::: ".join(tags)
    return f"{cell} :::" if len(tags) == 1 and SPLITTERS["tags"].search(cell) else cell


def read_vcard_text(path: Path, text: str, encoding: str) -> SourceTable:
    unended: list[int] = []
    contacts = parse_vcards(text, unended)
    if not contacts:
        raise UserError(f"{path.name} holds no contacts")
    warnings = [
        Sentence(
            "ImportFile",
            QT_TRANSLATE_NOOP(
                "ImportFile",
                "The card that starts on line {line} has no END:VCARD; it was read up to the "
                "next card or the end of the file.",
            ),
            {"line": str(line)},
        )
        for line in unended
    ]
    rows = [
        [c.name, c.company, c.title, "; ".join(c.phones), "; ".join(c.emails), c.address,
         c.notes, _tags_cell(c.tags), c.birthday, c.wechat, c.qq]
        for c in contacts
    ]  # fmt: skip
    return SourceTable(
        path,
        "vcard",
        list(VCARD_HEADERS),
        rows,
        list(range(1, len(rows) + 1)),
        encoding,
        warnings=warnings,
        producer=vcard_producer(text),
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
