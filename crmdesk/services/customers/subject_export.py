"""Everything stored about one customer, in one file they can be given (PIPL access right).

China's PIPL (art. 45) and the UK GDPR (art. 15) let a person ask for a copy of their data.
This writes it as one UTF-8 JSON file: the record with every field, phones, e-mails, tags,
custom fields by name, follow-ups, service tickets with their history, and the activity log's
lines about them. Internal columns (search text, sort key) are left out. The file is written
whole or not at all, readable by the user alone (it holds personal data).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import selectinload

from crmdesk import __version__
from crmdesk.db.engine import Database
from crmdesk.db.models import Activity, Customer, CustomFieldDef, FollowUp, ServiceTicket
from crmdesk.domain.errors import UserError

FORMAT = "crmdesk-customer-data"
_INTERNAL = {"search_text", "sort_name"}


@dataclass(frozen=True)
class SubjectExport:
    path: Path
    followups: int
    tickets: int
    activity: int


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(row: object, skip: set[str] | None = None) -> dict[str, Any]:
    mapper = inspect(type(row))
    return {
        attr.key: _plain(getattr(row, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in (skip or set())
    }


def customer_data(db: Database, customer_id: int) -> dict[str, Any]:
    """All stored data about customer ``customer_id`` as plain JSON-ready values."""
    with db.session() as session:
        customer = session.scalar(
            select(Customer)
            .where(Customer.id == customer_id)
            .options(
                selectinload(Customer.phones),
                selectinload(Customer.emails),
                selectinload(Customer.tags),
                selectinload(Customer.custom_values),
            )
        )
        if customer is None:
            raise UserError(f"customer {customer_id}: no such customer")
        names = dict(session.execute(select(CustomFieldDef.id, CustomFieldDef.name)).all())
        followups = session.scalars(
            select(FollowUp).where(FollowUp.customer_id == customer_id).order_by(FollowUp.id)
        ).all()
        tickets = session.scalars(
            select(ServiceTicket)
            .where(ServiceTicket.customer_id == customer_id)
            .options(selectinload(ServiceTicket.events))
            .order_by(ServiceTicket.id)
        ).all()
        activity = session.scalars(
            select(Activity).where(Activity.customer_id == customer_id).order_by(Activity.id)
        ).all()
        return {
            "format": FORMAT,
            "version": 1,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "customer": _columns(customer, _INTERNAL),
            "phones": [_columns(p, {"id", "customer_id"}) for p in customer.phones],
            "emails": [_columns(e, {"id", "customer_id"}) for e in customer.emails],
            "tags": sorted(tag.name for tag in customer.tags),
            "custom_fields": {
                names.get(v.field_id, str(v.field_id)): v.value for v in customer.custom_values
            },
            "followups": [_columns(f) for f in followups],
            "tickets": [
                {**_columns(t), "events": [_columns(e) for e in t.events]} for t in tickets
            ],
            "activity": [
                {**_columns(a, {"details"}), "details": json.loads(a.details or "{}")}
                for a in activity
            ],
        }


def export_customer_data(db: Database, customer_id: int, target: Path) -> SubjectExport:
    """Write customer ``customer_id``'s data to ``target`` (JSON, atomically, user-only)."""
    data = customer_data(db, customer_id)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # 0600
    except OSError as exc:
        raise UserError(f"{target}: cannot be written ({exc.strerror})") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise UserError(f"{target}: cannot be written ({exc.strerror})") from exc
    return SubjectExport(
        target, len(data["followups"]), len(data["tickets"]), len(data["activity"])
    )
