"""Follow-up vocabulary and the rules for when a reminder is due and where a snooze lands.

Times passed in are aware datetimes; "local" means the user's time zone, given as a ``tzinfo``
(``zoneinfo.ZoneInfo`` in practice), so the same rules hold in Shanghai and in London.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

# (key, label) in the order the user sees them; labels are translated under "FollowUpKind"
KINDS: tuple[tuple[str, str], ...] = (
    ("call", QT_TRANSLATE_NOOP("FollowUpKind", "Call")),
    ("visit", QT_TRANSLATE_NOOP("FollowUpKind", "Visit")),
    ("email", QT_TRANSLATE_NOOP("FollowUpKind", "E-mail")),
    ("message", QT_TRANSLATE_NOOP("FollowUpKind", "WeChat / message")),
    ("meeting", QT_TRANSLATE_NOOP("FollowUpKind", "Meeting")),
    ("other", QT_TRANSLATE_NOOP("FollowUpKind", "Other")),
)
KIND_KEYS = tuple(key for key, _ in KINDS)

STATUSES: tuple[tuple[str, str], ...] = (
    ("planned", QT_TRANSLATE_NOOP("FollowUpStatus", "Planned")),
    ("done", QT_TRANSLATE_NOOP("FollowUpStatus", "Done")),
    ("cancelled", QT_TRANSLATE_NOOP("FollowUpStatus", "Cancelled")),
)
STATUS_KEYS = tuple(key for key, _ in STATUSES)

# reminder lead times offered in the dialogs, in minutes (None = no reminder)
REMINDER_CHOICES: tuple[int | None, ...] = (None, 0, 5, 15, 30, 60, 120, 24 * 60)

# the hour of day a "tomorrow" or "next week" snooze, or a greeting, lands on
WORKDAY_START = dt.time(9, 0)


class Snooze(Enum):
    ONE_HOUR = "hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


SNOOZE_LABELS: dict[Snooze, str] = {
    Snooze.ONE_HOUR: QT_TRANSLATE_NOOP("Snooze", "1 hour"),
    Snooze.TOMORROW: QT_TRANSLATE_NOOP("Snooze", "Tomorrow morning"),
    Snooze.NEXT_WEEK: QT_TRANSLATE_NOOP("Snooze", "Next week"),
}


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")


def at_local(day: dt.date, time: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """``day`` at wall-clock ``time`` in ``tz``, as an aware UTC datetime.

    A wall time skipped by a DST change is moved forward by the gap (fold=0 semantics of
    zoneinfo), which is what a person expects of "9:00 tomorrow".
    """
    local = dt.datetime.combine(day, time, tzinfo=tz)
    return local.astimezone(dt.UTC)


def snooze_until(choice: Snooze, now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """When a follow-up snoozed at ``now`` comes back (aware UTC).

    1 hour is plain elapsed time; "tomorrow" is 09:00 local on the next calendar day; "next
    week" is 09:00 local on the next Monday (a Monday snooze goes a full week ahead).
    """
    _require_aware(now, "now")
    if choice is Snooze.ONE_HOUR:
        return (now + dt.timedelta(hours=1)).astimezone(dt.UTC)
    today = now.astimezone(tz).date()
    if choice is Snooze.TOMORROW:
        return at_local(today + dt.timedelta(days=1), WORKDAY_START, tz)
    days_to_monday = 7 - today.weekday()
    return at_local(today + dt.timedelta(days=days_to_monday), WORKDAY_START, tz)


def reminder_time(
    due_at: dt.datetime, reminder_minutes: int | None, snoozed_until: dt.datetime | None = None
) -> dt.datetime | None:
    """When the reminder of a follow-up fires, or None when it has no reminder.

    A snooze overrides the lead time: the user asked to be reminded at that moment.
    """
    if snoozed_until is not None:
        return snoozed_until
    if reminder_minutes is None:
        return None
    return due_at - dt.timedelta(minutes=reminder_minutes)


def next_step_due(completed_at: dt.datetime, days: int, tz: dt.tzinfo) -> dt.datetime:
    """The default time of the next step scheduled when completing: ``days`` later at 09:00 local.

    Counting whole local days (not 24-hour periods) keeps the time of day stable across DST.
    """
    _require_aware(completed_at, "completed_at")
    if days < 0:
        raise ValueError("days must not be negative")
    day = completed_at.astimezone(tz).date() + dt.timedelta(days=days)
    return at_local(day, WORKDAY_START, tz)


WORKDAY_LAST_START = dt.time(17, 0)  # the last full hour proposed for a new follow-up


def proposed_due(now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """When a new follow-up is proposed for: the next full hour of the working day.

    Before 09:00 (after midnight, early morning) that is 09:00 today; from 17:00 on it is
    09:00 tomorrow; in between, the next full hour (10:20 proposes 11:00).
    """
    _require_aware(now, "now")
    local = now.astimezone(tz)
    if local.time() < WORKDAY_START:
        return at_local(local.date(), WORKDAY_START, tz)
    if local.time() >= WORKDAY_LAST_START:
        return at_local(local.date() + dt.timedelta(days=1), WORKDAY_START, tz)
    return at_local(local.date(), dt.time(local.hour + 1), tz)
