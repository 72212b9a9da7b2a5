"""Reminder due times and the once-only claim, with an explicit clock."""

from __future__ import annotations

import datetime as dt

from crmdesk.services.followups.reminders import claim_reminders, due_reminders, next_reminder_at
from crmdesk.services.followups.store import add_followup, snooze_followup
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.followups.conftest import NOW

MINUTE = dt.timedelta(minutes=1)


def test_reminder_is_due_at_lead_time_and_claimed_once(db, customer) -> None:
    due = NOW + dt.timedelta(hours=2)
    fid = add_followup(db, FollowUpInput(customer, due, reminder_minutes=30), now=NOW)
    fire_at = due - 30 * MINUTE
    assert next_reminder_at(db, NOW, dt.timedelta(days=1)) == fire_at
    assert due_reminders(db, fire_at - MINUTE) == []
    assert [r.id for r in due_reminders(db, fire_at)] == [fid]
    assert claim_reminders(db, [fid], fire_at) == [fid]
    assert claim_reminders(db, [fid], fire_at) == []  # a second timer gets nothing
    assert due_reminders(db, fire_at + MINUTE) == []
    assert next_reminder_at(db, fire_at, dt.timedelta(days=1)) is None


def test_missed_reminders_are_still_due_later(db, customer) -> None:
    a = add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(hours=1)), now=NOW)
    b = add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(hours=3)), now=NOW)
    add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=3)), now=NOW)
    # the app was closed for a day: both are due at the next start, oldest first
    assert [r.id for r in due_reminders(db, NOW + dt.timedelta(days=1))] == [a, b]


def test_past_follow_up_entered_later_does_not_pop_up(db, customer) -> None:
    add_followup(db, FollowUpInput(customer, NOW - dt.timedelta(hours=1)), now=NOW)
    add_followup(db, FollowUpInput(customer, NOW, reminder_minutes=None), now=NOW)
    assert due_reminders(db, NOW + dt.timedelta(days=1)) == []


def test_snooze_fires_again_at_the_snooze_time(db, customer) -> None:
    fid = add_followup(db, FollowUpInput(customer, NOW + 20 * MINUTE), now=NOW)
    fire_at = NOW + 5 * MINUTE
    assert claim_reminders(db, [r.id for r in due_reminders(db, fire_at)], fire_at) == [fid]
    until = fire_at + dt.timedelta(hours=1)
    snooze_followup(db, fid, until, now=fire_at)
    assert due_reminders(db, until - MINUTE) == []
    assert next_reminder_at(db, fire_at, dt.timedelta(hours=2)) == until
    assert [r.id for r in due_reminders(db, until)] == [fid]
