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
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from crmdesk.domain.customer import MAX_NAME, MAX_TAG, Checked, CustomerInput
from crmdesk.domain.customer_table import split_values, unguard_cell
from crmdesk.domain.normalize import EMAIL_SHAPE, email_forms, phone_key

FAST_FIELDS = frozenset({"name", "company", "title", "address", "notes", "phone", "email", "tags"})
"""The fields this path reads; a mapping with others (stage, custom fields) takes the row path."""

_SEP = "\n"
_DIGITS_OF_ROWS = re.compile(r"[^0-9\n]+")
# in a phone column: anything but ASCII digits and what phone_key lets through between them
# (any case of "ext"), less "/", which separates two numbers
_ODD_PHONE = re.compile(r"[^0-9\s()+\-.#*ext]", re.ASCII | re.IGNORECASE)
# in an e-mail column: anything but printable ASCII (a space splits a cell into two e-mails)
_ODD_EMAIL = re.compile(r"[^!-~\n]|[;,/|]")

_Column = list[str]


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
    width = min(map(len, rows), default=0)
    n = len(rows)
    cells = {field: _cleaned(_column(rows, index, width)) for field, index in where.items()}
    blank = [""] * n

    slow: set[int] = set()
    names = [" ".join(text.split()) for text in cells["name"]]
    slow.update(i for i, name in enumerate(names) if not 0 < len(name) <= MAX_NAME)
    phones, phone_keys = _phones(cells.get("phone", blank), slow)
    emails, folded_emails, email_keys = _emails(cells.get("email", blank), slow)
    tags = _tags(cells.get("tags", blank), slow)

    checked: list[Checked | None] = [None] * n
    columns = zip(
        range(n), names, cells.get("company", blank), cells.get("address", blank),
        cells.get("notes", blank), cells.get("title", blank), phones, phone_keys, emails,
        folded_emails, email_keys, tags, strict=True,
    )  # fmt: skip
    for (
        i, name, company, address, notes, title, phone, key, email, folded, email_key, tag_list
    ) in columns:  # fmt: skip
        if i in slow:
            continue
        # one value per cell in this path: a list of one, or none
        data = CustomerInput(
            name, company, "customer", [phone] if phone else [], [email] if email else [],
            address, notes, list(tag_list), title, None, {},
        )  # fmt: skip
        checked[i] = Checked(
            data, [key] if phone else [], [email_key] if email else [], [folded] if email else []
        )
    return checked


def _column(rows: Sequence[Sequence[str]], index: int, width: int) -> _Column:
    if index < width:
        return list(map(itemgetter(index), rows))
    return [row[index] if index < len(row) else "" for row in rows]


def _cleaned(column: _Column) -> _Column:
    """Each cell as input_from_cells reads it: stripped, a spreadsheet guard (') taken off."""
    column = list(map(str.strip, column))
    joined = _SEP.join(column)
    if joined.startswith("'") or _SEP + "'" in joined:
        column = [unguard_cell(c).strip() if c.startswith("'") else c for c in column]
    return column


def _odd_rows(column: _Column, joined: str, pattern: re.Pattern[str]) -> set[int]:
    """The rows of ``column`` (joined by newlines into ``joined``) where ``pattern`` matches."""
    found = [m.start() for m in pattern.finditer(joined)]
    if not found:
        return set()
    # the newline after each cell: a match before it (and after the one before) is in that cell
    ends = [end + i for i, end in enumerate(accumulate(map(len, column)))]
    return {bisect_right(ends, position) for position in found}


def _phones(column: _Column, slow: set[int]) -> tuple[_Column, _Column]:
    """Each row's phone (or "") and its normalised form; rows the row path must check: slow."""
    n = len(column)
    joined = _SEP.join(column)
    if joined.count(_SEP) != n - 1:  # a line break inside a cell: several phones
        odd = set(range(n))
        digits = [""] * n
    else:
        odd = _odd_rows(column, joined, _ODD_PHONE)
        digits = _DIGITS_OF_ROWS.sub("", joined).split(_SEP)
    keys: _Column = []
    for i, (phone, number) in enumerate(zip(column, digits, strict=True)):
        if not phone:
            keys.append("")
            continue
        if i in odd:
            key = None if split_values("phone", phone) != [phone] else phone_key(phone)
        elif number.startswith("0086"):
            key = number[4:]
        elif len(number) == 13 and number.startswith("86"):
            key = number[2:]
        else:
            key = number
        if key is None or not 5 <= len(key) <= 15:
            slow.add(i)
            key = ""
        keys.append(key)
    return column, keys


def _emails(column: _Column, slow: set[int]) -> tuple[_Column, _Column, _Column]:
    """Each row's e-mail (or ""), its folded form and its key; rows for the row path: slow."""
    n = len(column)
    joined = _SEP.join(column)
    if joined.count(_SEP) != n - 1:
        odd = set(range(n))
        lowered = [""] * n
    else:
        odd = _odd_rows(column, joined, _ODD_EMAIL)
        lowered = joined.lower().split(_SEP)
    folded: _Column = []
    keys: _Column = []
    for i, (email, lower) in enumerate(zip(column, lowered, strict=True)):
        forms: tuple[str, str] | None = ("", "")
        if not email:
            pass
        elif i not in odd:
            # printable ASCII without spaces: fold() is lower(), and so is the key
            forms = (lower, lower) if EMAIL_SHAPE.match(lower) else None
        elif split_values("email", email) == [email]:
            forms = email_forms(email)
        else:
            forms = None  # several e-mails in one cell
        if forms is None:
            slow.add(i)
            forms = ("", "")
        folded.append(forms[0])
        keys.append(forms[1])
    return column, folded, keys


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
