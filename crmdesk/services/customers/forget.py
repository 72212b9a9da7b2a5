"""Purge means gone: what a purged customer leaves behind is removed in the same transaction.

Deleting the row (and, by cascade, phones, e-mails, tags, custom values, follow-ups and
tickets) left the customer's name in the activity log, which fed the timeline, and their old
values in import batches kept for undo. Those go too; the log keeps one line saying that a
purge happened, without the name. Ids are never given again (schema 0004: AUTOINCREMENT).
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Activity, ImportBatch


def forget_customers(session: Session, ids: Collection[int]) -> None:
    """Remove what the activity log and import batches hold about customers ``ids``."""
    if not ids:
        return
    id_list = list(ids)
    session.execute(
        delete(Activity).where(
            or_(
                Activity.customer_id.in_(id_list),
                (Activity.entity == "customer") & Activity.entity_id.in_(id_list),
            )
        )
    )
    keys = {str(cid) for cid in id_list}
    for batch in session.scalars(select(ImportBatch).where(ImportBatch.undo_data != "{}")):
        data = json.loads(batch.undo_data or "{}")
        updated = data.get("updated", {})
        if keys & set(updated):
            data["updated"] = {k: v for k, v in updated.items() if k not in keys}
            batch.undo_data = json.dumps(data, ensure_ascii=False)
