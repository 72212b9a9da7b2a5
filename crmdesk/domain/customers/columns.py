"""Checking a whole imported table column by column: the fast path of a large import.

``input_from_cells(mapping, row).checked()`` decides a row. At 100,000 rows its calls (two
CustomerInputs per row, a phone and an e-mail check per row) are most of an import's Python
time. :func:`check_table` reaches the same results working on a column at once: one regular
expression over the whole phone column finds the digits of every number, one pass lowers every
e-mail. Any row it cannot settle (a value it rejects, several phones in one cell, a full-width
number, a tag too long) is left to the row path, which gives the same answer or the same
error. tests/unit/customers/test_customer_columns.py compares the two on generated tables.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from crmdesk.domain.customers.customer import MAX_NAME, MAX_TAG, Checked, CustomerInput
from crmdesk.domain.customers.table import split_values, unguard_cell
from crmdesk.domain.text import EMAIL_PATTERN, EMAIL_SHAPE, email_forms, phone_key

FAST_FIELDS = frozenset({"name", "company", "title", "address", "notes", "phone", "email", "tags"})
"""The fields this path reads; a mapping with others (stage, custom fields) takes the row path."""

_SEP = "\n"
_DIGITS_OF_ROWS = re.compile(r"[^0-9\n]+")
# a name cell whose spacing " ".join(name.split()) changes: a run of spaces or another space
_NAME_SPACING = re.compile(r"[^\S\n ]|  ")
# a folded address, one per line, that fits the e-mail shape (lines cannot hold a space)
_EMAIL_LINES = re.compile(EMAIL_PATTERN, re.MULTILINE)
# in a phone column: anything but ASCII digits, plain separators and "+"; an extension or "/"
# (two numbers) sends the cell to phone_key
_ODD_PHONE = re.compile(r"[^0-9\s()+\-.]", re.ASCII)
_PLUS = re.compile(r"\+")
# in an e-mail column: anything but printable ASCII (a space splits a cell into two e-mails)
_ODD_EMAIL = re.compile(r"[^!-~\n]|[;,/|]")

_Column = list[str]


class _Cells(NamedTuple):
    """A column's cells as input_from_cells reads them, and the same joined by newlines."""

    cells: _Column
    joined: str

    def lines_align(self) -> bool:
        """No cell holds a line break: the joined text splits back into the cells."""
        return self.joined.count(_SEP) == len(self.cells) - 1


def check_table(
    mapping: Sequence[str | None], rows: Sequence[Sequence[str]]
) -> list[Checked | None] | None:
    """``input_from_cells(mapping, row).checked()`` for each row, or None for the row path.

    A None entry is a row this path leaves to the row path (which accepts it or raises the
    error that names the field). The whole result is None when the mapping is not one this
    path reads: a field outside :data:`FAST_FIELDS`, no name column, or a field fed by two
    columns.
    """
    where: dict[str, int] = {}
    for index, field in enumerate(mapping):
        if field is None:
            continue
        if field not in FAST_FIELDS or field in where:
            return None
        where[field] = index
    if "name" not in where:
        return None
    if not rows:
        return []
    n = len(rows)
    columns = _columns(rows, where)
    blank = _Cells([""] * n, _SEP * (n - 1))

    slow: set[int] = set()
    names = _names(columns["name"], slow)
    phones, phone_keys = _phones(columns.get("phone", blank), slow)
    emails, folded_emails = _emails(columns.get("email", blank), slow)
    tags = _tags(columns.get("tags", blank).cells, slow)

    def cells(field: str) -> _Column:
        return columns.get(field, blank).cells

    checked: list[Checked | None] = [None] * n
    make = tuple.__new__  # Checked(...) without the generated __new__: once per row
    rows_of_columns = zip(
        range(n), names, cells("company"), cells("address"), cells("notes"), cells("title"),
        phones, phone_keys, emails, folded_emails, tags, strict=True,
    )  # fmt: skip
    for (
        i,
        name,
        company,
        address,
        notes,
        title,
        phone,
        key,
        email,
        folded,
        tag_list,
    ) in rows_of_columns:
        if i in slow:
            continue
        # one value per cell in this path: a list of one, or none; an e-mail's key is its
        # folded form (printable ASCII without spaces, or the row path would have it)
        data = CustomerInput(
            name, company, "customer", [phone] if phone else [], [email] if email else [],
            address, notes, list(tag_list), title, None, {},
        )  # fmt: skip
        keys = [folded] if email else []
        checked[i] = make(Checked, (data, [key] if phone else [], keys, keys.copy()))
    return checked


def _columns(rows: Sequence[Sequence[str]], where: dict[str, int]) -> dict[str, _Cells]:
    """The cells of each mapped column, read as input_from_cells reads them."""
    width = min(map(len, rows))
    if max(where.values()) < width and 2 * len(where) >= width:
        # most columns are wanted: one transpose is cheaper than a pass per column
        transposed = list(zip(*rows, strict=False))  # rows may run past the last column
        return {field: _cleaned(transposed[index]) for field, index in where.items()}
    return {
        field: _cleaned(
            map(itemgetter(index), rows)
            if index < width
            else [row[index] if index < len(row) else "" for row in rows]
        )
        for field, index in where.items()
    }


