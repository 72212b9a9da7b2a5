"""The agenda: planned follow-ups grouped as Overdue / Today / This week / Later.

Grouping is by the calendar day in the user's time zone, not by UTC and not by "24 hours from
now": a call due at 00:30 Shanghai time is "Today" in Shanghai while it is still yesterday
evening in London. "This week" runs from tomorrow to the end of the ISO week (Sunday), so on a
Sunday it is empty and everything after today is "Later".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Generic, TypeVar

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


class AgendaGroup(IntEnum):
    OVERDUE = 0
    TODAY = 1
    THIS_WEEK = 2
    LATER = 3


GROUP_LABELS: dict[AgendaGroup, str] = {
    AgendaGroup.OVERDUE: QT_TRANSLATE_NOOP("Agenda", "Overdue"),
    AgendaGroup.TODAY: QT_TRANSLATE_NOOP("Agenda", "Today"),
    AgendaGroup.THIS_WEEK: QT_TRANSLATE_NOOP("Agenda", "This week"),
    AgendaGroup.LATER: QT_TRANSLATE_NOOP("Agenda", "Later"),
}


@dataclass(frozen=True)
class DayWindow:
    """The UTC instants bounding today and the rest of this week in a time zone."""

    today_start: dt.datetime
    tomorrow_start: dt.datetime
    next_week_start: dt.datetime


def day_window(now: dt.datetime, tz: dt.tzinfo) -> DayWindow:
    """Local midnights around ``now`` converted to UTC (for SQL range queries)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    today = now.astimezone(tz).date()
    tomorrow = today + dt.timedelta(days=1)
    next_monday = today + dt.timedelta(days=7 - today.weekday())

    def midnight(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)

    return DayWindow(midnight(today), midnight(tomorrow), midnight(next_monday))


def group_for(due_at: dt.datetime, now: dt.datetime, tz: dt.tzinfo) -> AgendaGroup:
    """The agenda group of one planned follow-up due at ``due_at``."""
    if due_at.tzinfo is None:
        raise ValueError("due_at must be an aware datetime")
    today = now.astimezone(tz).date()
    day = due_at.astimezone(tz).date()
    if day < today:
        return AgendaGroup.OVERDUE
    if day == today:
        return AgendaGroup.TODAY
    if day.isocalendar()[:2] == today.isocalendar()[:2]:
        return AgendaGroup.THIS_WEEK
    return AgendaGroup.LATER


@dataclass(frozen=True)
class Section(Generic[T]):
    group: AgendaGroup
    items: tuple[T, ...]

    @property
    def count(self) -> int:
        return len(self.items)


def group_items(
    items: Iterable[T], due: Callable[[T], dt.datetime], now: dt.datetime, tz: dt.tzinfo
) -> list[Section[T]]:
    """All four sections in order (empty ones included), items sorted by due time inside each."""
    buckets: dict[AgendaGroup, list[T]] = {group: [] for group in AgendaGroup}
    for item in items:
        buckets[group_for(due(item), now, tz)].append(item)
    return [Section(group, tuple(sorted(buckets[group], key=due))) for group in AgendaGroup]


def badge_count(sections: Iterable[Section[T]]) -> int:
    """What the navigation shows next to "Follow-ups": overdue plus today."""
    return sum(s.count for s in sections if s.group in (AgendaGroup.OVERDUE, AgendaGroup.TODAY))
