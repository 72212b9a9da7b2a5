"""The people who sign in to a shared database: the first owner, adding staff, signing in.

Passwords are stored only as argon2id hashes (argon2-cffi, the maintained binding of the
Password Hashing Competition winner). Wrong passwords are slowed down where it counts: after
``FREE_ATTEMPTS`` failures in a row a name is locked for a while, doubling each time (kept in
the database, so restarting the app or using another PC does not reset it). "Wrong name" and
"wrong password" read the same, so the message does not tell which names exist.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from crmdesk.db.models import User
from crmdesk.db.server import SharedDatabase
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.team.roles import Role

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
FIRST_LOCK = dt.timedelta(minutes=1)
LONGEST_LOCK = dt.timedelta(hours=1)
MIN_PASSWORD = 8


class SignInError(UserError):
    """Wrong name or password, a locked or disabled name."""


@dataclass(frozen=True)
class UserRecord:
    id: int
    name: str
    display_name: str
    role: Role
    disabled: bool


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def _check_new(name: str, password: str, role: str) -> tuple[str, Role]:
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationError("name", "a user name of 1 to 100 characters is needed")
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"the password needs at least {MIN_PASSWORD} characters")
    try:
        return name, Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError("role", f"{role!r} is not a role ({choices})") from None


def _record(row: User) -> UserRecord:
    return UserRecord(row.id, row.name, row.display_name, Role(row.role), row.disabled)


def has_users(db: SharedDatabase) -> bool:
    """True once the shared database has its first owner."""
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_first_owner(db: SharedDatabase, name: str, password: str) -> UserRecord:
    """The owner who set the shared database up; refused once anyone exists. Signs them in."""
    name, role = _check_new(name, password, Role.OWNER)
    if has_users(db):
        raise UserError("the shared database already has users: an owner adds the others")
    now = utcnow()
    row = User(
        name=name, role=role, password_hash=_hasher().hash(password), created_at=now,
        updated_at=now,
    )  # fmt: skip
    db.user_name, db.role = name, role  # the first owner may write the users table
    try:
        with db.session() as session:
            session.add(row)
            session.flush()
            record = _record(row)
    except BaseException:
        db.user_name, db.role = "", None
        raise
    log.info("first owner %s created", name)
    return record


def add_user(db: SharedDatabase, name: str, password: str, role: str) -> UserRecord:
    """A new member of staff (owners only: the rights guard refuses anyone else)."""
    name, checked = _check_new(name, password, role)
    with db.session() as session:
        if session.scalar(select(User.id).where(func.lower(User.name) == name.lower())):
            raise ValidationError("name", f"{name!r} is already a user")
        now = utcnow()
        row = User(
            name=name, role=checked, password_hash=_hasher().hash(password), created_at=now,
            updated_at=now,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return _record(row)


def list_users(db: SharedDatabase) -> list[UserRecord]:
    with db.session() as session:
        return [
            _record(row) for row in session.scalars(select(User).order_by(func.lower(User.name)))
        ]


def sign_in(
    db: SharedDatabase, name: str, password: str, now: dt.datetime | None = None
) -> UserRecord:
    """Check the password and make ``name`` the user of ``db``; SignInError otherwise."""
    from argon2.exceptions import InvalidHashError, VerificationError

    now = now or utcnow()
    wrong = SignInError("wrong user name or password")
    with db.session() as session:
        row = session.scalar(select(User).where(func.lower(User.name) == name.strip().lower()))
        if row is None:
            _hasher().hash(password)  # as long as a real check, so timing tells nothing
            raise wrong
        if row.locked_until is not None and row.locked_until > now:
            minutes = max(1, round((row.locked_until - now).total_seconds() / 60))
            raise SignInError(
                f"{row.name} is locked after {row.failed_attempts} wrong passwords: "
                f"try again in {minutes} minute(s) or ask an owner"
            )
        try:
            _hasher().verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            row.failed_attempts += 1
            over = row.failed_attempts - FREE_ATTEMPTS
            if over >= 0:
                row.locked_until = now + min(FIRST_LOCK * (2**over), LONGEST_LOCK)
            log.warning("failed sign-in for %s (%d in a row)", row.name, row.failed_attempts)
            failed = True
        else:
            failed = False
            row.failed_attempts, row.locked_until = 0, None
        record = _record(row)
    if failed:
        raise wrong
    if record.disabled:
        raise SignInError(f"{record.name} may no longer sign in: ask an owner")
    db.user_name, db.role = record.name, record.role
    log.info("%s signed in as %s", record.name, record.role.value)
    return record
