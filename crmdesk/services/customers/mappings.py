"""Column mappings the user saved in the import wizard, reused for a file with the same header.

A shop that exports from the same program every month maps its columns once. The header is
compared folded (case, spacing and punctuation do not count), column by column.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import ImportMapping
from crmdesk.domain.customers.table import CUSTOM_PREFIX, FIELD_KEYS, header_key
from crmdesk.domain.dates import utcnow

_SEP = "\x1f"


def _key(headers: Sequence[str]) -> str:
    return _SEP.join(header_key(h) for h in headers)


def _known(field: object) -> bool:
    return field is None or (
        isinstance(field, str) and (field in FIELD_KEYS or field.startswith(CUSTOM_PREFIX))
    )


def save_mapping(db: Database, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Remember ``mapping`` for files whose header is ``headers`` (replacing an older one)."""
    if len(headers) != len(mapping):
        raise ValueError("one field (or None) per column")
    key = _key(headers)
    with db.session() as session:
        row = session.scalar(select(ImportMapping).where(ImportMapping.headers == key))
        if row is None:
            row = ImportMapping(headers=key)
            session.add(row)
        row.mapping = json.dumps(list(mapping), ensure_ascii=False)
        row.saved_at = utcnow()


def saved_mapping(db: Database, headers: Sequence[str]) -> list[str | None] | None:
    """The mapping saved for this header, or None (none saved, or no longer usable)."""
    with db.session() as session:
        text = session.scalar(
            select(ImportMapping.mapping).where(ImportMapping.headers == _key(headers))
        )
    if text is None:
        return None
    try:
        mapping = json.loads(text)
    except ValueError:
        return None
    if not isinstance(mapping, list) or len(mapping) != len(headers):
        return None
    if not all(_known(f) for f in mapping):
        return None
    return mapping


def forget_mapping(db: Database, headers: Sequence[str]) -> bool:
    """Drop the mapping saved for this header; whether there was one."""
    with db.session() as session:
        row = session.scalar(select(ImportMapping).where(ImportMapping.headers == _key(headers)))
        if row is None:
            return False
        session.delete(row)
        return True