def _cleaned(column: Iterable[str]) -> _Cells:
    """Each cell stripped, a spreadsheet guard (') taken off, as input_from_cells does."""
    cells = list(map(str.strip, column))
    joined = _SEP.join(cells)
    if joined.startswith("'") or _SEP + "'" in joined:
        cells = [unguard_cell(c).strip() if c.startswith("'") else c for c in cells]
        joined = _SEP.join(cells)
    return _Cells(cells, joined)


def _odd_rows(column: _Cells, pattern: re.Pattern[str]) -> set[int]:
    """The rows of ``column`` where ``pattern`` matches (all of them if lines do not align)."""
    if not column.lines_align():
        return set(range(len(column.cells)))
    found = [m.start() for m in pattern.finditer(column.joined)]
    if not found:
        return set()
    # the newline after each cell: a match before it (and after the one before) is in that cell
    ends = [end + i for i, end in enumerate(accumulate(map(len, column.cells)))]
    return {bisect_right(ends, position) for position in found}


def _names(column: _Cells, slow: set[int]) -> _Column:
    """Each row's name with single spaces; rows with no name or too long a one: slow."""
    names = column.cells
    if _odd_rows(column, _NAME_SPACING):
        names = [" ".join(text.split()) for text in names]
    slow.update(i for i, name in enumerate(names) if not 0 < len(name) <= MAX_NAME)
    return names


def _phones(column: _Cells, slow: set[int]) -> tuple[_Column, _Column]:
    """Each row's phone (or "") and its normalised form; rows the row path must check: slow."""
    cells = column.cells
    odd = _odd_rows(column, _ODD_PHONE)
    if len(odd) == len(cells):
        digits = list(map(_odd_phone, cells))
    else:
        digits = _DIGITS_OF_ROWS.sub("", column.joined).split(_SEP)
        if odd:
            digits = [
                _odd_phone(cells[i]) if i in odd else number for i, number in enumerate(digits)
            ]
    # what _digits() does after taking the non-digits out: a +86 mobile loses its 86 here;
    # other numbers after "+" or "00" (landlines, other countries) are phone_key's work
    plus = _odd_rows(column, _PLUS) - odd if "+" in column.joined else set()
    keys: _Column = []
    add = keys.append
    for i, d in enumerate(digits):
        if i in odd:
            add(d)  # already phone_key's answer
        elif len(d) == 13 and d.startswith("861"):
            add(d[2:])
        elif i in plus or d[:2] == "00":
            add(_odd_phone(cells[i]))
        elif len(d) == 13 and d.startswith("86"):
            add(d[2:])
        elif len(d) == 10 and d[0] not in "01":  # maybe North American (418-656-9254)
            add(_odd_phone(cells[i]))
        else:
            add(d)
    slow.update(
        i for i, key in enumerate(keys) if not 5 <= len(key.partition("#")[0]) <= 15 and cells[i]
    )
    return cells, keys


def _odd_phone(cell: str) -> str:
    """phone_key for a cell the column pass cannot read; "" if it is not one valid phone."""
    if not cell or split_values("phone", cell) != [cell]:
        return ""
    return phone_key(cell) or ""


def _emails(column: _Cells, slow: set[int]) -> tuple[_Column, _Column]:
    """Each row's e-mail (or "") and its folded form, its key too; rows for the row path: slow."""
    cells = column.cells
    odd = _odd_rows(column, _ODD_EMAIL)
    lowered = column.joined.lower()
    folded = lowered.split(_SEP) if len(odd) < len(cells) else [""] * len(cells)
    # printable ASCII without spaces: fold() is lower(), and the key is the folded form
    if len(_EMAIL_LINES.findall(lowered)) != sum(map(bool, cells)) or odd:
        bad = [
            i
            for i, (cell, lower) in enumerate(zip(cells, folded, strict=True))
            if cell and (i in odd or not EMAIL_SHAPE.match(lower))
        ]
        for i in bad:
            forms = email_forms(cells[i]) if split_values("email", cells[i]) == [cells[i]] else None
            if forms is None or forms[0] != forms[1]:
                slow.add(i)  # rejected, several in one cell, or a key that differs
            else:
                folded[i] = forms[0]
    return cells, folded


def _tags(column: _Column, slow: set[int]) -> list[tuple[str, ...]]:
    """Each row's tags as checked() leaves them (sorted, unique); rows too long: slow."""
    known: dict[str, tuple[str, ...] | None] = {"": ()}
    result: list[tuple[str, ...]] = []
    for i, text in enumerate(column):
        if text in known:
            tags = known[text]
        else:
            found = sorted({" ".join(t.split()) for t in split_values("tags", text) if t.strip()})
            tags = known[text] = tuple(found) if all(len(t) <= MAX_TAG for t in found) else None
        if tags is None:
            slow.add(i)
            tags = ()
        result.append(tags)
    return result
