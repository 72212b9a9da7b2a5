"""Cadence from the last contact, snooze targets, reminder times, greeting dates."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.dates import add_months
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.followups import greetings
from crmdesk.domain.followups.cadence import (
    Cadence,
    CadenceUnit,
    from_columns,
    next_contact_day,
    to_columns,
)
from crmdesk.domain.followups.rules import Snooze, next_step_due, reminder_time, snooze_until

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")


def test_cadence_counts_from_the_last_real_contact() -> None:
    monthly = Cadence(1, CadenceUnit.MONTHS)
    assert next_contact_day(monthly, dt.date(2027, 3, 3), dt.date(2026, 1, 1)) == dt.date(
        2027, 4, 3
    )
    # the call slipped a week: the next one moves with it
    assert next_contact_day(monthly, dt.date(2027, 3, 10), dt.date(2026, 1, 1)) == dt.date(
        2027, 4, 10
    )
    # never contacted: counts from the day the cadence started
    every_two_weeks = Cadence(2, CadenceUnit.WEEKS)
    assert next_contact_day(every_two_weeks, None, dt.date(2027, 3, 1)) == dt.date(2027, 3, 15)
    assert next_contact_day(Cadence(10, CadenceUnit.DAYS), dt.date(2027, 2, 25), dt.date.min) == (
        dt.date(2027, 3, 7)
    )


def test_months_clamp_to_the_end_of_shorter_months() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 12, 15), 1) == dt.date(2028, 1, 15)


def test_cadence_storage_round_trip() -> None:
    for cadence in (
        Cadence(3, CadenceUnit.DAYS),
        Cadence(2, CadenceUnit.WEEKS),
        Cadence(6, CadenceUnit.MONTHS),
    ):
        assert from_columns(*to_columns(cadence)) == cadence
    assert to_columns(Cadence(2, CadenceUnit.WEEKS)) == (14, None)
    assert from_columns(None, None) is None
    with pytest.raises(ValidationError):
        Cadence(0, CadenceUnit.DAYS)


def test_snooze_targets_in_local_time() -> None:
    # Friday 2027-03-12 22:30 in Shanghai
    now = dt.datetime(2027, 3, 12, 22, 30, tzinfo=SHANGHAI)
    assert snooze_until(Snooze.ONE_HOUR, now, SHANGHAI) == now + dt.timedelta(hours=1)
    tomorrow = snooze_until(Snooze.TOMORROW, now, SHANGHAI).astimezone(SHANGHAI)
    assert (tomorrow.date(), tomorrow.hour) == (dt.date(2027, 3, 13), 9)
    next_week = snooze_until(Snooze.NEXT_WEEK, now, SHANGHAI).astimezone(SHANGHAI)
    assert (next_week.date(), next_week.hour) == (dt.date(2027, 3, 15), 9)
    monday = dt.datetime(2027, 3, 15, 8, tzinfo=SHANGHAI)
    assert snooze_until(Snooze.NEXT_WEEK, monday, SHANGHAI).astimezone(SHANGHAI).day == 22


def test_tomorrow_morning_stays_at_nine_across_dst() -> None:
    # London clocks go forward on 2027-03-28: "tomorrow" from Saturday evening is 09:00 BST
    now = dt.datetime(2027, 3, 27, 20, tzinfo=LONDON)
    until = snooze_until(Snooze.TOMORROW, now, LONDON)
    assert until == dt.datetime(2027, 3, 28, 8, tzinfo=dt.UTC)
    assert next_step_due(now, 2, LONDON) == dt.datetime(2027, 3, 29, 8, tzinfo=dt.UTC)


def test_reminder_time_uses_lead_or_snooze() -> None:
    due = dt.datetime(2027, 3, 10, 9, tzinfo=dt.UTC)
    assert reminder_time(due, 15) == dt.datetime(2027, 3, 10, 8, 45, tzinfo=dt.UTC)
    assert reminder_time(due, None) is None
    snoozed = dt.datetime(2027, 3, 11, 9, tzinfo=dt.UTC)
    assert reminder_time(due, None, snoozed) == snoozed


def test_next_birthday_and_leap_day() -> None:
    leap = dt.date(1992, 2, 29)
    assert greetings.next_occasion_day("birthday", dt.date(2027, 1, 5), leap) == dt.date(
        2027, 2, 28
    )
    assert greetings.next_occasion_day("birthday", dt.date(2027, 3, 1), leap) == dt.date(
        2028, 2, 29
    )
    # after this year's festival the next one is next year's
    assert greetings.next_occasion_day("mid_autumn", dt.date(2027, 9, 16)) == dt.date(2028, 10, 3)
    assert greetings.next_occasion_day("mid_autumn", dt.date(2027, 9, 15)) == dt.date(2027, 9, 15)


@pytest.mark.parametrize(
    ("local", "proposed"),
    [
        # after midnight: this morning at nine, not 02:00
        (dt.datetime(2027, 3, 12, 1, 5), dt.datetime(2027, 3, 12, 9, 0)),
        (dt.datetime(2027, 3, 12, 0, 0), dt.datetime(2027, 3, 12, 9, 0)),
        (dt.datetime(2027, 3, 12, 8, 59), dt.datetime(2027, 3, 12, 9, 0)),
        (dt.datetime(2027, 3, 12, 9, 0), dt.datetime(2027, 3, 12, 10, 0)),
        (dt.datetime(2027, 3, 12, 10, 20), dt.datetime(2027, 3, 12, 11, 0)),
        (dt.datetime(2027, 3, 12, 16, 59), dt.datetime(2027, 3, 12, 17, 0)),
        # end of the day: tomorrow morning
        (dt.datetime(2027, 3, 12, 17, 0), dt.datetime(2027, 3, 13, 9, 0)),
        (dt.datetime(2027, 3, 12, 23, 50), dt.datetime(2027, 3, 13, 9, 0)),
    ],
)
def test_a_new_follow_up_is_proposed_within_the_working_day(
    local: dt.datetime, proposed: dt.datetime
) -> None:
    from crmdesk.domain.followups.rules import proposed_due

    now = local.replace(tzinfo=SHANGHAI).astimezone(dt.UTC)
    assert proposed_due(now, SHANGHAI) == proposed.replace(tzinfo=SHANGHAI)
