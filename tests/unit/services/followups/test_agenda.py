"""The agenda read a page at a time: counts, keyset pages, positions and calendar days agree
with reading every follow-up and grouping it in Python (the second method)."""

from __future__ import annotations

import datetime as dt
import random

from crmdesk.domain.followups.agenda import AgendaGroup, group_for
from crmdesk.services.followups.agenda import (
    AgendaFilter,
    agenda_page,
    agenda_snapshot,
    due_days,
    position_of,
)
from crmdesk.services.followups.store import add_followup, delete_followup, list_followups
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.followups.conftest import NOW, SHANGHAI


def fill(db, customer, count: int = 90) -> None:
    rng = random.Random(7)
    for _ in range(count):
        # many share a due time, so the keyset must order by id as well
        due = NOW + dt.timedelta(hours=rng.choice(range(-200, 400, 7)))
        kind = rng.choice(("call", "visit"))
        add_followup(db, FollowUpInput(customer, due, kind=kind, reminder_minutes=None), now=NOW)


def expected(db, wanted: AgendaFilter | None = None) -> dict[AgendaGroup, list[int]]:
    wanted = wanted or AgendaFilter()
    groups: dict[AgendaGroup, list[int]] = {group: [] for group in AgendaGroup}
    for record in list_followups(db, kinds=list(wanted.kinds) or None):
        groups[group_for(record.due_at, NOW, SHANGHAI)].append(record.id)
    return groups


def test_pages_read_every_group_in_due_order_without_gaps(db, customer) -> None:
    fill(db, customer)
    want = expected(db)
    snapshot = agenda_snapshot(db, NOW, SHANGHAI, page=4)
    assert snapshot.counts == {group: len(ids) for group, ids in want.items()}
    for group in AgendaGroup:
        read = list(snapshot.first[group])
        assert len(read) == min(4, len(want[group]))
        while len(read) < snapshot.counts[group]:
            page = agenda_page(db, group, NOW, SHANGHAI, after=read[-1], limit=4)
            assert page, f"{group.name}: a page came back empty before the end"
            read.extend(page)
        assert [record.id for record in read] == want[group]


def test_filters_and_binned_follow_ups(db, customer) -> None:
    fill(db, customer, 40)
    visits = AgendaFilter(kinds=("visit",))
    snapshot = agenda_snapshot(db, NOW, SHANGHAI, visits)
    assert snapshot.counts == {g: len(ids) for g, ids in expected(db, visits).items()}
    gone = list_followups(db)[0]
    delete_followup(db, gone.id, now=NOW)
    after = agenda_snapshot(db, NOW, SHANGHAI)
    assert sum(after.counts.values()) == 39
    assert position_of(db, gone.id, NOW, SHANGHAI) is None


def test_position_of_names_the_group_and_row(db, customer) -> None:
    fill(db, customer)
    for group, ids in expected(db).items():
        for row in (0, len(ids) // 2, len(ids) - 1) if ids else ():
            assert position_of(db, ids[row], NOW, SHANGHAI) == (group, row)


def test_due_days_count_local_days(db, customer) -> None:
    for when in (
        dt.datetime(2027, 3, 10, 0, 30, tzinfo=SHANGHAI),  # 16:30 UTC the day before
        dt.datetime(2027, 3, 10, 23, 0, tzinfo=SHANGHAI),
        dt.datetime(2027, 3, 12, 9, 0, tzinfo=SHANGHAI),
    ):
        add_followup(db, FollowUpInput(customer, when, reminder_minutes=None), now=NOW)
    start = dt.datetime(2027, 3, 1, tzinfo=SHANGHAI)
    days = due_days(db, start, start + dt.timedelta(days=31), SHANGHAI)
    assert days == {dt.date(2027, 3, 10): 2, dt.date(2027, 3, 12): 1}
