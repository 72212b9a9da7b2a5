"""Follow-up services: customer columns, completion with the next step, cadence, snooze."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.followups.agenda import AgendaGroup
from crmdesk.domain.followups.cadence import Cadence, CadenceUnit
from crmdesk.services.followups import plans
from crmdesk.services.followups.store import (
    add_followup,
    agenda_counts,
    complete_followup,
    delete_followup,
    get_followup,
    list_followups,
    restore_followup,
    snooze_followup,
)
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.followups.conftest import NOW, SHANGHAI


def customer_row(db, customer_id):
    with db.session() as session:
        return session.get(Customer, customer_id)


def test_adding_sets_next_followup_and_validates(db, customer) -> None:
    due = NOW + dt.timedelta(days=2)
    fid = add_followup(db, FollowUpInput(customer, due, subject=" 报价 "), now=NOW, tz=SHANGHAI)
    assert get_followup(db, fid).subject == "报价"
    assert customer_row(db, customer).next_followup_at == due
    with pytest.raises(ValidationError, match="kind"):
        add_followup(db, FollowUpInput(customer, due, kind="fax"), now=NOW)
    with pytest.raises(ValidationError, match="customer"):
        add_followup(db, FollowUpInput(9999, due), now=NOW)


def test_complete_records_contact_and_schedules_next_step(db, customer) -> None:
    fid = add_followup(db, FollowUpInput(customer, NOW, kind="visit"), now=NOW - dt.timedelta(1))
    next_due = NOW + dt.timedelta(days=7)
    result = complete_followup(
        db,
        fid,
        "Wants a quote for 200 units",
        FollowUpInput(customer, next_due, kind="visit", subject="Send quote"),
        now=NOW,
        tz=SHANGHAI,
    )
    done = get_followup(db, fid)
    assert (done.status, done.outcome, done.completed_at) == (
        "done",
        "Wants a quote for 200 units",
        NOW,
    )
    assert result.next_id is not None
    assert get_followup(db, result.next_id).kind == "visit"
    row = customer_row(db, customer)
    assert row.last_contact_at == NOW
    assert row.next_followup_at == next_due
    with pytest.raises(UserError, match="already done"):
        complete_followup(db, fid, "again", now=NOW)


def test_cadence_follow_up_counts_from_last_contact(db, customer) -> None:
    cadence_id = plans.set_cadence(db, customer, Cadence(1, CadenceUnit.MONTHS), NOW, SHANGHAI)
    assert cadence_id is not None
    first = get_followup(db, cadence_id)
    assert first.occasion == "cadence"
    assert first.due_at.astimezone(SHANGHAI) == dt.datetime(2027, 4, 10, 9, tzinfo=SHANGHAI)

    # a real contact on 20 March moves the cadence follow-up to 20 April
    call = add_followup(
        db, FollowUpInput(customer, NOW + dt.timedelta(days=10)), now=NOW, tz=SHANGHAI
    )
    contact = dt.datetime(2027, 3, 20, 3, 0, tzinfo=dt.UTC)
    # while that call was planned before the cadence day, the automatic one stood aside
    assert get_followup(db, cadence_id).deleted_at is not None
    result = complete_followup(db, call, "ok", now=contact, tz=SHANGHAI)
    assert result.cadence_id is not None
    cadence_id = result.cadence_id
    moved = get_followup(db, cadence_id)
    assert moved.due_at.astimezone(SHANGHAI) == dt.datetime(2027, 4, 20, 9, tzinfo=SHANGHAI)
    assert customer_row(db, customer).next_followup_at == moved.due_at

    # completing the cadence call itself plans the next one a month later
    done_at = dt.datetime(2027, 4, 21, 2, 0, tzinfo=dt.UTC)
    again = complete_followup(db, cadence_id, "talked", now=done_at, tz=SHANGHAI)
    assert again.cadence_id not in (None, cadence_id)
    nxt = get_followup(db, again.cadence_id)
    assert nxt.due_at.astimezone(SHANGHAI).date() == dt.date(2027, 5, 21)


def test_user_planned_contact_before_cadence_replaces_it(db, customer) -> None:
    cadence_id = plans.set_cadence(db, customer, Cadence(2, CadenceUnit.WEEKS), NOW, SHANGHAI)
    add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=3)), now=NOW, tz=SHANGHAI)
    assert get_followup(db, cadence_id).deleted_at is not None
    assert [f.occasion for f in list_followups(db, customer_id=customer)] == [""]
    assert plans.set_cadence(db, customer, None, NOW, SHANGHAI) is None
    assert plans.get_cadence(db, customer) is None


def test_snooze_moves_and_rearms(db, customer) -> None:
    fid = add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(hours=1)), now=NOW)
    with db.session() as session:
        session.get(FollowUp, fid).reminded_at = NOW
    until = NOW + dt.timedelta(days=1)
    snooze_followup(db, fid, until, now=NOW)
    record = get_followup(db, fid)
    assert (record.due_at, record.snoozed_until, record.reminded_at) == (until, until, None)
    assert customer_row(db, customer).next_followup_at == until


def test_agenda_counts_by_local_day(db, customer) -> None:
    local = SHANGHAI
    for when in (
        dt.datetime(2027, 3, 9, 18, tzinfo=local),  # yesterday: overdue
        dt.datetime(2027, 3, 10, 8, tzinfo=local),  # earlier today
        dt.datetime(2027, 3, 10, 23, 59, tzinfo=local),  # late today
        dt.datetime(2027, 3, 14, 20, tzinfo=local),  # Sunday: this week
        dt.datetime(2027, 3, 15, 0, 0, tzinfo=local),  # Monday: later
    ):
        add_followup(db, FollowUpInput(customer, when, reminder_minutes=None), now=NOW)
    counts = agenda_counts(db, NOW, SHANGHAI)
    assert counts == {
        AgendaGroup.OVERDUE: 1,
        AgendaGroup.TODAY: 2,
        AgendaGroup.THIS_WEEK: 1,
        AgendaGroup.LATER: 1,
    }
    assert agenda_counts(db, NOW, SHANGHAI, kinds=["visit"])[AgendaGroup.TODAY] == 0


def test_delete_and_restore(db, customer) -> None:
    fid = add_followup(db, FollowUpInput(customer, NOW), now=NOW)
    delete_followup(db, fid, now=NOW)
    assert list_followups(db) == []
    assert customer_row(db, customer).next_followup_at is None
    restore_followup(db, fid)
    assert [f.id for f in list_followups(db)] == [fid]


def test_greetings_are_planned_once(db, customer) -> None:
    with db.session() as session:
        session.get(Customer, customer).birthday = dt.date(1990, 5, 2)
    today = dt.date(2027, 3, 10)
    plan = plans.plan_greetings(db, "mid_autumn", None, today, SHANGHAI, now=NOW)
    assert (plan.added, plan.skipped) == (1, 0)
    assert plans.plan_greetings(db, "mid_autumn", None, today, SHANGHAI, now=NOW).added == 0
    birthday = plans.plan_greetings(db, "birthday", [customer], today, SHANGHAI, now=NOW)
    assert birthday.added == 1
    days = sorted(f.due_at.astimezone(SHANGHAI).date() for f in list_followups(db))
    assert days == [dt.date(2027, 5, 2), dt.date(2027, 9, 15)]


def test_satisfaction_call_is_proposed_once_per_ticket(db, customer) -> None:
    with db.session() as session:
        ticket = ServiceTicket(number="SR-2027-0001", customer_id=customer, subject="打印机卡纸")
        session.add(ticket)
        session.flush()
        ticket_id = ticket.id
    when = NOW + dt.timedelta(days=3)
    proposal = plans.propose_satisfaction_call(db, ticket_id, customer, when, SHANGHAI)
    assert proposal is not None
    assert (proposal.occasion, proposal.ticket_id, proposal.due_at) == (
        "satisfaction",
        ticket_id,
        when,
    )
    assert "SR-2027-0001" in proposal.subject
    add_followup(db, proposal, now=NOW)
    assert plans.propose_satisfaction_call(db, ticket_id, customer, when, SHANGHAI) is None
    with db.session() as session:
        saved = session.scalar(select(FollowUp).where(FollowUp.ticket_id == ticket_id))
        assert saved is not None and saved.customer_id == customer


def test_early_contact_moves_the_same_cadence_follow_up(db, customer) -> None:
    cadence_id = plans.set_cadence(db, customer, Cadence(30, CadenceUnit.DAYS), NOW, SHANGHAI)
    later = add_followup(
        db, FollowUpInput(customer, NOW + dt.timedelta(days=60)), now=NOW, tz=SHANGHAI
    )
    assert get_followup(db, cadence_id).deleted_at is None  # planned after the cadence day
    contact = dt.datetime(2027, 3, 15, 3, 0, tzinfo=dt.UTC)
    result = complete_followup(db, later, "met early", now=contact, tz=SHANGHAI)
    assert result.cadence_id == cadence_id
    due = get_followup(db, cadence_id).due_at.astimezone(SHANGHAI)
    assert due == dt.datetime(2027, 4, 14, 9, tzinfo=SHANGHAI)
