"""SQLAlchemy models for the whole product.

Conventions: money columns use :class:`Money` (integer minor units), times use
:class:`UTCDateTime` (aware UTC), calendar days use ``Date``. Customers, follow-ups, tickets and
plans are deleted softly (``deleted_at``) so the recycle bin can restore them. Schema changes go
through an Alembic migration in ``crmdesk/db/migrations/versions``; ``tests/unit/db`` checks that
the migrations produce exactly these models.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import ColumnElement

from crmdesk.db.types import Money, NotIndexed, UTCDateTime
from crmdesk.domain.dates import utcnow


class Base(DeclarativeBase):
    pass


class SoftDeleteMixin:
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class VersionMixin:
    """Records people edit: a version that each save moves on, and who saved last.

    Every flush that changes such a row moves its version on (crmdesk.db.engine's session
    hook), and services compare the version a screen showed with the stored one, so a save
    never silently overwrites what somebody else saved in between (the shared database).
    """

    # database-side defaults only: bulk inserts that name their columns leave these out
    version: Mapped[int] = mapped_column(Integer, server_default="1", nullable=False)
    updated_by: Mapped[str] = mapped_column(String(100), server_default="", nullable=False)


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


# --- customers -----------------------------------------------------------------------------


class Customer(TimestampMixin, SoftDeleteMixin, VersionMixin, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    company: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    title: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    # lead, prospect, customer, inactive
    stage: Mapped[str] = mapped_column(String(20), default="customer", nullable=False)
    address: Mapped[str] = mapped_column(Text, default="", nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    wechat: Mapped[str] = mapped_column(String(100), default="", server_default="", nullable=False)
    qq: Mapped[str] = mapped_column(String(20), default="", server_default="", nullable=False)
    # "stay in touch every N days"; the next follow-up counts from last_contact_at
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    # a cadence in calendar months (cadence_days is then NULL): see crmdesk.domain.followups.cadence
    cadence_months: Mapped[int | None] = mapped_column(Integer)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    next_followup_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # normalised text of every searchable field (lower case, half-width, phone digits, pinyin)
    search_text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # where the name sorts: folded, Chinese by pinyin (domain.customers.pinyin.name_sort_key)
    sort_name: Mapped[str] = mapped_column(Text, default="", server_default="", nullable=False)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    # made by "try sample data": removed again in one click, with what hangs off it
    sample: Mapped[bool] = mapped_column(Boolean, server_default=sa_false(), nullable=False)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )
    emails: Mapped[list[CustomerEmail]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerEmail.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, back_populates="customers")
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    @classmethod
    def live(cls, use_list_index: bool = False) -> ColumnElement[bool]:
        """The condition "not in the recycle bin", as every query of customers should write it.

        The sort-name and company indexes hold only live customers, so SQLite takes a plain
        ``deleted_at IS NULL`` as a reason to walk one of them and jump from it to each row:
        right for the list of ids in name or company order (``use_list_index``: the index is
        that list, ~30 ms for 100,000), 2 to 5 times slower for anything that reads the rows
        (dashboard counts 68 -> 300 ms, a search 47 -> 250 ms). ``+deleted_at`` is SQLite's way
        to keep an index out of a condition.
        """
        if use_list_index:
            return cls.deleted_at.is_(None)
        return NotIndexed(cls.__table__.c.deleted_at).is_(None)

    __table_args__ = (
        # the customer list in name or company order is read straight off these indexes of
        # the customers outside the recycle bin (100,000 ids in ~30 ms instead of ~100 ms of
        # sorting); the recycle bin has its own small index (schema 0002)
        Index("ix_customers_sort_name", "sort_name", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_customers_company", "company", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_customers_deleted_at", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
        Index("ix_customers_created_at", "created_at"),
        # ids only grow (migration 0004): a purged record's id is never given again
        {"sqlite_autoincrement": True},
    )


class CustomerPhone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    label: Mapped[str] = mapped_column(String(40), default="", nullable=False)
    number: Mapped[str] = mapped_column(String(60), nullable=False)  # as the user typed it
    normalized: Mapped[str] = mapped_column(String(40), nullable=False)  # digits, no +86

    customer: Mapped[Customer] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_customer_phones_normalized", "normalized"),
        Index("ix_customer_phones_customer_id", "customer_id"),
    )


class CustomerEmail(Base):
    __tablename__ = "customer_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    label: Mapped[str] = mapped_column(String(40), default="", nullable=False)
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    normalized: Mapped[str] = mapped_column(String(254), nullable=False)  # lower case

    customer: Mapped[Customer] = relationship(back_populates="emails")

    __table_args__ = (
        Index("ix_customer_emails_normalized", "normalized"),
        Index("ix_customer_emails_customer_id", "customer_id"),
    )


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)

    customers: Mapped[list[Customer]] = relationship(secondary=customer_tags, back_populates="tags")


class CustomFieldDef(Base):
    __tablename__ = "custom_field_defs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # text, number, date, choice
    choices: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON list
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class CustomFieldValue(Base):
    __tablename__ = "custom_field_values"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_defs.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text, default="", nullable=False)

    customer: Mapped[Customer] = relationship(back_populates="custom_values")


class SavedFilter(Base):
    __tablename__ = "saved_filters"

    id: Mapped[int] = mapped_column(primary_key=True)
    screen: Mapped[str] = mapped_column(String(30), nullable=False)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    definition: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON

    __table_args__ = (UniqueConstraint("screen", "name"),)


class ImportBatch(Base):
    """One import run, kept so that the whole import can be undone afterwards."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # customers, spending
    source: Mapped[str] = mapped_column(Text, default="", nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    added: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    updated: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    skipped: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    # JSON: previous values of customers the import updated, so undo can put them back
    undo_data: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ImportMapping(Base):
    """A column mapping the user saved, reused for the next file with the same header."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the header's columns, folded and joined by U+001F: one saved mapping per header
    headers: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    mapping: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list of field keys or null
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


# --- follow-ups ----------------------------------------------------------------------------


class FollowUp(TimestampMixin, SoftDeleteMixin, VersionMixin, Base):
    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    # call, visit, email, message, meeting, other
    kind: Mapped[str] = mapped_column(String(20), default="call", nullable=False)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    subject: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    outcome: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # planned, done, cancelled
    status: Mapped[str] = mapped_column(String(20), default="planned", nullable=False)
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    reminded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # greeting occasions (birthday, spring_festival, mid_autumn...) or "" for ordinary ones
    occasion: Mapped[str] = mapped_column(String(40), default="", nullable=False)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_tickets.id", ondelete="SET NULL")
    )
    # the user whose follow-up this is (whose reminders fire); empty: everyone's
    owner: Mapped[str] = mapped_column(String(100), server_default="", nullable=False)

    __table_args__ = (
        Index("ix_followups_due_at", "due_at"),
        Index("ix_followups_customer_id", "customer_id"),
        Index("ix_followups_status", "status"),
        # covering indexes for the dashboard's counts (due today/overdue, done per week)
        Index("ix_followups_status_due_at", "status", "due_at", "deleted_at", "customer_id"),
        Index("ix_followups_status_completed_at", "status", "completed_at", "deleted_at"),
        # ids only grow (migration 0004): a purged record's id is never given again
        {"sqlite_autoincrement": True},
    )


# --- after-sales service -------------------------------------------------------------------


class ServiceTicket(TimestampMixin, SoftDeleteMixin, VersionMixin, Base):
    __tablename__ = "service_tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True, nullable=False)  # SR-2027-0001
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20), default="phone", nullable=False)
    # repair, complaint, consultation, installation, return
    category: Mapped[str] = mapped_column(String(20), default="repair", nullable=False)
    product: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    serial_number: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    warranty_end: Mapped[dt.date | None] = mapped_column(Date)
    # low, normal, high, urgent
    priority: Mapped[str] = mapped_column(String(10), default="normal", nullable=False)
    # new, in_progress, waiting, resolved, closed
    status: Mapped[str] = mapped_column(String(20), default="new", nullable=False)
    assignee: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    subject: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    resolution: Mapped[str] = mapped_column(Text, default="", nullable=False)
    response_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="", nullable=False)

    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketEvent.at"
    )

    __table_args__ = (
        Index("ix_service_tickets_customer_id", "customer_id"),
        Index("ix_service_tickets_status", "status"),
        Index("ix_service_tickets_due_at", "due_at"),
        # ids only grow (migration 0004): a purged record's id is never given again
        {"sqlite_autoincrement": True},
    )


class TicketEvent(Base):
    """One entry of a ticket's history: a change of status/priority/assignee, or a comment."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("service_tickets.id", ondelete="CASCADE"), nullable=False
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # created, status, comment...
    old_value: Mapped[str] = mapped_column(Text, default="", nullable=False)
    new_value: Mapped[str] = mapped_column(Text, default="", nullable=False)
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)

    ticket: Mapped[ServiceTicket] = relationship(back_populates="events")

    __table_args__ = (Index("ix_ticket_events_ticket_id", "ticket_id"),)


