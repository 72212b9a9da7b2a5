"""The timeline line says who did it when it has a user, and nothing more when it has none."""

from __future__ import annotations

import datetime as dt

from crmdesk.services.customers.timeline import TimelineEntry
from crmdesk.ui.customers.common import timeline_text

AT = dt.datetime(2027, 3, 10, 2, 0, tzinfo=dt.UTC)


def test_the_user_is_named_only_when_there_is_one(qapp) -> None:  # type: ignore[no-untyped-def]
    alone = TimelineEntry(AT, "activity", "updated", "张伟", changed=("notes",))
    shared = TimelineEntry(AT, "activity", "updated", "张伟", changed=("notes",), user="wang")
    assert "wang" not in timeline_text(alone) and "(by" not in timeline_text(alone)
    assert timeline_text(shared) == f"{timeline_text(alone)} (by wang)"
    ticket = TimelineEntry(AT, "ticket", "new", "SR-1 Printer", user="li")
    assert timeline_text(ticket).endswith("(by li)")
