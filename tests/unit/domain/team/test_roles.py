"""Who may change and see what, table by table (the issue's role list, written out by hand)."""

from __future__ import annotations

import pytest

from crmdesk.domain.team.roles import Role, may_read, may_write

CASES = [
    # role, table, may write
    (Role.VIEWER, "customers", False),
    (Role.VIEWER, "followups", False),
    (Role.VIEWER, "activity_log", False),
    (Role.SALES, "customers", True),
    (Role.SALES, "customer_phones", True),
    (Role.SALES, "followups", True),
    (Role.SALES, "service_tickets", False),
    (Role.SALES, "budget_plans", False),
    (Role.SALES, "users", False),
    (Role.SERVICE, "service_tickets", True),
    (Role.SERVICE, "ticket_events", True),
    (Role.SERVICE, "followups", True),
    (Role.SERVICE, "customers", False),
    (Role.SERVICE, "spending_entries", False),
    (Role.OWNER, "users", True),
    (Role.OWNER, "budget_plans", True),
    (Role.OWNER, "a_table_added_later", True),
    (Role.SALES, "a_table_added_later", False),
]


@pytest.mark.parametrize(("role", "table", "allowed"), CASES)
def test_writes(role: Role, table: str, allowed: bool) -> None:
    assert may_write(role, table) is allowed


def test_service_staff_move_contact_dates_but_not_the_customer() -> None:
    dates = frozenset({"next_followup_at", "updated_at", "version", "updated_by"})
    assert may_write(Role.SERVICE, "customers", dates)
    assert not may_write(Role.SERVICE, "customers", dates | {"name"})
    assert not may_write(Role.VIEWER, "customers", dates)


@pytest.mark.parametrize("role", [Role.SALES, Role.SERVICE, Role.VIEWER])
def test_only_owners_see_plans_and_spending(role: Role) -> None:
    for table in ("budget_plans", "plan_items", "spending_entries"):
        assert not may_read(role, table)
        assert may_read(Role.OWNER, table)
    assert may_read(role, "customers") and may_read(role, "service_tickets")
