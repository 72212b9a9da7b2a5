"""Options declared once (name, type, default) over a QSettings ini file in the data directory.

Keeping the file in the data directory (not the registry or ~/.config) means a test's fresh data
dir, a portable install and a backup folder all carry their own settings. Only QtCore is used,
so the CLI can read the same options without starting a GUI.

Options flagged ``business`` (company profile, currency, service hours, report defaults) belong
to the business rather than to the PC: once a database store is attached they are read from and
written to the database (``crmdesk.services.business``), so a backup carries them. Values an
older ``settings.ini`` still holds are moved into the database the first time.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from crmdesk.domain.company import CompanyProfile

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple[Any, ...] | None = None
    # stored in the database (a backup carries it), not in the per-PC settings.ini
    business: bool = False


class BusinessStore(Protocol):
    """Where business options live: text values by key (the database, see services.business)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> bool:
        """Store the value; False when there is no database to store it in (the ini is used)."""
        ...


# The registry. Screens add their own options here so every default lives in one place.
COMPANY_NAME = Option[str]("general/company_name", str, "", business=True)
CURRENCY = Option[str](
    "general/currency", str, "CNY", ("CNY", "USD", "EUR", "GBP", "HKD"), business=True
)
# the rest of the company profile, printed on reports and work orders
COMPANY_ADDRESS = Option[str]("company/address", str, "", business=True)
COMPANY_TAX_ID = Option[str]("company/tax_id", str, "", business=True)
COMPANY_PHONE = Option[str]("company/phone", str, "", business=True)
COMPANY_EMAIL = Option[str]("company/email", str, "", business=True)
# the logo for reports: a PNG or JPEG file's bytes (kept in the database, not as a path)
COMPANY_LOGO = Option[bytes]("company/logo", bytes, b"", business=True)
# the first-run welcome was finished or skipped for this business
WELCOME_DONE = Option[bool]("company/welcome_done", bool, False, business=True)
LANGUAGE = Option[str]("general/language", str, "system", ("system", "en", "zh_CN"))
BACKUP_DAILY = Option[bool]("backup/daily", bool, True)
BACKUP_KEEP_DAILY = Option[int]("backup/keep_daily", int, 7)
BACKUP_KEEP_WEEKLY = Option[int]("backup/keep_weekly", int, 4)
LAST_BACKUP_DATE = Option[str]("backup/last_date", str, "")
LAST_SCREEN = Option[str]("window/last_screen", str, "dashboard")
WINDOW_GEOMETRY = Option[bytes]("window/geometry", bytes, b"")
WINDOW_STATE = Option[bytes]("window/state", bytes, b"")
REPORT_PAPER = Option[str]("reports/paper", str, "A4", ("A4", "Letter"), business=True)
# folder of the last PDF saved from the report preview (empty: Documents)
REPORT_FOLDER = Option[str]("reports/last_folder", str, "")
# follow-ups: start with the system minimised to the tray; default lead time and next-step gap
START_WITH_SYSTEM = Option[bool]("followups/start_with_system", bool, False)
FOLLOWUP_REMINDER_MINUTES = Option[int]("followups/reminder_minutes", int, 15)
FOLLOWUP_NEXT_STEP_DAYS = Option[int]("followups/next_step_days", int, 7)
# customer list: keys of hidden columns (JSON list), header and splitter state
CUSTOMERS_HIDDEN_COLUMNS = Option[str]("customers/hidden_columns", str, '["notes"]')
CUSTOMERS_HEADER_STATE = Option[bytes]("customers/header_state", bytes, b"")
CUSTOMERS_SPLITTER_STATE = Option[bytes]("customers/splitter_state", bytes, b"")
# business hours for service due dates: JSON {"days": [0..6], "start": "09:00", "end": "18:00"}
SERVICE_HOURS = Option[str](
    "service/hours",
    str,
    json.dumps({"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"}),
    business=True,
)
# per priority: hours to first response and to resolution (business hours)
SERVICE_TARGETS = Option[str](
    "service/targets",
    str,
    json.dumps(
        {
            "urgent": [1, 8],
            "high": [4, 18],
            "normal": [8, 45],
            "low": [18, 90],
        }
    ),
    business=True,
)
# which holiday calendar the service hours follow: "" (typed by hand) or "china" (official)
SERVICE_CALENDAR = Option[str]("service/calendar", str, "", ("", "china"), business=True)
# the service list's remembered filter: JSON {"view": "open", "assignee": "Li"} ("mine")
SERVICE_FILTERS = Option[str]("service/filters", str, "{}")

