"""Input widgets bound to the wizard's form keys: labels, help, tidy-up on leave, error marks.

A ``FieldBinder`` makes the widget for a form key (a line edit for typed values, a combo box
for choices), writes every edit into the ``PlanForm`` at once (so Back, drafts and a crash keep
it), tidies the text when the user leaves the field (``1500`` -> ``1,500.00``) and marks fields
the engine found wrong, with the reason in the tooltip and next to the field.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from crmdesk.domain.planning.form.build import FormProblem
from crmdesk.domain.planning.form.fields import field_spec, tidy_text
from crmdesk.domain.planning.form.spec import FieldKind, FormField
from crmdesk.ui.planner.text import render, tr
from crmdesk.ui.planner.wizard.state import WizardState
from crmdesk.ui.widgets.form_dialog import ERROR_COLOUR, INVALID_FIELD_LOOK

NUMERIC = (FieldKind.AMOUNT, FieldKind.NUMBER, FieldKind.COUNT, FieldKind.RATE)
NUMERIC += (FieldKind.SIGNED_RATE,)
FIELD_WIDTH = 150
LABEL_WIDTH = 210
WIDE_FIELD_WIDTH = 320

STYLE = f"""
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ {INVALID_FIELD_LOOK} }}
QLabel[role="help"] {{ color: #5f6368; }}
QLabel[role="error"] {{ color: {ERROR_COLOUR}; }}
QLabel#problems {{ background: #fff5f5; border: 1px solid #e57373; border-radius: 4px;
    padding: 6px; }}
QLabel[role="explain"] {{ color: #1b5e20; }}
"""


def _spec(key: str) -> FormField:
    spec = field_spec(key)
    if spec is None:
        raise KeyError(key)
    return spec


def help_text(key: str) -> str:
    """The translated help of a field (tooltip and help line)."""
    return tr("PlanForm", _spec(key).help)


def label_text(key: str) -> str:
    spec = _spec(key)
    text = tr("PlanForm", spec.label)
    return f"{text} *" if spec.required else text


class FieldBinder(QObject):
    """Creates and tracks the widgets of one page's form keys."""

    def __init__(self, state: WizardState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: list[tuple[tuple[str, ...], QLabel]] = []
        self.current: dict[str, str] = {}

    # --- making widgets ------------------------------------------------------------------

    def line(self, key: str, width: int | None = FIELD_WIDTH) -> QLineEdit:
        spec = _spec(key)
        edit = QLineEdit()
        edit.setObjectName(key)
        if width:
            edit.setFixedWidth(width)
        if spec.kind in NUMERIC:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if spec.placeholder:
            edit.setPlaceholderText(spec.placeholder)
        edit.setToolTip(self._tooltip(key))
        edit.textEdited.connect(lambda text, k=key: self._on_edited(k, text))
        edit.editingFinished.connect(lambda k=key: self._on_left(k))
        self.widgets[key] = edit
        return edit

    def combo(
        self, key: str, options: Iterable[tuple[str, str]], editable: bool = False
    ) -> QComboBox:
        box = QComboBox()
        box.setObjectName(key)
        box.setEditable(editable)
        for value, text in options:
            box.addItem(text, value)
        box.setToolTip(self._tooltip(key))
        box.setFixedWidth(FIELD_WIDTH if editable else WIDE_FIELD_WIDTH)
        if editable:
            box.editTextChanged.connect(lambda text, k=key: self._on_combo_text(k, text))
        else:
            box.currentIndexChanged.connect(lambda _i, k=key, b=box: self._on_combo(k, b))
        self.widgets[key] = box
        return box

    def label(self, key: str) -> QLabel:
        label = QLabel(label_text(key))
        label.setToolTip(self._tooltip(key))
        label.setBuddy(self.widgets.get(key))
        label.setWordWrap(True)
        # one label width on every section, so the fields line up down the page
        label.setFixedWidth(LABEL_WIDTH)
        return label

    def help(self, key: str) -> QLabel:
        label = QLabel(help_text(key))
        label.setWordWrap(True)
        label.setProperty("role", "help")
        return label

    def error_label(self, *keys: str) -> QLabel:
        """A red line under fields that shows why one was refused (hidden while all are fine)."""
        label = QLabel()
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        self.error_labels.append((keys, label))
        return label

    def add_row(self, grid: QGridLayout, key: str, widget: QWidget | None = None) -> int:
        """Label | field | help on the next row of ``grid``; the error line goes below."""
        row = grid.rowCount()
        field = widget or self.widgets.get(key) or self.line(key)
        grid.addWidget(self.label(key), row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(self.help(key), row, 2)
        grid.addWidget(self.error_label(key), row + 1, 1, 1, 2)
        return row

    # --- form <-> widgets ----------------------------------------------------------------

    def load(self) -> None:
        """Show the form's text in every widget (on entering a page, after opening a plan)."""
        for key, widget in self.widgets.items():
            text = self.state.form.get(key)
            if isinstance(widget, QLineEdit):
                if widget.text() != text:
                    widget.setText(text)
            elif isinstance(widget, QComboBox):
                widget.blockSignals(True)
                index = widget.findData(text)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(text)
                widget.blockSignals(False)

    def _on_edited(self, key: str, text: str) -> None:
        self.state.form.set(key, text)
        self.clear(key)
        self.state.edited()

    def _on_left(self, key: str) -> None:
        widget = self.widgets[key]
        assert isinstance(widget, QLineEdit)
        tidy = tidy_text(_spec(key), widget.text())
        if tidy != widget.text():
            # the same value written tidily: not a change the owner made, so not "edited"
            widget.setText(tidy)
            self.state.form.set(key, tidy)

    def _on_combo(self, key: str, box: QComboBox) -> None:
        self.state.form.set(key, str(box.currentData() or ""))
        self.clear(key)
        self.state.edited()

    def _on_combo_text(self, key: str, text: str) -> None:
        box = self.widgets[key]
        assert isinstance(box, QComboBox)
        index = box.findText(text)
        value = str(box.itemData(index)) if index >= 0 else text.strip().upper()
        self.state.form.set(key, value)
        self.clear(key)
        self.state.edited()

    # --- problems ------------------------------------------------------------------------

    def _tooltip(self, key: str, error: str = "") -> str:
        spec = _spec(key)
        tip = f"<b>{html.escape(tr('PlanForm', spec.label))}</b><br>{html.escape(help_text(key))}"
        if error:
            tip += f"<br><span style='color:{ERROR_COLOUR}'>{html.escape(error)}</span>"
        return tip

    def _set_invalid(self, key: str, error: str) -> None:
        if self.current.get(key, "") == error:
            return
        self.current[key] = error
        widget = self.widgets.get(key)
        if widget is not None:
            widget.setProperty("invalid", bool(error))
            widget.setToolTip(self._tooltip(key, error))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        for keys, label in self.error_labels:
            if key in keys:
                text = next((self.current[k] for k in keys if self.current.get(k)), "")
                label.setText(text)
                label.setVisible(bool(text))

    def clear(self, key: str) -> None:
        self._set_invalid(key, "")

    def mark(self, problems: Iterable[FormProblem]) -> list[str]:
        """Mark the fields of ``problems`` (clearing the others); the keys marked, in order."""
        found: dict[str, str] = {}
        for problem in problems:
            found.setdefault(problem.key, render(problem.sentence))
        for key in self.widgets:
            self._set_invalid(key, found.get(key, ""))
        return [key for key in found if key in self.widgets]
