"""The shared form dialog as a user meets it: a wrong value keeps it open and points at it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.ui.widgets.form_dialog import (
    ERROR_COLOUR,
    INVALID_PROPERTY,
    FormDialog,
    focus_field,
)
from tests.helpers.dialogs import when_dialog
from tests.helpers.typing import type_text


class MemberDialog(FormDialog[tuple[str, int]]):
    """A small form: a name (checked here) and an age (checked like a domain rule would)."""

    default_field = "name"

    def __init__(self, parent: QWidget | None, name: str = "") -> None:
        super().__init__(parent)
        self.name = QLineEdit(name)
        self.age = QSpinBox()
        self.age.setRange(0, 130)
        self.notes = QPlainTextEdit()
        self.add_field("name", "&Name:", self.name)
        self.add_field("age", "&Age:", self.age)
        self.add_field("notes", "N&otes:", self.notes)

    def result_value(self) -> tuple[str, int]:
        if not self.name.text().strip():
            raise self.invalid("name", "Type the member's name.")
        if self.age.value() < 18:
            raise ValidationError("age", "must be 18 or more")
        if "?" in self.notes.toPlainText():
            raise UserError("Notes cannot ask questions.")
        return self.name.text().strip(), self.age.value()


def click(qtbot: QtBot, dialog: FormDialog[tuple[str, int]], which: str) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(getattr(QDialogButtonBox.StandardButton, which))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot: QtBot) -> MemberDialog:
    shown = MemberDialog(None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_a_bad_value_keeps_the_dialog_open_and_points_at_the_field(
    qtbot: QtBot, dialog: MemberDialog
) -> None:
    assert not dialog.error_label.isVisibleTo(dialog)  # nothing to say yet
    type_text(qtbot, dialog.name, "Li Na")
    dialog.age.setValue(16)
    click(qtbot, dialog, "Ok")
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "age: must be 18 or more"  # a ValidationError's own text
    assert ERROR_COLOUR in dialog.error_label.styleSheet()
    assert dialog.age.property(INVALID_PROPERTY) is True
    assert ERROR_COLOUR in dialog.age.styleSheet()
    assert dialog.focusWidget() is dialog.age
    assert dialog.age.findChild(QLineEdit).selectedText() == "16"  # ready to be retyped
    assert dialog.name.property(INVALID_PROPERTY) is not True
    assert dialog.value is None


def test_a_dialogs_own_sentence_is_shown_as_written(qtbot: QtBot, dialog: MemberDialog) -> None:
    click(qtbot, dialog, "Ok")
    assert dialog.error_label.text() == "Type the member's name."
    assert dialog.focusWidget() is dialog.name
    assert dialog.name.property(INVALID_PROPERTY) is True


def test_an_error_without_a_known_field_points_at_the_default_field(
    qtbot: QtBot, dialog: MemberDialog
) -> None:
    type_text(qtbot, dialog.name, "Li Na")
    dialog.age.setValue(30)
    type_text(qtbot, dialog.notes, "Why?")
    click(qtbot, dialog, "Ok")
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Notes cannot ask questions."
    assert dialog.focusWidget() is dialog.name


def test_correcting_the_value_unmarks_the_field_and_closes(
    qtbot: QtBot, dialog: MemberDialog
) -> None:
    type_text(qtbot, dialog.name, "Li Na")
    click(qtbot, dialog, "Ok")
    assert dialog.age.property(INVALID_PROPERTY) is True
    qtbot.keyClicks(dialog.age, "42")  # the bad value was selected: typing replaces it
    assert dialog.age.value() == 42
    click(qtbot, dialog, "Ok")
    assert not dialog.isVisible()
    assert dialog.value == ("Li Na", 42)
    assert dialog.age.property(INVALID_PROPERTY) is False
    assert dialog.age.styleSheet() == ""  # the field's own look is back
    assert not dialog.error_label.isVisibleTo(dialog)


def test_ask_returns_the_value(qtbot: QtBot) -> None:
    def fill(shown: MemberDialog) -> None:
        shown.age.setValue(40)
        click(qtbot, shown, "Ok")

    seen = when_dialog(fill, MemberDialog)
    assert MemberDialog.ask(None, "Wang Fang") == ("Wang Fang", 40)
    assert seen == ["handled"]


def test_ask_returns_none_on_cancel_even_after_an_error(qtbot: QtBot) -> None:
    def refuse_then_cancel(shown: MemberDialog) -> None:
        click(qtbot, shown, "Ok")  # no name: refused
        assert shown.isVisible()
        click(qtbot, shown, "Cancel")

    seen = when_dialog(refuse_then_cancel, MemberDialog)
    assert MemberDialog.ask(None) is None
    assert seen == ["handled"]


def test_the_ok_button_can_be_a_save_button_with_its_own_caption(qtbot: QtBot) -> None:
    form = FormDialog[int](None, QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(form)
    form.ok_button.setText("&Plan")
    box = form.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Save) is form.ok_button
    assert box.button(QDialogButtonBox.StandardButton.Ok) is None
    assert form.ok_button.text() == "&Plan"


@pytest.mark.parametrize("kind", ["line", "spin", "date", "combo"])
def test_one_focus_routine_selects_the_value_to_retype(qtbot: QtBot, kind: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    if kind == "line":
        field: QWidget = QLineEdit("12,8OO", host)
    elif kind == "spin":
        field = QSpinBox(host)
        field.setValue(7)
    elif kind == "date":
        field = QDateEdit(QDate(2027, 3, 5), host)
        field.setDisplayFormat("yyyy-MM-dd")
    else:
        field = QComboBox(host)
        field.setEditable(True)
        field.setCurrentText("Shenzhen")
    other = QLineEdit(host)
    host.show()
    qtbot.waitExposed(host)
    other.setFocus()
    focus_field(field)
    line = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
    assert host.focusWidget() is field
    assert line.selectedText() == line.text() != ""


def test_a_text_box_gets_the_cursor_without_losing_its_lines(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    box = QPlainTextEdit("+86 138 0013 8000\n+86 20 1234 5678", host)
    other = QLineEdit(host)
    host.show()
    other.setFocus()
    focus_field(box)
    assert host.focusWidget() is box
    assert not box.textCursor().hasSelection()
