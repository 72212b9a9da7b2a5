"""Birthdays as exporters write them: 1980-07-14, 7/14/1980, 14.7.1980, 1980年7月14日, --07-12.

Outlook writes "0/0/00" for no birthday; Google and vCard write a birthday without a year as
"--07-12" (vCard 3.0 also "--0712"). A date without a year cannot be stored as a date: the
caller keeps it as text in the notes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

# ISO and Chinese forms, year first: 1980-07-14, 1980/7/14, 1980.7.14, 1980年7月14日, 19800714
_YEAR_FIRST = re.compile(
    r"^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))(?:[ T].*)?$"
)
# US month/day/year (Outlook, Google, Salesforce in English) and European day.month.year
_SLASHED = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})(?:\s.*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})$")
# without a year: --07-12, --0712, 7月14日
_NO_YEAR = re.compile(r"^(?:--(\d{2})-?(\d{2})|(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$")
EMPTY_FORMS = frozenset({"0/0/00", "00/00/0000", "0000-00-00", "1/0/00"})


class Birthday(NamedTuple):
    """What a birthday cell says: a date, or month and day without a year (date is None)."""

    date: dt.date | None
    month: int = 0
    day: int = 0

    def month_day(self) -> str:
        """The vCard form of a birthday without a year: --07-12."""
        return f"--{self.month:02d}-{self.day:02d}"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_birthday(text: str) -> Birthday | None:
    """What ``text`` says, or None when it is not a birthday in a form we know.

    An empty Outlook birthday ("0/0/00") is ``Birthday(None)`` with no month.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if text in EMPTY_FORMS:
        return Birthday(None)
    match = _YEAR_FIRST.match(text)
    if match:
        month, day = (match[2], match[3]) if match[2] else (match[4], match[5])
        found = _date(int(match[1]), int(month), int(day))
        return Birthday(found) if found else None
    match = _SLASHED.match(text)
    if match:
        month, day, year = int(match[1]), int(match[2]), int(match[3])
        if month == 0 and day == 0:
            return Birthday(None)
        if len(match[3]) == 2:
            year += 1900 if year > dt.date.today().year % 100 else 2000
        if month > 12 >= day:  # 14/7/1980: written day first
            month, day = day, month
        found = _date(year, month, day)
        return Birthday(found) if found else None
    match = _DOTTED.match(text)
    if match:
        found = _date(int(match[3]), int(match[2]), int(match[1]))
        return Birthday(found) if found else None
    match = _NO_YEAR.match(text)
    if match:
        month, day = (int(match[1]), int(match[2])) if match[1] else (int(match[3]), int(match[4]))
        if _date(2000, month, day) is None:  # 2000 is a leap year: 02-29 is a birthday
            return None
        return Birthday(None, month, day)
    return None


def from_parts(year: str, month: str, day: str) -> Birthday | None:
    """Thunderbird's Birth Year / Birth Month / Birth Day columns as one birthday."""
    if not (month.strip().isdigit() and day.strip().isdigit()):
        return None
    m, d = int(month), int(day)
    if year.strip().isdigit() and int(year) > 0:
        found = _date(int(year), m, d)
        return Birthday(found) if found else None
    return Birthday(None, m, d) if _date(2000, m, d) else None
