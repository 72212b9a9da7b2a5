"""The ticket status workflow, numbering, deadlines, warranty and service targets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceTargets, Target, due_dates
from crmdesk.domain.tickets.workflow import (
    DeadlineKind,
    TransitionError,
    Verdict,
    allowed_next,
    check_satisfaction,
    check_transition,
    format_number,
    in_warranty,
    is_overdue,
    is_reopen,
    next_deadline,
    next_number,
    parse_number,
)

UTC = dt.UTC


def at(hour: int, day: int = 11) -> dt.datetime:
    return dt.datetime(2027, 1, day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("new", "in_progress"),
        ("new", "waiting"),
        ("in_progress", "waiting"),
        ("waiting", "in_progress"),
        ("resolved", "closed"),
        ("resolved", "in_progress"),
        ("closed", "in_progress"),
    ],
)
def test_ordinary_moves_are_allowed(old: str, new: str) -> None:
    assert check_transition(old, new, "") is Verdict.ALLOWED


def test_resolving_needs_a_resolution() -> None:
    with pytest.raises(ValidationError) as info:
        check_transition("in_progress", "resolved", "   ")
    assert info.value.field == "resolution"
    assert check_transition("in_progress", "resolved", "Replaced the fuse") is Verdict.ALLOWED
    assert check_transition("new", "resolved", "Explained on the phone") is Verdict.ALLOWED


def test_new_to_closed_without_a_resolution_needs_confirmation() -> None:
    assert check_transition("new", "closed", "") is Verdict.NEEDS_CONFIRMATION
    assert check_transition("waiting", "closed", "") is Verdict.NEEDS_CONFIRMATION
    # a resolution already on record (written before a reopen) makes it an ordinary close
    assert check_transition("in_progress", "closed", "Swapped the unit") is Verdict.ALLOWED
    assert check_transition("resolved", "closed", "") is Verdict.ALLOWED


@pytest.mark.parametrize(
    ("old", "new"),
    [("closed", "resolved"), ("closed", "new"), ("in_progress", "new"), ("new", "new")],
)
def test_forbidden_moves_are_refused(old: str, new: str) -> None:
    with pytest.raises(TransitionError):
        check_transition(old, new, "done")


def test_unknown_status_is_refused() -> None:
    with pytest.raises(TransitionError, match="unknown"):
        check_transition("new", "archived", "")


def test_allowed_next_and_reopen() -> None:
    assert allowed_next("closed") == {"in_progress"}
    assert "closed" in allowed_next("new")
    assert allowed_next("nonsense") == frozenset()
    assert is_reopen("closed", "in_progress")
    assert is_reopen("resolved", "in_progress")
    assert not is_reopen("waiting", "in_progress")


def test_numbers() -> None:
    assert format_number(2027, 1) == "SR-2027-0001"
    assert format_number(2027, 12345) == "SR-2027-12345"
    assert parse_number("SR-2027-0042") == (2027, 42)
    assert parse_number(" SR-2027-12345 ") == (2027, 12345)
    assert parse_number("SR-27-1") is None
    assert parse_number("hello") is None
    existing = ["SR-2026-0099", "SR-2027-0007", "SR-2027-0012", "junk"]
    assert next_number(2027, existing) == "SR-2027-0013"
    assert next_number(2028, existing) == "SR-2028-0001"
    assert next_number(2027, []) == "SR-2027-0001"
    with pytest.raises(ValueError):
        format_number(2027, 0)


def test_deadline_before_and_after_the_first_response() -> None:
    response_due, due = at(10), at(16)
    deadline = next_deadline("new", response_due, due, None)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.RESPONSE
    assert deadline.at == response_due
    after = next_deadline("in_progress", response_due, due, at(9))
    assert after is not None
    assert after.kind is DeadlineKind.RESOLUTION
    assert after.at == due
    assert next_deadline("waiting", response_due, due, None) is None
    assert next_deadline("resolved", response_due, due, at(9)) is None
    assert next_deadline("new", None, None, None) is None


def test_overdue() -> None:
    response_due, due = at(10), at(16)
    # response missed
    assert is_overdue("new", response_due, due, None, at(11))
    # responded in time, resolution not yet due
    assert not is_overdue("in_progress", response_due, due, at(9), at(11))
    # resolution missed
    assert is_overdue("in_progress", response_due, due, at(9), at(17))
    # waiting for the customer pauses the clock, resolved stops it
    assert not is_overdue("waiting", response_due, due, at(9), at(17))
    assert not is_overdue("resolved", response_due, due, at(9), at(17))
    # exactly at the deadline is not yet late
    assert not is_overdue("in_progress", response_due, due, at(9), due)


def test_warranty_includes_its_last_day() -> None:
    end = dt.date(2027, 6, 30)
    assert in_warranty(end, dt.date(2027, 6, 30)) is True
    assert in_warranty(end, dt.date(2027, 7, 1)) is False
    assert in_warranty(None, dt.date(2027, 7, 1)) is None


def test_satisfaction_scores() -> None:
    assert check_satisfaction(5) == 5
    for bad in (0, 6, -1, True):
        with pytest.raises(ValidationError) as info:
            check_satisfaction(bad)
        assert info.value.field == "satisfaction"


def test_targets_json_round_trip_defaults_and_errors() -> None:
    targets = ServiceTargets.from_json('{"urgent": [0.5, 4], "low": [24, 120]}')
    assert targets["urgent"] == Target(Decimal("0.5"), Decimal(4))
    assert targets["urgent"].response == dt.timedelta(minutes=30)
    assert targets["normal"] == ServiceTargets.default()["normal"]  # not mentioned: default
    assert ServiceTargets.from_json(targets.to_json()) == targets
    for bad in (
        "x",
        "[]",
        '{"critical": [1, 2]}',
        '{"high": [1]}',
        '{"high": ["a", 2]}',
        '{"high": [5, 2]}',
        '{"high": [-1, 2]}',
        '{"high": [true, 2]}',
    ):
        with pytest.raises(ValueError):
            ServiceTargets.from_json(bad)


def test_due_dates_follow_the_priority_targets() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    opened = dt.datetime(2027, 1, 8, 16, 0, tzinfo=shanghai)  # a Friday
    # urgent: respond within 1 h (Friday 17:00), resolve within 8 h (Monday 15:00)
    dates = due_dates(opened, "urgent", ServiceTargets.default(), BusinessHours(), shanghai)
    assert dates.response_due_at == dt.datetime(2027, 1, 8, 17, 0, tzinfo=shanghai)
    assert dates.resolution_due_at == dt.datetime(2027, 1, 11, 15, 0, tzinfo=shanghai)
