"""No lost updates: a save names the version it started from, and is refused if the stored
record moved on since (somebody else saved it on the shared database, or in another window).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from crmdesk.domain.errors import UserError


class StaleRecordError(UserError):
    """The record changed after it was read; ``by`` and ``at`` say who saved it and when."""

    def __init__(self, what: str, by: str, at: dt.datetime, version: int) -> None:
        who = by or "someone else"
        when = at.astimezone().strftime("%Y-%m-%d %H:%M")
        super().__init__(
            f"{what} was changed by {who} at {when} after you opened it: reload it to see "
            "their changes, or save again to replace them"
        )
        self.by, self.at, self.version = by, at, version


def check_version(what: str, row: Any, expected: int | None) -> None:
    """Raise StaleRecordError if ``row`` (a VersionMixin row) is not at ``expected``."""
    if expected is None:
        return
    version = int(row.version or 1)
    if version != expected:
        raise StaleRecordError(what, str(row.updated_by or ""), row.updated_at, version)
