"""What the printed customer record lists under each heading."""

from __future__ import annotations

import datetime as dt

from crmdesk.services.customers.timeline import TimelineEntry
from crmdesk.ui.customers.common import record_entries

UTC = dt.UTC


def _at(day: int) -> dt.datetime:
    return dt.datetime(2027, 3, day, 9, 30, tzinfo=UTC)


def test_open_follow_ups_are_the_planned_ones_and_every_line_says_what():
    timeline = [  # newest first, as customer_timeline returns it
        TimelineEntry(_at(20), "followup", "planned", "Quarterly review", "", 3, "visit"),
        TimelineEntry(_at(15), "ticket", "in_progress", "SR-2027-0001 Jammed", "", 9, "repair"),
        TimelineEntry(_at(12), "followup", "done", "Send the quote", "Sent", 2, "email"),
        TimelineEntry(_at(10), "followup", "planned", "Call back", "", 1, "call"),
        TimelineEntry(_at(8), "followup", "cancelled", "Lunch", "", 4, "meeting"),
        TimelineEntry(_at(5), "activity", "updated", "", "", 7, "customer", ("phone",)),
    ]
    sections = record_entries(timeline)
    open_ = sections["open"]
    assert [e.text for e in open_] == ["Call back", "Quarterly review"]  # soonest first
    assert [e.kind for e in open_] == ["Call", "Visit"]
    history = sections["history"]
    assert [e.when for e in history] == [_at(12), _at(8), _at(5)]
    assert "Send the quote" in history[0].text and history[0].kind == "E-mail"
    assert history[2].kind == "Edited"
    assert all(e.kind for e in open_ + history + sections["ticket"])
    assert sections["ticket"][0].kind == "In progress"
