"""Who changed what: every flush moves edited records' versions on and names the user.

``Database.session()`` puts the signed-in user's name (empty on a single-user PC) into the
session's ``info``; this hook, installed once for all sessions, bumps ``version`` and sets
``updated_by`` on changed rows of edited records and ``user_name`` on new activity lines.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from crmdesk.db.models import Activity, VersionMixin

_installed = False


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    user = str(session.info.get("user", ""))
    for obj in session.dirty:
        if isinstance(obj, VersionMixin) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1
            obj.updated_by = user
    for obj in session.new:
        if isinstance(obj, VersionMixin):
            obj.updated_by = user
        elif isinstance(obj, Activity) and not obj.user_name:
            obj.user_name = user


def install() -> None:
    """Attach the hook to every Session (once per process)."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
