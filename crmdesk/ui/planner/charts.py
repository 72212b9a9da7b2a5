"""The planner's on-screen charts, painted by crmdesk.ui.widgets.charts.

Figures come from the engine as Decimal; floats are used only to place marks on the screen,
and tooltips show the Decimal figures themselves.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from crmdesk.domain.planning.sensitivity import DriverResult
from crmdesk.ui.planner.text import money, render
from crmdesk.ui.widgets.charts import ChartBase, PeriodChart, Series, TornadoBar, TornadoChart
from crmdesk.ui.widgets.numbers import axis_unit

SERIES = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a")
LOW = "#c62828"
HIGH = "#2e7d32"


def _style(chart: ChartBase, title: str) -> None:
    """Dark text on white, as in the printed plan, whatever the desktop's colours."""
    chart.title = title
    chart.background = QColor("#ffffff")
    chart.foreground = QColor("#333333")
    chart.grid_x = True


def cumulative_chart(
    series: Sequence[tuple[str, Sequence[Decimal]]], title: str, year_label: str, currency: str
) -> PeriodChart:
    """Cumulative net cash flow per plan, year 0..horizon; where a line crosses zero (the
    dashed line) the plan has paid back. Hovering over a year shows every plan's figure."""
    chart = PeriodChart()
    _style(chart, title)
    chart.x_title = year_label
    chart.show_legend = True
    chart.zero_line = True
    largest = max((abs(v) for _, values in series for v in values), default=Decimal(0))
    unit, divisor = axis_unit(currency, largest)
    chart.set_value_unit(unit, float(divisor))
    chart.format_value = lambda value: money(value, currency)
    years = max((len(values) for _, values in series), default=0)
    chart.set_lines(
        [str(year) for year in range(years)],
        [
            Series(name, list(values), SERIES[index % len(SERIES)])
            for index, (name, values) in enumerate(series)
        ],
        [
            QCoreApplication.translate("PlannerCharts", "Year %1").replace("%1", str(year))
            for year in range(years)
        ],
        low=None,
    )
    return chart


def tornado_chart(
    results: Sequence[DriverResult], base_npv: Decimal, title: str, axis: str, currency: str
) -> TornadoChart:
    """One horizontal bar per driver, from NPV at its low value to NPV at its high value,
    largest swing at the top; the vertical line is the plan's NPV. ``axis`` is the money
    axis's label with ``%1`` for its unit: the currency, or in Chinese 万 and the currency
    once the NPVs reach 10万 (the ticks are then counted in 万)."""
    largest = max((abs(v) for r in results for v in (r.npv_low, r.npv_high)), default=abs(base_npv))
    unit, divisor = axis_unit(currency, max(largest, abs(base_npv)))
    chart = TornadoChart()
    _style(chart, title)
    chart.low_colour, chart.high_colour = LOW, HIGH
    chart.x_title = axis.replace("%1", unit)
    chart.divisor = float(divisor)
    font = QFont(chart.font())
    font.setPointSizeF(9)
    chart.setFont(font)
    rows = []
    for result in results:
        tooltip = "<br>".join(
            [
                f"<b>{html.escape(render(result.title))}</b>",
                QCoreApplication.translate("PlannerCharts", "NPV if lower: %1").replace(
                    "%1", money(result.npv_low, currency)
                ),
                QCoreApplication.translate("PlannerCharts", "NPV if higher: %1").replace(
                    "%1", money(result.npv_high, currency)
                ),
            ]
        )
        rows.append(
            TornadoBar(render(result.title), float(result.npv_low), float(result.npv_high), tooltip)
        )
    base_tooltip = QCoreApplication.translate("PlannerCharts", "The plan's NPV: %1").replace(
        "%1", money(base_npv, currency)
    )
    chart.set_rows(rows, float(base_npv), base_tooltip)
    return chart
