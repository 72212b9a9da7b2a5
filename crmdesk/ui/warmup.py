"""What loads in the background once the window is on screen: the feature hooks' modules
(and SQLAlchemy with them), then every screen not shown yet, and then start-up's objects are
frozen out of the garbage collector's full passes.

Importing these on the GUI thread stalled the window: SQLAlchemy about 0.4 s, a screen 40-110
ms on its first switch, the hooks' dialogs 30-108 ms (100,000 customers). In a worker the GIL
is handed back every few milliseconds, so the window answers meanwhile.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, Protocol

# what the feature hooks (follow-ups, service, a shared database's watcher) need below the UI:
# imported off the GUI thread before the hooks attach (tests/gui/test_main_window.py checks
# that attaching them then imports nothing but UI modules)
FEATURE_SERVICES = (
    "crmdesk.db.models",
    "crmdesk.services.customers.store",
    "crmdesk.services.followups.store",
    "crmdesk.services.followups.reminders",
    "crmdesk.services.followups.write",
    "crmdesk.services.followups.plans",
    "crmdesk.services.team.changes",
)

# ... and the hooks' own UI modules (dialogs, the reminder popup)
FEATURE_HOOKS = ("crmdesk.ui.followups.hooks", "crmdesk.ui.tickets.hooks")

# Held while a screen's modules are imported, in the background or on the GUI thread: Python
# lets two threads import the same circle of modules at once only by handing one of them a
# half-made module, so the two never import screens at the same time.
_SCREEN_IMPORT = threading.Lock()


class ScreenRef(Protocol):
    """Where a screen's class lives (the main window's ScreenSpec)."""

    @property
    def module(self) -> str: ...

    @property
    def cls(self) -> str: ...


def import_feature_modules(_progress: object) -> None:
    """The feature hooks' services, then their UI modules (which share modules with the
    screens, hence the lock)."""
    for name in FEATURE_SERVICES:
        importlib.import_module(name)
    with _SCREEN_IMPORT:
        for name in FEATURE_HOOKS:
            importlib.import_module(name)


def screen_class(spec: ScreenRef) -> Any:
    """The class of ``spec``'s screen, its modules imported (a package may import its screen
    module only when the class is asked for)."""
    with _SCREEN_IMPORT:
        return getattr(importlib.import_module(spec.module), spec.cls)


def import_screens(specs: list[Any], _progress: object) -> None:
    """Import the screens not shown yet, one after the other: a first switch then builds
    widgets only."""
    for spec in specs:
        screen_class(spec)


def freeze_start_up_objects(_: object = None) -> None:
    """Everything loaded so far (modules, classes, SQLAlchemy's and Qt's tables) lives as
    long as the app: keep it out of the collector's full passes, which otherwise walk it
    all again and again (66-73 ms each at 100,000 customers, stalling whatever screen
    the user is on). Objects made later are collected as before. No collection first: that
    would be one such pass on the GUI thread, for the little garbage start-up leaves."""
    import gc

    gc.freeze()