class Holiday(Base):
    """A public holiday or closing day, skipped by business-hours due dates."""

    __tablename__ = "holidays"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    # a make-up working day (调休) instead of a closing day: worked although it is a weekend
    working: Mapped[bool] = mapped_column(Boolean, server_default=sa_false(), nullable=False)


class BusinessSetting(Base):
    """One business option (company profile, currency, service hours...) as text.

    These belong to the business, not to the PC, so they live here and a backup carries them;
    ``crmdesk.settings`` declares them with their defaults and reads them through this table.
    """

    __tablename__ = "business_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", nullable=False)


# --- budget plans and actual spending ------------------------------------------------------


class BudgetPlan(TimestampMixin, SoftDeleteMixin, VersionMixin, Base):
    """A saved plan. Header fields are columns; the rest of the plan file lives in ``settings``.

    ``settings`` holds the parts of the ``crmdesk-plan`` JSON that are not items (rates as decimal
    strings, company profile, risks, notes); items are rows of :class:`PlanItem` with money in
    minor units. Cached figures let the plan list show totals without recomputing.
    """

    __tablename__ = "budget_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="CNY", nullable=False)
    horizon_years: Mapped[int] = mapped_column(Integer, default=5, nullable=False)
    discount_rate: Mapped[str] = mapped_column(String(20), default="0.10", nullable=False)
    users: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    settings: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON
    total_cost: Mapped[Decimal | None] = mapped_column(Money)
    npv: Mapped[Decimal | None] = mapped_column(Money)
    payback_years: Mapped[str | None] = mapped_column(String(40))  # decimal string or None
    is_active: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    go_live_date: Mapped[dt.date | None] = mapped_column(Date)
    baseline: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON measures
    sample: Mapped[bool] = mapped_column(Boolean, server_default=sa_false(), nullable=False)

    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItem.position"
    )


