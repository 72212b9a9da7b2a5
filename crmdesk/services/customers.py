"""Customers: add, list and search. Returns plain dataclasses, never live ORM objects."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone, Tag
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.normalize import (
    fold,
    is_valid_email,
    is_valid_phone,
    normalize_email,
    normalize_phone,
)
from crmdesk.services import activity
from crmdesk.services.search_text import build_search_text

STAGES = ("lead", "prospect", "customer", "inactive")


@dataclass
class CustomerInput:
    """What a user fills in for a customer."""

    name: str
    company: str = ""
    stage: str = "customer"
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)

    def validated(self) -> CustomerInput:
        """A cleaned copy; ValidationError naming the field when something is wrong."""
        name = self.name.strip()
        if not name:
            raise ValidationError("name", "a customer needs a name")
        if self.stage not in STAGES:
            raise ValidationError("stage", f"must be one of {', '.join(STAGES)}")
        phones = [p.strip() for p in self.phones if p.strip()]
        for phone in phones:
            if not is_valid_phone(phone):
                raise ValidationError(
                    "phone",
                    f"{phone!r} is not a phone number (5 to 15 digits; spaces, dashes, "
                    "brackets and a leading + are fine)",
                )
        emails = [e.strip() for e in self.emails if e.strip()]
        for email in emails:
            if not is_valid_email(email):
                raise ValidationError(
                    "email", f"{email!r} is not an e-mail address (name@example.com)"
                )
        tags = sorted({t.strip() for t in self.tags if t.strip()})
        return CustomerInput(
            name,
            self.company.strip(),
            self.stage,
            phones,
            emails,
            self.address.strip(),
            self.notes.strip(),
            tags,
        )


@dataclass(frozen=True)
class CustomerSummary:
    """One row of the customer list."""

    id: int
    name: str
    company: str
    phone: str
    email: str
    stage: str
    tags: tuple[str, ...]
    last_contact_at: dt.datetime | None
    next_followup_at: dt.datetime | None
    created_at: dt.datetime


def _get_tags(session: object, names: list[str]) -> list[Tag]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if not names:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    tags = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def add_customer(db: Database, data: CustomerInput) -> int:
    """Validate and store a new customer in one transaction; return its id."""
    clean = data.validated()
    with db.session() as session:
        customer = Customer(
            name=clean.name,
            company=clean.company,
            stage=clean.stage,
            address=clean.address,
            notes=clean.notes,
            search_text=build_search_text(
                clean.name,
                clean.company,
                clean.phones,
                clean.emails,
                clean.address,
                clean.notes,
                clean.tags,
            ),
        )
        customer.phones = [
            CustomerPhone(position=i, number=p, normalized=normalize_phone(p))
            for i, p in enumerate(clean.phones)
        ]
        customer.emails = [
            CustomerEmail(position=i, email=e, normalized=normalize_email(e))
            for i, e in enumerate(clean.emails)
        ]
        customer.tags = _get_tags(session, clean.tags)
        session.add(customer)
        session.flush()
        activity.record(session, "customer", customer.id, "created", clean.name, customer.id)
        return customer.id


_LIKE_SPECIALS = re.compile(r"([\\%_])")


def search_condition(text: str):  # type: ignore[no-untyped-def]
    """A WHERE condition matching ``text`` anywhere in a customer's searchable fields.

    Phone-like queries are also compared digit-for-digit, so "138 0013 8000", "13800138000" and
    "+86 138-0013-8000" find each other. Plain LIKE on the folded text finds two-character
    Chinese names that a trigram index would miss.
    """
    query = fold(text)
    conditions = []
    for term in query.split(" "):
        if not term:
            continue
        escaped = _LIKE_SPECIALS.sub(r"\\\1", term)
        condition = Customer.search_text.like(f"%{escaped}%", escape="\\")
        digits = normalize_phone(term)
        if len(digits) >= 3 and len(digits) >= len(re.sub(r"[\s\-+()]", "", term)) - 1:
            condition = condition | Customer.search_text.like(f"%{digits}%")
        conditions.append(condition)
    from sqlalchemy import and_, true

    return and_(*conditions) if conditions else true()


def _base_query(search: str | None) -> Select[tuple[Customer]]:
    stmt = select(Customer).where(Customer.deleted_at.is_(None))
    if search and search.strip():
        stmt = stmt.where(search_condition(search))
    return stmt


def list_customers(
    db: Database, search: str | None = None, limit: int | None = None, offset: int = 0
) -> list[CustomerSummary]:
    """Customers (not deleted) ordered by name, optionally filtered by a search text."""
    stmt = (
        _base_query(search)
        .options(
            selectinload(Customer.phones),
            selectinload(Customer.emails),
            selectinload(Customer.tags),
        )
        .order_by(Customer.name, Customer.id)
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.session() as session:
        return [_summary(c) for c in session.scalars(stmt)]


def count_customers(db: Database, search: str | None = None) -> int:
    stmt = select(func.count()).select_from(_base_query(search).subquery())
    with db.session() as session:
        return int(session.scalar(stmt) or 0)


def _summary(c: Customer) -> CustomerSummary:
    return CustomerSummary(
        id=c.id,
        name=c.name,
        company=c.company,
        phone=c.phones[0].number if c.phones else "",
        email=c.emails[0].email if c.emails else "",
        stage=c.stage,
        tags=tuple(sorted(t.name for t in c.tags)),
        last_contact_at=c.last_contact_at,
        next_followup_at=c.next_followup_at,
        created_at=c.created_at,
    )
