"""Display texts shared by the customer screen's widgets: stages, fields, reasons, timeline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.customers.custom_fields import KINDS
from crmdesk.domain.customers.customer import STAGE_LABELS
from crmdesk.domain.customers.similarity import REASONS
from crmdesk.domain.customers.table import FIELDS
from crmdesk.domain.followups.rules import KINDS as FOLLOWUP_KINDS
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import FieldError
from crmdesk.services.customers.timeline import TimelineEntry
from crmdesk.ui.widgets.text import list_text
from crmdesk.ui.widgets.time import format_date, format_local, user_zone

if TYPE_CHECKING:
    from crmdesk.reports.customers.record import RecordEntry


def tr(context: str, text: str) -> str:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP (never a literal here)."""
    return QCoreApplication.translate(context, text)


def stage_label(key: str) -> str:
    return tr("CustomerStage", STAGE_LABELS.get(key, key))


def field_label(key: str) -> str:
    labels = dict(FIELDS)
    labels.update(
        phones=labels["phone"], emails=labels["email"], custom=FIELD_CUSTOM, tag=labels["tags"]
    )
    return tr("CustomerField", labels[key]) if key in labels else key


FIELD_CUSTOM = QT_TRANSLATE_NOOP("CustomerField", "Custom fields")


def kind_label(key: str) -> str:
    return tr("CustomFieldKind", dict(KINDS).get(key, key))


def reason_label(key: str) -> str:
    return tr("DuplicateReason", REASONS.get(key, key))


def error_text(error: BaseException) -> str:
    """A user error in the user's language when it carries a translatable sentence."""
    if isinstance(error, FieldError):
        return f"{field_label(error.field)}: {error.sentence.render(QCoreApplication.translate)}"
    return str(error)


def when_text(value: dt.datetime | dt.date | None, with_time: bool = True) -> str:
    """A date or local time, as "2027-03-05 14:30" (ISO order reads the same in both languages)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and with_time:
        return format_local(value, user_zone())
    if isinstance(value, dt.datetime):
        return format_date(value.astimezone(user_zone()))
    return format_date(value)


_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("Timeline", "Customer added"),
    "updated": QT_TRANSLATE_NOOP("Timeline", "Edited: %1"),
    "deleted": QT_TRANSLATE_NOOP("Timeline", "Moved to the recycle bin"),
    "restored": QT_TRANSLATE_NOOP("Timeline", "Restored from the recycle bin"),
    "imported": QT_TRANSLATE_NOOP("Timeline", "Imported from %1"),
    "merged": QT_TRANSLATE_NOOP("Timeline", "Merged with %1"),
    "merged_into": QT_TRANSLATE_NOOP("Timeline", "Merged into %1"),
    "unmerged": QT_TRANSLATE_NOOP("Timeline", "Merge with %1 undone"),
}
_FOLLOWUP_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Timeline", "%1 planned: %2"),
    "done": QT_TRANSLATE_NOOP("Timeline", "%1 done: %2"),
    "cancelled": QT_TRANSLATE_NOOP("Timeline", "%1 cancelled: %2"),
}
_TICKET_STATUS = {
    "new": QT_TRANSLATE_NOOP("Timeline", "New"),
    "in_progress": QT_TRANSLATE_NOOP("Timeline", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("Timeline", "Waiting"),
    "resolved": QT_TRANSLATE_NOOP("Timeline", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Timeline", "Closed"),
}


def timeline_text(entry: TimelineEntry) -> str:
    """One line describing ``entry`` ("Call done: 回访", "Edited: Phone, Notes"), naming who did
    it when the line has a user (the shared database): "Edited: Phone (by wang)"."""
    text = _what_text(entry)
    if entry.user:
        by = QCoreApplication.translate("Timeline", "%1 (by %2)")
        return by.replace("%1", text).replace("%2", entry.user)
    return text


def _what_text(entry: TimelineEntry) -> str:
    if entry.source == "followup":
        kind = tr("FollowUpKind", dict(FOLLOWUP_KINDS).get(entry.kind, entry.kind))
        template = _FOLLOWUP_STATUS.get(entry.action, "%1: %2")
        return tr("Timeline", template).replace("%1", kind).replace("%2", entry.title)
    if entry.source == "ticket":
        status = tr("Timeline", _TICKET_STATUS.get(entry.action, entry.action))
        text = QCoreApplication.translate("Timeline", "Service ticket %1 (%2)")
        return text.replace("%1", entry.title).replace("%2", status)
    template = _ACTIONS.get(entry.action)
    if template is None:
        return f"{entry.action}: {entry.title}"
    if entry.action == "updated":
        changed = list_text(field_label(f) for f in entry.changed) or entry.title
        return tr("Timeline", template).replace("%1", changed)
    return tr("Timeline", template).replace("%1", entry.title)


_ACTION_SHORT = {
    "created": QT_TRANSLATE_NOOP("Timeline", "Added"),
    "updated": QT_TRANSLATE_NOOP("Timeline", "Edited"),
    "deleted": QT_TRANSLATE_NOOP("Timeline", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("Timeline", "Restored"),
    "imported": QT_TRANSLATE_NOOP("Timeline", "Imported"),
    "merged": QT_TRANSLATE_NOOP("Timeline", "Merged"),
    "merged_into": QT_TRANSLATE_NOOP("Timeline", "Merged"),
    "unmerged": QT_TRANSLATE_NOOP("Timeline", "Merge undone"),
}


def record_entries(timeline: list[TimelineEntry]) -> dict[str, tuple[RecordEntry, ...]]:
    """The printed record's sections from the timeline (newest first): ``open`` holds the
    planned follow-ups only (soonest first); done and cancelled ones join ``history``;
    ``ticket`` the tickets. "What" is the follow-up kind, the ticket status or the action."""
    from crmdesk.reports.customers.record import RecordEntry

    sections: dict[str, list[RecordEntry]] = {"open": [], "ticket": [], "history": []}
    for entry in timeline:
        if entry.source == "followup":
            what = tr("FollowUpKind", dict(FOLLOWUP_KINDS).get(entry.kind, entry.kind))
            if entry.action == "planned":
                sections["open"].append(RecordEntry(entry.at, what, entry.title, entry.detail))
            else:
                text = timeline_text(entry)
                sections["history"].append(RecordEntry(entry.at, what, text, entry.detail))
        elif entry.source == "ticket":
            status = tr("Timeline", _TICKET_STATUS.get(entry.action, entry.action))
            sections["ticket"].append(RecordEntry(entry.at, status, entry.title, entry.detail))
        else:
            what = (
                tr("Timeline", _ACTION_SHORT[entry.action])
                if entry.action in _ACTION_SHORT
                else entry.action
            )
            text = timeline_text(entry)
            sections["history"].append(RecordEntry(entry.at, what, text, entry.detail))
    sections["open"].sort(key=lambda e: e.when)
    return {key: tuple(entries) for key, entries in sections.items()}
