"""Actions on a selection of customers: tag, untag, change stage (and put stages back).

Each function returns what it changed, so the screen's undo command can reverse exactly that
and nothing more (a customer who already had the tag keeps it when the tagging is undone).
Bulk delete is :func:`crmdesk.services.customers.store.delete_customers`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer
from crmdesk.domain.customers.customer import MAX_TAG, STAGES
from crmdesk.domain.errors import ValidationError
from crmdesk.services import activity
from crmdesk.services.customers.records import get_tags, refresh_search_text

CHUNK = 500  # ids per IN (...) query, below SQLite's bound-parameter limit


def _customers(session: object, ids: Sequence[int]) -> list[Customer]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    found: list[Customer] = []
    for start in range(0, len(ids), CHUNK):
        found.extend(
            session.scalars(
                select(Customer)
                .where(Customer.id.in_(list(ids[start : start + CHUNK])))
                .where(Customer.live())
                .options(
                    selectinload(Customer.tags),
                    selectinload(Customer.phones),
                    selectinload(Customer.emails),
                )
            )
        )
    return found


def _clean_tag(tag: str) -> str:
    tag = " ".join(tag.split())
    if not tag:
        raise ValidationError("tag", "a tag needs a name")
    if len(tag) > MAX_TAG:
        raise ValidationError("tag", f"a tag has at most {MAX_TAG} characters")
    return tag


def add_tag(db: Database, ids: Sequence[int], tag: str) -> list[int]:
    """Tag the customers; return the ids that did not have the tag before."""
    name = _clean_tag(tag)
    changed: list[int] = []
    with db.session() as session:
        (tag_row,) = get_tags(session, [name])
        for customer in _customers(session, ids):
            if tag_row in customer.tags:
                continue
            customer.tags.append(tag_row)
            refresh_search_text(customer)
            changed.append(customer.id)
            activity.record(
                session, "customer", customer.id, "updated", customer.name, customer.id,
                {"changed": ["tags"], "added_tag": name},
            )  # fmt: skip
    return changed


def remove_tag(db: Database, ids: Sequence[int], tag: str) -> list[int]:
    """Take the tag off the customers; return the ids that had it."""
    name = " ".join(tag.split())
    changed: list[int] = []
    with db.session() as session:
        for customer in _customers(session, ids):
            keep = [t for t in customer.tags if t.name != name]
            if len(keep) == len(customer.tags):
                continue
            customer.tags = keep
            refresh_search_text(customer)
            changed.append(customer.id)
            activity.record(
                session, "customer", customer.id, "updated", customer.name, customer.id,
                {"changed": ["tags"], "removed_tag": name},
            )  # fmt: skip
    return changed


def set_stage(db: Database, ids: Sequence[int], stage: str) -> dict[int, str]:
    """Move the customers to ``stage``; return the previous stage of each one that changed."""
    if stage not in STAGES:
        raise ValidationError("stage", f"must be one of {', '.join(STAGES)}")
    return restore_stages(db, dict.fromkeys(ids, stage))


def restore_stages(db: Database, stages: Mapping[int, str]) -> dict[int, str]:
    """Give each customer its own stage (undo of :func:`set_stage`); return the previous ones."""
    previous: dict[int, str] = {}
    with db.session() as session:
        for customer in _customers(session, list(stages)):
            stage = stages[customer.id]
            if stage not in STAGES or customer.stage == stage:
                continue
            previous[customer.id] = customer.stage
            customer.stage = stage
            activity.record(
                session, "customer", customer.id, "updated", customer.name, customer.id,
                {"changed": ["stage"], "stage": stage},
            )  # fmt: skip
    return previous
