"""Undoable customer changes for the customer screen's QUndoStack (Ctrl+Z / Ctrl+Shift+Z).

Each command calls a service in ``redo``/``undo`` and then ``changed(ids)`` so the screen can
refresh the rows and the detail panel. Input is validated before a command is pushed: ``push``
runs ``redo`` at once and a command must not fail half-way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtGui import QUndoCommand

from crmdesk.services.customers import bulk as customer_bulk
from crmdesk.services.customers.merge import MergeResult, merge_customers, undo_merge
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    delete_customers,
    restore_customers,
    update_customer,
)
from crmdesk.services.storage import Database
from crmdesk.services.versions import StaleRecordError
from crmdesk.ui.widgets.commands import RestoreCommand, SoftDeleteCommand

Changed = Callable[[list[int]], None]


class _Command(QUndoCommand):
    def __init__(self, db: Database, text: str, changed: Changed) -> None:
        super().__init__(text)
        self.db = db
        self.changed = changed


class AddCustomerCommand(_Command):
    """Add a customer; undo moves it to the recycle bin, redo brings it back."""

    def __init__(self, db: Database, data: CustomerInput, text: str, changed: Changed) -> None:
        super().__init__(db, text, changed)
        self.data = data
        self.customer_id: int | None = None

    def redo(self) -> None:
        if self.customer_id is None:
            self.customer_id = add_customer(self.db, self.data)
        else:
            restore_customers(self.db, [self.customer_id])
        self.changed([self.customer_id])

    def undo(self) -> None:
        assert self.customer_id is not None
        delete_customers(self.db, [self.customer_id])
        self.changed([self.customer_id])


class EditCustomerCommand(_Command):
    """Store edited fields; undo stores the previous ones."""

    def __init__(
        self,
        db: Database,
        customer_id: int,
        before: CustomerInput,
        after: CustomerInput,
        text: str,
        changed: Changed,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(db, text, changed)
        self.customer_id = customer_id
        self.before = before
        self.after = after
        # the first save starts from the version the dialog showed; undo/redo are one's own
        self.expected_version = expected_version
        self.refused: StaleRecordError | None = None

    def redo(self) -> None:
        try:
            update_customer(self.db, self.customer_id, self.after, self.expected_version)
        except StaleRecordError as error:  # saved by someone else meanwhile: nothing to undo
            self.refused = error
            self.setObsolete(True)
            return
        self.expected_version = None
        self.changed([self.customer_id])

    def undo(self) -> None:
        update_customer(self.db, self.customer_id, self.before)
        self.changed([self.customer_id])


class DeleteCustomersCommand(SoftDeleteCommand):
    """Move customers to the recycle bin; undo restores exactly those it moved."""

    def __init__(self, db: Database, ids: Sequence[int], text: str, changed: Changed) -> None:
        super().__init__(
            text, ids, partial(delete_customers, db), partial(restore_customers, db), changed
        )


class RestoreCustomersCommand(RestoreCommand):
    """Bring customers back from the recycle bin; undo puts them back in it."""

    def __init__(self, db: Database, ids: Sequence[int], text: str, changed: Changed) -> None:
        super().__init__(
            text, ids, partial(delete_customers, db), partial(restore_customers, db), changed
        )


class TagCustomersCommand(_Command):
    """Add (or remove) a tag; undo reverses it only where it made a difference."""

    def __init__(
        self, db: Database, ids: Sequence[int], tag: str, add: bool, text: str, changed: Changed
    ) -> None:
        super().__init__(db, text, changed)
        self.ids = list(ids)
        self.tag = tag
        self.add = add
        self.touched: list[int] = []

    def redo(self) -> None:
        apply = customer_bulk.add_tag if self.add else customer_bulk.remove_tag
        self.touched = apply(self.db, self.ids, self.tag)
        self.changed(self.touched)

    def undo(self) -> None:
        reverse = customer_bulk.remove_tag if self.add else customer_bulk.add_tag
        reverse(self.db, self.touched, self.tag)
        self.changed(self.touched)


class SetStageCommand(_Command):
    """Move customers to a stage; undo gives each its previous stage back."""

    def __init__(
        self, db: Database, ids: Sequence[int], stage: str, text: str, changed: Changed
    ) -> None:
        super().__init__(db, text, changed)
        self.ids = list(ids)
        self.stage = stage
        self.previous: dict[int, str] = {}

    def redo(self) -> None:
        self.previous = customer_bulk.set_stage(self.db, self.ids, self.stage)
        self.changed(list(self.previous))

    def undo(self) -> None:
        customer_bulk.restore_stages(self.db, self.previous)
        self.changed(list(self.previous))


class MergeCustomersCommand(_Command):
    """Merge two customers; undo separates them again with their own history."""

    def __init__(
        self,
        db: Database,
        survivor_id: int,
        merged_id: int,
        final: CustomerInput,
        text: str,
        changed: Changed,
    ) -> None:
        super().__init__(db, text, changed)
        self.survivor_id = survivor_id
        self.merged_id = merged_id
        self.final = final
        self.result: MergeResult | None = None

    def redo(self) -> None:
        self.result = merge_customers(self.db, self.survivor_id, self.merged_id, self.final)
        self.changed([self.survivor_id, self.merged_id])

    def undo(self) -> None:
        assert self.result is not None
        undo_merge(self.db, self.result)
        self.changed([self.survivor_id, self.merged_id])