class PlanItem(Base):
    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("budget_plans.id", ondelete="CASCADE"), nullable=False
    )
    side: Mapped[str] = mapped_column(String(10), nullable=False)  # cost, benefit
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    category: Mapped[str] = mapped_column(String(30), nullable=False)
    label: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # one_off, annual, per_user_month
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    year: Mapped[int | None] = mapped_column(Integer)
    from_year: Mapped[int | None] = mapped_column(Integer)
    to_year: Mapped[int | None] = mapped_column(Integer)
    escalation: Mapped[str] = mapped_column(String(20), default="0", nullable=False)
    extra: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON: notes, ramp...

    plan: Mapped[BudgetPlan] = relationship(back_populates="items")

    __table_args__ = (Index("ix_plan_items_plan_id", "plan_id"),)


class PlanEvaluation(TimestampMixin, Base):
    """A weighted scorecard of compared plans (``crmdesk-evaluation`` JSON in ``data``).

    ``candidates`` is the sorted JSON list of the compared plans' names: the key that finds
    the scorecard again when the same plans are compared.
    """

    __tablename__ = "plan_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidates: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    data: Mapped[str] = mapped_column(Text, nullable=False)


class SpendingEntry(TimestampMixin, SoftDeleteMixin, Base):
    """Money actually spent on the CRM project, tracked against a plan."""

    __tablename__ = "spending_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("budget_plans.id", ondelete="SET NULL"))
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    category: Mapped[str] = mapped_column(String(30), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    supplier: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    sample: Mapped[bool] = mapped_column(Boolean, server_default=sa_false(), nullable=False)

    __table_args__ = (Index("ix_spending_entries_plan_id", "plan_id"),)


# --- activity log --------------------------------------------------------------------------


class Activity(Base):
    """The audit trail and the source of each customer's timeline."""

    __tablename__ = "activity_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)  # customer, followup, ticket...
    entity_id: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(Integer)  # no FK: survives hard deletes
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # created, updated, deleted...
    # who did it (the signed-in user of a shared database; empty on a single-user PC)
    user_name: Mapped[str] = mapped_column(String(100), server_default="", nullable=False)
    summary: Mapped[str] = mapped_column(Text, default="", nullable=False)
    details: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON

    __table_args__ = (
        Index("ix_activity_log_customer_id", "customer_id"),
        Index("ix_activity_log_entity", "entity", "entity_id"),
    )


# --- team edition: the people who sign in to a shared database ------------------------------


class User(TimestampMixin, Base):
    """Someone who signs in to a shared (PostgreSQL) database; unused on a single-user PC."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # owner, sales, service, viewer
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)  # argon2id
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
