"""What the follow-ups feature adds to the main window, whichever screen is showing.

Ctrl+Shift+F quick add, File > Export follow-ups, File > Start with the system, the navigation
badge (overdue + today), the reminder service with its popup and tray notification, and the
tray icon itself. The main window calls :func:`install_followups` once after it is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QSystemTrayIcon

from crmdesk import settings
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError
from crmdesk.domain.followups.agenda import AgendaGroup
from crmdesk.domain.followups.rules import Snooze
from crmdesk.services.followups.store import FollowUpRecord, agenda_counts, get_followup
from crmdesk.ui.followups.common import customer_text, kind_label, subject_text
from crmdesk.ui.followups.dialogs import complete_with_dialog, quick_add_followup
from crmdesk.ui.followups.reminders import ReminderPopup, ReminderService
from crmdesk.ui.widgets.time import user_zone

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FollowUpHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.popup: ReminderPopup | None = None

        self.quick_add_action = QAction(self.tr("New &follow-up..."), window)
        self.quick_add_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.quick_add_action.setToolTip(self.tr("Plan a follow-up from anywhere (Ctrl+Shift+F)"))
        self.quick_add_action.triggered.connect(self.on_quick_add_triggered)
        window.addAction(self.quick_add_action)
        self.export_action = QAction(self.tr("&Export follow-ups to calendar (.ics)..."), window)
        self.export_action.triggered.connect(self.on_export_triggered)
        self.autostart_action = QAction(
            self.tr("Start with the system, minimised to &tray"), window
        )
        self.autostart_action.setCheckable(True)
        self.autostart_action.setChecked(self.ctx.settings.get(settings.START_WITH_SYSTEM))
        self.autostart_action.toggled.connect(self.on_autostart_toggled)
        menu = getattr(window, "file_menu", None)
        if isinstance(menu, QMenu):
            actions = menu.actions()
            # after "New", before the backup block
            before = actions[1] if len(actions) > 1 else None
            menu.insertAction(before, self.quick_add_action)
            menu.insertAction(before, self.export_action)
            menu.insertAction(before, self.autostart_action)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            tray_menu = QMenu(window)
            tray_menu.addAction(self.tr("&Open CRMDesk"), self.bring_forward)
            tray_menu.addAction(self.quick_add_action)
            tray_menu.addSeparator()
            tray_menu.addAction(self.tr("&Quit"), self.quit)
            self.tray.setContextMenu(tray_menu)
            self.tray.setToolTip("CRMDesk")
            self.tray.activated.connect(self.on_tray_activated)
            self.tray.messageClicked.connect(self.show_popup)
            self.tray.show()

        self.reminders = ReminderService(
            lambda: self.ctx.db, parent=self, background=self._in_background
        )
        self.reminders.fired.connect(self.on_reminders_fired)
        self.reminders.checked.connect(self.update_badge)
        self.ctx.events.followups_changed.connect(self.update_badge)
        self.ctx.events.data_replaced.connect(self.update_badge)
        # after the first paint: missed reminders and the badge need the database
        QTimer.singleShot(0, self.reminders.start)

    # --- badge -----------------------------------------------------------------------------

    def _in_background(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self.ctx.tasks.run(
            lambda progress: work(), show_progress=False, on_success=on_done, on_failure=on_failed
        )

    def update_badge(self) -> None:
        """Count overdue and today's follow-ups off the GUI thread, then show the badge."""
        db, now, tz = self.ctx.db, utcnow(), user_zone()

        def show(counts: dict[AgendaGroup, int]) -> None:
            count = counts[AgendaGroup.OVERDUE] + counts[AgendaGroup.TODAY]
            self.ctx.events.badge_changed.emit("followups", str(count) if count else "")

        def failed(error: BaseException) -> None:  # the badge is a hint: never break the window
            log.error("could not count follow-ups", exc_info=error)

        self._in_background(lambda: agenda_counts(db, now, tz), show, failed)

    # --- reminders -------------------------------------------------------------------------

    def on_reminders_fired(self, records: list[FollowUpRecord], missed: bool) -> None:
        popup = self.ensure_popup()
        popup.add_records(records, missed)
        self.show_popup()
        if self.tray is not None:
            first = records[0]
            title = (
                self.tr("%n follow-up reminder(s)", "", len(records))
                if len(records) > 1
                else kind_label(first.kind)
            )
            text = " · ".join(p for p in (customer_text(first), subject_text(first)) if p)
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)

    def ensure_popup(self) -> ReminderPopup:
        if self.popup is None:
            self.popup = ReminderPopup(self.window)
            self.popup.open_requested.connect(self.on_popup_open)
            self.popup.done_requested.connect(self.on_popup_done)
            self.popup.snooze_requested.connect(self.on_popup_snooze)
        return self.popup

    def show_popup(self) -> None:
        if self.popup is not None and self.popup.list.count():
            self.popup.show()
            self.popup.raise_()

    def on_popup_open(self, followup_id: int) -> None:
        self.bring_forward()
        self.window.show_screen("followups", {"followup_id": followup_id})

    def on_popup_done(self, record: FollowUpRecord) -> None:
        try:
            fresh = get_followup(self.ctx.db, record.id)
        except UserError:
            fresh = None
        if fresh is None or fresh.status != "planned" or fresh.deleted_at is not None:
            if self.popup is not None:
                self.popup.remove(record.id)
            return
        if complete_with_dialog(self.popup, self.ctx, fresh) and self.popup is not None:
            self.popup.remove(record.id)

    def on_popup_snooze(self, followup_id: int, choice: Snooze) -> None:
        from crmdesk.ui.followups.screen import snooze_now

        if snooze_now(self.popup, self.ctx, followup_id, choice) and self.popup is not None:
            self.popup.remove(followup_id)

    # --- window and tray -------------------------------------------------------------------

    def on_quick_add_triggered(self) -> None:
        parent = self.window if self.window.isVisible() else None
        # on the customer list, the follow-up is for the selected customer
        current = getattr(self.window.current_screen(), "current_customer_id", None)
        quick_add_followup(parent, self.ctx, current() if current is not None else None)

    def bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.bring_forward()

    def quit(self) -> None:
        self.window.close()
        QApplication.quit()

    def minimise(self) -> None:
        """Start hidden in the tray (or minimised where there is no tray)."""
        if self.tray is not None:
            self.window.hide()
        else:
            self.window.showMinimized()

    # --- export and autostart --------------------------------------------------------------

    def on_export_triggered(self) -> None:
        from crmdesk.services.followups.ical import export_followups

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder or Path.home()) / "crmdesk-follow-ups.ics")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export follow-ups"),
            default,
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        tz = user_zone()

        def translate(context: str, text: str) -> str:
            return QApplication.translate(context, text)

        def done(count: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported %1 follow-ups to %2")
                .replace("%1", str(count))
                .replace("%2", path),
                10000,
            )

        self.ctx.tasks.run(
            lambda progress: export_followups(
                self.ctx.db, Path(path), tz=tz, translate=translate, progress=progress
            ),
            title=self.tr("Exporting follow-ups"),
            parent=self.window,
            on_success=done,
        )

    def on_autostart_toggled(self, enabled: bool) -> None:
        from crmdesk.services.autostart import launch_command, set_autostart

        try:
            set_autostart(
                enabled,
                launch_command(self.ctx.data_dir.root),
                comment=self.tr("Follow-up reminders"),
            )
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Start with the system"), str(exc))
            self.autostart_action.blockSignals(True)
            self.autostart_action.setChecked(not enabled)
            self.autostart_action.blockSignals(False)
            return
        self.ctx.settings.set(settings.START_WITH_SYSTEM, enabled)
        self.ctx.settings.sync()


def install_followups(window: MainWindow) -> FollowUpHooks:
    """Add the follow-up actions, badge, reminders and tray icon to ``window``."""
    return FollowUpHooks(window)
