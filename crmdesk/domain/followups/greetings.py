"""Greeting occasions: birthdays, New Year, Spring Festival and Mid-Autumn.

Spring Festival (lunar 1/1) and Mid-Autumn (lunar 8/15) follow the Chinese lunisolar calendar.
No lunar-calendar library is a dependency, so their Gregorian dates come from the table below
for 2025-2035 (checked against the ``lunardate`` package; extend the table past 2035). A year
outside the table is refused with a clear message rather than guessed.
"""

from __future__ import annotations

import datetime as dt

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

BIRTHDAY = "birthday"
NEW_YEAR = "new_year"
SPRING_FESTIVAL = "spring_festival"
MID_AUTUMN = "mid_autumn"
CADENCE = "cadence"  # the planned follow-up that keeps a "stay in touch" cadence
SATISFACTION = "satisfaction"  # the call after a service ticket is closed

OCCASIONS: tuple[tuple[str, str], ...] = (
    (BIRTHDAY, QT_TRANSLATE_NOOP("Occasion", "Birthday")),
    (NEW_YEAR, QT_TRANSLATE_NOOP("Occasion", "New Year")),
    (SPRING_FESTIVAL, QT_TRANSLATE_NOOP("Occasion", "Spring Festival")),
    (MID_AUTUMN, QT_TRANSLATE_NOOP("Occasion", "Mid-Autumn Festival")),
)
GREETING_KEYS = tuple(key for key, _ in OCCASIONS)

OCCASION_LABELS: dict[str, str] = {
    **dict(OCCASIONS),
    CADENCE: QT_TRANSLATE_NOOP("Occasion", "Stay in touch"),
    SATISFACTION: QT_TRANSLATE_NOOP("Occasion", "Satisfaction call"),
}

_SPRING_FESTIVAL = {
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
    2031: (1, 23),
    2032: (2, 11),
    2033: (1, 31),
    2034: (2, 19),
    2035: (2, 8),
}
_MID_AUTUMN = {
    2025: (10, 6),
    2026: (9, 25),
    2027: (9, 15),
    2028: (10, 3),
    2029: (9, 22),
    2030: (9, 12),
    2031: (10, 1),
    2032: (9, 19),
    2033: (9, 8),
    2034: (9, 27),
    2035: (9, 16),
}
FIRST_YEAR = min(_SPRING_FESTIVAL)
LAST_YEAR = max(_SPRING_FESTIVAL)


def _from_table(table: dict[int, tuple[int, int]], year: int, field: str) -> dt.date:
    if year not in table:
        raise ValidationError(
            field, f"the date is known only for {FIRST_YEAR}-{LAST_YEAR}, not for {year}"
        )
    month, day = table[year]
    return dt.date(year, month, day)


def spring_festival(year: int) -> dt.date:
    """Chinese New Year's day (lunar 1st month, 1st day) in ``year``."""
    return _from_table(_SPRING_FESTIVAL, year, SPRING_FESTIVAL)


def mid_autumn(year: int) -> dt.date:
    """The Mid-Autumn Festival (lunar 8th month, 15th day) in ``year``."""
    return _from_table(_MID_AUTUMN, year, MID_AUTUMN)


def birthday_in(birthday: dt.date, year: int) -> dt.date:
    """The birthday celebrated in ``year``; 29 February becomes 28 February in common years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def occasion_day(occasion: str, year: int, birthday: dt.date | None = None) -> dt.date:
    """The day of ``occasion`` in ``year`` (``birthday`` is needed for birthdays)."""
    if occasion == BIRTHDAY:
        if birthday is None:
            raise ValidationError("birthday", "the customer has no birthday recorded")
        return birthday_in(birthday, year)
    if occasion == NEW_YEAR:
        return dt.date(year, 1, 1)
    if occasion == SPRING_FESTIVAL:
        return spring_festival(year)
    if occasion == MID_AUTUMN:
        return mid_autumn(year)
    raise ValidationError("occasion", f"{occasion!r} is not a greeting occasion")


def next_occasion_day(occasion: str, today: dt.date, birthday: dt.date | None = None) -> dt.date:
    """The next day of ``occasion`` on or after ``today``."""
    day = occasion_day(occasion, today.year, birthday)
    if day < today:
        day = occasion_day(occasion, today.year + 1, birthday)
    return day
