"""A customer's timeline: edits from the activity log, follow-ups and service tickets.

Follow-ups and tickets are read straight from their tables (read-only) so the timeline shows
their current subject and status; activity lines about follow-ups and tickets are left out for
the same reason, to show each of them once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Customer, FollowUp, ImportBatch, ServiceTicket

LIMIT = 500  # per source; a timeline longer than that is read in the module it belongs to


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened to or with a customer.

    ``source`` is "activity", "followup" or "ticket"; ``action`` is the activity's action
    (created, updated, deleted, restored, merged, imported...), the follow-up's status or the
    ticket's status; ``kind`` the follow-up kind or ticket category. ``title`` and ``detail`` are
    text the user typed, shown as is. ``user`` names who did it on a shared database: the
    activity line's user, the follow-up's or ticket's last editor (empty on a single-user PC).
    """

    at: dt.datetime
    source: str
    action: str
    title: str
    detail: str = ""
    record_id: int | None = None
    kind: str = ""
    changed: tuple[str, ...] = ()
    user: str = ""


def _changed(details: str) -> tuple[str, ...]:
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return ()
    changed = data.get("changed") if isinstance(data, dict) else None
    return tuple(str(c) for c in changed) if isinstance(changed, list) else ()


def customer_timeline(db: Database, customer_id: int) -> list[TimelineEntry]:
    """Everything about the customer, newest first."""
    entries: list[TimelineEntry] = []
    with db.session() as session:
        for a in session.scalars(
            select(Activity)
            .where(
                Activity.customer_id == customer_id,
                Activity.entity.not_in(("followup", "ticket")),
            )
            .order_by(Activity.at.desc(), Activity.id.desc())
            .limit(LIMIT)
        ):
            entries.append(
                TimelineEntry(
                    a.at, "activity", a.action, a.summary, "", a.entity_id, a.entity,
                    _changed(a.details), a.user_name or "",
                )
            )  # fmt: skip
        for f in session.scalars(
            select(FollowUp)
            .where(FollowUp.customer_id == customer_id, FollowUp.deleted_at.is_(None))
            .order_by(FollowUp.due_at.desc())
            .limit(LIMIT)
        ):
            detail = f.outcome if f.status == "done" and f.outcome else f.notes
            at = f.completed_at if f.status == "done" and f.completed_at else f.due_at
            entries.append(
                TimelineEntry(
                    at, "followup", f.status, f.subject, detail, f.id, f.kind,
                    user=f.updated_by or "",
                )
            )  # fmt: skip
        for t in session.scalars(
            select(ServiceTicket)
            .where(ServiceTicket.customer_id == customer_id, ServiceTicket.deleted_at.is_(None))
            .order_by(ServiceTicket.created_at.desc())
            .limit(LIMIT)
        ):
            detail = t.resolution or t.description
            entries.append(
                TimelineEntry(
                    t.created_at, "ticket", t.status, f"{t.number} {t.subject}".strip(), detail,
                    t.id, t.category, user=t.updated_by or "",
                )
            )  # fmt: skip
        # imported customers get no activity line each (it would double an import's time)
        batch = session.execute(
            select(ImportBatch.id, ImportBatch.source, ImportBatch.created_at)
            .join(Customer, Customer.import_batch_id == ImportBatch.id)
            .where(Customer.id == customer_id)
        ).first()
        if batch is not None:
            entries.append(TimelineEntry(batch[2], "activity", "imported", batch[1], "", batch[0]))
        elif not any(e.action == "created" for e in entries):
            # customers written in bulk (demo data) have no "created" line: show when they came
            added = session.execute(
                select(Customer.created_at, Customer.name).where(Customer.id == customer_id)
            ).first()
            if added is not None:
                entries.append(TimelineEntry(added[0], "activity", "created", added[1]))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries
