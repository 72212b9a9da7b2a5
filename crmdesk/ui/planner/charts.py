"""The planner's on-screen charts (pyqtgraph). Only the dialogs that show a chart import this
module, so pyqtgraph is loaded when a chart is first opened, never at start-up.

Figures come from the engine; floats are used here only to place points on the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from crmdesk.domain.planning.sensitivity import DriverResult
from crmdesk.ui.planner.text import money, render
from crmdesk.ui.widgets.numbers import axis_unit

SERIES = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a")
LOW = "#c62828"
HIGH = "#2e7d32"


def _plot(title: str, left: str, bottom: str) -> pg.PlotWidget:
    pg.setConfigOptions(antialias=True, background="w", foreground="#333333")
    widget = pg.PlotWidget()
    widget.setTitle(title, size="10pt")
    widget.setLabel("left", left)
    widget.setLabel("bottom", bottom)
    widget.showGrid(x=True, y=True, alpha=0.2)
    widget.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.getPlotItem().hideButtons()
    return widget


class MoneyAxis(pg.AxisItem):
    """Ticks written as grouped money (1,200,000) instead of pyqtgraph's 1.2e+06."""

    divisor = 1.0  # 10,000 when the axis counts in 万

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        places = 0 if spacing * scale / self.divisor >= 1 else 1
        return [
            f"{value * scale / self.divisor:,.{places}f}".replace("-", "\u2212") for value in values
        ]


def cumulative_chart(
    series: Sequence[tuple[str, Sequence[Decimal]]], title: str, year_label: str, currency: str
) -> pg.PlotWidget:
    """Cumulative net cash flow per plan, year 0..horizon; where a line crosses zero the plan
    has paid back."""
    widget = _plot(title, currency, year_label)
    axis = MoneyAxis("left")
    largest = max((abs(v) for _, values in series for v in values), default=Decimal(0))
    unit, divisor = axis_unit(currency, largest)
    axis.divisor = float(divisor)
    widget.setAxisItems({"left": axis})
    widget.setLabel("left", unit)
    legend = widget.addLegend(offset=(10, 10))
    legend.setLabelTextSize("9pt")
    widget.addLine(y=0, pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine))
    for index, (name, values) in enumerate(series):
        colour = SERIES[index % len(SERIES)]
        widget.plot(
            list(range(len(values))),
            [float(v) for v in values],
            pen=pg.mkPen(colour, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=colour,
            name=name,
        )
    widget.getAxis("bottom").setTickSpacing(1, 1)
    return widget


def tornado_chart(
    results: Sequence[DriverResult], base_npv: Decimal, title: str, axis: str, currency: str
) -> pg.PlotWidget:
    """One horizontal bar per driver, from NPV at its low value to NPV at its high value,
    largest swing at the top; the vertical line is the plan's NPV. ``axis`` is the money
    axis's label with ``%1`` for its unit: the currency, or in Chinese 万 and the currency
    once the NPVs reach 10万 (the ticks are then counted in 万)."""
    largest = max((abs(v) for r in results for v in (r.npv_low, r.npv_high)), default=abs(base_npv))
    unit, divisor = axis_unit(currency, max(largest, abs(base_npv)))
    label = axis.replace("%1", unit)
    widget = _plot(title, "", label)
    money_axis = MoneyAxis("bottom")
    money_axis.divisor = float(divisor)
    widget.setAxisItems({"bottom": money_axis})
    widget.setLabel("bottom", label)
    count = len(results)
    base = float(base_npv)
    for index, result in enumerate(results):
        y = count - index
        for value, colour in ((result.npv_low, LOW), (result.npv_high, HIGH)):
            end = float(value)
            bar = pg.BarGraphItem(
                x0=[min(base, end)],
                x1=[max(base, end)],
                y=[y],
                height=0.6,
                brush=QColor(colour),
                pen=pg.mkPen(None),
            )
            widget.addItem(bar)
    widget.addLine(x=base, pen=pg.mkPen("#333333", width=1.5))
    ticks = [(count - i, render(r.title)) for i, r in enumerate(results)]
    axis = widget.getAxis("left")
    axis.setTicks([ticks])
    axis.setStyle(tickFont=QFont(widget.font().family(), 9))
    widget.setYRange(0.4, count + 0.6, padding=0)
    widget.setToolTip(money(base_npv, currency))
    return widget
