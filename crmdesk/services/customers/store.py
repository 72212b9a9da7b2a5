"""Customers: add, read, edit, delete to the recycle bin and back, list, search, filter, sort.

Returns plain dataclasses, never live ORM objects. Lists work in two steps so that a screen
can page through 100,000 customers: :func:`customer_ids` returns the ordered ids of every
match (one query; the count comes for free), :func:`customer_rows` fetches the rows of one page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true
from sqlalchemy.orm import selectinload

from crmdesk.db.engine import Database
from crmdesk.db.guard import require_owner
from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone, Tag, customer_tags
from crmdesk.domain.customers.customer import STAGES, CustomerInput
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.text import fold, normalize_phone
from crmdesk.services import activity
from crmdesk.services.customers.forget import forget_customers
from crmdesk.services.customers.records import apply_input, input_of
from crmdesk.services.versions import check_version

__all__ = [
    "SORT_KEYS",
    "STAGES",
    "CustomerDetail",
    "CustomerFilter",
    "CustomerInput",
    "CustomerSummary",
    "add_customer",
    "count_customers",
    "customer_ids",
    "customer_rows",
    "delete_customers",
    "get_customer",
    "list_customers",
    "list_tags",
    "purge_customers",
    "restore_customers",
    "search_condition",
    "update_customer",
]

SORT_KEYS = (
    "name",
    "company",
    "phone",
    "email",
    "tags",
    "stage",
    "notes",
    "last_contact_at",
    "next_followup_at",
    "created_at",
)
TAG_SEPARATOR = "\x1f"  # between tag names in one grouped column; never typed by a user


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
    notes: str = ""
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class CustomerDetail:
    """Everything about one customer that the detail panel and the edit dialog show."""

    id: int
    data: CustomerInput
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    last_contact_at: dt.datetime | None
    next_followup_at: dt.datetime | None
    import_batch_id: int | None
    # what a save must start from (no lost updates), and who saved it last
    version: int = 1
    updated_by: str = ""


@dataclass(frozen=True)
class CustomerFilter:
    """A saved or built-in filter: all of ``tags``, any of ``stages``, no recent contact."""

    tags: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    no_contact_days: int | None = None
    ids: tuple[int, ...] | None = field(default=None)  # an explicit selection (export, print)
    created_since: dt.datetime | None = None  # "new this month" from the dashboard

    def is_empty(self) -> bool:
        return self == CustomerFilter()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"tags": list(self.tags), "stages": list(self.stages)}
        if self.no_contact_days is not None:
            data["no_contact_days"] = self.no_contact_days
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CustomerFilter:
        tags = data.get("tags") or []
        stages = data.get("stages") or []
        days = data.get("no_contact_days")
        return cls(
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            stages=tuple(str(s) for s in stages if s in STAGES) if isinstance(stages, list) else (),
            no_contact_days=int(days) if isinstance(days, int) and days > 0 else None,
        )


# --- writing -------------------------------------------------------------------------------


def add_customer(db: Database, data: CustomerInput) -> int:
    """Validate and store a new customer in one transaction; return its id."""
    clean = data.validated()
    with db.session() as session:
        customer = Customer(name=clean.name)
        apply_input(session, customer, clean)
        session.add(customer)
        session.flush()
        activity.record(session, "customer", customer.id, "created", clean.name, customer.id)
        return customer.id


def _load(session: object, customer_id: int, lock: bool = False) -> Customer:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    # lock: on a server, hold the row until the save commits (SQLite locks the whole file)
    customer = session.get(Customer, customer_id, with_for_update=lock or None)
    if customer is None:
        raise UserError(f"customer {customer_id} does not exist")
    return customer


def get_customer(db: Database, customer_id: int) -> CustomerDetail:
    """One customer (also from the recycle bin); UserError if there is none with that id."""
    with db.session() as session:
        c = _load(session, customer_id)
        return CustomerDetail(
            id=c.id,
            data=input_of(c),
            created_at=c.created_at,
            updated_at=c.updated_at,
            deleted_at=c.deleted_at,
            last_contact_at=c.last_contact_at,
            next_followup_at=c.next_followup_at,
            import_batch_id=c.import_batch_id,
            version=c.version or 1,
            updated_by=c.updated_by or "",
        )


def update_customer(
    db: Database, customer_id: int, data: CustomerInput, expected_version: int | None = None
) -> list[str]:
    """Store the edited fields; return the names of the fields that changed (maybe none).

    With ``expected_version`` (the version the edit started from), a customer saved by someone
    else meanwhile is refused with StaleRecordError instead of being overwritten.
    """
    clean = data.validated()
    with db.session() as session:
        customer = _load(session, customer_id, lock=expected_version is not None)
        check_version(f"customer {customer.name}", customer, expected_version)
        if customer.deleted_at is not None:
            raise UserError(f"customer {customer.name} is in the recycle bin: restore it first")
        changed = clean.changed_fields(input_of(customer))
        if not changed:
            return []
        apply_input(session, customer, clean)
        activity.record(
            session,
            "customer",
            customer.id,
            "updated",
            clean.name,
            customer.id,
            {"changed": changed},
        )
        return changed


def delete_customers(db: Database, ids: Sequence[int]) -> list[int]:
    """Move customers to the recycle bin; return the ids that were actually moved."""
    now = utcnow()
    moved: list[int] = []
    with db.session() as session:
        for customer in session.scalars(
            select(Customer).where(Customer.id.in_(ids), Customer.live())
        ):
            customer.deleted_at = now
            moved.append(customer.id)
            activity.record(session, "customer", customer.id, "deleted", customer.name, customer.id)
    return moved


def restore_customers(db: Database, ids: Sequence[int]) -> list[int]:
    """Bring customers back from the recycle bin; return the ids restored."""
    restored: list[int] = []
    with db.session() as session:
        for customer in session.scalars(
            select(Customer).where(Customer.id.in_(ids), Customer.deleted_at.is_not(None))
        ):
            customer.deleted_at = None
            restored.append(customer.id)
            activity.record(
                session, "customer", customer.id, "restored", customer.name, customer.id
            )
    return restored


def purge_customers(db: Database, ids: Sequence[int]) -> int:
    """Delete customers for good, with their follow-ups and tickets; only from the recycle bin.

    Their lines in the activity log and their old values kept for import undo go too.
    """
    require_owner(db, "delete customers for good")
    with db.session() as session:
        doomed = list(
            session.scalars(
                select(Customer).where(Customer.id.in_(ids), Customer.deleted_at.is_not(None))
            )
        )
        for customer in doomed:
            session.delete(customer)
        session.flush()
        forget_customers(session, [customer.id for customer in doomed])
        if doomed:  # how many only: the names are exactly what must go
            activity.record(session, "customer", None, "purged", "", None, {"count": len(doomed)})
        return len(doomed)


# --- reading -------------------------------------------------------------------------------

_LIKE_SPECIALS = re.compile(r"([\\%_])")
# a search that is a whole phone number as people write it: +86 139 1234 5678, 0086 10-6552 9988
_PHONE_QUERY = re.compile(r"[+(]?[\d\s()\-./]+(?:\s*(?:转|分机|ext\.?|x|#)\s*\d+)?", re.IGNORECASE)


def search_condition(text: str) -> ColumnElement[bool]:
    """A WHERE condition matching ``text`` anywhere in a customer's searchable fields.

    Phone-like queries are also compared digit-for-digit, so "138 0013 8000", "13800138000" and
    "+86 138-0013-8000" find each other. Plain LIKE on the folded text finds two-character
    Chinese names that a trigram index would miss. Several words must all match.
    """
    conditions = []
    whole = normalize_phone(text)
    if len(whole.partition("#")[0]) >= 5 and _PHONE_QUERY.fullmatch(text.strip()):
        # a number written with spaces ("+86 139 1234 5678") is one term, in its stored form
        return Customer.search_text.like(f"%{whole}%")
    for term in fold(text).split(" "):
        if not term:
            continue
        escaped = _LIKE_SPECIALS.sub(r"\\\1", term)
        condition: ColumnElement[bool] = Customer.search_text.like(f"%{escaped}%", escape="\\")
        digits = normalize_phone(term)
        if len(digits) >= 3 and len(digits) >= len(re.sub(r"[\s\-+()]", "", term)) - 1:
            condition = condition | Customer.search_text.like(f"%{digits}%")
        conditions.append(condition)
    return and_(*conditions) if conditions else true()


def _first_phone() -> ColumnElement[str]:
    return (
        select(CustomerPhone.number)
        .where(CustomerPhone.customer_id == Customer.id)
        .order_by(CustomerPhone.position)
        .limit(1)
        .scalar_subquery()
    )


def _first_email() -> ColumnElement[str]:
    return (
        select(CustomerEmail.email)
        .where(CustomerEmail.customer_id == Customer.id)
        .order_by(CustomerEmail.position)
        .limit(1)
        .scalar_subquery()
    )


def _tag_list() -> ColumnElement[str]:
    return (
        select(func.aggregate_strings(Tag.name, TAG_SEPARATOR))
        .select_from(customer_tags.join(Tag, Tag.id == customer_tags.c.tag_id))
        .where(customer_tags.c.customer_id == Customer.id)
        .scalar_subquery()
    )


def _sort_expression(sort: str) -> ColumnElement[Any]:
    if sort == "phone":
        return _first_phone()
    if sort == "email":
        return _first_email()
    if sort == "tags":
        return _tag_list()
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    # 张伟 sorts under z among the Latin names, case aside: the name's sort key
    column: ColumnElement[Any] = getattr(Customer, "sort_name" if sort == "name" else sort)
    return column


def _where(
    search: str | None, filter: CustomerFilter | None, deleted: bool
) -> list[ColumnElement[bool]]:
    conditions = _narrowing(search, filter)
    if deleted:
        return [Customer.deleted_at.is_not(None), *conditions]
    # no condition: the list itself, read off the sort-name or company index
    return [Customer.live(use_list_index=not conditions), *conditions]


def _narrowing(search: str | None, filter: CustomerFilter | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if search and search.strip():
        conditions.append(search_condition(search))
    if filter is not None:
        if filter.ids is not None:
            conditions.append(Customer.id.in_(filter.ids))
        if filter.stages:
            conditions.append(Customer.stage.in_(filter.stages))
        for tag in filter.tags:
            conditions.append(
                Customer.id.in_(
                    select(customer_tags.c.customer_id)
                    .join(Tag, Tag.id == customer_tags.c.tag_id)
                    .where(Tag.name == tag)
                )
            )
        if filter.created_since is not None:
            conditions.append(Customer.created_at >= filter.created_since)
        if filter.no_contact_days is not None:
            since = utcnow() - dt.timedelta(days=filter.no_contact_days)
            # a customer added last week has not been neglected yet
            conditions.append(func.coalesce(Customer.last_contact_at, Customer.created_at) < since)
    return conditions


def _ordered(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
    key = _sort_expression(sort)
    # then the id, so that paging is stable; descending turns both round, so an index on the
    # key (name, company) still gives the order read backwards
    order = [key.desc(), Customer.id.desc()] if descending else [key, Customer.id]
    column = Customer.__table__.c.get(sort)
    if column is not None and not column.nullable:  # name, company, stage, notes, created_at
        return stmt.order_by(*order)
    return stmt.order_by(key.is_(None), *order)  # empty values last in both directions


def ids_query(
    search: str | None = None,
    filter: CustomerFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    deleted: bool = False,
) -> Select[Any]:
    """The query behind :func:`customer_ids`."""
    return _ordered(select(Customer.id).where(*_where(search, filter, deleted)), sort, descending)


def customer_ids(
    db: Database,
    search: str | None = None,
    filter: CustomerFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    deleted: bool = False,
) -> list[int]:
    """Ids of every matching customer in display order (``deleted``: the recycle bin)."""
    stmt = ids_query(search, filter, sort, descending, deleted)
    with db.session() as session:
        result = session.connection().execute(stmt)
        # the driver's own rows: ids need no conversion, and 100,000 of them through
        # SQLAlchemy's row processing would take longer than the query itself
        rows = result.cursor.fetchall() if result.cursor is not None else []
        result.close()
        return [row[0] for row in rows]


def customer_rows(db: Database, ids: Sequence[int]) -> list[CustomerSummary]:
    """The list rows for ``ids``, in the same order (ids that no longer exist are left out)."""
    if not ids:
        return []
    c = Customer.__table__.c
    stmt = select(
        c.id,
        c.name,
        c.company,
        _first_phone(),
        _first_email(),
        c.stage,
        _tag_list(),
        c.last_contact_at,
        c.next_followup_at,
        c.created_at,
        c.notes,
        c.deleted_at,
    ).where(c.id.in_(list(ids)))
    with db.session() as session:
        found = {}
        for row in session.execute(stmt):
            tags = tuple(sorted(row[6].split(TAG_SEPARATOR))) if row[6] else ()
            found[row[0]] = CustomerSummary(
                row[0], row[1], row[2], row[3] or "", row[4] or "", row[5], tags, *row[7:]
            )
    return [found[i] for i in ids if i in found]


def list_customers(
    db: Database,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    *,
    filter: CustomerFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    deleted: bool = False,
) -> list[CustomerSummary]:
    """Customers (not deleted) ordered by ``sort``, optionally searched and filtered."""
    ids = customer_ids(db, search, filter, sort, descending, deleted)
    page = ids[offset : None if limit is None else offset + limit]
    rows: list[CustomerSummary] = []
    for start in range(0, len(page), 500):  # SQLite caps the number of bound parameters
        rows.extend(customer_rows(db, page[start : start + 500]))
    return rows


def count_customers(
    db: Database, search: str | None = None, filter: CustomerFilter | None = None
) -> int:
    stmt = select(func.count()).select_from(Customer).where(*_where(search, filter, False))
    with db.session() as session:
        return int(session.scalar(stmt) or 0)


def list_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag in use with the number of (not deleted) customers carrying it, by name."""
    # counted over the link table, minus the few customers in the recycle bin: joining every
    # link to its customer row takes ten times longer with 100,000 customers
    all_links = select(customer_tags.c.tag_id, func.count()).group_by(customer_tags.c.tag_id)
    binned = (
        select(customer_tags.c.tag_id, func.count())
        .where(
            customer_tags.c.customer_id.in_(
                select(Customer.id).where(Customer.deleted_at.is_not(None))
            )
        )
        .group_by(customer_tags.c.tag_id)
    )
    with db.session() as session:
        counts = {int(t): int(n) for t, n in session.execute(all_links)}
        for tag_id, n in session.execute(binned):
            counts[int(tag_id)] -= int(n)
        names = {int(i): str(n) for i, n in session.execute(select(Tag.id, Tag.name))}
    in_use = [(names[t], n) for t, n in counts.items() if n > 0 and t in names]
    return sorted(in_use)


def load_inputs(db: Database, ids: Sequence[int]) -> dict[int, CustomerInput]:
    """The editable data of several customers at once (for bulk actions and exports)."""
    with db.session() as session:
        stmt = (
            select(Customer)
            .where(Customer.id.in_(list(ids)))
            .options(
                selectinload(Customer.phones),
                selectinload(Customer.emails),
                selectinload(Customer.tags),
                selectinload(Customer.custom_values),
            )
        )
        return {c.id: input_of(c) for c in session.scalars(stmt)}
