"""customer WeChat ID and QQ number as contact fields of their own; saved import mappings

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 04:50:00

Chinese customer sheets carry 微信 and QQ columns; they were dropped or mixed into the notes.
Both are plain text, empty for the customers already stored. ``import_mappings`` keeps the
column mappings the user saved in the import wizard, one per header.

Phone numbers are normalised afresh: +86/0086 landlines now take their home form with the
trunk 0 (+86 10 6552 9988 -> 01065529988), +44 numbers too, and an extension is kept after a
"#". The new form of each changed number is added to its customer's search text, so any
written form finds a customer stored before this release (the next save rebuilds the text).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.db.types import UTCDateTime
from crmdesk.domain.text import normalize_phone

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
    _renormalise_phones()


def _renormalise_phones() -> None:
    # the form as this release computes it; a later change to normalize_phone needs a
    # migration of its own
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, customer_id, number, normalized FROM customer_phones")
    )
    changed = [
        {"id": pid, "customer": cid, "key": normalize_phone(number)}
        for pid, cid, number, normalized in rows
        if normalize_phone(number) != normalized
    ]
    if not changed:
        return
    connection.execute(
        sa.text("UPDATE customer_phones SET normalized = :key WHERE id = :id"), changed
    )
    connection.execute(
        sa.text(
            "UPDATE customers SET search_text = search_text || ' | ' || :key WHERE id = :customer"
        ),
        [c for c in changed if c["key"]],
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("qq")
        batch.drop_column("wechat")
