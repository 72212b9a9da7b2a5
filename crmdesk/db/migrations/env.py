"""Alembic environment: runs inside the package, on the connection the caller opened.

crmdesk.db.schema.upgrade opens that connection with the whole upgrade in one transaction
(see there); this file only hands it to Alembic. A URL alone (the alembic command line) gets
the same treatment through the same function.
"""

from __future__ import annotations

from alembic import context

from crmdesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through crmdesk.db.schema.upgrade(path)")
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
