"""Rights enforced where every read and write passes: the engine of a shared database.

Each statement sent to the server is checked against the signed-in user's role
(crmdesk.domain.team.roles) before it runs, whichever service, screen or command sent it:
ORM flushes, Core statements and the import's driver-level inserts alike. Hiding a button is
a courtesy; this is the rule. Before anyone has signed in, only the users table (to sign in)
and the schema version can be touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from crmdesk.domain.errors import UserError
from crmdesk.domain.team.roles import ROLE_LABELS, Role, area_of, may_read, may_write

_WRITE = re.compile(
    r'^\s*(?:(INSERT)\s+INTO|(UPDATE)|(DELETE)\s+FROM)\s+"?(\w+)"?', re.IGNORECASE | re.DOTALL
)
_SET = re.compile(r"\bSET\s+(.*?)(?:\bWHERE\b|\bRETURNING\b|$)", re.IGNORECASE | re.DOTALL)
_ASSIGNED = re.compile(r'(?:^|,)\s*"?(\w+)"?\s*=')
_READ = re.compile(r'\b(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)
# what anyone may touch before signing in: signing in itself, and the schema check
_BEFORE_SIGN_IN = frozenset({"users", "alembic_version"})
_SYSTEM = ("pg_", "information_schema")


class NotAllowedError(UserError):
    """The signed-in user's role does not allow this."""


def _tables_read(statement: str) -> set[str]:
    return {
        name.lower() for name in _READ.findall(statement) if not name.lower().startswith(_SYSTEM)
    }


def check(statement: str, who: tuple[str, Role] | None) -> None:
    """Raise NotAllowedError if ``who`` (name, role; None: nobody signed in) may not run it."""
    write = _WRITE.match(statement)
    if write is not None:
        table = write.group(4).lower()
        columns = None
        if write.group(2):  # UPDATE: which columns it sets
            found = _SET.search(statement)
            columns = frozenset(
                c.lower() for c in _ASSIGNED.findall(found.group(1) if found else "")
            )
        if who is None:
            if table == "users" and write.group(2):
                return  # a failed or successful sign-in records itself
            raise NotAllowedError("sign in first: nobody has signed in to the shared database")
        name, role = who
        if not may_write(role, table, columns):
            raise NotAllowedError(
                f"{name} ({ROLE_LABELS[role]}) may not change {area_of(table).value}"
            )
        return
    tables = _tables_read(statement)
    if not tables:
        return
    if who is None:
        if tables <= _BEFORE_SIGN_IN:
            return
        raise NotAllowedError("sign in first: nobody has signed in to the shared database")
    name, role = who
    for table in tables:
        if not may_read(role, table):
            raise NotAllowedError(
                f"{name} ({ROLE_LABELS[role]}) may not see {area_of(table).value}: "
                "budget plans and spending are for owners"
            )


def attach(engine: Any, who: Callable[[], tuple[str, Role] | None]) -> None:
    """Check every statement ``engine`` runs against the user ``who()`` returns."""

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        check(statement, who())

    event.listen(engine, "before_cursor_execute", before)


def require_owner(db: Any, what: str) -> None:
    """Refuse ``what`` (a verb phrase) on a shared database unless an owner is signed in.

    For what the roles table cannot tell from the statement alone: deleting for good is a
    DELETE like the ones an ordinary edit runs (a phone number removed), but only owners may.
    """
    if not getattr(db, "shared", False) or getattr(db, "role", None) is Role.OWNER:
        return
    name = getattr(db, "user_name", "") or "nobody"
    raise NotAllowedError(f"{name} may not {what}: only owners may")
