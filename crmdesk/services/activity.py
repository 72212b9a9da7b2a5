"""The activity log: every create/update/delete leaves a line, which feeds customer timelines."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db.models import Activity


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    summary: str = "",
    customer_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one activity line in the caller's transaction."""
    session.add(
        Activity(
            entity=entity,
            entity_id=entity_id,
            customer_id=customer_id,
            action=action,
            summary=summary,
            details=json.dumps(details or {}, ensure_ascii=False, default=str),
        )
    )
