"""Time as the user's computer sees it: the zone every screen shows times in, and Qt editors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

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


def format_local(value: dt.datetime | None, tz: dt.tzinfo, with_date: bool = True) -> str:
    """Locale-formatted local time (short format), "" for None."""
    if value is None:
        return ""
    qdt = to_qdatetime(value, tz)
    locale = QLocale()
    if with_date:
        return locale.toString(qdt, QLocale.FormatType.ShortFormat)
    return locale.toString(qdt.time(), QLocale.FormatType.ShortFormat)
