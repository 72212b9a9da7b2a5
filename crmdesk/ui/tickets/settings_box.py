"""The Settings screen's "After-sales service" box: business hours, targets, holidays.

Every valid change is saved at once (like the rest of Settings); an invalid one (closing before
opening, a resolution target shorter than the response target) is shown and not saved.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.errors import UserError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceTargets, Target
from crmdesk.domain.tickets.workflow import PRIORITY_KEYS
from crmdesk.services.tickets.holidays import (
    apply_china_official,
    list_holidays,
    remove_holiday,
    set_holiday,
)
from crmdesk.ui.context import AppContext
from crmdesk.ui.tickets.common import load_levels, priority_label
from crmdesk.ui.widgets.form_dialog import ERROR_STYLE
from crmdesk.ui.widgets.time import format_date

# the names the chinesecalendar package gives China's official holidays, for translation
OFFICIAL_NAMES = {
    "New Year's Day": QT_TRANSLATE_NOOP("Holiday", "New Year's Day"),
    "Spring Festival": QT_TRANSLATE_NOOP("Holiday", "Spring Festival"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("Holiday", "Tomb-sweeping Day"),
    "Labour Day": QT_TRANSLATE_NOOP("Holiday", "Labour Day"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival"),
    "National Day": QT_TRANSLATE_NOOP("Holiday", "National Day"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("Holiday", "Mid-autumn Festival"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("Holiday", "Anti-Fascist 70th Day"),
}


def holiday_name(name: str) -> str:
    """A stored holiday name as the user reads it (official names translated)."""
    if name in OFFICIAL_NAMES:
        return QCoreApplication.translate("Holiday", OFFICIAL_NAMES[name])
    return name


def _hours_spin(value: Decimal, name: str, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setSuffix(suffix)
    spin.setDecimals(1)
    spin.setRange(0, 9999)
    spin.setSingleStep(0.5)
    spin.setValue(float(value))  # a spin box holds a float; targets are whole or half hours
    return spin


class ServiceSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("After-sales service"), parent)
        self.setObjectName("serviceSettings")
        self.ctx = ctx
        levels = load_levels(ctx.settings)
        hours = levels.hours

        locale = QLocale()
        self.day_checks: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Working days:")))
        for day in range(7):
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            check.setObjectName(f"day{day}")
            check.setChecked(day in hours.days)
            check.toggled.connect(self.save_hours)
            self.day_checks.append(check)
            days_row.addWidget(check)
        days_row.addSpacing(16)
        days_row.addWidget(QLabel(self.tr("Hours:")))
        self.start_edit = QTimeEdit(QTime(hours.start.hour, hours.start.minute))
        self.start_edit.setObjectName("openingTime")
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit(QTime(hours.end.hour, hours.end.minute))
        self.end_edit.setObjectName("closingTime")
        self.end_edit.setDisplayFormat("HH:mm")
        self.start_edit.timeChanged.connect(self.save_hours)
        self.end_edit.timeChanged.connect(self.save_hours)
        days_row.addWidget(self.start_edit)
        days_row.addWidget(QLabel(self.tr("to")))
        days_row.addWidget(self.end_edit)
        days_row.addStretch(1)

        targets = QGridLayout()
        targets.addWidget(QLabel(self.tr("<b>Targets</b> (business hours)")), 0, 0)
        targets.addWidget(QLabel(self.tr("First response")), 0, 1)
        targets.addWidget(QLabel(self.tr("Resolution")), 0, 2)
        self.target_spins: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for row, priority in enumerate(reversed(PRIORITY_KEYS), start=1):
            target = levels.targets[priority]
            suffix = self.tr(" h")
            response = _hours_spin(target.response_hours, f"response_{priority}", suffix)
            resolution = _hours_spin(target.resolution_hours, f"resolution_{priority}", suffix)
            response.valueChanged.connect(self.save_targets)
            resolution.valueChanged.connect(self.save_targets)
            self.target_spins[priority] = (response, resolution)
            targets.addWidget(QLabel(priority_label(priority)), row, 0)
            targets.addWidget(response, row, 1)
            targets.addWidget(resolution, row, 2)
        targets.setRowStretch(len(PRIORITY_KEYS) + 1, 1)

        holidays = QVBoxLayout()
        holidays.addWidget(QLabel(self.tr("<b>Holidays and closing days</b>")))
        self.holiday_list = QListWidget()
        self.holiday_list.setObjectName("holidays")
        self.holiday_list.setMaximumHeight(110)
        holidays.addWidget(self.holiday_list)
        add_row = QHBoxLayout()
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setObjectName("holidayDate")
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_name = QLineEdit()
        self.holiday_name.setObjectName("holidayName")
        self.holiday_name.setPlaceholderText(self.tr("e.g. Spring Festival"))
        self.holiday_name.setMaxLength(100)
        self.holiday_name.returnPressed.connect(self.on_add_clicked)
        add_button = QPushButton(self.tr("&Add"))
        add_button.setObjectName("addHoliday")
        add_button.clicked.connect(self.on_add_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeHoliday")
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.working_check = QCheckBox(self.tr("Make-up working day"))
        self.working_check.setObjectName("holidayWorking")
        self.working_check.setToolTip(
            self.tr("A weekend day that is worked to bridge a holiday (调休)")
        )
        add_row.addWidget(self.holiday_date)
        add_row.addWidget(self.holiday_name, 1)
        add_row.addWidget(self.working_check)
        add_row.addWidget(add_button)
        add_row.addWidget(self.remove_button)
        holidays.addLayout(add_row)
        preset_row = QHBoxLayout()
        self.china_button = QPushButton(self.tr("China (official)"))
        self.china_button.setObjectName("chinaOfficial")
        self.china_button.setToolTip(
            self.tr(
                "Add China's public holidays and make-up working days from this year on; "
                "you can still change any day afterwards"
            )
        )
        self.china_button.clicked.connect(self.on_china_button_clicked)
        self.preset_note = QLabel()
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setWordWrap(True)
        preset_row.addWidget(self.china_button)
        preset_row.addWidget(self.preset_note, 1)
        holidays.addLayout(preset_row)

        columns = QHBoxLayout()
        columns.addLayout(targets)
        columns.addSpacing(24)
        columns.addLayout(holidays, 1)
        self.error = QLabel()
        self.error.setObjectName("serviceSettingsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            self.tr(
                "Due dates count only working time. Changes apply to tickets opened from now "
                "on and to tickets whose priority changes."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addLayout(days_row)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.load_holidays()

    # --- saving ----------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def save_hours(self, *_args: object) -> None:
        days = frozenset(d for d, check in enumerate(self.day_checks) if check.isChecked())
        start = self.start_edit.time().toPython()
        end = self.end_edit.time().toPython()
        if not days:
            self._show_error(self.tr("Tick at least one working day."))
            return
        if start >= end:  # type: ignore[operator]
            self._show_error(self.tr("The working day must end after it starts."))
            return
        hours = BusinessHours(days, start, end)  # type: ignore[arg-type]
        self._show_error("")
        self.ctx.settings.set(settings.SERVICE_HOURS, hours.to_json())
        self.ctx.settings.sync()

    def save_targets(self, *_args: object) -> None:
        by_priority = {}
        for priority, (response, resolution) in self.target_spins.items():
            first = Decimal(str(response.value()))
            last = Decimal(str(resolution.value()))
            if last < first:
                self._show_error(
                    self.tr(
                        "%1: the resolution target cannot be shorter than the response target."
                    ).replace("%1", priority_label(priority))
                )
                return
            by_priority[priority] = Target(first, last)
        self._show_error("")
        self.ctx.settings.set(settings.SERVICE_TARGETS, ServiceTargets(by_priority).to_json())
        self.ctx.settings.sync()

    # --- holidays --------------------------------------------------------------------------

    def load_holidays(self) -> None:
        self.holiday_list.clear()
        # last year's days are history; keep the list to what still matters
        since = dt.date.today().replace(month=1, day=1)
        for holiday in list_holidays(self.ctx.db, since=since):
            name = holiday_name(holiday.name)
            if holiday.working:
                name = self.tr("%1 (working day)").replace("%1", name).strip()
            text = f"{format_date(holiday.day)}  {name}".strip()
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, holiday.day)
            self.holiday_list.addItem(item)
        self.remove_button.setEnabled(self.holiday_list.count() > 0)

    def on_add_clicked(self) -> None:
        day = self.holiday_date.date().toPython()
        try:
            set_holiday(
                self.ctx.db,
                day,  # type: ignore[arg-type]
                self.holiday_name.text(),
                working=self.working_check.isChecked(),
            )
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.holiday_name.clear()
        self.working_check.setChecked(False)
        self.holiday_date.setDate(self.holiday_date.date().addDays(1))  # next day of a run
        self.load_holidays()

    def on_remove_clicked(self) -> None:
        item = self.holiday_list.currentItem()
        if item is None:
            return
        remove_holiday(self.ctx.db, item.data(Qt.ItemDataRole.UserRole))
        self.load_holidays()

    def on_china_button_clicked(self) -> None:
        since = dt.date.today().replace(month=1, day=1)
        result = apply_china_official(self.ctx.db, since)
        self.ctx.settings.set(settings.SERVICE_CALENDAR, "china")
        if result.last_year < since.year + 1:
            note = self.tr(
                "Added %1 holidays and %2 make-up working days. The official calendar is known "
                "up to %3: add later years by hand once they are announced."
            )
        else:
            note = self.tr("Added %1 holidays and %2 make-up working days (official up to %3).")
        self.preset_note.setText(
            note.replace("%1", str(result.holidays))
            .replace("%2", str(result.working_days))
            .replace("%3", str(result.last_year))
        )
        self.load_holidays()
