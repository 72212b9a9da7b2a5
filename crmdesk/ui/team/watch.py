"""The window notices what others changed on the shared database.

When the window becomes active again, and on a light poll (every minute), the change marks
(crmdesk.services.team.changes: a count and a max(updated_at) per table) are read in the
background through the task runner; when they moved, the matching ``AppEvents`` signals fire
and the screens that show those records refresh as after one of the user's own changes.
Only installed on a shared database: alone on a PC, every change is the user's own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from crmdesk.services.team.changes import Marks, change_marks, changed_areas
from crmdesk.ui.context import AppContext

log = logging.getLogger(__name__)

POLL_MS = 60_000


class ChangeWatcher(QObject):
    """Polls the change marks while ``window`` lives; ``check()`` polls now."""

    def __init__(self, window: QWidget, ctx: AppContext, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.marks: Marks | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)
        self.check()  # the starting point to compare with

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.ActivationChange
            and self.window.isActiveWindow()
        ):
            self.check()
        return False

    def check(self) -> None:
        if self.busy:
            return
        self.busy = True
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda progress: change_marks(db),
            show_progress=False,
            parent=self.window,
            on_success=self._read,
            on_failure=self._failed,
        )

    def _read(self, marks: Marks) -> None:
        self.busy = False
        before, self.marks = self.marks, marks
        if before is None:
            return
        for area in sorted(changed_areas(before, marks)):
            log.info("%s changed on the shared database: refreshing", area)
            getattr(self.ctx.events, f"{area}_changed").emit()

    def _failed(self, error: BaseException) -> None:
        # the server may be briefly away (network): try again at the next poll, quietly
        self.busy = False
        log.warning("could not read the change marks: %s", error)
