"""The agenda a page at a time: counts per group at once, rows as they are scrolled to.

With 100,000 customers an agenda holds tens of thousands of planned follow-ups; turning them
all into records took the Follow-ups screen 10 s. Here each group is read in pages ordered by
(due time, id) with a keyset ("after this row"), so a page costs the same wherever it is, and
the calendar reads due times only. Everything here is safe to run off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp
from crmdesk.domain.followups.agenda import AgendaGroup, day_window
from crmdesk.services.followups.store import FollowUpRecord, _select, record_of

PAGE = 200

Bounds = tuple[dt.datetime | None, dt.datetime | None]


@dataclass(frozen=True)
class AgendaFilter:
    """What the agenda shows: planned follow-ups, optionally of some kinds or one customer."""

    kinds: tuple[str, ...] = ()
    customer_id: int | None = None
    owner: str = ""  # "my follow-ups": this user's and unowned ones; "" for everyone's


@dataclass(frozen=True)
class AgendaSnapshot:
    """The agenda at ``now``: each group's count and its first page of records."""

    now: dt.datetime
    counts: dict[AgendaGroup, int]
    first: dict[AgendaGroup, list[FollowUpRecord]]


def group_bounds(now: dt.datetime, tz: dt.tzinfo) -> dict[AgendaGroup, Bounds]:
    """The [low, high) UTC due-time range of each group (local days of ``tz``)."""
    window = day_window(now, tz)
    return {
        AgendaGroup.OVERDUE: (None, window.today_start),
        AgendaGroup.TODAY: (window.today_start, window.tomorrow_start),
        AgendaGroup.THIS_WEEK: (window.tomorrow_start, window.next_week_start),
        AgendaGroup.LATER: (window.next_week_start, None),
    }


def _where(stmt: Any, wanted: AgendaFilter, bounds: Bounds) -> Any:
    stmt = stmt.where(FollowUp.deleted_at.is_(None), FollowUp.status == "planned")
    if wanted.kinds:
        stmt = stmt.where(FollowUp.kind.in_(list(wanted.kinds)))
    if wanted.customer_id is not None:
        stmt = stmt.where(FollowUp.customer_id == wanted.customer_id)
    if wanted.owner:
        stmt = stmt.where(FollowUp.owner.in_((wanted.owner, "")))
    low, high = bounds
    if low is not None:
        stmt = stmt.where(FollowUp.due_at >= low)
    if high is not None:
        stmt = stmt.where(FollowUp.due_at < high)
    return stmt


def _count_stmt(wanted: AgendaFilter, bounds: Bounds) -> Any:
    # the same join as the rows, so a binned customer's follow-ups are not counted
    stmt = (
        select(func.count())
        .select_from(FollowUp)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .where(or_(FollowUp.customer_id.is_(None), Customer.live()))
    )
    return _where(stmt, wanted, bounds)


def _page_stmt(
    wanted: AgendaFilter, bounds: Bounds, after: tuple[dt.datetime, int] | None, limit: int
) -> Any:
    stmt = _where(_select(), wanted, bounds)
    if after is not None:
        due, last_id = after
        stmt = stmt.where(
            or_(FollowUp.due_at > due, and_(FollowUp.due_at == due, FollowUp.id > last_id))
        )
    return stmt.order_by(FollowUp.due_at, FollowUp.id).limit(limit)


def agenda_page(
    db: Database,
    group: AgendaGroup,
    now: dt.datetime,
    tz: dt.tzinfo,
    wanted: AgendaFilter = AgendaFilter(),
    after: FollowUpRecord | None = None,
    limit: int = PAGE,
) -> list[FollowUpRecord]:
    """Up to ``limit`` follow-ups of ``group`` in due order, after the record ``after``."""
    bounds = group_bounds(now, tz)[group]
    key = (after.due_at, after.id) if after is not None else None
    with db.session() as session:
        rows = session.execute(_page_stmt(wanted, bounds, key, limit))
        return [record_of(row, name, company) for row, name, company in rows]


def agenda_snapshot(
    db: Database,
    now: dt.datetime,
    tz: dt.tzinfo,
    wanted: AgendaFilter = AgendaFilter(),
    page: int = PAGE,
) -> AgendaSnapshot:
    """Every group's count and first page, read in one session."""
    counts: dict[AgendaGroup, int] = {}
    first: dict[AgendaGroup, list[FollowUpRecord]] = {}
    with db.session() as session:
        for group, bounds in group_bounds(now, tz).items():
            counts[group] = int(session.scalar(_count_stmt(wanted, bounds)) or 0)
            first[group] = []
            if counts[group]:
                rows = session.execute(_page_stmt(wanted, bounds, None, page))
                first[group] = [record_of(row, name, company) for row, name, company in rows]
    return AgendaSnapshot(now, counts, first)


def position_of(
    db: Database,
    followup_id: int,
    now: dt.datetime,
    tz: dt.tzinfo,
    wanted: AgendaFilter = AgendaFilter(),
) -> tuple[AgendaGroup, int] | None:
    """The group of a planned follow-up and its row number there, or None if not shown."""
    with db.session() as session:
        due = session.scalar(
            _where(select(FollowUp.due_at), wanted, (None, None)).where(FollowUp.id == followup_id)
        )
        if due is None:
            return None
        for group, bounds in group_bounds(now, tz).items():
            low, high = bounds
            if (low is None or due >= low) and (high is None or due < high):
                before = _count_stmt(wanted, bounds).where(
                    or_(
                        FollowUp.due_at < due,
                        and_(FollowUp.due_at == due, FollowUp.id < followup_id),
                    )
                )
                return group, int(session.scalar(before) or 0)
    return None


def due_days(
    db: Database,
    start: dt.datetime,
    end: dt.datetime,
    tz: dt.tzinfo,
    wanted: AgendaFilter = AgendaFilter(),
) -> dict[dt.date, int]:
    """Planned follow-ups per local day in [start, end), from due times only (a calendar)."""
    stmt = _where(
        select(FollowUp.due_at)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .where(or_(FollowUp.customer_id.is_(None), Customer.live())),
        wanted,
        (start, end),
    )
    counts: dict[dt.date, int] = {}
    with db.session() as session:
        for due in session.scalars(stmt):
            day = due.astimezone(tz).date()
            counts[day] = counts.get(day, 0) + 1
    return counts


def kinds_filter(
    kinds: Sequence[str] | None, customer_id: int | None, owner: str = ""
) -> AgendaFilter:
    """The filter for the screen's kind box, customer picker and "Everyone's" switch."""
    return AgendaFilter(tuple(kinds or ()), customer_id, owner)
