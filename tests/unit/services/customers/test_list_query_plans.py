"""The list queries use the plan that keeps 100,000 customers fast (benchmarks/customers.py).

The whole list in name order is read off the partial name index, with no sort; a search or a
filter reads the table in order (it looks at every row anyway) instead of walking that index
and jumping to each row, which measured 3 to 5 times slower. SQLite's choice depends on the
query's shape, so a change to the WHERE clause can silently undo it: these tests notice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerFilter, ids_query
from crmdesk.services.demo.data import generate_demo

pytestmark = pytest.mark.sqlite_only  # SQLite's query plans

Explain = Callable[..., str]


@pytest.fixture
def plan_of(db: Database) -> Explain:
    generate_demo(db, 200)
    db.dispose()

    def explain(**query: object) -> str:
        sql = str(
            ids_query(**query).compile(
                dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
            )
        )
        con = sqlite3.connect(db.path)
        try:
            return " / ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}"))
        finally:
            con.close()

    return explain


def test_the_whole_list_is_read_off_the_name_index_unsorted(plan_of: Explain) -> None:
    plan = plan_of()
    assert "INDEX ix_customers_sort_name" in plan
    assert "TEMP B-TREE" not in plan
    backwards = plan_of(descending=True)
    assert "ix_customers_sort_name" in backwards and "TEMP B-TREE" not in backwards


def test_the_list_by_company_uses_the_company_index(plan_of: Explain) -> None:
    plan = plan_of(sort="company")
    assert "ix_customers_company" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize(
    "query",
    [
        {"search": "张伟"},
        {"search": "13800"},
        {"filter": CustomerFilter(stages=("lead",))},
        {"filter": CustomerFilter(no_contact_days=90)},
        {"search": "olivia", "sort": "company"},
    ],
)
def test_a_search_or_filter_scans_the_table(plan_of: Explain, query: dict[str, object]) -> None:
    plan = plan_of(**query)
    assert plan.startswith("SCAN customers"), plan
    assert "ix_customers_sort_name" not in plan and "ix_customers_company" not in plan


def test_the_recycle_bin_uses_its_own_index(plan_of: Explain) -> None:
    assert "ix_customers_deleted_at" in plan_of(deleted=True)


def test_live_customers_are_read_from_the_table_unless_the_list_index_is_asked_for(
    db: Database,
) -> None:
    from sqlalchemy import func, select

    from crmdesk.db.models import Customer

    generate_demo(db, 200)
    db.dispose()

    def plan(stmt: object) -> str:
        sql = str(stmt.compile(dialect=sqlite_dialect.dialect()))
        con = sqlite3.connect(db.path)
        try:
            return " / ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}"))
        finally:
            con.close()

    # what the dashboard and the duplicate scanner read: every live row, several columns
    rows = plan(select(Customer.id, Customer.name, Customer.company).where(Customer.live()))
    assert rows == "SCAN customers"
    counted = plan(select(Customer.created_at, func.count()).where(Customer.live()))
    assert "ix_customers_sort_name" not in counted
    listed = plan(
        select(Customer.id).where(Customer.live(use_list_index=True)).order_by(Customer.sort_name)
    )
    assert "ix_customers_sort_name" in listed


def test_services_say_live_customers_through_customer_live() -> None:
    """A plain deleted_at IS NULL on customers walks the list index (see Customer.live)."""
    from pathlib import Path

    import crmdesk.services

    root = Path(crmdesk.services.__file__).parent
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "Customer.deleted_at.is_(None)" in line
    ]
    assert offenders == []
