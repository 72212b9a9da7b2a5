"""phone numbers of other countries in one form: +1 418 656 9254 = 418-656-9254

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 05:40:00

No table changes. A number with a country code other than +86/+44 is now normalised to its
E.164 form with the "+" (+14186569254, no longer 14186569254, which a Chinese mobile could
also be), and a North American number written at home (418-656-9254) takes the same form.
Stored keys are recomputed and each changed key is added to its customer's search text, so
duplicates and searches see customers stored before this release the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crmdesk.domain.text import normalize_phone

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the form as this release computes it; a later change to normalize_phone needs a
    # migration of its own
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, customer_id, number, normalized FROM customer_phones")
    ).all()
    changed = [
        {"id": pid, "customer": cid, "key": key}
        for pid, cid, number, normalized in rows
        if (key := normalize_phone(number)) != normalized
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
    """The old keys are not restored: the older release recomputes a key when it saves."""
