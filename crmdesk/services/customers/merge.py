"""Merging two customers into one, and undoing the merge.

The survivor takes the values the user picked field by field (see
:func:`crmdesk.domain.customers.customer.merged_input`); the other customer's follow-ups,
tickets and history move to the survivor, and the other customer goes to the recycle bin. The result
carries everything needed to undo it (snapshots of both customers and the ids of what moved),
so the screen's undo command can put both back exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Customer, FollowUp, ServiceTicket
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.services import activity
from crmdesk.services.customers.records import apply_input, restore_snapshot, snapshot

# rows that belong to a customer and follow the survivor: (model, its customer column)
_MOVABLE = (
    ("followups", FollowUp, FollowUp.customer_id),
    ("tickets", ServiceTicket, ServiceTicket.customer_id),
    ("activity", Activity, Activity.customer_id),
)


@dataclass(frozen=True)
class MergeResult:
    """A merge that happened; ``undo_data`` is JSON for :func:`undo_merge`."""

    survivor_id: int
    merged_id: int
    moved_followups: int
    moved_tickets: int
    undo_data: str


def _active(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise UserError(f"customer {customer_id} does not exist or is in the recycle bin")
    return customer


def _move(session: Session, model: Any, column: Any, ids: list[int], to: int) -> None:
    for start in range(0, len(ids), 500):
        session.execute(
            update(model)
            .where(model.id.in_(ids[start : start + 500]))
            .values({column.key: to})
            .execution_options(synchronize_session=False)
        )


def merge_customers(
    db: Database, survivor_id: int, merged_id: int, final: CustomerInput
) -> MergeResult:
    """Merge ``merged_id`` into ``survivor_id``, which ends up holding ``final``."""
    if survivor_id == merged_id:
        raise UserError("a customer cannot be merged with itself")
    clean = final.validated()
    with db.session() as session:
        survivor = _active(session, survivor_id)
        merged = _active(session, merged_id)
        undo: dict[str, Any] = {"survivor": snapshot(survivor), "merged": snapshot(merged)}
        for key, model, column in _MOVABLE:
            ids = list(session.scalars(select(model.id).where(column == merged_id)))
            undo[key] = ids
            _move(session, model, column, ids, survivor_id)
        apply_input(session, survivor, clean)
        contacts = [d for d in (survivor.last_contact_at, merged.last_contact_at) if d]
        survivor.last_contact_at = max(contacts) if contacts else None
        upcoming = [d for d in (survivor.next_followup_at, merged.next_followup_at) if d]
        survivor.next_followup_at = min(upcoming) if upcoming else None
        merged.deleted_at = utcnow()
        activity.record(
            session, "customer", survivor_id, "merged", merged.name, survivor_id,
            {"merged_id": merged_id, "merged_name": merged.name},
        )  # fmt: skip
        activity.record(
            session, "customer", merged_id, "merged_into", survivor.name, merged_id,
            {"survivor_id": survivor_id},
        )  # fmt: skip
        return MergeResult(
            survivor_id,
            merged_id,
            len(undo["followups"]),
            len(undo["tickets"]),
            json.dumps(undo, ensure_ascii=False),
        )


def undo_merge(db: Database, result: MergeResult) -> None:
    """Put both customers back as they were before ``result``'s merge."""
    undo = json.loads(result.undo_data)
    with db.session() as session:
        survivor = session.get(Customer, result.survivor_id)
        merged = session.get(Customer, result.merged_id)
        if survivor is None or merged is None:
            raise UserError("the merged customers no longer exist; the merge cannot be undone")
        for key, model, column in _MOVABLE:
            _move(session, model, column, [int(i) for i in undo.get(key, [])], result.merged_id)
        restore_snapshot(session, survivor, undo["survivor"])
        restore_snapshot(session, merged, undo["merged"])
        activity.record(
            session, "customer", result.survivor_id, "unmerged", merged.name, result.survivor_id,
            {"merged_id": result.merged_id},
        )  # fmt: skip
