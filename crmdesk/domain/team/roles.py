"""Roles on a shared database and what each may do, as plain data.

- owner: everything, and the only one who sees budget plans and spending, manages users,
  restores backups and deletes for good;
- sales: customers and follow-ups;
- service: service tickets and follow-ups (and the contact dates a follow-up moves on its
  customer);
- viewer: reads everything but plans and spending, changes nothing.
A single-user PC has no roles: its one user is the owner.
"""

from __future__ import annotations

from enum import StrEnum

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    OWNER = "owner"
    SALES = "sales"
    SERVICE = "service"
    VIEWER = "viewer"


ROLE_LABELS: dict[Role, str] = {
    Role.OWNER: QT_TRANSLATE_NOOP("Roles", "Owner"),
    Role.SALES: QT_TRANSLATE_NOOP("Roles", "Sales"),
    Role.SERVICE: QT_TRANSLATE_NOOP("Roles", "Service"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Roles", "Viewer"),
}


class Area(StrEnum):
    """What a table belongs to, for rights."""

    CUSTOMERS = "customers"
    FOLLOWUPS = "followups"
    TICKETS = "tickets"
    PLANS = "plans"  # budget plans, their items, spending, scorecards
    USERS = "users"
    SETTINGS = "settings"  # holidays, business settings
    LOG = "log"  # the activity log: written by every change
    CONTACT_DATES = "contact_dates"  # a customer's last/next contact, moved by follow-ups


WRITES: dict[Role, frozenset[Area]] = {
    Role.OWNER: frozenset(Area),
    Role.SALES: frozenset({Area.CUSTOMERS, Area.FOLLOWUPS, Area.LOG, Area.CONTACT_DATES}),
    Role.SERVICE: frozenset({Area.TICKETS, Area.FOLLOWUPS, Area.LOG, Area.CONTACT_DATES}),
    Role.VIEWER: frozenset(),
}

OWNER_ONLY_READS = frozenset({Area.PLANS})

# every table of the schema; a table missing here is the owner's alone (safe by default)
TABLE_AREAS: dict[str, Area] = {
    "customers": Area.CUSTOMERS,
    "customer_phones": Area.CUSTOMERS,
    "customer_emails": Area.CUSTOMERS,
    "customer_tags": Area.CUSTOMERS,
    "tags": Area.CUSTOMERS,
    "custom_field_values": Area.CUSTOMERS,
    "custom_field_defs": Area.CUSTOMERS,
    "saved_filters": Area.CUSTOMERS,
    "import_batches": Area.CUSTOMERS,
    "import_undo": Area.CUSTOMERS,
    "followups": Area.FOLLOWUPS,
    "service_tickets": Area.TICKETS,
    "ticket_events": Area.TICKETS,
    "budget_plans": Area.PLANS,
    "plan_items": Area.PLANS,
    "spending_entries": Area.PLANS,
    "plan_evaluations": Area.PLANS,
    "users": Area.USERS,
    "holidays": Area.SETTINGS,
    "business_settings": Area.SETTINGS,
    "activity_log": Area.LOG,
}

# the customer columns a follow-up keeps up to date (last and next contact)
CONTACT_COLUMNS = frozenset(
    {"last_contact_at", "next_followup_at", "updated_at", "version", "updated_by"}
)


def area_of(table: str) -> Area:
    """The area of ``table``; unknown tables are the owner's."""
    return TABLE_AREAS.get(table, Area.USERS)


def may_write(role: Role, table: str, columns: frozenset[str] | None = None) -> bool:
    """May ``role`` insert, update or delete rows of ``table``?

    ``columns``: for an UPDATE, the columns it sets; updating only a customer's contact dates
    is allowed to whoever may write follow-ups.
    """
    rights = WRITES[role]
    area = area_of(table)
    if area in rights:
        return True
    return (
        table == "customers"
        and columns is not None
        and columns <= CONTACT_COLUMNS
        and Area.CONTACT_DATES in rights
    )


def may_read(role: Role, table: str) -> bool:
    """May ``role`` read ``table``? Plans and spending are the owner's."""
    return role is Role.OWNER or area_of(table) not in OWNER_ONLY_READS
