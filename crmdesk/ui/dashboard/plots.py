"""The dashboard's charts, drawn with pyqtgraph.

This module imports pyqtgraph (and numpy) at the top, so the dashboard imports it only when it
first draws, never at start-up. The x axis shows one label per period or per few periods,
chosen from the label widths so no label is dropped or clipped in either language; the
current period always keeps its label. Hovering shows the values of the period under the
mouse; ``save_png`` writes the chart with its title.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")
LABEL_GAP = 14  # pixels between two x labels


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 x 10^k) giving about ``ticks`` ticks over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


class LabelAxis(pg.AxisItem):
    """A bottom axis of named periods (index 0..n-1) that only labels what fits."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.labels: list[str] = []
        self.shown: list[int] = []

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)
        self.picture = None
        self.update()

    def _metrics(self) -> QFontMetrics:
        font = self.style.get("tickFont") or self.font()
        return QFontMetrics(font)

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[int]]]:
        count = len(self.labels)
        if not count or size <= 0 or high <= low:
            self.shown = []
            return []
        metrics = self._metrics()
        widths = [metrics.horizontalAdvance(label) for label in self.labels]
        per_unit = size / (high - low)
        step = max(1, math.ceil((max(widths) + LABEL_GAP) / per_unit))
        last = min(count - 1, math.floor(high))
        # count back from the current period so that it is always labelled
        values = [
            v
            for v in range(last, -1, -step)
            if (v - low) * per_unit >= widths[v] / 2 and (high - v) * per_unit >= widths[v] / 2
        ]
        self.shown = sorted(values)
        return [(float(step), self.shown)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        result = []
        for value in values:
            index = round(value)
            result.append(self.labels[index] if 0 <= index < len(self.labels) else "")
        return result


class NumberAxis(pg.AxisItem):
    """A left axis with round steps and thousands separators (``integers`` for counts)."""

    def __init__(self, integers: bool = True) -> None:
        super().__init__(orientation="left")
        self.integers = integers
        self.divisor = 1.0  # money axes in Chinese count in 万 (10,000)

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        step = nice_step(high - low)
        if self.integers:
            step = max(step, 1.0)
        first = math.ceil(low / step) * step
        values = []
        value = first
        while value <= high + step * 1e-9:
            values.append(value)
            value += step
        return [(step, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spacing /= self.divisor
        places = 0 if spacing >= 1 else max(0, -math.floor(math.log10(spacing)))
        return [f"{v / self.divisor:,.{places}f}".replace("-", "\u2212") for v in values]


@dataclass(frozen=True)
class Series:
    """One series of a chart; ``values`` may hold None for a period without data."""

    name: str
    values: Sequence[float | None]
    colour: str = COLOURS[0]
    dashed: bool = False


class Chart(QWidget):
    """A bar or line chart over named periods, with hover values and PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette = self.palette()
        self.axis = LabelAxis()
        self.value_axis = NumberAxis()
        self.plot = pg.PlotWidget(
            axisItems={"bottom": self.axis, "left": self.value_axis},
            background=palette.color(QPalette.ColorRole.Base),
        )
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.15)
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("bottom", "left"):
            item.getAxis(name).setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            item.getAxis(name).setTextPen(pg.mkPen(text))
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen(QColor(128, 128, 128, 110), width=8))
        self.marker.setVisible(False)
        item.addItem(self.marker, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.labels: list[str] = []
        self.hover_labels: list[str] = []
        self.series: list[Series] = []
        self.format_value: Callable[[float], str] = lambda v: f"{v:,.0f}"

    # --- data ----------------------------------------------------------------------------

    def _reset(self, labels: Sequence[str], hover_labels: Sequence[str] | None) -> None:
        item = self.plot.getPlotItem()
        for data_item in list(item.listDataItems()):
            item.removeItem(data_item)
        for child in [c for c in item.items if isinstance(c, pg.BarGraphItem)]:
            item.removeItem(child)
        self.labels = list(labels)
        self.hover_labels = list(hover_labels or labels)
        self.axis.set_labels(self.labels)

    def _ranges(self, top: float, integers: bool, bottom: float = 0.0) -> None:
        self.value_axis.integers = integers
        self._update_x_range()
        item = self.plot.getPlotItem()
        item.setYRange(bottom, top if top > bottom else bottom + 1, padding=0.05)

    def _update_x_range(self) -> None:
        """Pad both ends so the first and the last period's labels fit inside the axis:
        with p units of padding and w pixels for n periods, p x w / (n - 1 + 2p) >= half a
        label, so p = half x (n - 1) / (w - 2 x half)."""
        count = len(self.labels)
        if not count:
            return
        half = max(self.axis._metrics().horizontalAdvance(label) for label in self.labels) / 2
        half += LABEL_GAP / 2
        width = max(self.width() - 70.0, 4 * half)  # minus the value axis and margins
        pad = max(0.6, half * (count - 1) / (width - 2 * half))
        self.plot.getPlotItem().setXRange(-pad, count - 1 + pad, padding=0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_x_range()

    def set_bars(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        hover_labels: Sequence[str] | None = None,
    ) -> None:
        """Bars side by side per period, one colour per series."""
        self._reset(labels, hover_labels)
        self.series = list(series)
        width = 0.8 / max(len(series), 1)
        top = 0.0
        for index, one in enumerate(series):
            offset = -0.4 + width * (index + 0.5)
            heights = [v or 0 for v in one.values]
            bars = pg.BarGraphItem(
                x=[i + offset for i in range(len(heights))],
                height=heights,
                width=width * 0.9,
                brush=pg.mkBrush(one.colour),
                pen=pg.mkPen(None),
            )
            self.plot.addItem(bars)
            top = max([top, *heights])
        self._ranges(top * 1.15, integers=True)

    def set_money_axis(self, currency: str | None, largest: float) -> None:
        """Money on the value axis: the unit it is in written beside it (CNY, 万元（CNY）)."""
        from decimal import Decimal

        from crmdesk.ui.widgets.numbers import axis_unit

        unit, divisor = axis_unit(currency, Decimal(str(largest)))
        self.value_axis.divisor = float(divisor)
        self.plot.setLabel("left", unit)

    def set_lines(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        hover_labels: Sequence[str] | None = None,
        *,
        low: float = 0.0,
        high: float | None = None,
        integers: bool = False,
    ) -> None:
        """Lines with points; None values leave a gap."""
        self._reset(labels, hover_labels)
        self.series = list(series)
        top = 0.0
        for one in series:
            xs = [i for i, v in enumerate(one.values) if v is not None]
            ys = [float(v) for v in one.values if v is not None]
            style = Qt.PenStyle.DashLine if one.dashed else Qt.PenStyle.SolidLine
            pen = pg.mkPen(one.colour, width=2, style=style)
            self.plot.plot(
                xs,
                ys,
                pen=pen,
                symbol=None if len(xs) > 24 else "o",
                symbolSize=6,
                symbolBrush=one.colour,
                symbolPen=None,
            )
            top = max([top, *ys])
        self._ranges(high if high is not None else top * 1.1, integers, low)

    def legend_html(self) -> str:
        """The series names in their colours, for the panel's header (empty for one series)."""
        if len(self.series) < 2:
            return ""
        return "&nbsp;&nbsp;".join(
            f'<span style="color:{one.colour}">{"┄" if one.dashed else "■"}</span> {one.name}'
            for one in self.series
        )

    # --- hover ---------------------------------------------------------------------------

    def hover_text(self, index: int) -> str:
        """What hovering over period ``index`` shows (HTML)."""
        if not 0 <= index < len(self.hover_labels):
            return ""
        lines = [f"<b>{self.hover_labels[index]}</b>"]
        for one in self.series:
            value = one.values[index] if index < len(one.values) else None
            shown = "\u2014" if value is None else self.format_value(float(value))
            lines.append(f'<span style="color:{one.colour}">■</span> {one.name}: {shown}')
        return "<br>".join(lines)

    def hover_at(self, index: int, global_pos: QPoint | None = None) -> str:
        """Mark period ``index`` and show its values in a tooltip; returns the text."""
        text = self.hover_text(index)
        self.marker.setVisible(bool(text))
        if not text:
            QToolTip.hideText()
            return ""
        self.marker.setValue(index)
        QToolTip.showText(global_pos or QCursor.pos(), text, self.plot)
        return text

    def _on_mouse_moved(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(position):
            self.marker.setVisible(False)
            QToolTip.hideText()
            return
        index = round(view.mapSceneToView(position).x())
        self.hover_at(index)

    # --- export --------------------------------------------------------------------------

    def save_png(self, path: Path, title: str) -> bool:
        """Write the chart with ``title`` above it as a PNG; False if it could not be written."""
        self.marker.setVisible(False)
        picture = self.plot.grab()
        metrics = QFontMetrics(self.font())
        title_height = metrics.height() + 16
        ratio = picture.devicePixelRatio()
        image = QImage(
            picture.width(),
            picture.height() + int(title_height * ratio),
            QImage.Format.Format_ARGB32,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text)))
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        width = int(picture.width() / ratio)
        painter.drawText(
            QRect(10, 0, width - 20, title_height), Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.drawPixmap(0, title_height, picture)
        painter.end()
        return image.save(str(path), "PNG")
