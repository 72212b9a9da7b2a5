"""business settings in the database, make-up working days, sample-data marks

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 04:20:00

The company profile, currency, service hours and report defaults move from the per-PC
``settings.ini`` into ``business_settings`` so a backup carries them (the app copies the values
an existing ini holds on first start, see ``crmdesk.settings``). Holidays learn the make-up
working days of China's 调休 (``working``). Customers, plans and spending made by "try sample
data" are marked (``sample``) so they can be removed without touching the user's records.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

MARKED = ("customers", "budget_plans", "spending_entries")


def upgrade() -> None:
    op.create_table(
        "business_settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
    )
    # plain ADD COLUMN: a batch copy would rebuild the tables from reflection and lose
    # their AUTOINCREMENT (0004: ids are never given twice)
    op.add_column(
        "holidays", sa.Column("working", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    for table in MARKED:
        op.add_column(
            table, sa.Column("sample", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    for table in MARKED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sample")
    with op.batch_alter_table("holidays") as batch:
        batch.drop_column("working")
    op.drop_table("business_settings")
