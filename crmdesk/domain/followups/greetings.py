"""Greeting occasions: birthdays, New Year, Spring Festival and Mid-Autumn.

Spring Festival (lunar 1/1) and Mid-Autumn (lunar 8/15) follow the Chinese lunisolar calendar;
their Gregorian dates come from the ``lunardate`` package for any year 1900-2099. A year outside
that range is refused with a clear message rather than guessed.
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

# the years the ``lunardate`` package's tables cover
FIRST_YEAR = 1900
LAST_YEAR = 2099


def _lunar_to_solar(year: int, month: int, day: int, field: str) -> dt.date:
    from lunardate import LunarDate  # pure Python, ~20 KB: loaded when a festival is asked for

    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            field, f"the date is known only for {FIRST_YEAR}-{LAST_YEAR}, not for {year}"
        )
    return LunarDate(year, month, day).to_solar_date()


def spring_festival(year: int) -> dt.date:
    """Chinese New Year's day (lunar 1st month, 1st day) in ``year``."""
    return _lunar_to_solar(year, 1, 1, SPRING_FESTIVAL)


def mid_autumn(year: int) -> dt.date:
    """The Mid-Autumn Festival (lunar 8th month, 15th day) in ``year``."""
    return _lunar_to_solar(year, 8, 15, MID_AUTUMN)


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
