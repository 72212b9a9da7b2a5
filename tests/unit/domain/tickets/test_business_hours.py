"""Business-hours due dates, worked by hand on a 2027 calendar.

2027-01-01 is a Friday, so Jan 8 is a Friday and Jan 11 a Monday; Feb 5 is a Friday. Hours are
09:00-18:00 Monday to Friday (9 hours a day) unless a test says otherwise; Shanghai has no DST.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.tickets.business_hours import (
    BusinessHours,
    add_business_time,
    business_time_between,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
HOURS = BusinessHours()


def sh(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


def add(start: dt.datetime, hours: float, calendar: BusinessHours = HOURS) -> dt.datetime:
    return add_business_time(start, dt.timedelta(hours=hours), calendar, SHANGHAI)


def test_friday_afternoon_rolls_over_the_weekend() -> None:
    # Friday 16:00 + 8 h = 2 h on Friday (to 18:00) + 6 h on Monday from 09:00 = Monday 15:00
    due = add(sh(2027, 1, 8, 16, 0), 8)
    assert due == sh(2027, 1, 11, 15, 0)
    assert due.tzinfo == dt.UTC
    assert due == dt.datetime(2027, 1, 11, 7, 0, tzinfo=dt.UTC)


def test_a_ticket_opened_on_saturday_counts_from_monday_morning() -> None:
    assert add(sh(2027, 1, 9, 10, 0), 1) == sh(2027, 1, 11, 10, 0)


def test_before_opening_counts_from_opening_and_after_closing_from_the_next_day() -> None:
    assert add(sh(2027, 1, 11, 7, 30), 1) == sh(2027, 1, 11, 10, 0)
    assert add(sh(2027, 1, 11, 19, 0), 1) == sh(2027, 1, 12, 10, 0)


def test_a_full_day_ends_at_closing_time_not_the_next_morning() -> None:
    assert add(sh(2027, 1, 11, 9, 0), 9) == sh(2027, 1, 11, 18, 0)


def test_forty_five_hours_is_one_working_week() -> None:
    # Monday 09:00 + 5 x 9 h = Friday 18:00
    assert add(sh(2027, 1, 11, 9, 0), 45) == sh(2027, 1, 15, 18, 0)


def test_half_an_hour_across_closing_time() -> None:
    # Tuesday 17:45: 15 minutes today, 15 minutes on Wednesday
    assert add(sh(2027, 1, 12, 17, 45), 0.5) == sh(2027, 1, 13, 9, 15)


def test_holidays_are_skipped_like_weekends() -> None:
    # Spring Festival week entered as holidays Monday 8 to Friday 12 February 2027.
    # Friday 5 Feb 17:00 + 4 h = 1 h on Friday, then nothing until Monday 15 Feb: 3 h -> 12:00.
    festival = HOURS.with_holidays(dt.date(2027, 2, d) for d in range(8, 13))
    assert add(sh(2027, 2, 5, 17, 0), 4, festival) == sh(2027, 2, 15, 12, 0)
    # without the holidays the same ticket is due on Monday 8 February at 12:00
    assert add(sh(2027, 2, 5, 17, 0), 4) == sh(2027, 2, 8, 12, 0)


def test_a_holiday_on_a_weekend_changes_nothing() -> None:
    calendar = HOURS.with_holidays([dt.date(2027, 1, 9)])
    assert add(sh(2027, 1, 8, 16, 0), 8, calendar) == sh(2027, 1, 11, 15, 0)


def test_a_ticket_opened_on_a_holiday_counts_from_the_next_working_day() -> None:
    calendar = HOURS.with_holidays([dt.date(2027, 1, 11)])
    assert add(sh(2027, 1, 11, 10, 0), 2, calendar) == sh(2027, 1, 12, 11, 0)


def test_a_saturday_working_shop() -> None:
    calendar = BusinessHours(days=frozenset(range(6)), start=dt.time(8, 30), end=dt.time(12, 0))
    # Saturday 11:00 + 2 h = 1 h on Saturday, Sunday closed, 1 h on Monday from 08:30
    assert add(sh(2027, 1, 9, 11, 0), 2, calendar) == sh(2027, 1, 11, 9, 30)


def test_opening_hours_stay_on_the_wall_clock_across_a_dst_change() -> None:
    # London clocks go forward on Sunday 28 March 2027. Friday 17:00 GMT + 2 h: 1 h on Friday,
    # 1 h on Monday from 09:00 BST = 10:00 BST = 09:00 UTC (not 10:00 UTC).
    start = dt.datetime(2027, 3, 26, 17, 0, tzinfo=LONDON)
    due = add_business_time(start, dt.timedelta(hours=2), HOURS, LONDON)
    assert due == dt.datetime(2027, 3, 29, 9, 0, tzinfo=dt.UTC)


def test_business_time_between_counts_only_working_hours() -> None:
    assert business_time_between(
        sh(2027, 1, 8, 16, 0), sh(2027, 1, 11, 15, 0), HOURS, SHANGHAI
    ) == dt.timedelta(hours=8)
    assert business_time_between(
        sh(2027, 1, 9, 0, 0), sh(2027, 1, 10, 23, 0), HOURS, SHANGHAI
    ) == dt.timedelta(0)
    assert business_time_between(
        sh(2027, 1, 11, 12, 0), sh(2027, 1, 11, 10, 0), HOURS, SHANGHAI
    ) == dt.timedelta(0)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        add_business_time(dt.datetime(2027, 1, 8), dt.timedelta(hours=1), HOURS, SHANGHAI)
    with pytest.raises(ValueError, match="negative"):
        add(sh(2027, 1, 8, 9, 0), -1)
    with pytest.raises(ValueError, match="working day"):
        BusinessHours(days=frozenset())
    with pytest.raises(ValueError, match="end after"):
        BusinessHours(start=dt.time(18), end=dt.time(9))
    with pytest.raises(ValueError, match="Monday"):
        BusinessHours(days=frozenset({7}))


def test_every_day_a_holiday_is_an_error_not_a_hang() -> None:
    start = dt.date(2027, 1, 1)
    calendar = HOURS.with_holidays(start + dt.timedelta(days=i) for i in range(4 * 366))
    with pytest.raises(ValueError, match="holidays"):
        add(sh(2027, 1, 1, 9, 0), 1, calendar)


def test_settings_json_round_trip_and_errors() -> None:
    text = '{"days": [0, 1, 2, 3, 4, 5], "start": "08:30", "end": "17:00"}'
    hours = BusinessHours.from_json(text)
    assert hours.days == frozenset(range(6))
    assert hours.start == dt.time(8, 30)
    assert BusinessHours.from_json(hours.to_json()) == hours
    assert hours.day_length == dt.timedelta(hours=8, minutes=30)
    for bad in ("nope", "[]", '{"days": "weekdays"}', '{"start": "9 am"}', '{"start": 9}'):
        with pytest.raises(ValueError):
            BusinessHours.from_json(bad)


moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2028, 12, 31)).map(
    lambda d: d.replace(tzinfo=SHANGHAI)
)


@given(moments, st.integers(min_value=0, max_value=200 * 60))
def test_counting_back_gives_the_duration(start: dt.datetime, minutes: int) -> None:
    """business_time_between undoes add_business_time (a second method over the same rules)."""
    calendar = HOURS.with_holidays([dt.date(2027, 2, d) for d in range(8, 13)])
    duration = dt.timedelta(minutes=minutes)
    due = add_business_time(start, duration, calendar, SHANGHAI)
    assert due >= start
    assert business_time_between(start, due, calendar, SHANGHAI) == duration
