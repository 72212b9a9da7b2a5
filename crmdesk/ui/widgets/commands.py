"""The one soft-delete undo command every screen pushes on its QUndoStack.

Customers, follow-ups, tickets, plans and spending entries are deleted softly (recoverable),
so deleting is a service call whose undo is another service call. :class:`SoftDeleteCommand`
runs the pair; :class:`RestoreCommand` is the same pair the other way round (the recycle bin,
"Restore" on a deleted ticket).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QUndoCommand

# takes the ids; may return the ids it really touched (None: all of them)
IdsAction = Callable[[list[int]], Iterable[int] | None]
Changed = Callable[[list[int]], object]


def each(func: Callable[[int], object]) -> IdsAction:
    """Adapt a service that deletes or restores one record to the list form used here."""

    def run(ids: list[int]) -> None:
        for record_id in ids:
            func(record_id)

    return run


class SoftDeleteCommand(QUndoCommand):
    """Redo moves the records to the recycle bin; undo brings back exactly those it moved.

    ``changed(ids)`` runs after each step, so the screen reloads and tells the other screens.
    """

    restores = False  # RestoreCommand runs the pair the other way round

    def __init__(
        self,
        text: str,
        ids: Sequence[int],
        delete: IdsAction,
        restore: IdsAction,
        changed: Changed,
    ) -> None:
        super().__init__(text)
        self.ids = list(ids)
        self.touched: list[int] = []
        self._do, self._undo = (restore, delete) if self.restores else (delete, restore)
        self.changed = changed

    def redo(self) -> None:
        done = self._do(list(self.ids))
        self.touched = list(self.ids) if done is None else list(done)
        self.changed(self.touched)

    def undo(self) -> None:
        self._undo(list(self.touched))
        self.changed(self.touched)


class RestoreCommand(SoftDeleteCommand):
    """Redo brings records back from the recycle bin; undo puts exactly those back in it."""

    restores = True
