"""iCalendar export: RFC 5545 shape, validated by parsing it back with icalendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from crmdesk.domain.errors import UserError
from crmdesk.services.followups.ical import export_followups
from crmdesk.services.followups.store import add_followup, cancel_followup, complete_followup
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.followups.conftest import NOW, SHANGHAI

LONG_NOTES = (
    "客户希望下周安排上门演示，并确认二百台设备的交货时间、付款方式, 售后服务; 以及培训" * 3
)


def test_export_is_valid_rfc5545(db, customer, tmp_path: Path) -> None:
    due = dt.datetime(2027, 3, 12, 10, 30, tzinfo=SHANGHAI)
    fid = add_followup(
        db,
        FollowUpInput(customer, due, kind="visit", subject="上门演示", notes=LONG_NOTES),
        now=NOW,
    )
    done = add_followup(db, FollowUpInput(customer, NOW), now=NOW)
    complete_followup(db, done, "ok", now=NOW, tz=SHANGHAI)
    out = tmp_path / "follow-ups.ics"
    assert export_followups(db, out, tz=SHANGHAI, now=NOW) == 1

    raw = out.read_bytes()
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)  # every line break is CRLF
    assert max(len(line) for line in lines) <= 75  # folded at 75 octets
    for line in lines:
        line.decode("utf-8")  # folding never splits a UTF-8 character

    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["UID"]).startswith(f"followup-{fid}-")
    assert event["DTSTAMP"].dt == NOW
    start = event["DTSTART"]
    assert start.params["TZID"] == "Asia/Shanghai"
    assert start.dt == due
    assert event["DTEND"].dt - start.dt == dt.timedelta(minutes=30)
    assert "上门演示" in str(event["SUMMARY"]) and "王伟" in str(event["SUMMARY"])
    assert str(event["DESCRIPTION"]).startswith(LONG_NOTES)
    assert event.walk("VALARM")[0]["TRIGGER"].dt == dt.timedelta(minutes=-15)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def test_all_statuses_and_stable_uids(db, customer, tmp_path: Path) -> None:
    london = ZoneInfo("Europe/London")
    a = add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=1)), now=NOW)
    b = add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=2)), now=NOW)
    cancel_followup(db, b, "customer moved away")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert export_followups(db, first, include_closed=True, tz=london, now=NOW) == 2
    export_followups(db, second, include_closed=True, tz=london, now=NOW + dt.timedelta(1))
    uids = [
        [str(e["UID"]) for e in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")]
        for p in (first, second)
    ]
    assert uids[0] == uids[1] and len(set(uids[0])) == 2
    events = icalendar.Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert events[0]["DTSTART"].params["TZID"] == "Europe/London"
    assert a


def test_offset_only_zone_falls_back_to_utc(db, customer, tmp_path: Path) -> None:
    add_followup(db, FollowUpInput(customer, NOW + dt.timedelta(days=1)), now=NOW)
    out = tmp_path / "x.ics"
    export_followups(db, out, tz=dt.timezone(dt.timedelta(hours=8)), now=NOW)
    assert b"DTSTART:20270311T020000Z" in out.read_bytes()


def test_bad_target_is_a_user_error_and_writes_nothing(db, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match=r"\.ics"):
        export_followups(db, out / "x.txt")
    with pytest.raises(UserError, match="does not exist"):
        export_followups(db, out / "missing" / "x.ics")
    assert list(out.iterdir()) == []
