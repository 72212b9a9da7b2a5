"""Time as the user's computer sees it: the zone every screen shows times in, Qt editors, and
the one way every screen writes a date or a time.

One format in both languages: ``2026-12-07`` and ``2026-12-07 09:30`` (zero-padded, 24 h,
local time), so columns line up and nobody wonders whether 12/07 is July or December. Chart
month axes say ``Dec 2026`` / ``2026年12月``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from crmdesk.services.clock import local_zone, zone_named


def user_zone() -> dt.tzinfo:
    """The user's zone: Qt's system zone id (Windows names mapped to IANA), else the OS's."""
    raw = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return zone_named(raw) or local_zone()


def to_qdatetime(value: dt.datetime, tz: dt.tzinfo) -> QDateTime:
    """An aware datetime as a QDateTime showing the wall time in ``tz``."""
    local = value.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, tz: dt.tzinfo) -> dt.datetime:
    """The wall time shown in an editor, read in ``tz``, as an aware UTC datetime."""
    date, time = value.date(), value.time()
    local = dt.datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=tz
    )
    return local.astimezone(dt.UTC)


DATE_FORMAT = "yyyy-MM-dd"
"""Qt display format of every date editor (QDateEdit) and date shown."""
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
"""Qt display format of every date-time editor (QDateTimeEdit) and time stamp shown."""


def format_date(value: dt.date | None) -> str:
    """A date as ``2026-12-07``; "" for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def format_local(value: dt.datetime | None, tz: dt.tzinfo, with_date: bool = True) -> str:
    """An aware time in ``tz`` as ``2026-12-07 09:30`` (or ``09:30``); "" for None."""
    if value is None:
        return ""
    local = value.astimezone(tz)
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def format_system_local(value: dt.datetime | None, with_date: bool = True) -> str:
    """An aware time in the computer's zone (file times, drafts), same format."""
    if value is None:
        return ""
    return format_local(value, user_zone(), with_date)


def weekday_name(day: dt.date) -> str:
    """The short weekday name in the interface language ("Mon", "周一")."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def format_agenda(value: dt.datetime, now: dt.datetime, tz: dt.tzinfo) -> str:
    """How an agenda reads a time: ``09:30`` today, ``tomorrow 09:30``, ``Mon 09:30`` within
    the next week, the full ``2026-12-07 09:30`` otherwise (a past weekday is ambiguous)."""
    local, today = value.astimezone(tz), now.astimezone(tz).date()
    clock = format_local(value, tz, with_date=False)
    days = (local.date() - today).days
    if days == 0:
        return clock
    if days == 1:
        return QCoreApplication.translate("Time", "tomorrow %1").replace("%1", clock)
    if 1 < days < 7:
        return f"{weekday_name(local.date())} {clock}"
    return format_local(value, tz)


def month_label(month: dt.date, long: bool = False) -> str:
    """A month on a chart axis: ``Dec 2026`` / ``2026年12月`` (``December 2026`` when long)."""
    if long:
        fmt = QCoreApplication.translate("Time", "MMMM yyyy", "month and year, in full")
    else:
        fmt = QCoreApplication.translate("Time", "MMM yyyy", "month and year on chart axes")
    return QLocale().toString(QDate(month.year, month.month, 1), fmt)
