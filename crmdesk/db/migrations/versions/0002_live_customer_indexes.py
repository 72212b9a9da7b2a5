"""partial indexes for the customer list and the recycle bin

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:10:00

The name and company indexes hold only customers outside the recycle bin, so the list of
100,000 customers in name order is read off the index instead of being sorted; the deleted_at
index holds only the binned ones (it was one entry per customer, all NULL but a few).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
BINNED = "deleted_at IS NOT NULL"
INDEXES = (
    ("ix_customers_name", "name", LIVE),
    ("ix_customers_company", "company", LIVE),
    ("ix_customers_deleted_at", "deleted_at", BINNED),
)


def upgrade() -> None:
    for name, column, where in INDEXES:
        op.drop_index(name, table_name="customers")
        op.create_index(name, "customers", [column], sqlite_where=sa.text(where))


def downgrade() -> None:
    for name, column, _ in INDEXES:
        op.drop_index(name, table_name="customers")
        op.create_index(name, "customers", [column])
