"""The realised-return page: go-live date, baseline, measures since go-live, realised benefits
next to the planned ones, and payback and ROI re-estimated from the actual figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.planning.finance import Payback, format_years, round_half_up
from crmdesk.domain.spending.realised import RATE_MEASURES, Measure, Source
from crmdesk.services.spending.realised import RealisedReturn
from crmdesk.ui.spending.baseline_dialog import measure_label, measure_text
from crmdesk.ui.spending.common import (
    BAD_TEXT,
    GOOD_TEXT,
    benefit_label,
    from_qdate,
    money,
    percent,
    render,
    signed_percent,
    to_qdate,
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RealisedPage(QWidget):
    """Shows a ``RealisedReturn``; asks its window to save the go-live date or the baseline."""

    go_live_saved = Signal(object)  # dt.date | None
    baseline_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: RealisedReturn | None = None
        self.live_check = QCheckBox(self.tr("The CRM went live on"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.live_check.toggled.connect(self.date_edit.setEnabled)
        self.save_date_button = QPushButton(self.tr("Save date"))
        self.save_date_button.clicked.connect(self.on_save_date_button_clicked)
        self.baseline_button = QPushButton(self.tr("Edit baseline…"))
        self.baseline_button.clicked.connect(self.baseline_requested)
        top = QHBoxLayout()
        top.addWidget(self.live_check)
        top.addWidget(self.date_edit)
        top.addWidget(self.save_date_button)
        top.addStretch(1)
        top.addWidget(self.baseline_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.measures = _table(
            [
                self.tr("Measure"),
                self.tr("Before go-live"),
                self.tr("Since go-live"),
                self.tr("Change"),
            ]
        )
        self.benefits = _table(
            [
                self.tr("Benefit"),
                self.tr("Planned a year"),
                self.tr("Realised a year"),
                self.tr("How it is counted"),
            ]
        )
        self.estimate_label = QLabel()
        self.estimate_label.setObjectName("estimateLabel")
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.measures, 1)
        layout.addWidget(self.benefits, 1)
        layout.addWidget(self.estimate_label)
        self.show_message(self.tr("Choose a plan to see its realised return."))

    def show_message(self, text: str) -> None:
        self.data = None
        for widget in (
            self.live_check,
            self.date_edit,
            self.save_date_button,
            self.baseline_button,
        ):
            widget.setEnabled(False)
        self.measures.setRowCount(0)
        self.benefits.setRowCount(0)
        self.estimate_label.clear()
        self.status_label.setText(text)

    def on_save_date_button_clicked(self) -> None:
        day = from_qdate(self.date_edit.date()) if self.live_check.isChecked() else None
        self.go_live_saved.emit(day)

    # --- showing -------------------------------------------------------------------------

    def set_data(self, data: RealisedReturn, today: dt.date) -> None:
        self.data = data
        for widget in (self.live_check, self.save_date_button, self.baseline_button):
            widget.setEnabled(True)
        self.live_check.setChecked(data.go_live_set)
        self.date_edit.setEnabled(data.go_live_set)
        self.date_edit.setDate(to_qdate(data.go_live))
        if not data.go_live_set:
            status = self.tr(
                "Mark the day the CRM went live: the app then measures the same figures since"
                " that day and compares them with the baseline."
            )
        elif data.as_of < data.go_live:
            status = self.tr(
                "Nothing measured yet: figures are measured from go-live up to the end of"
                " yesterday."
            )
        else:
            status = (
                self.tr("Measured over %1 months since go-live, up to the end of %2.")
                .replace("%1", f"{round_half_up(data.actual.months, 1):f}")
                .replace("%2", data.as_of.isoformat())
            )
        self.status_label.setText(status)
        self._fill_measures(data)
        self._fill_benefits(data)
        self._fill_estimate(data)

    def _fill_measures(self, data: RealisedReturn) -> None:
        self.measures.setRowCount(0)
        for change in data.measures:
            row = self.measures.rowCount()
            self.measures.insertRow(row)
            measure = change.measure
            label = measure_label(measure)
            if measure is Measure.REPEAT_ORDER_RATE:
                label = self.tr("%1 (typed)").replace("%1", label)
            self.measures.setItem(row, 0, _item(label))
            self.measures.setItem(row, 1, _item(self._measure(measure, change.baseline), True))
            self.measures.setItem(row, 2, _item(self._measure(measure, change.actual), True))
            item = _item(self._change(measure, change.change, change.ratio), True)
            if change.improved is not None:
                item.setForeground(QBrush(GOOD_TEXT if change.improved else BAD_TEXT))
            self.measures.setItem(row, 3, item)
        self.measures.resizeColumnsToContents()

    def _measure(self, measure: Measure, value: Decimal | None) -> str:
        if value is None:
            return "\u2014"
        if measure in RATE_MEASURES:
            return measure_text(measure, value)
        return f"{value:,.2f}" if value != value.to_integral() else f"{value:,.0f}"

    def _change(self, measure: Measure, change: Decimal | None, ratio: Decimal | None) -> str:
        if change is None:
            return "\u2014"
        if measure in RATE_MEASURES:
            points = (change * 100).quantize(Decimal("0.1"))
            return self.tr("%1 points").replace("%1", f"{points:+}")
        text = f"{change:+,.2f}"
        return text if ratio is None else f"{text} ({signed_percent(ratio)})"

    def _fill_benefits(self, data: RealisedReturn) -> None:
        self.benefits.setRowCount(0)
        for benefit in data.benefits:
            if not benefit.expected and benefit.source is Source.PLANNED:
                continue
            row = self.benefits.rowCount()
            self.benefits.insertRow(row)
            self.benefits.setItem(row, 0, _item(benefit_label(benefit.category.value)))
            self.benefits.setItem(row, 1, _item(money(benefit.expected, data.currency), True))
            realised = _item(money(benefit.realised, data.currency), True)
            if benefit.source is not Source.PLANNED:
                better = benefit.realised >= benefit.expected
                realised.setForeground(QBrush(GOOD_TEXT if better else BAD_TEXT))
            self.benefits.setItem(row, 2, realised)
            self.benefits.setItem(row, 3, _item(render(benefit.basis)))
        self.benefits.resizeColumnsToContents()

    def _payback(self, payback: Payback) -> str:
        if payback.years is None:
            return self.tr("not within the horizon")
        return self.tr("%1 years").replace("%1", format_years(payback.years))

    def _fill_estimate(self, data: RealisedReturn) -> None:
        planned = data.planned
        text = (
            self.tr("As planned: NPV %1, simple ROI %2, payback %3.")
            .replace("%1", money(planned.npv, data.currency))
            .replace("%2", percent(planned.roi_simple))
            .replace("%3", self._payback(planned.payback))
        )
        estimate = data.re_estimated
        if estimate is not None:
            text += "\n" + (
                self.tr(
                    "Re-estimated from actual spending and realised benefits: NPV %1,"
                    " simple ROI %2, payback %3."
                )
                .replace("%1", money(estimate.npv, data.currency))
                .replace("%2", percent(estimate.roi_simple))
                .replace("%3", self._payback(estimate.payback))
            )
        self.estimate_label.setText(text)
