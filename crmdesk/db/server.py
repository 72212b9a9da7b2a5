"""A shared database on a PostgreSQL server: the same schema, migrations and services as the
single-user SQLite file, reached through a URL (``postgresql+psycopg://user@host/db``).

The URL comes from ``--database-url`` or ``CRMDESK_DATABASE_URL``. A password is never kept
in the URL the app stores: it is passed separately (the keyring or ``CRMDESK_PASSWORD``) and
put into the connection arguments here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk.db import guard
from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.domain.team.roles import Role

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class ServerUnavailableError(UserError):
    """The shared database cannot be reached or refused the connection."""


class ServerSchemaError(UserError):
    """The shared database holds no CRMDesk schema, or one from a newer version."""


def is_server_url(text: str) -> bool:
    """True for a PostgreSQL URL (anything else is taken as a folder or a file)."""
    scheme = text.split(":", 1)[0].lower()
    return scheme in SCHEMES


def parse_url(text: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for ``text`` with the psycopg driver and ``password`` if given."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise UserError(f"database URL {text!r} is not valid: {exc}") from None
    if url.get_backend_name() != "postgresql":
        raise UserError(f"database URL {text!r}: only PostgreSQL servers are supported")
    url = url.set(drivername="postgresql+psycopg")
    if password:
        url = url.set(password=password)
    return url


def safe_text(url: URL) -> str:
    """The URL as shown to users and written to logs: never the password."""
    return url.render_as_string(hide_password=True)


class SharedDatabase(Database):
    """A Database on a PostgreSQL server; services use it exactly as the SQLite one."""

    shared = True

    def __init__(self, url: URL) -> None:
        super().__init__(Path(url.database or "crmdesk"))
        self.url = url
        # the signed-in user's role (with ``user_name``); None until someone signs in
        self.role: Role | None = None

    def who(self) -> tuple[str, Role] | None:
        """The signed-in user as (name, role), or None."""
        return None if self.role is None else (self.user_name, self.role)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine
            from sqlalchemy.orm import sessionmaker

            self._engine = create_engine(
                self.url,
                pool_pre_ping=True,  # the office server may have restarted since the last use
                hide_parameters=True,  # SQL errors must not print customers' data
                connect_args={"connect_timeout": 10, "application_name": "CRMDesk"},
            )
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
            guard.attach(self._engine, self.who)
        return self._engine

    def optimize(self) -> None:
        """The server keeps its own statistics (autovacuum)."""

    def describe(self) -> str:
        return safe_text(self.url)


def _revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(engine).has_table("alembic_version"):
        tables = inspect(engine).get_table_names()
        if tables:
            raise ServerSchemaError(
                "the shared database holds other tables but no CRMDesk schema; "
                "use an empty database"
            )
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_server(url: URL, create: bool = True) -> SharedDatabase:
    """Connect, refuse a newer schema, create or upgrade the schema, and return the Database.

    With ``create=False`` an empty database is refused (the CLI's ``setup`` creates it).
    """
    from sqlalchemy.exc import OperationalError

    from crmdesk.db import schema

    db = SharedDatabase(url)
    try:
        revision = _revision(db.engine)
    except OperationalError as exc:
        db.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise ServerUnavailableError(
            f"cannot reach the shared database {safe_text(url)}: {reason}"
        ) from None
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        db.dispose()
        raise ServerSchemaError(
            f"the shared database {safe_text(url)} was set up by a newer CRMDesk "
            f"(schema {revision}); install that version on this PC"
        )
    if revision is None and not create:
        db.dispose()
        raise ServerSchemaError(
            f"the shared database {safe_text(url)} is empty: run `crmdesk --database-url URL "
            "setup --owner NAME` once to create it"
        )
    if revision != schema.HEAD_REVISION:
        upgrade_server(db)
    return db


def upgrade_server(db: SharedDatabase) -> None:
    """Run the Alembic migrations on the server, in one transaction (PostgreSQL DDL is too)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["configure_logger"] = False
    # its own connection, outside the rights guard: migrations rewrite whole tables
    engine = create_engine(db.url, poolclass=NullPool, hide_parameters=True)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            log.info("upgrading the shared database %s", db.describe())
            command.upgrade(config, "head")
    finally:
        engine.dispose()
