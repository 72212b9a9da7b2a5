"""plan evaluations: the weighted scorecard kept beside a comparison of plans

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 04:10:00

One row per set of compared plans (``candidates``: their names, sorted, as a JSON list, so
the same plans compared in another order find the same scorecard); ``data`` is the
scorecard as a ``crmdesk-evaluation`` v1 object.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crmdesk.db.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", crmdesk.db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", crmdesk.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("candidates"),
    )


def downgrade() -> None:
    op.drop_table("plan_evaluations")