# the shared database this PC starts on (empty host: the single-user data folder); the
# password is kept in the system keyring (crmdesk.services.team.connection), never here
SHARED_HOST = Option[str]("shared/host", str, "")
SHARED_PORT = Option[int]("shared/port", int, 5432)
SHARED_DATABASE = Option[str]("shared/database", str, "crmdesk")
SHARED_USER = Option[str]("shared/user", str, "")


BUSINESS_OPTIONS: tuple[Option[Any], ...] = tuple(
    value for value in list(globals().values()) if isinstance(value, Option) and value.business
)


def _to_text(option: Option[Any], value: Any) -> str:
    if option.type is bytes:
        return base64.b64encode(bytes(value)).decode("ascii")
    if option.type is bool:
        return "true" if value else "false"
    return str(value)


class Settings:
    """Typed access to the options: ``settings.ini`` for the PC, the database for the business."""

    def __init__(self, path: Path, store: BusinessStore | None = None) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._store = store

    def attach_store(self, store: BusinessStore | None) -> None:
        """Read and write business options through ``store`` (None: the ini file again)."""
        self._store = store

    def move_business_options(self) -> int:
        """Copy business values the ini file still holds into the store; drop them from the ini.

        A value the database has already wins (a restored backup, another PC). Returns how many
        were moved.
        """
        if self._store is None:
            return 0
        moved = 0
        for option in BUSINESS_OPTIONS:
            if self._qs.value(option.key) is None:
                continue
            value = self._read_ini(option)
            if self._store.get(option.key) is None:
                if not self._store.set(option.key, _to_text(option, value)):
                    continue  # no database: the value stays where it is
                moved += 1
            self._qs.remove(option.key)
        if moved:
            log.info("moved %d business settings from %s into the database", moved, self.path)
        self._qs.sync()
        return moved

    def get(self, option: Option[T]) -> T:
        if option.business and self._store is not None:
            text = self._store.get(option.key)
            if text is not None:
                return self._convert(option, text, from_store=True)
            # not in the database (yet): an ini of an older version may still hold it
        return self._read_ini(option)

    def _read_ini(self, option: Option[T]) -> T:
        raw = self._qs.value(option.key)
        if raw is None:
            return option.default
        return self._convert(option, raw, from_store=False)

    def _convert(self, option: Option[T], raw: Any, from_store: bool) -> T:
        value: Any
        try:
            if option.type is bytes and from_store:
                value = base64.b64decode(str(raw), validate=True)
            elif option.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif option.type is int:
                value = int(raw)
            elif option.type is bytes:
                value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):  # binascii.Error is a ValueError
            return option.default
        if option.choices is not None and value not in option.choices:
            return option.default
        return value  # type: ignore[no-any-return]

    def set(self, option: Option[T], value: T) -> None:
        if option.choices is not None and value not in option.choices:
            raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
        if (
            option.business
            and self._store is not None
            and self._store.set(option.key, _to_text(option, value))
        ):
            return
        stored: Any = QByteArray(cast(bytes, value)) if option.type is bytes else value
        self._qs.setValue(option.key, stored)

    def sync(self) -> None:
        self._qs.sync()


def company_profile(options: Settings) -> CompanyProfile:
    """The company profile the business settings hold, as the reports print it."""
    from crmdesk.domain.company import CompanyProfile

    return CompanyProfile(
        name=options.get(COMPANY_NAME).strip(),
        address=options.get(COMPANY_ADDRESS).strip(),
        tax_id=options.get(COMPANY_TAX_ID).strip(),
        phone=options.get(COMPANY_PHONE).strip(),
        email=options.get(COMPANY_EMAIL).strip(),
        logo=options.get(COMPANY_LOGO) or b"",
    )
