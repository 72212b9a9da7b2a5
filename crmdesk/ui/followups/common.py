"""Small pieces every follow-up widget shares: the user's zone, labels, local time text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from crmdesk.domain.followups.greetings import OCCASION_LABELS
from crmdesk.domain.followups.rules import KINDS, STATUSES
from crmdesk.services.clock import local_zone, zone_named
from crmdesk.services.followups.store import FollowUpRecord


def user_zone() -> dt.tzinfo:
    """The user's zone: Qt's system zone id (Windows names mapped to IANA), else the OS's."""
    raw = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return zone_named(raw) or local_zone()


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FollowUpKind", dict(KINDS).get(kind, kind))


def status_label(status: str) -> str:
    return QCoreApplication.translate("FollowUpStatus", dict(STATUSES).get(status, status))


def occasion_label(occasion: str) -> str:
    source = OCCASION_LABELS.get(occasion)
    return QCoreApplication.translate("Occasion", source) if source else ""


def subject_text(record: FollowUpRecord) -> str:
    """The subject, or the occasion's name for automatic follow-ups without one."""
    if record.subject and record.occasion:
        return f"{occasion_label(record.occasion)}: {record.subject}"
    return record.subject or occasion_label(record.occasion)


def customer_text(record: FollowUpRecord) -> str:
    if record.customer_company and record.customer_company != record.customer_name:
        return f"{record.customer_name} ({record.customer_company})"
    return record.customer_name


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


def format_due(value: dt.datetime, now: dt.datetime, tz: dt.tzinfo) -> str:
    """Time only for today, weekday and time this week, full date otherwise."""
    local, today = value.astimezone(tz), now.astimezone(tz).date()
    if local.date() == today:
        return format_local(value, tz, with_date=False)
    if 0 < (local.date() - today).days < 7:  # a past weekday name would be ambiguous
        locale = QLocale()
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day} {format_local(value, tz, with_date=False)}"
    return format_local(value, tz)


def reminder_label(minutes: int | None) -> str:
    if minutes is None:
        return QCoreApplication.translate("FollowUps", "No reminder")
    if minutes == 0:
        return QCoreApplication.translate("FollowUps", "At the time")
    # separate sentences for one and many: English has no plural .qm to fix "(s)" forms
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        if days == 1:
            return QCoreApplication.translate("FollowUps", "1 day before")
        return QCoreApplication.translate("FollowUps", "%1 days before").replace("%1", str(days))
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return QCoreApplication.translate("FollowUps", "1 hour before")
        return QCoreApplication.translate("FollowUps", "%1 hours before").replace("%1", str(hours))
    if minutes == 1:
        return QCoreApplication.translate("FollowUps", "1 minute before")
    return QCoreApplication.translate("FollowUps", "%1 minutes before").replace("%1", str(minutes))
