"""Undoable edits of the planner screen (its QUndoStack): deleting a plan, undone by restoring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crmdesk.services.planning.store import delete_plan, restore_plan
from crmdesk.ui.context import AppContext


class DeletePlanCommand(QUndoCommand):
    """Move one plan to the recycle bin; undo brings it back."""

    def __init__(self, ctx: AppContext, plan_id: int, text: str, changed: Callable[[], None]):
        super().__init__(text)
        self.ctx = ctx
        self.plan_id = plan_id
        self.changed = changed

    def redo(self) -> None:
        delete_plan(self.ctx.db, self.plan_id)
        self.changed()

    def undo(self) -> None:
        restore_plan(self.ctx.db, self.plan_id)
        self.changed()
