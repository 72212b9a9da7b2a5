"""customer WeChat ID and QQ number as contact fields of their own

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 04:50:00

Chinese customer sheets carry 微信 and QQ columns; they were dropped or mixed into the notes.
Both are plain text, empty for the customers already stored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("wechat", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("qq", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("qq")
        batch.drop_column("wechat")
