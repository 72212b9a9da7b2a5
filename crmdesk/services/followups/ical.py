"""Export follow-ups to an iCalendar file (RFC 5545) for a phone, Outlook or any calendar app.

The ``icalendar`` package writes the text: CRLF line ends, lines folded at 75 octets without
splitting a UTF-8 character, escaped commas and semicolons. Each follow-up becomes a VEVENT with
a stable UID (re-importing updates instead of duplicating), DTSTAMP, DTSTART/DTEND in the user's
named time zone (TZID plus a generated VTIMEZONE; UTC when only an offset is known) and a
VALARM for its reminder. The file is written to a temporary name and renamed, so a failure never
leaves half a calendar behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from crmdesk.db.engine import Database
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.greetings import OCCASION_LABELS
from crmdesk.domain.followups.rules import KINDS
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.services.clock import local_zone, zone_key
from crmdesk.services.followups.store import FollowUpRecord, list_followups

PRODID = "-//CRMDesk//CRMDesk follow-ups//EN"
EVENT_MINUTES = 30
UID_DOMAIN = "crmdesk.local"

Translate = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    del context
    return text


def event_uid(record: FollowUpRecord) -> str:
    """Stable per follow-up; the creation time keeps ids from two databases apart."""
    return f"followup-{record.id}-{record.created_at:%Y%m%dT%H%M%S}@{UID_DOMAIN}"


def _summary(record: FollowUpRecord, translate: Translate) -> str:
    kinds = dict(KINDS)
    kind = translate("FollowUpKind", kinds.get(record.kind, record.kind))
    what = record.subject or translate(
        "Occasion", OCCASION_LABELS.get(record.occasion, record.occasion)
    )
    parts = [p for p in (kind, what, record.customer_name) if p]
    return " · ".join(parts)


def build_calendar(
    records: Sequence[FollowUpRecord],
    tz: dt.tzinfo,
    now: dt.datetime,
    translate: Translate = _untranslated,
) -> bytes:
    """The iCalendar bytes (UTF-8) for ``records``."""
    import icalendar

    key = zone_key(tz)
    zone = tz if key else dt.UTC
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", translate("ICalExport", "CRMDesk follow-ups"))
    if key:
        calendar.add("x-wr-timezone", key)
    for record in records:
        event = icalendar.Event()
        start = record.due_at.astimezone(zone)
        event.add("uid", event_uid(record))
        event.add("dtstamp", now.astimezone(dt.UTC))
        event.add("created", record.created_at.astimezone(dt.UTC))
        event.add("last-modified", record.updated_at.astimezone(dt.UTC))
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        event.add("summary", _summary(record, translate))
        description = [record.notes]
        if record.outcome:
            description.append(translate("ICalExport", "Outcome: %1").replace("%1", record.outcome))
        if record.customer_company:
            description.append(record.customer_company)
        text = "\n".join(d for d in description if d)
        if text:
            event.add("description", text)
        kinds = dict(KINDS)
        event.add("categories", [translate("FollowUpKind", kinds.get(record.kind, record.kind))])
        event.add("status", "CANCELLED" if record.status == "cancelled" else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        if record.status == "planned" and record.reminder_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _summary(record, translate))
            alarm.add("trigger", dt.timedelta(minutes=-record.reminder_minutes))
            event.add_component(alarm)
        calendar.add_component(event)
    if key and records:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def export_followups(
    db: Database,
    path: Path,
    *,
    include_closed: bool = False,
    tz: dt.tzinfo | None = None,
    translate: Translate = _untranslated,
    progress: ProgressCallback = no_progress,
    now: dt.datetime | None = None,
) -> int:
    """Write planned follow-ups (all of them with ``include_closed``) to ``path``; return count."""
    if path.suffix.lower() not in (".ics", ".ical", ".ifb", ".icalendar"):
        raise UserError(f"{path}: an iCalendar file name must end in .ics")
    statuses = ("planned", "done", "cancelled") if include_closed else ("planned",)
    records = list_followups(db, statuses=statuses)
    progress(0, max(len(records), 1))
    data = build_calendar(records, tz or local_zone(), now or utcnow(), translate)
    progress(len(records), max(len(records), 1))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist")
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".crmdesk-", suffix=".ics", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp_name, path)
    except OSError as exc:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise UserError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    return len(records)
