"""Undoable ticket edits for the service screen's QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crmdesk.services.tickets.store import delete_ticket, restore_ticket
from crmdesk.ui.context import AppContext


class DeleteTicketCommand(QUndoCommand):
    """Delete (softly) one ticket; undo restores it."""

    def __init__(self, ctx: AppContext, ticket_id: int, text: str, changed: Callable[[], None]):
        super().__init__(text)
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.changed = changed

    def redo(self) -> None:
        delete_ticket(self.ctx.db, self.ticket_id)
        self.changed()

    def undo(self) -> None:
        restore_ticket(self.ctx.db, self.ticket_id)
        self.changed()


class RestoreTicketCommand(DeleteTicketCommand):
    """Bring a ticket back from the recycle bin; undo deletes it again."""

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()
