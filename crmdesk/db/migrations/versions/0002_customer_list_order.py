"""customer list order: a pinyin sort key, and partial indexes for the list and the recycle bin

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:10:00

Customers get ``sort_name`` (Chinese names by pinyin among Latin ones, case folded), filled in
here for the customers already stored. The sort-name and company indexes hold only customers
outside the recycle bin, so the list of 100,000 customers in name order is read off the index
instead of being sorted; the deleted_at index holds only the binned ones (it was one entry per
customer, all NULL but a few). The name index goes: nothing looks names up by index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.domain.customers.pinyin import name_sort_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
BINNED = "deleted_at IS NOT NULL"


def upgrade() -> None:
    op.add_column("customers", sa.Column("sort_name", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    # the key as this release computes it; a later change to name_sort_key needs a migration
    # of its own to refill the column
    keys = [
        {"id": cid, "key": name_sort_key(name)}
        for cid, name in connection.execute(sa.text("SELECT id, name FROM customers"))
    ]
    if keys:
        connection.execute(sa.text("UPDATE customers SET sort_name = :key WHERE id = :id"), keys)
    op.drop_index("ix_customers_name", table_name="customers")
    op.create_index(
        "ix_customers_sort_name", "customers", ["sort_name"], sqlite_where=sa.text(LIVE)
    )
    for name, column, where in (
        ("ix_customers_company", "company", LIVE),
        ("ix_customers_deleted_at", "deleted_at", BINNED),
    ):
        op.drop_index(name, table_name="customers")
        op.create_index(name, "customers", [column], sqlite_where=sa.text(where))


def downgrade() -> None:
    for name, column in (
        ("ix_customers_company", "company"),
        ("ix_customers_deleted_at", "deleted_at"),
    ):
        op.drop_index(name, table_name="customers")
        op.create_index(name, "customers", [column])
    op.drop_index("ix_customers_sort_name", table_name="customers")
    op.create_index("ix_customers_name", "customers", ["name"])
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("sort_name")
