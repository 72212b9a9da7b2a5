"""The Settings screen: company profile, language, reports and follow-ups, data folder,
backups, after-sales service; every group's fields line up, and it scrolls on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.screen import Screen
from crmdesk.ui.settings.preferences import GROUP_STYLE, PreferencesBox, align_labels


class SettingsScreen(Screen):
    """Every change is saved at once; a language change rebuilds the window in place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        s = ctx.settings
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body.setStyleSheet(GROUP_STYLE)
        scroll.setWidget(body)
        page.addWidget(scroll)
        outer = QVBoxLayout(body)
        heading = QLabel(self.tr("Settings"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        from crmdesk.ui.settings.company import CompanyProfileBox

        # the company profile lives in its own module (also used by the first-run welcome)
        self.profile_box = CompanyProfileBox(ctx)
        self.company_edit = self.profile_box.name_edit
        self.currency_combo = self.profile_box.currency_combo
        outer.addWidget(self.profile_box)
        general = QGroupBox(self.tr("Language"))
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.addItem(self.tr("Same as the system"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.setCurrentIndex(self.language_combo.findData(s.get(settings.LANGUAGE)))
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.preferences = PreferencesBox(ctx)
        top = QHBoxLayout()
        top.addWidget(general, 1)
        top.addWidget(self.preferences, 1)
        outer.addLayout(top)

        data = QGroupBox(self.tr("Data and backups"))
        form = QFormLayout(data)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(ctx.data_dir.root))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setMinimumWidth(420)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.data_dir.root)))
        )
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(open_button)
        form.addRow(self.tr("Data folder:"), folder_row)
        self.daily_check = QCheckBox(self.tr("Back up automatically once a day at start-up"))
        self.daily_check.setChecked(s.get(settings.BACKUP_DAILY))
        self.daily_check.toggled.connect(lambda on: self._save(settings.BACKUP_DAILY, bool(on)))
        form.addRow("", self.daily_check)
        self.keep_daily_spin = QSpinBox()
        self.keep_daily_spin.setMaximumWidth(90)
        self.keep_daily_spin.setRange(1, 60)
        self.keep_daily_spin.setValue(s.get(settings.BACKUP_KEEP_DAILY))
        self.keep_daily_spin.valueChanged.connect(
            lambda v: self._save(settings.BACKUP_KEEP_DAILY, int(v))
        )
        form.addRow(self.tr("Daily backups to keep:"), self.keep_daily_spin)
        self.keep_weekly_spin = QSpinBox()
        self.keep_weekly_spin.setMaximumWidth(90)
        self.keep_weekly_spin.setRange(0, 52)
        self.keep_weekly_spin.setValue(s.get(settings.BACKUP_KEEP_WEEKLY))
        self.keep_weekly_spin.valueChanged.connect(
            lambda v: self._save(settings.BACKUP_KEEP_WEEKLY, int(v))
        )
        form.addRow(self.tr("Weekly backups to keep:"), self.keep_weekly_spin)
        outer.addWidget(data)
        from crmdesk.ui.tickets.settings_box import ServiceSettingsBox

        outer.addWidget(ServiceSettingsBox(ctx))
        from crmdesk.ui.settings.shared import SharedDatabaseBox

        self.shared_box = SharedDatabaseBox(ctx)
        outer.addWidget(self.shared_box)
        outer.addStretch(1)
        # every group's labels, the company profile's and the service box's included
        align_labels(body.findChildren(QFormLayout))

    def _save(self, option: settings.Option, value: object) -> None:  # type: ignore[type-arg]
        self.ctx.settings.set(option, value)
        self.ctx.settings.sync()

    def on_language_combo_changed(self, _index: int) -> None:
        self._save(settings.LANGUAGE, self.language_combo.currentData())
        # rebuild after this slot returns: the rebuild deletes this very widget
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.ctx.rebuild_window)
