"""Small pieces every service widget shares: labels, the service levels, durations, history text."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crmdesk import settings
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceLevels, ServiceTargets
from crmdesk.domain.tickets.workflow import (
    CATEGORIES,
    CHANNELS,
    PRIORITIES,
    STATUSES,
    DeadlineKind,
)
from crmdesk.services.tickets.records import TicketEventRecord, TicketRecord
from crmdesk.settings import Settings
from crmdesk.ui.widgets.time import format_local, user_zone

log = logging.getLogger(__name__)

# light red behind overdue rows, with dark red text so it stays readable in dark themes too
OVERDUE_BACKGROUND = QColor(255, 226, 226)
OVERDUE_TEXT = QColor(160, 0, 0)
PRIORITY_COLORS = {"urgent": QColor(190, 0, 0), "high": QColor(200, 100, 0)}


def status_label(status: str) -> str:
    return QCoreApplication.translate("TicketStatus", dict(STATUSES).get(status, status))


def priority_label(priority: str) -> str:
    return QCoreApplication.translate("TicketPriority", dict(PRIORITIES).get(priority, priority))


def category_label(category: str) -> str:
    return QCoreApplication.translate("TicketCategory", dict(CATEGORIES).get(category, category))


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("TicketChannel", dict(CHANNELS).get(channel, channel))


def load_levels(store: Settings, tz: dt.tzinfo | None = None) -> ServiceLevels:
    """Business hours and targets from the settings (defaults if the stored text is broken)."""
    try:
        hours = BusinessHours.from_json(store.get(settings.SERVICE_HOURS))
    except ValueError as exc:
        log.warning("service hours in the settings are not valid, using defaults: %s", exc)
        hours = BusinessHours()
    try:
        targets = ServiceTargets.from_json(store.get(settings.SERVICE_TARGETS))
    except ValueError as exc:
        log.warning("service targets in the settings are not valid, using defaults: %s", exc)
        targets = ServiceTargets.default()
    return ServiceLevels(hours, targets, tz or user_zone())


def duration_text(value: dt.timedelta) -> str:
    """``2 d 4 h``, ``3 h 20 min`` or ``45 min`` (the sign is ignored)."""
    minutes = int(abs(value.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("Service", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("Service", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return QCoreApplication.translate("Service", "%1 min").replace("%1", str(mins))


def time_left_text(ticket: TicketRecord, now: dt.datetime) -> str:
    """What the list shows in the "Time left" column."""
    deadline = ticket.deadline()
    if deadline is None:
        return QCoreApplication.translate("Service", "Paused") if ticket.status == "waiting" else ""
    left = deadline.at - now
    if left < dt.timedelta(0):
        return QCoreApplication.translate("Service", "%1 late").replace("%1", duration_text(left))
    if deadline.kind is DeadlineKind.RESPONSE:
        return QCoreApplication.translate("Service", "%1 to respond").replace(
            "%1", duration_text(left)
        )
    return duration_text(left)


def time_left_sample() -> str:
    """The longest usual "time left" text, for sizing the column."""
    late = QCoreApplication.translate("Service", "%1 late").replace(
        "%1", duration_text(dt.timedelta(days=22, hours=23))
    )
    respond = QCoreApplication.translate("Service", "%1 to respond").replace(
        "%1", duration_text(dt.timedelta(hours=23, minutes=38))
    )
    return max(late, respond, key=len)


def deadline_tooltip(ticket: TicketRecord, tz: dt.tzinfo) -> str:
    deadline = ticket.deadline()
    if deadline is None:
        if ticket.status == "waiting":
            return QCoreApplication.translate(
                "Service", "Waiting for the customer: the clock is paused."
            )
        return ""
    if deadline.kind is DeadlineKind.RESPONSE:
        return QCoreApplication.translate("Service", "First response due %1").replace(
            "%1", format_local(deadline.at, tz)
        )
    return QCoreApplication.translate("Service", "Resolution due %1").replace(
        "%1", format_local(deadline.at, tz)
    )


def satisfaction_text(score: int | None) -> str:
    if score is None:
        return ""
    return (
        "★" * score
        + "☆" * (5 - score)
        + "  "
        + QCoreApplication.translate("Service", "%1/5").replace("%1", str(score))
    )


def event_text(event: TicketEventRecord, tz: dt.tzinfo) -> str:
    """One history entry as a sentence (without its time)."""
    kind = event.kind
    if kind == "created":
        return QCoreApplication.translate("Service", "Ticket opened")
    if kind == "status":
        return (
            QCoreApplication.translate("Service", "Status: %1 → %2")
            .replace("%1", status_label(event.old_value))
            .replace("%2", status_label(event.new_value))
        )
    if kind == "priority":
        return (
            QCoreApplication.translate("Service", "Priority: %1 → %2")
            .replace("%1", priority_label(event.old_value))
            .replace("%2", priority_label(event.new_value))
        )
    if kind == "assignee":
        nobody = QCoreApplication.translate("Service", "nobody")
        return (
            QCoreApplication.translate("Service", "Assigned: %1 → %2")
            .replace("%1", event.old_value or nobody)
            .replace("%2", event.new_value or nobody)
        )
    if kind == "due":
        new = dt.datetime.fromisoformat(event.new_value) if event.new_value else None
        return QCoreApplication.translate("Service", "Resolution due date moved to %1").replace(
            "%1", format_local(new, tz)
        )
    if kind == "resolution":
        return QCoreApplication.translate("Service", "Resolution: %1").replace("%1", event.text)
    if kind == "satisfaction":
        text = QCoreApplication.translate("Service", "Satisfaction: %1").replace(
            "%1", satisfaction_text(int(event.new_value))
        )
        return f"{text} — {event.text}" if event.text else text
    if kind == "comment":
        return event.text
    if kind == "edited":
        return QCoreApplication.translate("Service", "Details edited")
    return event.text or kind
