"""ids never reused: customers, follow-ups and tickets become AUTOINCREMENT tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 04:20:00

SQLite gives a plain INTEGER PRIMARY KEY the highest id + 1, so after a purge the next
customer got the purged customer's id, and with it whatever still pointed at that number
(activity lines, an export someone kept). AUTOINCREMENT ids only grow (sqlite_sequence keeps
the highest ever given). SQLite cannot add AUTOINCREMENT to a table, so each table is rebuilt:
the stored CREATE TABLE with the key changed, rows copied in one INSERT ... SELECT (about a
second for 100,000 customers), the old table dropped, the new one renamed, its indexes
re-created from their stored SQL. It all runs in the upgrade's one transaction
(crmdesk.db.schema.upgrade) with foreign keys off, and is checked with foreign_key_check.
"""

from __future__ import annotations

import re

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("customers", "followups", "service_tickets")
_ID = re.compile(r"\bid INTEGER NOT NULL(?=\s*,)")
_TABLE_KEY = re.compile(r",\s*PRIMARY KEY \(id\)")


def _rebuild(table: str, autoincrement: bool) -> None:
    connection = op.get_bind()
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
    ).scalar_one()
    if ("AUTOINCREMENT" in create.upper()) == autoincrement:
        return  # already as wanted
    if autoincrement:
        new = _TABLE_KEY.sub(
            "", _ID.sub("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", create, 1)
        )
    else:
        new = create.replace(
            "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", "id INTEGER NOT NULL", 1
        )
        new = new.rstrip().removesuffix(")") + ", \n\tPRIMARY KEY (id)\n)"
    if new == create:
        raise RuntimeError(f"0004: cannot read the primary key of {table}")
    temp = f"_rebuild_{table}"
    new = re.sub(rf"^CREATE TABLE \"?{table}\"?", f"CREATE TABLE {temp}", new, count=1)
    indexes = [
        sql
        for (sql,) in connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql NOT NULL",
            (table,),
        )
    ]
    connection.exec_driver_sql(new)
    connection.exec_driver_sql(f"INSERT INTO {temp} SELECT * FROM {table}")
    connection.exec_driver_sql(f"DROP TABLE {table}")
    connection.exec_driver_sql(f"ALTER TABLE {temp} RENAME TO {table}")
    for sql in indexes:
        connection.exec_driver_sql(sql)
    problems = connection.exec_driver_sql(f"PRAGMA foreign_key_check({table})").fetchall()
    if problems:
        raise RuntimeError(f"0004: {table} has {len(problems)} rows with broken references")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # a PostgreSQL serial column never hands out an id twice
    for table in TABLES:
        _rebuild(table, autoincrement=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        _rebuild(table, autoincrement=False)
    op.get_bind().exec_driver_sql(
        "DELETE FROM sqlite_sequence WHERE name IN ('customers', 'followups', 'service_tickets')"
    )
