"""The add/edit customer dialog: every field, custom fields, validation that explains formats.

``CustomerDialog.ask(parent, title, initial, fields, tags)`` returns a validated
:class:`CustomerInput` or None. The dialog checks input in ``accept()`` and stays open on a
mistake, with the reason shown under the fields and the cursor in the field at fault; it never
touches the database (the screen checks for duplicates after it closes).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from crmdesk.domain.customers.custom_fields import parse_date
from crmdesk.domain.customers.customer import STAGES, CustomerInput
from crmdesk.domain.customers.table import split_values
from crmdesk.domain.errors import UserError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error
from crmdesk.services.customers.fields import CustomField
from crmdesk.ui.customers.common import error_text, stage_label
from crmdesk.ui.widgets.form_dialog import FormDialog


def _short_text_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class CustomerDialog(FormDialog[CustomerInput]):
    """Add or edit a customer; ``ask`` returns the validated input."""

    default_field = "name"

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        initial: CustomerInput | None = None,
        fields: Sequence[CustomField] = (),
        tags: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.fields = list(fields)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("Required, e.g. 张伟 or Olivia Smith"))
        self.company_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.stage_combo = QComboBox()
        for key in STAGES:
            self.stage_combo.addItem(stage_label(key), key)
        self.phones_edit = _short_text_edit(self.tr("One per line, e.g. +86 138 0013 8000"))
        self.emails_edit = _short_text_edit(self.tr("One per line, e.g. name@example.com"))
        self.wechat_edit = QLineEdit()
        self.wechat_edit.setObjectName("wechatEdit")
        self.qq_edit = QLineEdit()
        self.qq_edit.setObjectName("qqEdit")
        self.address_edit = QLineEdit()
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. VIP, 批发"))
        completer = QCompleter(list(tags), self.tags_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setPlaceholderText(self.tr("Year-month-day, e.g. 1980-03-05"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field("name", self.tr("&Name *"), self.name_edit, form)
        form.addRow(self.tr("&Company"), self.company_edit)
        form.addRow(self.tr("Job &title"), self.title_edit)
        self.add_field("stage", self.tr("&Stage"), self.stage_combo, form)
        self.add_field("phone", self.tr("&Phones"), self.phones_edit, form)
        self.add_field("email", self.tr("&E-mails"), self.emails_edit, form)
        form.addRow(self.tr("&WeChat ID"), self.wechat_edit)
        form.addRow(self.tr("&QQ"), self.qq_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        self.add_field("tags", self.tr("Ta&gs"), self.tags_edit, form)
        self.add_field("birthday", self.tr("&Birthday"), self.birthday_edit, form)
        self.custom_widgets: dict[int, QLineEdit | QComboBox] = {}
        for f in self.fields:
            widget = self._custom_widget(f)
            self.custom_widgets[f.id] = widget
            self.add_field(f.name, f.name, widget, form)
        form.addRow(self.tr("N&otes"), self.notes_edit)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body.addWidget(scroll, 1)
        if initial is not None:
            self._fill(initial)
        self.resize(560, min(760, 520 + 34 * len(self.fields)))

    def _custom_widget(self, f: CustomField) -> QLineEdit | QComboBox:
        if f.kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            for choice in f.choices:
                combo.addItem(choice, choice)
            return combo
        edit = QLineEdit()
        if f.kind == "number":
            edit.setPlaceholderText(self.tr("A number, e.g. 1200.50"))
        elif f.kind == "date":
            edit.setPlaceholderText(self.tr("Year-month-day, e.g. 2027-03-05"))
        return edit

    def _fill(self, data: CustomerInput) -> None:
        self.name_edit.setText(data.name)
        self.company_edit.setText(data.company)
        self.title_edit.setText(data.title)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(data.stage)))
        self.phones_edit.setPlainText("\n".join(data.phones))
        self.emails_edit.setPlainText("\n".join(data.emails))
        self.wechat_edit.setText(data.wechat)
        self.qq_edit.setText(data.qq)
        self.address_edit.setText(data.address)
        self.tags_edit.setText(", ".join(data.tags))
        self.birthday_edit.setText(data.birthday.isoformat() if data.birthday else "")
        self.notes_edit.setPlainText(data.notes)
        for field_id, widget in self.custom_widgets.items():
            value = data.custom.get(field_id, "")
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0 and value:  # a choice that was removed from the list since
                    widget.addItem(value, value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(0, index))
            else:
                widget.setText(value)

    def result_value(self) -> CustomerInput:
        birthday_text = self.birthday_edit.text().strip()
        birthday = parse_date(birthday_text) if birthday_text else None
        if birthday_text and birthday is None:
            raise field_error(
                "birthday",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a date: write it as year-month-day (1980-03-05)"
                ),
                value=birthday_text,
            )
        custom: dict[int, str] = {}
        for f in self.fields:
            widget = self.custom_widgets[f.id]
            text = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            value = f.clean(str(text or ""))
            if value:
                custom[f.id] = value
        return CustomerInput(
            name=self.name_edit.text(),
            company=self.company_edit.text(),
            stage=str(self.stage_combo.currentData()),
            phones=split_values("phone", self.phones_edit.toPlainText()),
            emails=split_values("email", self.emails_edit.toPlainText()),
            address=self.address_edit.text(),
            notes=self.notes_edit.toPlainText(),
            tags=split_values("tags", self.tags_edit.text()),
            title=self.title_edit.text(),
            birthday=birthday,
            custom=custom,
            wechat=self.wechat_edit.text(),
            qq=self.qq_edit.text(),
        ).validated()

    def error_text(self, error: UserError) -> str:
        return error_text(error)
