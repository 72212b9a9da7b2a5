"""Business hours: counting service targets in working time, in the user's local time.

A target of "8 business hours" for a ticket opened on Friday at 16:00 (hours 09:00-18:00,
Monday-Friday) means 2 hours on Friday and 6 on Monday: due Monday 15:00. Public holidays
entered by the user are skipped like weekends, and make-up working days (China's 调休: a
Saturday or Sunday worked to bridge a long holiday) count like weekdays. The arithmetic runs
on wall-clock times of the local calendar day (a working day is "09:00 to 18:00" whatever the
UTC offset), and the result is converted back to an aware UTC datetime, so a DST change
overnight does not move 09:00.

The settings file stores the hours as JSON ``{"days": [0..6], "start": "09:00", "end": "18:00"}``
with Monday = 0, like ``datetime.date.weekday()``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

# A year of holidays on every working day would be absurd; this bound only stops a loop.
MAX_DAYS_SEARCHED = 3 * 366


@dataclass(frozen=True)
class BusinessHours:
    """Working days (Monday = 0), daily opening hours and closing days (holidays)."""

    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(18, 0)
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    # days worked although they fall on a non-working weekday (调休 make-up days)
    extra_working_days: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("at least one working day is needed")
        if any(d not in range(7) for d in self.days):
            raise ValueError("working days are numbered 0 (Monday) to 6 (Sunday)")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("opening hours are wall-clock times without a time zone")
        if self.start >= self.end:
            raise ValueError("the working day must end after it starts")

    def is_working_day(self, day: dt.date) -> bool:
        """True on a working weekday that is not a holiday, or on a make-up working day."""
        if day in self.holidays:
            return False
        return day.weekday() in self.days or day in self.extra_working_days

    def with_holidays(
        self, holidays: Iterable[dt.date], working_days: Iterable[dt.date] = ()
    ) -> BusinessHours:
        """The same hours with ``holidays`` as the closing days and ``working_days`` worked."""
        return replace(
            self, holidays=frozenset(holidays), extra_working_days=frozenset(working_days)
        )

    @property
    def day_length(self) -> dt.timedelta:
        """The working time of one full day."""
        return _wall(dt.date.min, self.end) - _wall(dt.date.min, self.start)

    def to_json(self) -> str:
        """The settings form (holidays are not part of it: they live in the database)."""
        return json.dumps(
            {
                "days": sorted(self.days),
                "start": self.start.strftime("%H:%M"),
                "end": self.end.strftime("%H:%M"),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> BusinessHours:
        """Parse the settings form; ValueError with a plain reason when it is not valid."""
        try:
            raw: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"business hours are not valid JSON: {exc}") from exc
        if not isinstance(raw, dict):
            raise ValueError("business hours must be a JSON object")
        days = raw.get("days", [0, 1, 2, 3, 4])
        if not isinstance(days, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) for d in days
        ):
            raise ValueError("days must be a list of weekday numbers")
        return cls(
            frozenset(days),
            _parse_time(raw.get("start", "09:00"), "start"),
            _parse_time(raw.get("end", "18:00"), "end"),
        )


def _parse_time(value: object, name: str) -> dt.time:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a time such as 09:00")
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"{name}: {value!r} is not a time such as 09:00") from exc


def _wall(day: dt.date, time: dt.time) -> dt.datetime:
    """A naive wall-clock moment, for arithmetic inside one local day."""
    return dt.datetime.combine(day, time)


def _to_utc(wall: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return wall.replace(tzinfo=tz).astimezone(dt.UTC)


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")


def add_business_time(
    start: dt.datetime, duration: dt.timedelta, hours: BusinessHours, tz: dt.tzinfo
) -> dt.datetime:
    """The moment ``duration`` of working time after ``start``, as an aware UTC datetime.

    Time before opening, after closing, on non-working days and on holidays does not count.
    A start outside working hours counts from the next opening; a result that lands exactly on
    closing time stays there (09:00 + 9 hours is 18:00 the same day, not 09:00 the next).
    """
    _require_aware(start, "start")
    if duration < dt.timedelta(0):
        raise ValueError("duration must not be negative")
    local = start.astimezone(tz)
    day = local.date()
    position: dt.time | None = local.time().replace(tzinfo=None)
    remaining = duration
    for _ in range(MAX_DAYS_SEARCHED):
        if hours.is_working_day(day):
            opening = hours.start if position is None else max(position, hours.start)
            if opening < hours.end:
                available = _wall(day, hours.end) - _wall(day, opening)
                if remaining <= available:
                    return _to_utc(_wall(day, opening) + remaining, tz)
                remaining -= available
        day += dt.timedelta(days=1)
        position = None
    raise ValueError("no working time found within three years: check the holidays")


def business_time_between(
    start: dt.datetime, end: dt.datetime, hours: BusinessHours, tz: dt.tzinfo
) -> dt.timedelta:
    """The working time from ``start`` to ``end`` (zero when ``end`` is not after ``start``)."""
    _require_aware(start, "start")
    _require_aware(end, "end")
    if end <= start:
        return dt.timedelta(0)
    first = start.astimezone(tz)
    last = end.astimezone(tz)
    total = dt.timedelta(0)
    day = first.date()
    while day <= last.date():
        if hours.is_working_day(day):
            lo = max(_wall(day, hours.start), first.replace(tzinfo=None))
            hi = min(_wall(day, hours.end), last.replace(tzinfo=None))
            if hi > lo:
                total += hi - lo
        day += dt.timedelta(days=1)
    return total
