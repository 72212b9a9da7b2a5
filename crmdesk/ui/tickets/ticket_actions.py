"""What a user can do with a ticket on the service screen: the actions, their shortcuts, and
the dialogs and service calls behind them."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from crmdesk.domain.errors import UserError
from crmdesk.domain.tickets.workflow import allowed_next
from crmdesk.services.followups.plans import propose_satisfaction_call
from crmdesk.services.tickets.queries import assignees, get_ticket
from crmdesk.services.tickets.records import TicketDetail, TicketRecord
from crmdesk.services.tickets.store import (
    add_comment,
    change_status,
    close_ticket,
    create_ticket,
    delete_ticket,
    record_satisfaction,
    restore_ticket,
    update_ticket,
)
from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.tickets.dialogs import CloseDialog, ResolveDialog, TicketDialog
from crmdesk.ui.widgets.commands import IdsAction, RestoreCommand, SoftDeleteCommand, each
from crmdesk.ui.widgets.stale import ask_save_over

if TYPE_CHECKING:
    from crmdesk.ui.tickets.screen import ServiceScreen

log = logging.getLogger(__name__)


class TicketActions(QObject):
    """The screen's ticket actions, enabled according to the selected ticket's status."""

    def __init__(self, screen: ServiceScreen) -> None:
        super().__init__(screen)
        self.screen = screen

        def action(text: str, shortcut: str, slot: Callable[[], None], tip: str = "") -> QAction:
            act = QAction(text, screen)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                plain = re.sub(r"\(&\w\)|&", "", text).rstrip(".…")  # "&Close", "关闭(&C)"
                tip = f"{tip or plain} ({keys})"
            if tip:
                act.setToolTip(tip)
            act.triggered.connect(slot)
            screen.addAction(act)
            return act

        self.start = action(
            self.tr("In &progress"),
            "Ctrl+Shift+S",
            lambda: self.move("in_progress"),
            self.tr("Start work on the ticket (first response)"),
        )
        self.wait = action(
            self.tr("&Waiting"),
            "Ctrl+Shift+W",
            lambda: self.move("waiting"),
            self.tr("Waiting for the customer: pauses the clock"),
        )
        self.resolve = action(self.tr("&Resolve..."), "Ctrl+Shift+R", lambda: self.move("resolved"))
        self.close = action(self.tr("&Close..."), "Ctrl+Shift+C", lambda: self.move("closed"))
        self.reopen = action(self.tr("Re&open"), "Ctrl+Shift+O", lambda: self.move("in_progress"))
        self.edit = action(self.tr("&Edit..."), "F2", self.edit_ticket)
        self.rate = action(
            self.tr("Satis&faction..."),
            "",
            self.rate_ticket,
            self.tr("Record the customer's satisfaction score"),
        )
        self.print_ = action(
            self.tr("&Print work order..."),
            "Ctrl+P",
            self.print_order,
            self.tr("Preview the work order, then print or save it"),
        )
        self.save_pdf = action(
            self.tr("&Save work order as PDF..."), "Ctrl+Shift+P", self.save_order
        )
        self.work_order = QAction(self.tr("&Work order"), screen)
        menu = QMenu(screen)
        menu.addAction(self.print_)
        menu.addAction(self.save_pdf)
        self.work_order.setMenu(menu)
        self.delete = action(
            self.tr("&Delete"),
            "Del",
            self.delete_ticket,
            self.tr("Move the ticket to the recycle bin (Ctrl+Z undoes)"),
        )
        self.restore = action(self.tr("Res&tore"), "", self.restore_ticket)
        self.comment = action(
            self.tr("Comment"), "Ctrl+Shift+M", lambda: screen.detail.focus_comment()
        )
        self.update_enabled(None)

    # --- state -----------------------------------------------------------------------------

    def update_enabled(self, ticket: TicketRecord | None) -> None:
        live = ticket is not None and ticket.deleted_at is None
        nxt = allowed_next(ticket.status) if ticket is not None and live else frozenset()
        reopening = ticket is not None and ticket.status in ("resolved", "closed")
        # only the moves that make sense now are shown, so the row of buttons stays short
        for act, on in (
            (self.start, "in_progress" in nxt and not reopening),
            (self.wait, "waiting" in nxt),
            (self.resolve, "resolved" in nxt),
            (self.close, "closed" in nxt),
            (self.reopen, "in_progress" in nxt and reopening),
            (self.rate, live and reopening),
        ):
            act.setEnabled(on)
            act.setVisible(on or ticket is None)
        self.edit.setEnabled(live)
        for act in (self.print_, self.save_pdf, self.work_order):
            act.setEnabled(ticket is not None)
        self.delete.setEnabled(live)
        self.delete.setVisible(ticket is None or ticket.deleted_at is None)
        self.restore.setEnabled(ticket is not None and not live)
        self.restore.setVisible(ticket is not None and not live)
        self.comment.setEnabled(live)

    def _current(self) -> TicketRecord | None:
        return self.screen.current_ticket()

    def _warn(self, exc: UserError) -> None:
        QMessageBox.warning(self.screen, self.tr("Service"), str(exc))

    # --- handlers --------------------------------------------------------------------------

    def new_ticket(self, customer_id: int | None = None) -> None:
        s = self.screen
        customer = None
        if customer_id is not None:
            from crmdesk.services.followups.store import customer_names

            names = customer_names(s.ctx.db, customer_id)
            if names is not None:
                customer = (customer_id, f"{names[0]} ({names[1]})" if names[1] else names[0])
        data = TicketDialog.ask(s, s.ctx, s.levels, None, assignees(s.ctx.db), customer)
        if data is None:
            return
        try:
            ticket = create_ticket(s.ctx.db, data, s.levels)
        except UserError as exc:
            self._warn(exc)
            return
        s.changed()
        s.select_ticket(ticket.id, switch_view=True)

    def edit_ticket(self) -> None:
        s, ticket = self.screen, self._current()
        if ticket is None or ticket.deleted_at is not None:
            return
        data = TicketDialog.ask(s, s.ctx, s.levels, ticket, assignees(s.ctx.db))
        if data is None:
            return
        version = ticket.version  # the version the dialog showed: no lost updates
        while True:
            try:
                update_ticket(s.ctx.db, ticket.id, data, s.levels, expected_version=version)
                break
            except StaleRecordError as refused:
                if not ask_save_over(s, refused, f"{ticket.number} {ticket.subject}"):
                    break  # keep theirs: the refresh below shows them
                version = refused.version
            except UserError as exc:
                self._warn(exc)
                return
        s.changed()

    def move(self, status: str) -> None:
        """Quick status change; resolving and closing open their dialogs."""
        s, ticket = self.screen, self._current()
        if ticket is None or status not in allowed_next(ticket.status):
            return
        try:
            if status == "resolved":
                resolution = ResolveDialog.ask(s, ticket)
                if resolution is None:
                    return
                change_status(s.ctx.db, ticket.id, status, s.levels, resolution=resolution)
            elif status == "closed":
                if not self._close(ticket):
                    return
            else:
                change_status(s.ctx.db, ticket.id, status, s.levels)
        except UserError as exc:
            self._warn(exc)
        s.changed()

    def _close(self, ticket: TicketRecord) -> bool:
        s = self.screen
        confirmed = False
        if ticket.status != "resolved" and not ticket.resolution.strip():
            answer = QMessageBox.question(
                s,
                self.tr("Close without a resolution?"),
                self.tr(
                    "%1 was never resolved and has no resolution on record.\n\nClose it anyway "
                    "(for example a duplicate, or a request the customer withdrew)?"
                ).replace("%1", ticket.number),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            confirmed = True
        proposal = propose_satisfaction_call(s.ctx.db, ticket.id, ticket.customer_id, tz=s.tz)
        result = CloseDialog.ask(s, ticket, proposal, s.tz)
        if result is None:
            return False
        close_ticket(
            s.ctx.db,
            ticket.id,
            s.levels,
            satisfaction=result.satisfaction,
            comment=result.comment,
            confirmed=confirmed,
            satisfaction_call=result.call,
        )
        if result.call is not None:
            s.ctx.events.followups_changed.emit()
        return True

    def rate_ticket(self) -> None:
        s, ticket = self.screen, self._current()
        if ticket is None or ticket.status not in ("resolved", "closed"):
            return
        result = CloseDialog.ask(s, ticket, None, s.tz, rate_only=True)
        if result is None or result.satisfaction is None:
            return
        try:
            record_satisfaction(s.ctx.db, ticket.id, result.satisfaction, result.comment)
        except UserError as exc:
            self._warn(exc)
            return
        s.changed()

    def on_comment_submitted(self, text: str) -> None:
        s, ticket = self.screen, self._current()
        if ticket is None:
            return
        try:
            add_comment(s.ctx.db, ticket.id, text)
        except UserError as exc:
            self._warn(exc)
            return
        s.detail.clear_comment()
        s.changed()

    def delete_ticket(self) -> None:
        s, ticket = self.screen, self._current()
        if ticket is None or ticket.deleted_at is not None:
            return
        text = self.tr("Delete %1").replace("%1", ticket.number)
        s.undo_stack.push(SoftDeleteCommand(text, [ticket.id], *self._bin_pair(), self._changed))
        message = self.tr("%1 deleted. Press Ctrl+Z to undo.")
        self._status_message(message.replace("%1", ticket.number))

    def restore_ticket(self) -> None:
        s, ticket = self.screen, self._current()
        if ticket is None or ticket.deleted_at is None:
            return
        text = self.tr("Restore %1").replace("%1", ticket.number)
        s.undo_stack.push(RestoreCommand(text, [ticket.id], *self._bin_pair(), self._changed))
        self._status_message(self.tr("%1 restored.").replace("%1", ticket.number))

    def _bin_pair(self) -> tuple[IdsAction, IdsAction]:
        db = self.screen.ctx.db
        return each(partial(delete_ticket, db)), each(partial(restore_ticket, db))

    def _changed(self, _ids: list[int]) -> None:
        self.screen.changed()

    def _status_message(self, message: str) -> None:
        self.screen.notify(message)

    def _detail(self) -> TicketDetail | None:
        ticket = self._current()
        return None if ticket is None else get_ticket(self.screen.ctx.db, ticket.id)

    def print_order(self) -> None:
        detail = self._detail()
        if detail is not None:
            from crmdesk.ui.tickets.work_order import preview_work_order  # reportlab: lazily

            preview_work_order(self.screen, self.screen.ctx, detail, self.screen.tz)

    def save_order(self) -> None:
        detail = self._detail()
        if detail is not None:
            from crmdesk.ui.tickets.work_order import save_work_order  # reportlab: lazily

            s = self.screen
            save_work_order(s, s.ctx, detail, s.tz, s.notify)
