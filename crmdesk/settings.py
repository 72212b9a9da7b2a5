"""Options declared once (name, type, default) over a QSettings ini file in the data directory.

Keeping the file in the data directory (not the registry or ~/.config) means a test's fresh data
dir, a portable install and a backup folder all carry their own settings. Only QtCore is used,
so the CLI can read the same options without starting a GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple[Any, ...] | None = None


# The registry. Screens add their own options here so every default lives in one place.
COMPANY_NAME = Option[str]("general/company_name", str, "")
CURRENCY = Option[str]("general/currency", str, "CNY", ("CNY", "USD", "EUR", "GBP", "HKD"))
LANGUAGE = Option[str]("general/language", str, "system", ("system", "en", "zh_CN"))
BACKUP_DAILY = Option[bool]("backup/daily", bool, True)
BACKUP_KEEP_DAILY = Option[int]("backup/keep_daily", int, 7)
BACKUP_KEEP_WEEKLY = Option[int]("backup/keep_weekly", int, 4)
LAST_BACKUP_DATE = Option[str]("backup/last_date", str, "")
LAST_SCREEN = Option[str]("window/last_screen", str, "dashboard")
WINDOW_GEOMETRY = Option[bytes]("window/geometry", bytes, b"")
WINDOW_STATE = Option[bytes]("window/state", bytes, b"")
REPORT_PAPER = Option[str]("reports/paper", str, "A4", ("A4", "Letter"))
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
    "service/hours", str, json.dumps({"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"})
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
)
# the service list's remembered filter: JSON {"view": "open", "assignee": "Li"} ("mine")
SERVICE_FILTERS = Option[str]("service/filters", str, "{}")


class Settings:
    """Typed access to the options stored in ``settings.ini``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        raw = self._qs.value(option.key)
        if raw is None:
            return option.default
        value: Any
        try:
            if option.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif option.type is int:
                value = int(raw)
            elif option.type is bytes:
                value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return option.default
        if option.choices is not None and value not in option.choices:
            return option.default
        return value  # type: ignore[no-any-return]

    def set(self, option: Option[T], value: T) -> None:
        if option.choices is not None and value not in option.choices:
            raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
        stored: Any = QByteArray(value) if option.type is bytes else value
        self._qs.setValue(option.key, stored)

    def sync(self) -> None:
        self._qs.sync()
