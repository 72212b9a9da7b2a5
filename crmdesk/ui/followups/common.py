"""Small pieces every follow-up widget shares: labels, due times as text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.followups.greetings import OCCASION_LABELS
from crmdesk.domain.followups.rules import KINDS, STATUSES
from crmdesk.services.followups.store import FollowUpRecord
from crmdesk.ui.widgets.time import format_agenda


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


def format_due(value: dt.datetime, now: dt.datetime, tz: dt.tzinfo) -> str:
    """Time only for today, "tomorrow" or the weekday this week, the full date otherwise."""
    return format_agenda(value, now, tz)


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
