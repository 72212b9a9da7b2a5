"""The duplicate scanner (likely pairs with the reason) and the field-by-field merge dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.customers.customer import CustomerInput, merged_input
from crmdesk.services.customers.duplicates import DuplicatePair, scan_duplicates
from crmdesk.services.customers.fields import CustomField
from crmdesk.services.customers.store import CustomerDetail, get_customer
from crmdesk.ui.customers import commands
from crmdesk.ui.customers.common import reason_label, stage_label
from crmdesk.ui.widgets.form_dialog import FormDialog
from crmdesk.ui.widgets.text import list_text

if TYPE_CHECKING:
    from crmdesk.ui.customers.screen import CustomersScreen

SCALARS = ("name", "company", "title", "stage", "address", "birthday", "notes")


class DuplicatesDialog(QDialog):
    """Scans in the background on opening; Merge... opens the merge dialog for a pair."""

    def __init__(self, screen: CustomersScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.pairs: list[DuplicatePair] = []
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.resize(760, 440)
        self.status_label = QLabel(self.tr("Looking for duplicates..."))
        self.status_label.setObjectName("duplicatesStatus")
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatePairs")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Looks like"), self.tr("Why")])
        self.tree.itemDoubleClicked.connect(lambda *_: self.on_merge_button_clicked())
        self.merge_button = QPushButton(self.tr("&Merge..."))
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.merge_button.setEnabled(False)
        screen.ctx.tasks.run(
            lambda progress: scan_duplicates(screen.ctx.db, progress),
            title=self.tr("Looking for duplicates"),
            parent=self,
            on_success=self.show_pairs,
        )

    @staticmethod
    def _who(name: str, company: str) -> str:
        return f"{name} ({company})" if company else name

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.tree.clear()
        for index, pair in enumerate(pairs):
            item = QTreeWidgetItem(
                [
                    self._who(pair.a.name, pair.a.company),
                    self._who(pair.b.name, pair.b.company),
                    list_text(reason_label(r) for r in pair.reasons),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.status_label.setText(
            self.tr("%n likely duplicate pair(s).", "", len(pairs))
            if pairs
            else self.tr("No likely duplicates found.")
        )
        if pairs:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.merge_button.setEnabled(bool(pairs))

    def on_merge_button_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        pair = self.pairs[int(item.data(0, Qt.ItemDataRole.UserRole))]
        db = self.owner.ctx.db
        chosen = MergeDialog.ask(
            self, get_customer(db, pair.a.id), get_customer(db, pair.b.id), self.owner.fields
        )
        if chosen is None:
            return
        survivor, merged, final = chosen
        text = self.tr("Merge %1 into %2").replace("%1", pair.b.name).replace("%2", final.name)
        self.owner.undo_stack.push(
            commands.MergeCustomersCommand(db, survivor, merged, final, text, self.owner.changed)
        )
        gone = {pair.a.id, pair.b.id}
        self.show_pairs([p for p in self.pairs if not {p.a.id, p.b.id} & gone])


class MergeDialog(FormDialog[tuple[int, int, CustomerInput]]):
    """Pick, field by field, which customer's value the merged customer keeps.

    ``ask`` returns (survivor id, merged id, the survivor's new data), or None.
    """

    def __init__(
        self,
        parent: QWidget | None,
        a: CustomerDetail,
        b: CustomerDetail,
        fields: list[CustomField],
    ) -> None:
        super().__init__(parent)
        self.ok_button.setText(self.tr("&Merge"))
        self.a, self.b = a, b
        self.setWindowTitle(self.tr("Merge customers"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Customer A</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Customer B</b>")), 0, 2)
        self.keep_a = QRadioButton(self.tr("Keep A's record (its history stays)"))
        self.keep_b = QRadioButton(self.tr("Keep B's record"))
        self.keep_a.setChecked(True)
        keep = QButtonGroup(self)
        keep.addButton(self.keep_a)
        keep.addButton(self.keep_b)
        grid.addWidget(self.keep_a, 1, 1)
        grid.addWidget(self.keep_b, 1, 2)
        labels = {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "title": self.tr("Job title"),
            "stage": self.tr("Stage"),
            "address": self.tr("Address"),
            "birthday": self.tr("Birthday"),
            "notes": self.tr("Notes"),
        }
        self.choices: dict[str, QRadioButton] = {}  # field -> the "take B" button
        row = 2
        keys: list[tuple[str, str, str, str]] = []
        for key in SCALARS:
            keys.append((key, labels[key], self._value(a.data, key), self._value(b.data, key)))
        for f in fields:
            keys.append(
                (f"custom:{f.id}", f.name, a.data.custom.get(f.id, ""), b.data.custom.get(f.id, ""))
            )
        for key, label, value_a, value_b in keys:
            if value_a == value_b or not (value_a or value_b):
                continue
            take_a = QRadioButton(value_a or self.tr("(empty)"))
            take_b = QRadioButton(value_b or self.tr("(empty)"))
            take_a.setChecked(bool(value_a))
            take_b.setChecked(not value_a)
            group = QButtonGroup(self)
            group.addButton(take_a)
            group.addButton(take_b)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(take_a, row, 1)
            grid.addWidget(take_b, row, 2)
            self.choices[key] = take_b
            row += 1
        note = QLabel(
            self.tr(
                "Phones, e-mails and tags of both are kept. Follow-ups, tickets "
                "and history move to the merged customer. Ctrl+Z undoes the merge."
            )
        )
        note.setWordWrap(True)
        self.body.addLayout(grid)
        self.body.addWidget(note)

    @staticmethod
    def _value(data: CustomerInput, key: str) -> str:
        value = getattr(data, key)
        if key == "stage":
            return stage_label(value)
        return value.isoformat() if hasattr(value, "isoformat") else str(value or "")

    def result_value(self) -> tuple[int, int, CustomerInput]:
        """(survivor id, merged id, the survivor's new data)."""
        take_b = {key for key, button in self.choices.items() if button.isChecked()}
        if self.keep_a.isChecked():
            return self.a.id, self.b.id, merged_input(self.a.data, self.b.data, take_b)
        take_a = {key for key in self.choices if key not in take_b}
        return self.b.id, self.a.id, merged_input(self.b.data, self.a.data, take_a)
