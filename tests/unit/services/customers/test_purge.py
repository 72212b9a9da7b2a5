"""Purge means gone: no name in the activity log or timeline, no reused id, no undo copy."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from crmdesk.db import schema
from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.services.customers.imports import import_customers
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    delete_customers,
    purge_customers,
    update_customer,
)
from crmdesk.services.customers.timeline import customer_timeline
from crmdesk.services.storage import open_database
from tests.helpers.olddb import count, integrity, make_0001_database


def _everything(path: Path) -> str:
    """Every text value in every table, as one string to search for leftovers."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            str(value)
            for table in tables
            for row in con.execute(f"SELECT * FROM {table}")
            for value in row
        )
    finally:
        con.close()


@pytest.mark.sqlite_only  # reads the SQLite file itself
def test_a_purged_customer_leaves_no_trace_and_the_id_is_not_given_again(
    db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    keep = add_customer(db, CustomerInput(name="Amelia Brown"))
    gone = add_customer(db, CustomerInput(name="Zhang Wei Secret", phones=["13800138000"]))
    update_customer(
        db, gone, CustomerInput(name="Zhang Wei Secret", phones=["13800138000"], notes="owes 500")
    )
    csv = tmp_path / "u.csv"
    csv.write_text("name,phone,notes\nZhang Wei Secret,13800138000,from a fair\n", "utf-8")
    assert import_customers(db, csv, update_existing=True).updated == 1
    assert customer_timeline(db, gone)  # there was history

    delete_customers(db, [gone])
    assert purge_customers(db, [gone]) == 1

    db.dispose()
    leftovers = _everything(data_dir.database)
    assert "Zhang Wei Secret" not in leftovers and "owes 500" not in leftovers
    assert "13800138000" not in leftovers and "fair" not in leftovers
    reopened = open_database(data_dir)
    newcomer = add_customer(reopened, CustomerInput(name="New Person"))
    assert newcomer > gone  # never the purged customer's id
    timeline = customer_timeline(reopened, newcomer)
    assert [entry.title for entry in timeline] == ["New Person"]
    assert customer_timeline(reopened, keep)  # others keep their history
    # an import after the purge does not hand the id out either
    csv.write_text("name\nImported After\n", "utf-8")
    import_customers(reopened, csv)
    reopened.dispose()
    con = sqlite3.connect(data_dir.database)
    ids = dict(con.execute("SELECT name, id FROM customers"))
    con.close()
    assert ids["Imported After"] > newcomer > gone


def test_the_upgrade_keeps_100k_customers_and_makes_ids_grow_only(tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    make_0001_database(path, 100_000)
    schema.upgrade(path, "0002")
    started = time.perf_counter()
    schema.upgrade(path)
    rebuild = time.perf_counter() - started
    assert schema.read_revision(path) == schema.HEAD_REVISION
    assert count(path, "customers") == 100_000 and integrity(path) == "ok"
    con = sqlite3.connect(path)
    try:
        for table in ("customers", "followups", "service_tickets"):
            sql = con.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
            ).fetchone()[0]
            assert "PRIMARY KEY AUTOINCREMENT" in sql, table
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("DELETE FROM customers WHERE id = 100000")
        con.execute(
            "INSERT INTO customers (name, company, title, stage, address, notes, search_text,"
            " sort_name, created_at, updated_at) SELECT 'n', '', '', 'lead', '', '', '', 'n',"
            " created_at, updated_at FROM customers LIMIT 1"
        )
        assert con.execute("SELECT max(id) FROM customers").fetchone()[0] == 100_001
    finally:
        con.close()
    assert rebuild < 30  # one INSERT ... SELECT per table; measured a few seconds
    print(f"0002->0004 on 100,000 customers: {rebuild:.2f} s")
