"""team edition: users, record versions, who did what, follow-up owners

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-07 04:40:00

Records people edit (customers, follow-ups, tickets, plans) get a ``version`` that every save
moves on and ``updated_by``, so a save on a shared database never silently overwrites
another person's; the activity log names the user; a follow-up has an owner, whose reminders
fire. ``users`` holds who may sign in to a shared database and their role. The cached payback
of a plan gets room for every digit the engine gives (PostgreSQL enforces lengths). On a
single-user PC all of these stay at their defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None

EDITED = ("customers", "followups", "service_tickets", "budget_plans")


def upgrade() -> None:
    for table in EDITED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(
            table, sa.Column("updated_by", sa.String(100), nullable=False, server_default="")
        )
    op.add_column(
        "activity_log", sa.Column("user_name", sa.String(100), nullable=False, server_default="")
    )
    op.add_column(
        "followups", sa.Column("owner", sa.String(100), nullable=False, server_default="")
    )
    with op.batch_alter_table("budget_plans") as batch:
        batch.alter_column("payback_years", type_=sa.String(40), existing_type=sa.String(20))
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("users")
    with op.batch_alter_table("budget_plans") as batch:
        batch.alter_column("payback_years", type_=sa.String(20), existing_type=sa.String(40))
    op.drop_column("followups", "owner")
    op.drop_column("activity_log", "user_name")
    for table in EDITED:
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
