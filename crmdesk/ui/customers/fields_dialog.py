"""Defining the custom fields every customer can have (text, number, date, choice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.customers.custom_fields import KIND_KEYS
from crmdesk.domain.errors import UserError
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.fields import CustomField
from crmdesk.ui.context import AppContext
from crmdesk.ui.customers.common import error_text, kind_label
from crmdesk.ui.widgets.form_dialog import FormDialog


class FieldDialog(FormDialog[tuple[str, str, str]]):
    """Name, kind and choices of one field; the kind is fixed once values are stored.

    ``ask`` returns (name, kind, choices text), or None on Cancel.
    """

    def __init__(self, parent: QWidget | None, field: CustomField | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom field"))
        self.name_edit = QLineEdit(field.name if field else "")
        self.kind_combo = QComboBox()
        for key in KIND_KEYS:
            self.kind_combo.addItem(kind_label(key), key)
        if field is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(field.kind))
            self.kind_combo.setEnabled(False)
        self.choices_edit = QLineEdit(", ".join(field.choices) if field else "")
        self.choices_edit.setPlaceholderText(self.tr("For a choice field: Gold, Silver, Bronze"))
        self.add_field("name", self.tr("&Name"), self.name_edit)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field("choices", self.tr("&Choices"), self.choices_edit)

    def result_value(self) -> tuple[str, str, str]:
        name, kind, choices = (
            self.name_edit.text(),
            str(self.kind_combo.currentData()),
            self.choices_edit.text(),
        )
        if not name.strip():
            raise self.invalid("name", self.tr("A custom field needs a name."))
        if kind == "choice" and not choices.strip():
            raise self.invalid("choices", self.tr("List the choices, separated by commas."))
        return name, kind, choices


class CustomFieldsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(520, 340)
        self.tree = QTreeWidget()
        self.tree.setObjectName("customFields")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Kind"), self.tr("Choices")])
        add = QPushButton(self.tr("&Add..."))
        add.clicked.connect(self.on_add_clicked)
        edit = QPushButton(self.tr("&Edit..."))
        edit.clicked.connect(self.on_edit_clicked)
        remove = QPushButton(self.tr("&Delete..."))
        remove.clicked.connect(self.on_delete_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (add, edit, remove):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.fields: list[CustomField] = []
        self.reload()

    def reload(self) -> None:
        self.fields = customer_fields.list_fields(self.ctx.db)
        self.tree.clear()
        for index, f in enumerate(self.fields):
            item = QTreeWidgetItem([f.name, kind_label(f.kind), ", ".join(f.choices)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.tree.addTopLevelItem(item)

    def _current(self) -> CustomField | None:
        item = self.tree.currentItem()
        return self.fields[int(item.data(0, Qt.ItemDataRole.UserRole))] if item else None

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except UserError as error:
            QMessageBox.warning(self, self.tr("Custom fields"), error_text(error))
        self.reload()

    def on_add_clicked(self) -> None:
        answer = FieldDialog.ask(self, None)
        if answer is not None:
            name, kind, choices = answer
            self._run(lambda: customer_fields.add_field(self.ctx.db, name, kind, choices))

    def on_edit_clicked(self) -> None:
        field = self._current()
        if field is None:
            return
        answer = FieldDialog.ask(self, field)
        if answer is not None:
            name, _, choices = answer
            self._run(lambda: customer_fields.update_field(self.ctx.db, field.id, name, choices))

    def on_delete_clicked(self) -> None:
        field = self._current()
        if field is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete custom field"),
            self.tr("Delete the field %1 and the values every customer has in it?").replace(
                "%1", field.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: customer_fields.delete_field(self.ctx.db, field.id))
