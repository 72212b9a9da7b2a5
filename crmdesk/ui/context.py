"""What every screen is given: the open database, settings, the task runner and app events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from crmdesk.paths import DataDir
from crmdesk.services.storage import Database
from crmdesk.settings import Settings
from crmdesk.ui.tasks import TaskRunner


class AppEvents(QObject):
    """Signals named for what happened, so screens refresh each other without knowing each other."""

    customers_changed = Signal()
    followups_changed = Signal()
    tickets_changed = Signal()
    plans_changed = Signal()
    spending_changed = Signal()
    # the database file was replaced (restore): everything must reload
    data_replaced = Signal()
    # ask the main window to show a screen, optionally with a filter/record (e.g. "overdue")
    navigate = Signal(str, object)
    # a navigation badge changed: screen key, text shown after its name ("3")
    badge_changed = Signal(str, str)


@dataclass
class AppContext:
    data_dir: DataDir
    db: Database
    settings: Settings
    tasks: TaskRunner
    events: AppEvents = field(default_factory=AppEvents)
    language: str = "en"
    # set by the application: rebuild the main window (after a language switch or a restore)
    rebuild_window: Callable[[], None] = lambda: None
    # set by the application: replace the database with a backup file, then reload
    restore_backup: Callable[[str], None] = lambda path: None

    def __post_init__(self) -> None:
        # business options (company profile, service hours...) live in the current database
        from crmdesk.services.business import DatabaseBusinessStore

        self.settings.attach_store(DatabaseBusinessStore(lambda: self.db))
