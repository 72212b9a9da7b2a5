"""customer WeChat ID and QQ number as contact fields of their own; saved import mappings

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 04:50:00

Chinese customer sheets carry 微信 and QQ columns; they were dropped or mixed into the notes.
Both are plain text, empty for the customers already stored. ``import_mappings`` keeps the
column mappings the user saved in the import wizard, one per header.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.db.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("wechat", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("qq", sa.String(20), nullable=False, server_default=""))
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("headers", sa.Text(), nullable=False, unique=True),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("qq")
        batch.drop_column("wechat")
