"""The recycle bin: deleted customers, restored (undoably) or deleted for good after a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from crmdesk.services.customers.store import customer_ids, customer_rows, purge_customers
from crmdesk.ui.customers import commands
from crmdesk.ui.customers.common import when_text

if TYPE_CHECKING:
    from crmdesk.ui.customers.screen import CustomersScreen

SHOWN = 2000  # newest deletions first; an older one is found by restoring others first


class RecycleBinDialog(QDialog):
    def __init__(self, screen: CustomersScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(640, 400)
        self.hint = QLabel(self.tr("Deleted customers stay here until you delete them for good."))
        self.tree = QTreeWidget()
        self.tree.setObjectName("recycleBin")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Deleted")])
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.purge_button = QPushButton(self.tr("Delete for &good..."))
        self.purge_button.clicked.connect(self.on_purge_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        db = self.owner.ctx.db
        ids = customer_ids(db, sort="created_at", descending=True, deleted=True)
        rows = []
        for start in range(0, min(len(ids), SHOWN), 500):
            rows.extend(customer_rows(db, ids[start : min(start + 500, SHOWN)]))
        rows.sort(key=lambda r: r.deleted_at or r.created_at, reverse=True)
        for r in rows:
            item = QTreeWidgetItem([r.name, r.company, when_text(r.deleted_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        empty = not rows
        self.restore_button.setEnabled(not empty)
        self.purge_button.setEnabled(not empty)
        if empty:
            self.hint.setText(self.tr("The recycle bin is empty."))

    def _selected(self) -> list[int]:
        return [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.tree.selectedItems()]

    def on_restore_button_clicked(self) -> None:
        ids = self._selected()
        if not ids:
            return
        text = self.tr("Restore %n customer(s)", "", len(ids))
        self.owner.undo_stack.push(
            commands.RestoreCustomersCommand(self.owner.ctx.db, ids, text, self.owner.changed)
        )
        self.reload()

    def on_purge_button_clicked(self) -> None:
        ids = self._selected()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %n customer(s) for good, with their follow-ups and tickets? This cannot "
                "be undone.",
                "",
                len(ids),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            purge_customers(self.owner.ctx.db, ids)
            self.reload()
