"""Custom fields a user adds to customers (text, number, date, choice) and how values are checked.

Values are stored as text in a canonical form so they sort, compare and export predictably: a
number as a plain decimal string ("1200.5"), a date as ISO ``YYYY-MM-DD``, a choice exactly as it
is spelled in the field's list of choices.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error

KINDS: tuple[tuple[str, str], ...] = (
    ("text", QT_TRANSLATE_NOOP("CustomFieldKind", "Text")),
    ("number", QT_TRANSLATE_NOOP("CustomFieldKind", "Number")),
    ("date", QT_TRANSLATE_NOOP("CustomFieldKind", "Date")),
    ("choice", QT_TRANSLATE_NOOP("CustomFieldKind", "Choice")),
)
KIND_KEYS = tuple(key for key, _ in KINDS)

# 2027-03-05, 2027/3/5, 2027.3.5, 2027年3月5日, optionally followed by a time ("2027-03-05 00:00:00"
# is how spreadsheets hand over a date cell)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")


def parse_date(text: str) -> dt.date | None:
    """A calendar date written year first, or None when ``text`` is not one."""
    match = _DATE.match(unicodedata.normalize("NFKC", text).strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_number(text: str) -> Decimal | None:
    """A decimal number ("1,200.50", "１２００"), or None when ``text`` is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def clean_value(name: str, kind: str, choices: tuple[str, ...], text: str) -> str:
    """The canonical stored text of ``text`` for a field of ``kind``; FieldError if it is wrong.

    An empty value is always allowed (the field is simply not filled in).
    """
    value = text.strip()
    if not value:
        return ""
    if kind == "text":
        return value
    if kind == "number":
        number = parse_number(value)
        if number is None:
            raise field_error(
                name,
                QT_TRANSLATE_NOOP("Validation", "“{value}” is not a number (e.g. 1200.50)"),
                value=value,
            )
        return _plain(number)
    if kind == "date":
        day = parse_date(value)
        if day is None:
            raise field_error(
                name,
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a date: write it as year-month-day (2027-03-05)"
                ),
                value=value,
            )
        return day.isoformat()
    if kind == "choice":
        folded = {c.casefold(): c for c in choices}
        match = folded.get(value.casefold())
        if match is None:
            raise field_error(
                name,
                QT_TRANSLATE_NOOP("Validation", "“{value}” is not one of: {choices}"),
                value=value,
                choices=", ".join(choices),
            )
        return match
    raise ValueError(f"unknown custom field kind {kind!r}")


def clean_choices(text_or_list: str | list[str]) -> tuple[str, ...]:
    """Choices from a list or from text with one per line or separated by commas/semicolons."""
    items = (
        text_or_list if isinstance(text_or_list, list) else re.split(r"[\n,;，；、]", text_or_list)
    )
    seen: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return tuple(seen)


def sort_key(kind: str, value: str) -> tuple[int, Decimal | str]:
    """Sort numbers as numbers and dates as dates; empty values last."""
    if not value:
        return (1, "")
    if kind == "number":
        number = parse_number(value)
        if number is not None:
            return (0, number)
    return (0, value.casefold())


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text
