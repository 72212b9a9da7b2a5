"""The form dialog every "fill in and press OK" dialog is built on (OpenLP's validate-in-accept).

A subclass lays out its fields, names them with :meth:`FormDialog.add_field` (or
``field_widgets``), and returns its value from :meth:`FormDialog.result_value`, raising a
``ValidationError`` (any ``UserError``) when the input is wrong. ``accept()`` then keeps the
dialog open, shows the message under the fields in :data:`ERROR_COLOUR`, marks the field the
error names and puts the cursor in it. ``Dialog.ask(parent, ...)`` opens the dialog and
returns its value, or None when the user cancels. No dialog reaches into the database: the
caller saves what ``ask`` returns.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import UserError, ValidationError

ERROR_COLOUR = "#c62828"
"""The one red the app shows errors in (messages, marked fields, "out of warranty")."""

ERROR_STYLE = f"color: {ERROR_COLOUR};"
"""A label's style sheet for an error or warning sentence."""

INVALID_PROPERTY = "invalid"
"""Dynamic property set on the field at fault, so tests and style sheets can find it."""

INVALID_FIELD_LOOK = f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px; background: #fff5f5;"
"""How a field at fault looks, in dialogs and in the planner wizard alike."""

INVALID_FIELD_STYLE = f'[{INVALID_PROPERTY}="true"] {{ {INVALID_FIELD_LOOK} }}'

T = TypeVar("T")


class FormError(ValidationError):
    """A dialog's own complaint about a field: the message is already a full, translated
    sentence, so it is shown as it is (without the ``field:`` prefix a ValidationError has)."""

    def __str__(self) -> str:
        return self.reason


def focus_field(widget: QWidget) -> None:
    """Put the cursor in ``widget`` so the user can correct it: the one focus routine.

    Line edits, spin boxes and date edits (and an editable combo's text) are selected, so
    typing replaces the bad value; multi-line text boxes keep their cursor, because replacing
    every line the user typed would lose more than the mistake. A field inside a scroll area
    is scrolled into view first.
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            break
        parent = parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        widget.selectAll()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        line = widget.lineEdit()
        if line is not None:
            line.selectAll()


class FormDialog(QDialog, Generic[T]):
    """A dialog that validates in ``accept()`` and only closes on a valid value.

    Layout, top to bottom: ``body`` (a QVBoxLayout holding ``form``, a QFormLayout, first),
    ``error_label`` (hidden until an error) and ``buttons`` (OK and Cancel; pass
    ``accept_button=Save`` for a Save button, and set ``ok_button``'s text for another
    caption). Subclasses override :meth:`result_value` (and :meth:`validate` for checks that
    compute nothing), :meth:`error_text` to word domain errors their own way, and
    :meth:`widget_for` when field names need more than the ``field_widgets`` lookup.
    """

    default_field: str | None = None
    """The field focused when an error names none this dialog knows (None: leave focus)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
    ) -> None:
        super().__init__(parent)
        self.value: T | None = None
        self.field_widgets: dict[str, QWidget] = {}
        self._marked: dict[QWidget, str] = {}  # field at fault -> its own style sheet
        self.form = QFormLayout()
        self.body = QVBoxLayout()
        self.body.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # --- building --------------------------------------------------------------------------

    def add_field(
        self, key: str, label: str | QWidget, field: QWidget, form: QFormLayout | None = None
    ) -> QWidget:
        """Add the row ``label: field`` to ``form`` (the dialog's form unless given) and let
        errors about ``key`` mark and focus ``field``; returns ``field``."""
        (form or self.form).addRow(label, field)
        self.field_widgets[key] = field
        return field

    def add_row(self, label: str | QWidget, row: QWidget | QLayout) -> None:
        """A form row that is not one field (a layout of several, a read-only line)."""
        self.form.addRow(label, row)

    # --- what subclasses override ----------------------------------------------------------

    def validate(self) -> None:
        """Raise a ``UserError`` naming the field at fault; called before result_value."""

    def result_value(self) -> T:
        """The dialog's value from its fields; raise a ``UserError`` when it is not valid."""
        raise NotImplementedError

    def error_text(self, error: UserError) -> str:
        """How the message under the fields words ``error`` (default: its own text)."""
        return str(error)

    def widget_for(self, field: str) -> QWidget | None:
        """The widget an error about ``field`` points at, else the default field's."""
        widget = self.field_widgets.get(field)
        if widget is None and self.default_field is not None:
            widget = self.field_widgets.get(self.default_field)
        return widget

    def invalid(self, field: str, message: str) -> FormError:
        """An error to raise from validate()/result_value() with a finished sentence."""
        return FormError(field, message)

    # --- behaviour -------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_error()
        try:
            self.validate()
            value = self.result_value()
        except UserError as error:
            self.show_error(self.error_text(error), getattr(error, "field", ""))
            return
        self.value = value
        super().accept()

    def show_error(self, message: str, field: str = "") -> None:
        """Show ``message`` under the fields; mark and focus the widget of ``field``."""
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.widget_for(field)
        if widget is None:
            return
        self._marked.setdefault(widget, widget.styleSheet())
        widget.setProperty(INVALID_PROPERTY, True)
        widget.setStyleSheet(INVALID_FIELD_STYLE)
        focus_field(widget)

    def clear_error(self) -> None:
        """Hide the message and unmark the fields (each check starts afresh)."""
        self.error_label.hide()
        self.error_label.clear()
        for widget, sheet in self._marked.items():
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet(sheet)
        self._marked.clear()

    def exec_value(self) -> T | None:
        """Run the dialog modally; its value when accepted, None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.value

    @classmethod
    def ask(cls, parent: QWidget | None, *args: Any, **kwargs: Any) -> T | None:
        """Build the dialog with ``(parent, *args, **kwargs)``, run it, return its value or None."""
        return cls(parent, *args, **kwargs).exec_value()
