"""Business settings (company profile, currency, service hours...) kept in the database.

``crmdesk.settings`` declares every option with its default; the ones flagged ``business`` are
read and written here, so a backup carries them and a restore brings them back. The store asks
for the current database each time (a restore replaces it), and reads are one primary-key
lookup in a table of a dozen rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads when a business option is first read, not at start-up
    from crmdesk.db.engine import Database

log = logging.getLogger(__name__)


class DatabaseBusinessStore:
    """The ``settings.BusinessStore`` over the ``business_settings`` table."""

    def __init__(self, database: Callable[[], Database | None]) -> None:
        self._database = database

    def get(self, key: str) -> str | None:
        """The stored text of ``key``, or None when it was never set (the default applies)."""
        from sqlalchemy import select
        from sqlalchemy.exc import OperationalError

        from crmdesk.db.models import BusinessSetting

        database = self._database()
        if database is None:  # a context without a database (report preview tests)
            return None
        try:
            with database.session() as session:
                return session.scalar(
                    select(BusinessSetting.value).where(BusinessSetting.key == key)
                )
        except OperationalError:
            # a database not yet upgraded to the schema that has the table: defaults apply
            log.debug("business setting %s read before the schema upgrade", key)
            return None

    def set(self, key: str, value: str) -> bool:
        """Store ``value`` under ``key`` in its own transaction; False without a database."""
        from crmdesk.db.models import BusinessSetting

        database = self._database()
        if database is None:
            return False
        with database.session() as session:
            row = session.get(BusinessSetting, key)
            if row is None:
                session.add(BusinessSetting(key=key, value=value))
            else:
                row.value = value
        return True
