"""The shared database a PC is set to start on: its address (kept in settings.ini by the
settings screen, crmdesk.ui.settings.shared), its password in the operating system's
keyring (Windows Credential Manager, macOS Keychain, Secret Service) through the ``keyring``
package, and a connection test that changes nothing on the server.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from crmdesk.domain.errors import UserError

KEYRING_SERVICE = "CRMDesk shared database"


@dataclass(frozen=True)
class ServerAddress:
    """Where the shared database is and which PostgreSQL login to use."""

    host: str
    port: int = 5432
    database: str = "crmdesk"
    user: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())

    @property
    def key(self) -> str:
        """The keyring entry's name: one password per login and server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The database URL (with the password; never show or log it)."""
        from sqlalchemy.engine import URL

        url = URL.create(
            "postgresql+psycopg",
            username=self.user.strip() or None,
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip() or None,
        )
        return url.render_as_string(hide_password=False)


def load_password(address: ServerAddress) -> str | None:
    """The password kept in the keyring for ``address``; None if none (or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except KeyringError:
        return None


def save_password(address: ServerAddress, password: str) -> None:
    """Keep ``password`` in the keyring (an empty one removes the entry)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, address.key, password)
        else:
            with contextlib.suppress(PasswordDeleteError):  # nothing kept: nothing to remove
                keyring.delete_password(KEYRING_SERVICE, address.key)
    except KeyringError as exc:
        raise UserError(
            f"the password could not be kept in the system keyring ({exc}); it was not saved"
        ) from None


def check_connection(address: ServerAddress, password: str | None) -> str:
    """Reach the server and read its schema version, changing nothing; a plain sentence on
    success, UserError saying what is wrong otherwise (safe off the GUI thread)."""
    from sqlalchemy.exc import OperationalError

    from crmdesk.db import schema
    from crmdesk.db.server import SharedDatabase, _revision, parse_url, safe_text

    if not address.configured:
        raise UserError("enter the server's host name or address first")
    url = parse_url(address.url(password))
    db = SharedDatabase(url)
    try:
        revision = _revision(db.engine)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise UserError(f"cannot reach {safe_text(url)}: {reason}") from None
    finally:
        db.dispose()
    if revision is None:
        raise UserError(
            f"{safe_text(url)} answers but is empty: run `crmdesk --database-url URL setup "
            "--owner NAME` once to create it"
        )
    if revision not in schema.KNOWN_REVISIONS:
        raise UserError(f"{safe_text(url)} was set up by a newer CRMDesk (schema {revision})")
    return f"connected to {safe_text(url)}"
