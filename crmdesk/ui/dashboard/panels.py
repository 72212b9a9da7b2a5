"""Chart panels: a title, a "Save as PNG" button and the chart, or a message while there is none.

The chart inside a panel is made the first time data arrives; it is painted with QPainter
(crmdesk.ui.widgets.charts), so drawing it imports nothing heavy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.dashboard.plots import COLOURS, Chart, Series
from crmdesk.ui.widgets.numbers import card_money
from crmdesk.ui.widgets.time import DATE_FORMAT, month_label

if TYPE_CHECKING:
    from crmdesk.services.dashboard.figures import DashboardCharts


# lupdate extracts translate("Context", ...) but not calls through a wrapper function
translate = QCoreApplication.translate


class ChartPanel(QFrame):
    """One chart of the dashboard with its title and its own PNG export."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{name}")
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(270)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture"))
        self.save_button.setAutoRaise(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.legend_label)
        header.addWidget(self.save_button)
        self.message = QLabel(self.tr("Loading…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("chartMessage")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self._chart: Chart | None = None

    @property
    def title(self) -> str:
        return self.title_label.text()

    def chart(self) -> Chart:
        """The chart, created on first use."""
        if self._chart is None:
            self._chart = Chart()
            self.stack.addWidget(self._chart)
        return self._chart

    @property
    def has_chart(self) -> bool:
        return self._chart is not None and self.stack.currentWidget() is self._chart

    def show_chart(self) -> None:
        chart = self.chart()
        self.stack.setCurrentWidget(chart)
        self.legend_label.setText(chart.legend_html())
        self.save_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        self.legend_label.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.save_button.setEnabled(False)

    def on_save_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        default = str(Path(folder or Path.home()) / f"{self.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), default, self.tr("PNG pictures (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.chart().save_png(Path(path), self.title):
            QMessageBox.warning(
                self, self.tr("Save chart"), self.tr("Could not write %1.").replace("%1", path)
            )


# --- filling the charts ----------------------------------------------------------------------


def _dates(days: Sequence[dt.date], locale: QLocale, fmt: str) -> list[str]:
    return [locale.toString(QDate(d.year, d.month, d.day), fmt) for d in days]


def month_labels(months: Sequence[dt.date], locale: QLocale) -> list[str]:
    return [month_label(month) for month in months]


def long_month_labels(months: Sequence[dt.date], locale: QLocale) -> list[str]:
    return [month_label(month, long=True) for month in months]


def week_labels(weeks: Sequence[dt.date], locale: QLocale) -> list[str]:
    return _dates(weeks, locale, translate("Dashboard", "d MMM", "day and month on chart axes"))


def fill_charts(panels: dict[str, ChartPanel], charts: DashboardCharts, locale: QLocale) -> None:
    """Draw every chart from the dashboard's data (or show why there is nothing to draw)."""
    months = month_labels(charts.months, locale)
    long_months = long_month_labels(charts.months, locale)

    panel = panels["customers"]
    if any(charts.new_customers):
        panel.chart().set_bars(
            months,
            [Series(translate("Dashboard", "New customers"), charts.new_customers)],
            long_months,
        )
        panel.show_chart()
    else:
        panel.show_message(translate("Dashboard", "No new customers in the last twelve months."))

    panel = panels["followups"]
    if any(charts.followups_done):
        week_hover = [
            translate("Dashboard", "Week of %1").replace("%1", label)
            for label in _dates(charts.weeks, locale, DATE_FORMAT)
        ]
        panel.chart().set_bars(
            week_labels(charts.weeks, locale),
            [Series(translate("Dashboard", "Follow-ups done"), charts.followups_done, COLOURS[2])],
            week_hover,
        )
        panel.show_chart()
    else:
        panel.show_message(translate("Dashboard", "No follow-ups done in the last twelve weeks."))

    panel = panels["tickets"]
    if any(charts.tickets_opened) or any(charts.tickets_closed):
        panel.chart().set_bars(
            months,
            [
                Series(translate("Dashboard", "Opened"), charts.tickets_opened, COLOURS[1]),
                Series(translate("Dashboard", "Closed"), charts.tickets_closed, COLOURS[0]),
            ],
            long_months,
        )
        panel.show_chart()
    else:
        panel.show_message(translate("Dashboard", "No service tickets in the last twelve months."))

    panel = panels["satisfaction"]
    if any(v is not None for v in charts.satisfaction):
        chart = panel.chart()
        chart.format_value = lambda v: f"{v:.2f}"
        chart.set_lines(
            months,
            [
                Series(
                    translate("Dashboard", "Average satisfaction"),
                    charts.satisfaction,
                )
            ],
            long_months,
            low=1.0,
            high=5.0,
        )
        panel.show_chart()
    else:
        panel.show_message(
            translate("Dashboard", "No satisfaction scores in the last twelve months.")
        )

    panel = panels["spend"]
    spend = charts.spend
    if spend is None:
        panel.show_message(
            translate(
                "Dashboard",
                "No budget plan yet. Make one in the Budget planner to follow its spending here.",
            )
        )
        return
    chart = panel.chart()
    currency = charts.currency
    chart.format_value = lambda v: card_money(v, currency)
    amounts = [abs(v) for v in (*spend.budget, *spend.actual) if v is not None]
    chart.set_money_axis(currency, max(amounts, default=Decimal(0)))
    chart.set_lines(
        month_labels(spend.months, locale),
        [
            Series(
                translate("Dashboard", "Budget"),
                spend.budget,
                COLOURS[0],
                dashed=True,
            ),
            Series(translate("Dashboard", "Actual"), spend.actual, COLOURS[3]),
        ],
        long_month_labels(spend.months, locale),
    )
    panel.show_chart()
