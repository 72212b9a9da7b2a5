"""Undoable ledger edits: add, edit and delete, each a QUndoCommand calling the services.

Every command calls ``changed()`` after it touched the database, so the page reloads and the
other screens (dashboard) hear ``spending_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crmdesk.services.spending.ledger import (
    SpendingInput,
    add_spending,
    delete_spending,
    restore_spending,
    update_spending,
)
from crmdesk.services.storage import Database
from crmdesk.ui.widgets.commands import SoftDeleteCommand

translate = QCoreApplication.translate


class AddSpendingCommand(QUndoCommand):
    """Redo adds the entry (the first time) or restores it; undo deletes it softly."""

    def __init__(self, db: Database, entry: SpendingInput, changed: Callable[[], None]) -> None:
        super().__init__(translate("Spending", "add spending"))
        self.db, self.entry, self.changed = db, entry, changed
        self.entry_id: int | None = None

    def redo(self) -> None:
        if self.entry_id is None:
            self.entry_id = add_spending(self.db, self.entry)
        else:
            restore_spending(self.db, [self.entry_id])
        self.changed()

    def undo(self) -> None:
        assert self.entry_id is not None
        delete_spending(self.db, [self.entry_id])
        self.changed()


class EditSpendingCommand(QUndoCommand):
    """Redo writes the new values, undo the previous ones."""

    def __init__(
        self,
        db: Database,
        entry_id: int,
        before: SpendingInput,
        after: SpendingInput,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(translate("Spending", "edit spending"))
        self.db, self.entry_id, self.changed = db, entry_id, changed
        self.before, self.after = before, after

    def redo(self) -> None:
        self.before = update_spending(self.db, self.entry_id, self.after)
        self.changed()

    def undo(self) -> None:
        update_spending(self.db, self.entry_id, self.before)
        self.changed()


class DeleteSpendingCommand(SoftDeleteCommand):
    """Redo deletes softly, undo restores."""

    def __init__(self, db: Database, entry_ids: Sequence[int], changed: Callable[[], None]) -> None:
        text = QCoreApplication.translate("Spending", "delete %1 entries").replace(
            "%1", str(len(entry_ids))
        )
        super().__init__(
            text,
            entry_ids,
            partial(delete_spending, db),
            partial(restore_spending, db),
            lambda _ids: changed(),
        )
