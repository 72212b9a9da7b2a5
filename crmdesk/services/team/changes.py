"""Has anybody changed anything? A light fingerprint of the shared database for the GUI's poll.

Per table that people edit: how many rows and the latest ``updated_at`` (a new, edited,
deleted or restored row moves one of them), plus the newest activity line. One small
aggregate query per table, safe to run off the GUI thread; tables the signed-in role may not
read (plans and spending for non-owners) are left out rather than refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, BudgetPlan, Customer, FollowUp, ServiceTicket, SpendingEntry
from crmdesk.domain.team.roles import may_read

# what changed -> the model whose rows say so; the keys match AppEvents' "<key>_changed"
WATCHED: dict[str, Any] = {
    "customers": Customer,
    "followups": FollowUp,
    "tickets": ServiceTicket,
    "plans": BudgetPlan,
    "spending": SpendingEntry,
}

Marks = dict[str, tuple[Any, ...]]


def is_shared(db: Database) -> bool:
    """True on a shared (server) database, where others may change things meanwhile."""
    from crmdesk.db.server import SharedDatabase

    return isinstance(db, SharedDatabase)


def change_marks(db: Database) -> Marks:
    """(row count, latest updated_at) per watched area, and the newest activity line's id."""
    role = getattr(db, "role", None)  # a SharedDatabase's signed-in role; None alone
    marks: Marks = {}
    with db.session() as session:
        for key, model in WATCHED.items():
            if role is not None and not may_read(role, model.__tablename__):
                continue
            count, latest = session.execute(
                select(func.count(), func.max(model.updated_at)).select_from(model)
            ).one()
            marks[key] = (int(count), latest)
        marks["activity"] = (session.scalar(select(func.max(Activity.id))),)
    return marks


def changed_areas(before: Marks, after: Marks) -> set[str]:
    """The watched areas whose marks moved (activity alone moving counts as customers)."""
    moved = {key for key in WATCHED if key in after and before.get(key) != after.get(key)}
    if not moved and before.get("activity") != after.get("activity"):
        moved.add("customers")
    return moved
