"""Writing one customer row from a CustomerInput, and snapshots that let a change be undone.

Shared by the customer, import and merge services; each caller owns the transaction. A
snapshot is plain JSON data (it is stored in ``ImportBatch.undo_data`` and merge results), so
an import or a merge can put a customer back exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone, CustomFieldValue, Tag
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.customers.pinyin import name_sort_key
from crmdesk.domain.text import normalize_email, normalize_phone
from crmdesk.services.customers.search_text import build_search_text


def get_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The Tag rows for ``names``, creating the missing ones."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    tags = []
    for name in wanted:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[name] = tag
        tags.append(tag)
    return tags


def search_text_for(clean: CustomerInput) -> str:
    return build_search_text(
        clean.name,
        clean.company,
        clean.phones,
        clean.emails,
        clean.address,
        clean.notes,
        clean.tags,
        clean.wechat,
        clean.qq,
    )


def apply_input(session: Session, customer: Customer, clean: CustomerInput) -> None:
    """Make ``customer`` hold exactly ``clean`` (a validated input); history is left alone."""
    customer.name = clean.name
    customer.company = clean.company
    customer.title = clean.title
    customer.stage = clean.stage
    customer.address = clean.address
    customer.notes = clean.notes
    customer.birthday = clean.birthday
    customer.wechat = clean.wechat
    customer.qq = clean.qq
    old_phones = [(p.number, p.label) for p in customer.phones]
    if [n for n, _ in old_phones] != clean.phones:
        labels = dict(old_phones)
        customer.phones = [
            CustomerPhone(
                position=i, number=p, normalized=normalize_phone(p), label=labels.get(p, "")
            )
            for i, p in enumerate(clean.phones)
        ]
    if [e.email for e in customer.emails] != clean.emails:
        labels = {e.email: e.label for e in customer.emails}
        customer.emails = [
            CustomerEmail(
                position=i, email=e, normalized=normalize_email(e), label=labels.get(e, "")
            )
            for i, e in enumerate(clean.emails)
        ]
    customer.tags = get_tags(session, clean.tags)
    # update values in place: a new row with the same (customer, field) key would clash
    existing = {v.field_id: v for v in customer.custom_values}
    for field_id, value in clean.custom.items():
        if field_id in existing:
            existing[field_id].value = value
        else:
            customer.custom_values.append(CustomFieldValue(field_id=field_id, value=value))
    for field_id, row in existing.items():
        if field_id not in clean.custom:
            customer.custom_values.remove(row)
    customer.search_text = search_text_for(clean)
    customer.sort_name = name_sort_key(clean.name)


def input_of(customer: Customer) -> CustomerInput:
    """What the user would see in the edit dialog for ``customer``."""
    return CustomerInput(
        name=customer.name,
        company=customer.company,
        stage=customer.stage,
        phones=[p.number for p in customer.phones],
        emails=[e.email for e in customer.emails],
        address=customer.address,
        notes=customer.notes,
        tags=sorted(t.name for t in customer.tags),
        title=customer.title,
        birthday=customer.birthday,
        custom={v.field_id: v.value for v in customer.custom_values if v.value},
        wechat=customer.wechat or "",
        qq=customer.qq or "",
    )


def snapshot(customer: Customer) -> dict[str, Any]:
    """JSON-ready copy of everything an import or merge may change on ``customer``."""
    data = input_of(customer)
    return {
        "name": data.name,
        "company": data.company,
        "stage": data.stage,
        "phones": data.phones,
        "emails": data.emails,
        "address": data.address,
        "notes": data.notes,
        "tags": data.tags,
        "title": data.title,
        "birthday": data.birthday.isoformat() if data.birthday else None,
        "custom": {str(k): v for k, v in data.custom.items()},
        "wechat": data.wechat,
        "qq": data.qq,
        "deleted_at": customer.deleted_at.isoformat() if customer.deleted_at else None,
        "last_contact_at": (
            customer.last_contact_at.isoformat() if customer.last_contact_at else None
        ),
        "next_followup_at": (
            customer.next_followup_at.isoformat() if customer.next_followup_at else None
        ),
    }


def input_from_snapshot(snap: dict[str, Any]) -> CustomerInput:
    return CustomerInput(
        name=snap["name"],
        company=snap["company"],
        stage=snap["stage"],
        phones=list(snap["phones"]),
        emails=list(snap["emails"]),
        address=snap["address"],
        notes=snap["notes"],
        tags=list(snap["tags"]),
        title=snap.get("title", ""),
        birthday=dt.date.fromisoformat(snap["birthday"]) if snap.get("birthday") else None,
        custom={int(k): v for k, v in snap.get("custom", {}).items()},
        wechat=snap.get("wechat", ""),
        qq=snap.get("qq", ""),
    )


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def restore_snapshot(session: Session, customer: Customer, snap: dict[str, Any]) -> None:
    """Put ``customer`` back as ``snapshot`` recorded it (the inverse of an import/merge)."""
    apply_input(session, customer, input_from_snapshot(snap))
    customer.deleted_at = _when(snap.get("deleted_at"))
    customer.last_contact_at = _when(snap.get("last_contact_at"))
    customer.next_followup_at = _when(snap.get("next_followup_at"))


def refresh_search_text(customer: Customer) -> None:
    """Recompute the search text after tags or contact details changed outside apply_input."""
    customer.search_text = search_text_for(input_of(customer))
