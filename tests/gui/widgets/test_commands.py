"""The soft-delete command on a real QUndoStack: redo deletes, undo restores what it moved."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from crmdesk.ui.widgets.commands import RestoreCommand, SoftDeleteCommand, each


class Bin:
    """A recycle bin that remembers every call, like the services' delete/restore pair."""

    def __init__(self, kept: set[int]) -> None:
        self.kept = set(kept)  # ids not in the bin
        self.calls: list[tuple[str, list[int]]] = []
        self.changed: list[list[int]] = []

    def delete(self, ids: list[int]) -> list[int]:
        moved = [i for i in ids if i in self.kept]
        self.kept -= set(moved)
        self.calls.append(("delete", ids))
        return moved

    def restore(self, ids: list[int]) -> list[int]:
        self.kept |= set(ids)
        self.calls.append(("restore", ids))
        return ids


def test_undo_restores_exactly_what_redo_moved() -> None:
    bin_ = Bin({1, 2})
    stack = QUndoStack()
    stack.push(
        SoftDeleteCommand("Delete 3", [1, 2, 3], bin_.delete, bin_.restore, bin_.changed.append)
    )
    assert bin_.kept == set() and stack.undoText() == "Delete 3"
    stack.undo()
    assert bin_.calls == [("delete", [1, 2, 3]), ("restore", [1, 2])]  # 3 was never there
    assert bin_.kept == {1, 2}
    stack.redo()
    assert bin_.kept == set() and bin_.calls[-1] == ("delete", [1, 2, 3])
    assert bin_.changed == [[1, 2], [1, 2], [1, 2]]


def test_restore_is_the_pair_the_other_way_round() -> None:
    bin_ = Bin(set())
    stack = QUndoStack()
    stack.push(RestoreCommand("Restore", [7], bin_.delete, bin_.restore, bin_.changed.append))
    assert bin_.calls == [("restore", [7])] and bin_.kept == {7}
    stack.undo()
    assert bin_.calls[-1] == ("delete", [7]) and bin_.kept == set()


def test_each_calls_a_one_record_service_per_id_and_touches_all() -> None:
    seen: list[int] = []
    changed: list[list[int]] = []
    command = SoftDeleteCommand(
        "Delete", [4, 5], each(seen.append), each(seen.append), changed.append
    )
    command.redo()
    command.undo()
    assert seen == [4, 5, 4, 5] and changed == [[4, 5], [4, 5]]
