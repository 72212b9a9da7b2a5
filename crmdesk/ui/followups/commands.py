"""Undoable follow-up edits for the screen's QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crmdesk.services.followups.store import delete_followup, restore_followup
from crmdesk.ui.context import AppContext


class DeleteFollowUpCommand(QUndoCommand):
    """Delete (softly) one follow-up; undo restores it."""

    def __init__(self, ctx: AppContext, followup_id: int, text: str, changed: Callable[[], None]):
        super().__init__(text)
        self.ctx = ctx
        self.followup_id = followup_id
        self.changed = changed

    def redo(self) -> None:
        delete_followup(self.ctx.db, self.followup_id)
        self.changed()

    def undo(self) -> None:
        restore_followup(self.ctx.db, self.followup_id)
        self.changed()
