"""Reading a customer table from a file: CSV in any common encoding and delimiter, XLSX, vCard.

The encoding is found from the bytes: a BOM first (UTF-8, UTF-16), then strict UTF-8, then
GBK/GB18030 against Big5 (which charset detectors often confuse on short Chinese files) by how
many of the decoded characters belong to each script's everyday character set, and finally
charset-normalizer for everything else. The delimiter comes from ``csv.Sniffer``, checked
against how consistently each candidate splits the first lines.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.domain.customers.table import map_headers
from crmdesk.domain.customers.vcard import looks_like_vcard, parse_vcards
from crmdesk.domain.errors import UserError

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


# --- encodings -----------------------------------------------------------------------------


def _han(text: str) -> list[str]:
    return [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]


def _common_share(chars: Sequence[str], encoding: str) -> float:
    """Share of ``chars`` in the everyday set of ``encoding``'s script.

    GB2312 holds the 6,763 everyday simplified characters; Big5 puts its 5,401 frequent
    traditional ones at lead bytes A4..C6. Text decoded with the wrong one of the two turns into
    rare characters, so the right encoding scores close to 1.
    """
    if not chars:
        return 0.0
    common = 0
    for ch in chars:
        try:
            if encoding == "gb18030":
                ch.encode("gb2312")
                common += 1
            elif 0xA4 <= ch.encode("big5")[0] <= 0xC6:
                common += 1
        except UnicodeEncodeError:
            pass
    return common / len(chars)


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The codec that reads ``data``; UserError when the bytes are not text at all."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data[:SAMPLE])
    if utf16:
        return utf16
    if b"\x00" in data[:SAMPLE]:
        raise UserError("binary data")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scores: dict[str, float] = {}
    for encoding in ("gb18030", "big5"):
        try:
            scores[encoding] = _common_share(_han(data.decode(encoding)), encoding)
        except UnicodeDecodeError:
            continue
    best_cjk = max(scores, key=lambda e: scores[e]) if scores else None
    if best_cjk is not None and scores[best_cjk] >= 0.9:
        return best_cjk
    from charset_normalizer import from_bytes  # only needed for files that are not UTF/CJK

    matches = from_bytes(data[: SAMPLE * 4])
    best = matches.best()
    if best is not None:
        # short texts fit several code pages equally well; Windows Western (cp1252) is by far
        # the most common of them, so it wins a tie rather than Baltic cp775
        tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
        if any("cp1252" in m.could_be_from_charset for m in tied):
            return "cp1252"
        return str(best.encoding)
    if best_cjk is not None:
        return best_cjk
    raise UserError("an unknown text encoding")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; UserError naming the file otherwise."""
    try:
        encoding = detect_encoding(data)
    except UserError as exc:
        raise _not_a_table(path, f"it holds {exc}") from None
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") + sum(
        1 for ch in text[:SAMPLE] if ord(ch) < 32 and ch not in "\t\r\n"
    )
    if bad > max(3, len(text[:SAMPLE]) // 100):
        raise _not_a_table(path, "it does not read as text in any common encoding")
    return text.removeprefix("\ufeff"), encoding


# --- CSV -----------------------------------------------------------------------------------


def _consistency(lines: list[str], delimiter: str) -> int:
    """How many columns ``delimiter`` gives, if it gives the same number on most lines."""
    counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
    if not counts or counts[0] < 2:
        return 0
    agreeing = sum(1 for c in counts if c == counts[0])
    return counts[0] if agreeing >= 0.8 * len(counts) else 0


def sniff_delimiter(text: str) -> str:
    """The cell delimiter of CSV ``text``: comma, semicolon, tab or bar."""
    lines = [line for line in text[:SAMPLE].splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and _consistency(lines, sniffed) >= 2:
        return sniffed
    scored = {d: _consistency(lines, d) for d in DELIMITERS}
    best = max(scored, key=lambda d: scored[d])
    return best if scored[best] >= 2 else ","


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
