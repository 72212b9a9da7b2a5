"""The demo-data step for follow-ups and `crmdesk export followups`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from sqlalchemy import func, select

from crmdesk.cli import main
from crmdesk.db.models import Customer, FollowUp
from crmdesk.services.demo.data import generate_demo
from crmdesk.services.followups.reminders import due_reminders


def test_demo_has_overdue_today_and_done_follow_ups(db) -> None:
    generate_demo(db, 200)
    now = dt.datetime.now(dt.UTC)
    with db.session() as session:
        done = session.scalar(
            select(func.count()).where(FollowUp.status == "done", FollowUp.outcome != "")
        )
        overdue = session.scalar(
            select(func.count()).where(FollowUp.status == "planned", FollowUp.due_at < now)
        )
        planned = session.scalar(select(func.count()).where(FollowUp.status == "planned"))
        with_next = session.scalar(
            select(func.count()).where(Customer.next_followup_at.is_not(None))
        )
        with_last = session.scalar(
            select(func.count()).where(Customer.last_contact_at.is_not(None))
        )
    assert done and overdue and planned
    assert with_next == planned  # one planned follow-up per customer at most
    assert with_last
    # old demo reminders do not all pop up as "missed" at the first start
    assert all(r.due_at >= now - dt.timedelta(days=1) for r in due_reminders(db, now))


def test_cli_export_followups(data_dir, tmp_path: Path, capsys) -> None:
    root = str(data_dir.root)
    assert main(["--data-dir", root, "demo-data", "--customers", "50"]) == 0
    out = tmp_path / "f.ics"
    assert main(["--data-dir", root, "export", "followups", str(out)]) == 0
    assert "exported" in capsys.readouterr().out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events
    assert main(["--data-dir", root, "export", "followups", str(out), "--all"]) == 0
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) > len(events)
    assert main(["--data-dir", root, "export", "followups", str(tmp_path / "f.txt")]) == 2
    assert "f.txt" in capsys.readouterr().err
