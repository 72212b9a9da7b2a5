"""The user's time zone outside Qt (the CLI, tests): an IANA zone whenever one can be found.

The GUI prefers Qt's ``QTimeZone.systemTimeZoneId()`` (which also knows Windows' zone names) and
falls back to this. A zone without an IANA key (a bare UTC offset) still gives correct local
days today, but not across a DST change, which is why a named zone is worth the effort.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def zone_named(key: str) -> ZoneInfo | None:
    """The IANA zone called ``key``, or None if this machine does not know it."""
    key = key.strip().lstrip(":")
    if not key:
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _from_etc(root: Path) -> ZoneInfo | None:
    timezone_file = root / "etc" / "timezone"
    if timezone_file.is_file():
        zone = zone_named(timezone_file.read_text(encoding="utf-8", errors="replace"))
        if zone is not None:
            return zone
    localtime = root / "etc" / "localtime"
    if localtime.is_symlink():
        target = str(localtime.resolve())
        marker = "zoneinfo/"
        if marker in target:
            return zone_named(target.split(marker, 1)[1])
    return None


def local_zone(root: Path = Path("/")) -> dt.tzinfo:
    """The computer's time zone: ``TZ``, then /etc/timezone or /etc/localtime, then the offset."""
    zone = zone_named(os.environ.get("TZ", ""))
    if zone is None:
        try:
            zone = _from_etc(root)
        except OSError as exc:
            log.debug("could not read the system time zone: %s", exc)
    if zone is not None:
        return zone
    fallback = dt.datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else dt.UTC


def zone_key(tz: dt.tzinfo) -> str | None:
    """The IANA name of ``tz`` (for iCalendar TZID), or None for a bare offset."""
    key = getattr(tz, "key", None)
    return key if isinstance(key, str) and key else None
