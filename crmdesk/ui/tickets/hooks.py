"""What the service feature adds to the main window whichever screen is showing: the overdue
count next to "Service" in the navigation, kept up to date from start-up on.

The badge shows the bare number, like the follow-ups badge: "Service (13 overdue)" does not fit
the navigation's width in English.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from crmdesk.ui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

BADGE_REFRESH_MS = 60_000  # tickets turn overdue as time passes, not only when edited


def publish_overdue_badge(ctx: AppContext) -> None:
    """Count the overdue tickets off the GUI thread (a count over every ticket), then show the
    number next to Service in the navigation."""
    db = ctx.db

    def count(_progress: object) -> int:
        # imported here, on the worker thread: the ticket records module takes ~0.2 s to load
        from crmdesk.services.tickets.queries import count_overdue

        return count_overdue(db)

    def show(overdue: int) -> None:
        import shiboken6

        if shiboken6.isValid(ctx.events):
            ctx.events.badge_changed.emit("service", str(overdue) if overdue else "")

    def failed(error: BaseException) -> None:  # the badge is a hint; never break the window
        log.error("could not count overdue tickets", exc_info=error)

    ctx.tasks.run(
        count,
        show_progress=False,
        on_success=show,
        on_failure=failed,
    )


class ServiceHooks(QObject):
    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.ctx = ctx
        ctx.events.tickets_changed.connect(self.update_badge)
        ctx.events.data_replaced.connect(self.update_badge)
        self.timer = QTimer(self)
        self.timer.setInterval(BADGE_REFRESH_MS)
        self.timer.timeout.connect(self.update_badge)
        self.timer.start()
        # after the first paint: counting needs the database
        QTimer.singleShot(0, self.update_badge)

    def update_badge(self) -> None:
        publish_overdue_badge(self.ctx)


def install_service(window: QWidget, ctx: AppContext) -> ServiceHooks:
    """Called once by the main window after it is built."""
    return ServiceHooks(window, ctx)
