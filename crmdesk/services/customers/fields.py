"""Custom fields the user defines for customers, and the customer screen's saved filters."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select

from crmdesk.db.engine import Database
from crmdesk.db.models import CustomFieldDef, CustomFieldValue, SavedFilter
from crmdesk.domain.customers.custom_fields import KIND_KEYS, clean_choices, clean_value
from crmdesk.domain.customers.table import CustomColumn
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.services.customers.store import CustomerFilter

SCREEN = "customers"


@dataclass(frozen=True)
class CustomField:
    """A custom field's definition."""

    id: int
    name: str
    kind: str  # text, number, date, choice
    choices: tuple[str, ...]
    position: int

    def column(self) -> CustomColumn:
        return CustomColumn(self.id, self.name, self.kind, self.choices)

    def clean(self, text: str) -> str:
        """The stored form of ``text`` for this field (FieldError naming the field if wrong)."""
        return clean_value(self.name, self.kind, self.choices, text)


def _field(row: CustomFieldDef) -> CustomField:
    return CustomField(row.id, row.name, row.kind, tuple(json.loads(row.choices)), row.position)


def list_fields(db: Database) -> list[CustomField]:
    """Custom fields in the order the user arranged them."""
    with db.session() as session:
        rows = session.scalars(select(CustomFieldDef).order_by(CustomFieldDef.position))
        return [_field(r) for r in rows]


def _check(name: str, kind: str, choices: tuple[str, ...]) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "a custom field needs a name")
    if len(name) > 80:
        raise ValidationError("name", "the name is longer than 80 characters")
    if kind not in KIND_KEYS:
        raise ValidationError("kind", f"must be one of {', '.join(KIND_KEYS)}")
    if kind == "choice" and not choices:
        raise ValidationError("choices", "a choice field needs at least one choice")
    return name


def add_field(
    db: Database, name: str, kind: str, choices: str | list[str] | tuple[str, ...] = ()
) -> int:
    """Define a new custom field; return its id. Names are unique."""
    options = clean_choices(list(choices) if not isinstance(choices, str) else choices)
    name = _check(name, kind, options)
    with db.session() as session:
        # case-insensitive: an import matches column headers to field names that way
        if session.scalar(
            select(CustomFieldDef.id).where(func.lower(CustomFieldDef.name) == name.lower())
        ):
            raise ValidationError("name", f"there is already a custom field called {name}")
        position = session.scalar(select(func.coalesce(func.max(CustomFieldDef.position), -1)))
        row = CustomFieldDef(
            name=name,
            kind=kind,
            choices=json.dumps(list(options), ensure_ascii=False),
            position=int(position or 0) + 1,
        )
        session.add(row)
        session.flush()
        return row.id


def update_field(
    db: Database, field_id: int, name: str, choices: str | list[str] | tuple[str, ...] = ()
) -> None:
    """Rename a field or change its choices (its kind stays: stored values depend on it)."""
    with db.session() as session:
        row = session.get(CustomFieldDef, field_id)
        if row is None:
            raise UserError(f"custom field {field_id} does not exist")
        options = clean_choices(list(choices) if not isinstance(choices, str) else choices)
        clean_name = _check(name, row.kind, options)
        clash = session.scalar(
            select(CustomFieldDef.id).where(
                func.lower(CustomFieldDef.name) == clean_name.lower(), CustomFieldDef.id != field_id
            )
        )
        if clash:
            raise ValidationError("name", f"there is already a custom field called {clean_name}")
        row.name = clean_name
        row.choices = json.dumps(list(options), ensure_ascii=False)


def delete_field(db: Database, field_id: int) -> int:
    """Remove a custom field and every value stored in it; return how many values went."""
    with db.session() as session:
        row = session.get(CustomFieldDef, field_id)
        if row is None:
            return 0
        count = session.scalar(select(func.count()).where(CustomFieldValue.field_id == field_id))
        session.delete(row)
        return int(count or 0)


# --- saved filters -------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedCustomerFilter:
    id: int
    name: str
    filter: CustomerFilter


def list_saved_filters(db: Database) -> list[SavedCustomerFilter]:
    """The user's own filters for the customer list, by name."""
    with db.session() as session:
        rows = session.scalars(
            select(SavedFilter).where(SavedFilter.screen == SCREEN).order_by(SavedFilter.name)
        )
        return [
            SavedCustomerFilter(r.id, r.name, CustomerFilter.from_json(json.loads(r.definition)))
            for r in rows
        ]


def save_filter(db: Database, name: str, customer_filter: CustomerFilter) -> int:
    """Save (or overwrite) a filter under ``name``; return its id."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "a saved filter needs a name")
    definition = json.dumps(customer_filter.to_json(), ensure_ascii=False)
    with db.session() as session:
        row = session.scalar(
            select(SavedFilter).where(SavedFilter.screen == SCREEN, SavedFilter.name == name)
        )
        if row is None:
            row = SavedFilter(screen=SCREEN, name=name, definition=definition)
            session.add(row)
        else:
            row.definition = definition
        session.flush()
        return row.id


def delete_filter(db: Database, filter_id: int) -> None:
    with db.session() as session:
        row = session.get(SavedFilter, filter_id)
        if row is not None and row.screen == SCREEN:
            session.delete(row)
