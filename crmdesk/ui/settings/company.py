"""The company profile: name, address, tax ID, phone, e-mail, logo and currency.

It belongs to the business (stored in the database through the business options of
``crmdesk.settings``), is what reports print, and is edited here and on the first-run welcome.
Every change is saved as soon as a field is left.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crmdesk import settings
from crmdesk.ui.context import AppContext

LOGO_MAX_BYTES = 2 * 1024 * 1024  # a logo for a letterhead, not a photo album
LOGO_HEIGHT = 48


class CompanyProfileBox(QGroupBox):
    """The profile fields; ``profile_saved`` after each saved change."""

    profile_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your business"))
        self.ctx = ctx
        s = ctx.settings
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.edits: dict[str, QLineEdit] = {}
        for option, label, hint, name in (
            (
                settings.COMPANY_NAME,
                self.tr("Company name:"),
                self.tr("Shown on printed budgets and work orders"),
                "companyName",
            ),
            (settings.COMPANY_ADDRESS, self.tr("Address:"), "", "companyAddress"),
            (
                settings.COMPANY_TAX_ID,
                self.tr("Tax ID:"),
                self.tr("e.g. unified social credit code or VAT number"),
                "companyTaxId",
            ),
            (settings.COMPANY_PHONE, self.tr("Phone:"), "", "companyPhone"),
            (settings.COMPANY_EMAIL, self.tr("E-mail:"), "", "companyEmail"),
        ):
            edit = QLineEdit(s.get(option))
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            edit.setMinimumWidth(420)
            edit.setMaxLength(300)
            edit.editingFinished.connect(lambda o=option, e=edit: self._save(o, e.text().strip()))
            form.addRow(label, edit)
            self.edits[option.key] = edit
        self.name_edit = self.edits[settings.COMPANY_NAME.key]

        logo_row = QHBoxLayout()
        self.logo_label = QLabel()
        self.logo_label.setObjectName("companyLogo")
        self.logo_label.setMinimumHeight(LOGO_HEIGHT)
        self.logo_button = QPushButton(self.tr("Choose logo..."))
        self.logo_button.clicked.connect(self.on_logo_button_clicked)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(b""))
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo for reports:"), logo_row)

        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currency")
        self.currency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in settings.CURRENCY.choices or ():
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(s.get(settings.CURRENCY)))
        self.currency_combo.currentIndexChanged.connect(
            lambda _i: self._save(settings.CURRENCY, self.currency_combo.currentData())
        )
        form.addRow(self.tr("Currency:"), self.currency_combo)
        self.error_label = QLabel()
        self.error_label.setObjectName("profileError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow("", self.error_label)
        self._show_logo(s.get(settings.COMPANY_LOGO))

    def _save(self, option: settings.Option, value: object) -> None:  # type: ignore[type-arg]
        if self.ctx.settings.get(option) == value:
            return
        self.ctx.settings.set(option, value)
        self.ctx.settings.sync()
        self.profile_saved.emit()

    def _show_logo(self, data: bytes) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_label.setPixmap(
                pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("(none)"))
        self.remove_logo_button.setEnabled(bool(data))

    def set_logo(self, data: bytes) -> bool:
        """Store ``data`` (PNG or JPEG bytes; empty removes the logo); False if unusable."""
        self.error_label.hide()
        if data:
            if len(data) > LOGO_MAX_BYTES:
                self.error_label.setText(self.tr("The logo file is larger than 2 MB."))
                self.error_label.show()
                return False
            if QPixmap().loadFromData(QByteArray(data)) is False:
                self.error_label.setText(self.tr("That file is not a picture CRMDesk can read."))
                self.error_label.show()
                return False
        self._save(settings.COMPANY_LOGO, data)
        self._show_logo(data)
        return True

    def on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(LOGO_MAX_BYTES + 1)
        except OSError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.set_logo(data)
