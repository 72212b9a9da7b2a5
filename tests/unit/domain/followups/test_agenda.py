"""Agenda grouping by the user's local day, across midnight and time zones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.followups.agenda import (
    AgendaGroup,
    badge_count,
    day_window,
    group_for,
    group_items,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
UTC = dt.UTC


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def test_just_after_midnight_in_shanghai_is_today_there_but_yesterday_in_london() -> None:
    # Wednesday 2027-03-10 16:30 UTC = Thursday 00:30 in Shanghai = Wednesday 16:30 in London
    due = utc(2027, 3, 10, 16, 30)
    now = utc(2027, 3, 10, 17, 0)  # Thursday 01:00 Shanghai, Wednesday 17:00 London
    assert group_for(due, now, SHANGHAI) is AgendaGroup.TODAY
    assert group_for(due, now, LONDON) is AgendaGroup.TODAY
    # an hour before Shanghai's midnight the same call is tomorrow in Shanghai
    earlier_now = utc(2027, 3, 10, 15, 0)  # Wednesday 23:00 Shanghai
    assert group_for(due, earlier_now, SHANGHAI) is AgendaGroup.THIS_WEEK
    assert group_for(due, earlier_now, LONDON) is AgendaGroup.TODAY


def test_a_call_due_at_23_59_becomes_overdue_at_00_01_local() -> None:
    due = dt.datetime(2027, 3, 10, 23, 59, tzinfo=SHANGHAI)
    assert group_for(due, dt.datetime(2027, 3, 10, 23, 58, tzinfo=SHANGHAI), SHANGHAI) == (
        AgendaGroup.TODAY
    )
    assert group_for(due, dt.datetime(2027, 3, 11, 0, 1, tzinfo=SHANGHAI), SHANGHAI) == (
        AgendaGroup.OVERDUE
    )


def test_earlier_today_is_today_not_overdue() -> None:
    now = dt.datetime(2027, 3, 10, 15, 0, tzinfo=LONDON)
    assert group_for(dt.datetime(2027, 3, 10, 9, 0, tzinfo=LONDON), now, LONDON) is (
        AgendaGroup.TODAY
    )


def test_this_week_ends_on_sunday_and_is_empty_on_sunday() -> None:
    wednesday = dt.datetime(2027, 3, 10, 12, tzinfo=LONDON)
    sunday = dt.datetime(2027, 3, 14, 20, tzinfo=LONDON)
    monday = dt.datetime(2027, 3, 15, 9, tzinfo=LONDON)
    assert group_for(sunday, wednesday, LONDON) is AgendaGroup.THIS_WEEK
    assert group_for(monday, wednesday, LONDON) is AgendaGroup.LATER
    assert group_for(monday, sunday, LONDON) is AgendaGroup.LATER


def test_week_boundary_follows_local_dst_change() -> None:
    # London springs forward on Sunday 2027-03-28; Monday 00:30 BST is Sunday 23:30 UTC
    now = dt.datetime(2027, 3, 24, 12, tzinfo=LONDON)
    monday_early = dt.datetime(2027, 3, 29, 0, 30, tzinfo=LONDON)
    assert monday_early.astimezone(UTC).day == 28
    assert group_for(monday_early, now, LONDON) is AgendaGroup.LATER
    window = day_window(now, LONDON)
    assert window.next_week_start == utc(2027, 3, 28, 23, 0)
    assert window.today_start == utc(2027, 3, 24, 0, 0)


def test_day_window_in_shanghai_is_utc_minus_eight_hours() -> None:
    window = day_window(utc(2027, 3, 10, 17, 0), SHANGHAI)  # Thursday 01:00 local
    assert window.today_start == utc(2027, 3, 10, 16, 0)
    assert window.tomorrow_start == utc(2027, 3, 11, 16, 0)
    assert window.next_week_start == utc(2027, 3, 14, 16, 0)


def test_group_items_sorts_and_counts_for_the_badge() -> None:
    now = dt.datetime(2027, 3, 10, 12, tzinfo=SHANGHAI)
    dues = [
        dt.datetime(2027, 3, 10, 18, tzinfo=SHANGHAI),
        dt.datetime(2027, 3, 1, 9, tzinfo=SHANGHAI),
        dt.datetime(2027, 3, 10, 8, tzinfo=SHANGHAI),
        dt.datetime(2027, 3, 12, 9, tzinfo=SHANGHAI),
        dt.datetime(2027, 4, 1, 9, tzinfo=SHANGHAI),
    ]
    sections = group_items(dues, lambda d: d, now, SHANGHAI)
    assert [s.group for s in sections] == list(AgendaGroup)
    assert [s.count for s in sections] == [1, 2, 1, 1]
    assert sections[1].items[0].hour == 8
    assert badge_count(sections) == 3


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        group_for(dt.datetime(2027, 1, 1), utc(2027, 1, 1), LONDON)
