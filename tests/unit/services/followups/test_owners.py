"""Reminders per user and "my follow-ups": on a shared database a new follow-up is the
signed-in user's, reminds only them, and their agenda shows theirs and unowned ones unless
they ask for everyone's; on a single-user PC nothing is owned and everything shows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from crmdesk.db.engine import Database
from crmdesk.db.models import FollowUp
from crmdesk.domain.followups.agenda import AgendaGroup
from crmdesk.services.followups.agenda import agenda_snapshot, due_days, kinds_filter
from crmdesk.services.followups.reminders import due_reminders, next_reminder_at
from crmdesk.services.followups.store import add_followup, get_followup, list_followups
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.customers.test_no_lost_updates import second_handle
from tests.unit.services.followups.conftest import NOW, SHANGHAI

LATER = NOW + dt.timedelta(hours=2)


def test_each_user_gets_their_own_reminders_and_agenda(db: Database, customer: int) -> None:
    db.user_name = "li"
    wang = second_handle(db)
    wang.user_name = "wang"
    try:
        li_fid = add_followup(db, FollowUpInput(customer, LATER, reminder_minutes=30), now=NOW)
        wang_fid = add_followup(wang, FollowUpInput(customer, LATER, reminder_minutes=30), now=NOW)
        nobody = add_followup(db, FollowUpInput(customer, LATER, reminder_minutes=30), now=NOW)
        with db.session() as session:  # e.g. moved over from a single-user PC
            session.execute(update(FollowUp).where(FollowUp.id == nobody).values(owner=""))
        assert (get_followup(db, li_fid).owner, get_followup(db, wang_fid).owner) == ("li", "wang")

        fire = LATER - dt.timedelta(minutes=30)
        assert [r.id for r in due_reminders(db, fire)] == [li_fid, nobody]
        assert [r.id for r in due_reminders(wang, fire)] == [wang_fid, nobody]
        assert next_reminder_at(wang, NOW, dt.timedelta(days=1)) == fire

        mine = kinds_filter(None, None, "li")
        everyone = kinds_filter(None, None, "")
        today = AgendaGroup.TODAY
        assert agenda_snapshot(db, NOW, SHANGHAI, mine).counts[today] == 2
        assert agenda_snapshot(db, NOW, SHANGHAI, everyone).counts[today] == 3
        shown = [
            r.id
            for r in agenda_snapshot(wang, NOW, SHANGHAI, kinds_filter(None, None, "wang")).first[
                today
            ]
        ]
        assert sorted(shown) == sorted([wang_fid, nobody])
        start, end = NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1)
        assert sum(due_days(db, start, end, SHANGHAI, mine).values()) == 2
        assert sorted(r.id for r in list_followups(db, owner="li")) == sorted([li_fid, nobody])
        assert len(list_followups(db)) == 3
    finally:
        wang.dispose()
        db.user_name = ""


def test_a_single_user_pc_owns_nothing_and_is_reminded_of_everything(
    customer: int, db: Database
) -> None:
    if type(db) is not Database:
        pytest.skip("the server suite always signs in; the single-user case is SQLite's")
    fid = add_followup(db, FollowUpInput(customer, LATER, reminder_minutes=30), now=NOW)
    assert get_followup(db, fid).owner == ""
    assert [r.id for r in due_reminders(db, LATER)] == [fid]
