"""Tickets through the service layer: numbers, due dates, the workflow and its history."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, FollowUp
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.domain.tickets.workflow import TransitionError
from crmdesk.services.followups.plans import propose_satisfaction_call
from crmdesk.services.tickets.holidays import list_holidays, remove_holiday, set_holiday
from crmdesk.services.tickets.queries import get_ticket
from crmdesk.services.tickets.store import (
    ConfirmationNeeded,
    TicketInput,
    add_comment,
    change_status,
    close_ticket,
    create_ticket,
    record_satisfaction,
    update_ticket,
)
from tests.unit.services.tickets.conftest import sh, ticket_input

FRIDAY_4PM = sh(2027, 1, 8, 16, 0)
MONDAY_9AM = sh(2027, 1, 11, 9, 0)


def kinds(db: Database, ticket_id: int) -> list[tuple[str, str, str]]:
    return [(e.kind, e.old_value, e.new_value) for e in get_ticket(db, ticket_id).history]


def activities(db: Database, ticket_id: int) -> list[tuple[str, int | None]]:
    with db.session() as session:
        rows = session.scalars(
            select(Activity).where(Activity.entity == "ticket", Activity.entity_id == ticket_id)
        )
        return [(a.action, a.customer_id) for a in rows]


def test_numbers_count_up_per_local_year(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    first = create_ticket(db, ticket_input(customer_id), levels, now=FRIDAY_4PM)
    second = create_ticket(db, ticket_input(customer_id), levels, now=FRIDAY_4PM)
    # 00:30 on 1 January 2028 in Shanghai is still 2027 in UTC: the local year counts
    new_year = create_ticket(db, ticket_input(customer_id), levels, now=sh(2028, 1, 1, 0, 30))
    assert (first.number, second.number, new_year.number) == (
        "SR-2027-0001",
        "SR-2027-0002",
        "SR-2028-0001",
    )


def test_a_new_ticket_gets_due_dates_history_and_a_timeline_line(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id, priority="urgent"), levels, now=FRIDAY_4PM)
    # urgent: respond in 1 business hour, resolve in 8 (Friday 16:00 -> Monday 15:00)
    assert ticket.response_due_at == sh(2027, 1, 8, 17, 0)
    assert ticket.due_at == sh(2027, 1, 11, 15, 0)
    assert ticket.status == "new"
    assert ticket.customer_name == "王伟"
    assert kinds(db, ticket.id) == [("created", "", "new")]
    assert activities(db, ticket.id) == [("created", customer_id)]


def test_holidays_push_the_due_dates(db: Database, levels: ServiceLevels, customer_id: int) -> None:
    set_holiday(db, dt.date(2027, 1, 11), "Company outing")
    ticket = create_ticket(db, ticket_input(customer_id, priority="urgent"), levels, now=FRIDAY_4PM)
    assert ticket.due_at == sh(2027, 1, 12, 15, 0)  # Monday is skipped
    assert [h.name for h in list_holidays(db)] == ["Company outing"]
    remove_holiday(db, dt.date(2027, 1, 11))
    assert list_holidays(db) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"customer_id": None}, "customer"),
        ({"subject": "   "}, "subject"),
        ({"priority": "asap"}, "priority"),
        ({"category": "upgrade"}, "category"),
        ({"serial_number": "x" * 101}, "serial_number"),
        ({"customer_id": 999}, "customer"),
    ],
)
def test_bad_input_names_the_field(
    db: Database, levels: ServiceLevels, customer_id: int, fields: dict[str, object], field: str
) -> None:
    values = {"customer_id": customer_id, "subject": "Printer jams", **fields}
    with pytest.raises(ValidationError) as info:
        create_ticket(db, TicketInput(**values), levels)
    assert info.value.field == field


def test_first_response_and_resolution(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=MONDAY_9AM)
    started = change_status(db, ticket.id, "in_progress", levels, now=sh(2027, 1, 11, 9, 30))
    assert started.first_response_at == sh(2027, 1, 11, 9, 30)
    with pytest.raises(ValidationError):
        change_status(db, ticket.id, "resolved", levels, resolution=" ")
    eleven = sh(2027, 1, 11, 11, 0)
    resolved = change_status(
        db, ticket.id, "resolved", levels, resolution="Cleaned the rollers", now=eleven
    )
    assert resolved.resolution == "Cleaned the rollers"
    assert resolved.resolved_at == eleven
    assert resolved.first_response_at == sh(2027, 1, 11, 9, 30)  # unchanged
    assert kinds(db, ticket.id) == [
        ("created", "", "new"),
        ("status", "new", "in_progress"),
        ("status", "in_progress", "resolved"),
        ("resolution", "", ""),
    ]
    assert [a for a, _ in activities(db, ticket.id)] == ["created", "in_progress", "resolved"]


def test_new_to_closed_needs_confirmation_and_changes_nothing_until_then(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=MONDAY_9AM)
    with pytest.raises(ConfirmationNeeded, match="SR-2027-0001"):
        change_status(db, ticket.id, "closed", levels)
    assert get_ticket(db, ticket.id).ticket.status == "new"
    assert kinds(db, ticket.id) == [("created", "", "new")]
    closed = change_status(db, ticket.id, "closed", levels, confirmed=True, now=MONDAY_9AM)
    assert closed.status == "closed"
    assert closed.closed_at == closed.resolved_at == MONDAY_9AM
    with pytest.raises(TransitionError):
        change_status(db, ticket.id, "resolved", levels, resolution="x")


def test_waiting_for_the_customer_gives_the_waited_hours_back(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    # normal priority: 45 business hours from Monday 09:00 = Friday 15 January 18:00
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=MONDAY_9AM)
    assert ticket.due_at == sh(2027, 1, 15, 18, 0)
    change_status(db, ticket.id, "waiting", levels, now=sh(2027, 1, 11, 10, 0))
    # waited Monday 10-18 (8 h) + Tuesday (9 h) + Wednesday 9-10 (1 h) = 18 business hours;
    # Friday 18:00 + 18 h = Monday 18 (9 h) + Tuesday 19 (9 h) -> Tuesday 19 January 18:00
    resumed = change_status(db, ticket.id, "in_progress", levels, now=sh(2027, 1, 13, 10, 0))
    assert resumed.due_at == sh(2027, 1, 19, 18, 0)
    history = kinds(db, ticket.id)
    assert history[-1][0] == "due"
    assert dt.datetime.fromisoformat(history[-1][2]) == sh(2027, 1, 19, 18, 0)


def test_reopening_restarts_the_resolution_clock(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=MONDAY_9AM)
    change_status(db, ticket.id, "resolved", levels, resolution="Reset", now=MONDAY_9AM)
    close_ticket(db, ticket.id, levels, now=MONDAY_9AM)
    reopened = change_status(db, ticket.id, "in_progress", levels, now=sh(2027, 2, 1, 9, 0))
    assert reopened.resolved_at is None
    assert reopened.closed_at is None
    assert reopened.due_at == sh(2027, 2, 5, 18, 0)  # 45 h from Monday 1 February 09:00
    assert reopened.resolution == "Reset"  # kept: closing again needs no confirmation
    assert [a for a, _ in activities(db, ticket.id)][-1] == "reopened"
    assert change_status(db, ticket.id, "closed", levels).status == "closed"


def test_priority_and_assignee_changes_are_history(
    db: Database, levels: ServiceLevels, customer_id: int, other_customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=FRIDAY_4PM)
    later = sh(2027, 1, 8, 16, 30)
    updated = update_ticket(
        db,
        ticket.id,
        ticket_input(
            other_customer_id,
            priority="urgent",
            assignee="  Li   Lei ",
            product="HP LaserJet",
        ),
        levels,
        now=later,
    )
    assert updated.priority == "urgent"
    assert updated.assignee == "Li Lei"
    assert updated.due_at == sh(2027, 1, 11, 15, 0)  # recomputed from the opening time
    assert updated.customer_name == "Olivia Brown"
    history = get_ticket(db, ticket.id).history
    assert (history[1].kind, history[1].old_value, history[1].new_value) == (
        "priority",
        "normal",
        "urgent",
    )
    # normal: 45 h from Friday 16:00 = Friday 15 January 16:00; urgent: Monday 11 at 15:00
    assert history[2].kind == "due"
    assert dt.datetime.fromisoformat(history[2].old_value) == sh(2027, 1, 15, 16, 0)
    assert dt.datetime.fromisoformat(history[2].new_value) == sh(2027, 1, 11, 15, 0)
    assert ("assignee", "", "Li Lei") in kinds(db, ticket.id)
    assert history[-1].kind == "edited"
    assert history[-1].text == "customer_id, product"
    # the activity line belongs to the new customer's timeline
    assert activities(db, ticket.id)[-1] == ("updated", other_customer_id)
    # saving the same values again adds no history
    update_ticket(db, ticket.id, ticket_input(other_customer_id, priority="urgent",
                  assignee="Li Lei", product="HP LaserJet"), levels)  # fmt: skip
    assert len(get_ticket(db, ticket.id).history) == len(history)


def test_comments(db: Database, levels: ServiceLevels, customer_id: int) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels)
    add_comment(db, ticket.id, "  客户说周三下午在家  ")
    with pytest.raises(ValidationError):
        add_comment(db, ticket.id, "   ")
    last = get_ticket(db, ticket.id).history[-1]
    assert (last.kind, last.text) == ("comment", "客户说周三下午在家")
    assert activities(db, ticket.id)[-1] == ("comment", customer_id)


def test_closing_with_satisfaction_and_a_follow_up_call(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels, now=MONDAY_9AM)
    change_status(db, ticket.id, "resolved", levels, resolution="Replaced the fuser")
    proposal = propose_satisfaction_call(db, ticket.id, customer_id, tz=levels.tz)
    assert proposal is not None
    call_at = sh(2027, 1, 14, 10, 0)
    closed = close_ticket(
        db,
        ticket.id,
        levels,
        satisfaction=4,
        comment="Quick, friendly",
        satisfaction_call=dt_replace(proposal, call_at),
    )
    assert (closed.status, closed.satisfaction, closed.satisfaction_comment) == (
        "closed",
        4,
        "Quick, friendly",
    )
    assert ("satisfaction", "", "4") in kinds(db, ticket.id)
    with db.session() as session:
        call = session.scalars(select(FollowUp).where(FollowUp.ticket_id == ticket.id)).one()
        assert (call.kind, call.customer_id, call.due_at) == ("call", customer_id, call_at)
        assert "SR-2027-0001" in call.subject
        closed_line = session.scalars(
            select(Activity).where(Activity.entity == "ticket", Activity.action == "closed")
        ).one()
        assert json.loads(closed_line.details)["satisfaction"] == 4
    # a second proposal is not made for the same ticket
    assert propose_satisfaction_call(db, ticket.id, customer_id, tz=levels.tz) is None


def dt_replace(proposal: object, when: dt.datetime) -> object:
    from dataclasses import replace

    return replace(proposal, due_at=when)


def test_satisfaction_recorded_later_and_refused_on_open_tickets(
    db: Database, levels: ServiceLevels, customer_id: int
) -> None:
    ticket = create_ticket(db, ticket_input(customer_id), levels)
    with pytest.raises(TransitionError):
        record_satisfaction(db, ticket.id, 5)
    change_status(db, ticket.id, "resolved", levels, resolution="Fixed")
    close_ticket(db, ticket.id, levels)
    assert get_ticket(db, ticket.id).ticket.satisfaction is None
    with pytest.raises(ValidationError):
        record_satisfaction(db, ticket.id, 6)
    rated = record_satisfaction(db, ticket.id, 2, "Took too long")
    assert (rated.satisfaction, rated.satisfaction_comment) == (2, "Took too long")
    assert activities(db, ticket.id)[-1] == ("rated", customer_id)
    with pytest.raises(ValidationError):
        close_ticket(db, ticket.id, levels, satisfaction=0)


def test_unknown_ticket(db: Database, levels: ServiceLevels) -> None:
    with pytest.raises(UserError, match="does not exist"):
        change_status(db, 42, "in_progress", levels)
    with pytest.raises(UserError, match="does not exist"):
        get_ticket(db, 42)
