"""Charts painted with QPainter: bars or lines over named periods, and a tornado of bars.

They replace pyqtgraph, whose import (with numpy) cost 0.7 s and 40 MB on the GUI thread: this
module needs nothing beyond QtGui and QtWidgets, which every window has loaded already. The
arithmetic (round ticks, which period labels fit, value to pixel) is in ``chart_axes``; this
module measures text and paints. Hovering over a period shows its values; ``save_png`` writes
a chart with its title above it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from crmdesk.ui.widgets.chart_axes import (
    Scale,
    ValueAxis,
    decimals,
    labelled_periods,
    nearest_period,
    period_padding,
    tick_label,
    value_axis,
)

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")
LABEL_GAP = 14.0  # pixels between two labels on an axis
MARGIN = 8.0  # pixels around the chart and between its parts
TICK = 4.0  # length of a tick mark
MARKER = QColor(128, 128, 128, 110)  # the band over the hovered period

Number = float | int | Decimal


@dataclass(frozen=True)
class Series:
    """One series of a chart; ``values`` may hold None for a period without data."""

    name: str
    values: Sequence[Number | None]
    colour: str = COLOURS[0]
    dashed: bool = False


@dataclass(frozen=True)
class Frame:
    """Where the parts of a chart are at one size: the plot area, its two scales, the value
    axis and the periods that carry a label."""

    plot: QRectF
    x: Scale
    y: Scale
    values: ValueAxis
    labelled: list[int]


class ChartBase(QWidget):
    """What both kinds of chart share: title, legend, value axis text, colours, PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""  # drawn above the plot (the dashboard's panels show their own)
        self.x_title = ""
        self.value_title = ""  # the value axis's unit, written beside it
        self.divisor = 1.0  # money counted in 万 (10,000) in Chinese
        self.show_legend = False  # the series names in a row above the plot
        self.grid_x = False
        self.background: QColor | None = None  # None: the palette's
        self.foreground: QColor | None = None
        self.series: list[Series] = []
        self.setMinimumSize(160, 120)

    # --- colours and text --------------------------------------------------------------

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """Background, text and axis-line colours."""
        palette = self.palette()
        back = self.background or palette.color(QPalette.ColorRole.Base)
        text = self.foreground or palette.color(QPalette.ColorRole.Text)
        line = QColor(text) if self.foreground else palette.color(QPalette.ColorRole.Mid)
        return back, text, line

    def tick_texts(self, axis: ValueAxis) -> list[str]:
        """The value axis's tick labels: grouped, a true minus, places as the step needs."""
        places = decimals(axis.step, self.divisor)
        return [tick_label(v, places, self.divisor) for v in axis.ticks]

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _top(self, metrics: QFontMetricsF) -> float:
        """Room above the plot: the title, the legend, and half a tick label."""
        top = MARGIN
        if self.title:
            top += QFontMetricsF(self._title_font()).height() + MARGIN / 2
        if self.show_legend and self.series:
            top += metrics.height() + MARGIN / 2
        return top + metrics.height() / 2

    def _plot_band(
        self, width: float | None, height: float | None
    ) -> tuple[float, float, QFontMetricsF, float, float]:
        """The size (the widget's by default), the font's metrics, and the top and bottom of
        the plot: what every chart's ``frame`` starts from."""
        width = float(self.width() if width is None else width)
        height = float(self.height() if height is None else height)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bottom = height - MARGIN - line - TICK - (line + MARGIN / 2 if self.x_title else 0.0)
        return width, height, metrics, self._top(metrics), bottom

    def _paint_heading(self, painter: QPainter, width: float, metrics: QFontMetricsF) -> None:
        _, text, _ = self.colours()
        y = MARGIN
        if self.title:
            font = self._title_font()
            height = QFontMetricsF(font).height()
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(QRectF(0, y, width, height), Qt.AlignmentFlag.AlignCenter, self.title)
            painter.setFont(self.font())
            y += height + MARGIN / 2
        if self.show_legend and self.series:
            self._paint_legend(painter, QRectF(0, y, width, metrics.height()), metrics)

    def _paint_legend(self, painter: QPainter, row: QRectF, metrics: QFontMetricsF) -> None:
        swatch = 18.0
        widths = [swatch + 4 + metrics.horizontalAdvance(s.name) for s in self.series]
        x = max(MARGIN, row.center().x() - (sum(widths) + LABEL_GAP * (len(widths) - 1)) / 2)
        _, text, _ = self.colours()
        for one, width in zip(self.series, widths, strict=True):
            middle = row.center().y()
            painter.setPen(self._series_pen(one))
            painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle))
            painter.setPen(text)
            name_box = QRectF(x + swatch + 4, row.top(), width - swatch - 4, row.height())
            painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter, one.name)
            x += width + LABEL_GAP

    def _series_pen(self, one: Series) -> QPen:
        pen = QPen(QColor(one.colour), 2)
        pen.setStyle(Qt.PenStyle.DashLine if one.dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _paint_value_title(self, painter: QPainter, left: float, plot: QRectF) -> None:
        """The unit beside the value axis, read bottom to top like a printed chart's."""
        if not self.value_title:
            return
        metrics = QFontMetricsF(self.font())
        text = metrics.elidedText(self.value_title, Qt.TextElideMode.ElideRight, plot.height())
        painter.save()
        painter.translate(left, plot.center().y())
        painter.rotate(-90)
        box = QRectF(-plot.height() / 2, 0, plot.height(), metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    # --- painting and export ------------------------------------------------------------

    def paint_chart(self, painter: QPainter, width: float, height: float) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self.paint_chart(painter, self.width(), self.height())
        painter.end()

    def image(self, title: str = "") -> QImage:
        """The chart as a picture, with ``title`` in bold above it (nothing hovered)."""
        ratio = self.devicePixelRatioF()
        title_height = QFontMetricsF(self._title_font()).height() + 16 if title else 0.0
        width, height = self.width(), self.height()
        image = QImage(
            round(width * ratio),
            round((height + title_height) * ratio),
            QImage.Format.Format_ARGB32,
        )
        image.setDevicePixelRatio(ratio)
        back, text, _ = self.colours()
        image.fill(back)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if title:
            painter.setFont(self._title_font())
            painter.setPen(text)
            box = QRectF(10, 0, width - 20, title_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, title)
        painter.translate(0, title_height)
        painter.setFont(self.font())
        self.paint_chart(painter, width, height)
        painter.end()
        return image

    def save_png(self, path: Path, title: str) -> bool:
        """Write the chart with ``title`` above it as a PNG; False if it could not be written."""
        return self.image(title).save(str(path), "PNG")


class PeriodChart(ChartBase):
    """Bars side by side or lines over named periods (months, weeks, years), with a value
    axis of round ticks, the values of the hovered period in a tooltip, and PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.hover_labels: list[str] = []
        self.bars = False
        self.integers = True
        self.zero_line = False  # a dashed line at 0 (where a cumulative flow pays back)
        self.format_value: Callable[[Any], str] = lambda v: f"{v:,.0f}"
        self.hovered: int | None = None
        self._low = 0.0
        self._high = 1.0
        self.setMouseTracking(True)

    # --- data --------------------------------------------------------------------------

    def _set(
        self, labels: Sequence[str], series: Sequence[Series], hover: Sequence[str] | None
    ) -> None:
        self.labels = list(labels)
        self.hover_labels = list(hover or labels)
        self.series = list(series)
        self.hovered = None

    def _data_range(self) -> tuple[float, float]:
        values = [float(v) for one in self.series for v in one.values if v is not None]
        return min(values, default=0.0), max(values, default=0.0)

    def set_bars(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        hover_labels: Sequence[str] | None = None,
    ) -> None:
        """Bars side by side per period, one colour per series, up from (or down to) zero."""
        self._set(labels, series, hover_labels)
        self.bars = True
        self.integers = True
        low, high = self._data_range()
        self._low, self._high = min(low * 1.15, 0.0), max(high * 1.15, 0.0)
        self.update()

    def set_lines(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        hover_labels: Sequence[str] | None = None,
        *,
        low: float | None = 0.0,
        high: float | None = None,
        integers: bool = False,
    ) -> None:
        """Lines with points; None values leave a gap. The value axis covers ``low`` to
        ``high`` (by default 0 to a tenth above the largest value) and any value beyond;
        ``low=None`` fits the data, 0 included; the axis then ends at round values."""
        self._set(labels, series, hover_labels)
        self.bars = False
        self.integers = integers
        data_low, data_high = self._data_range()
        if low is None:
            self._low, self._high = min(data_low, 0.0), max(data_high, 0.0)
        else:
            self._low = min(low, data_low)
            self._high = max(data_high * 1.1 if high is None else high, data_high)
        self.update()

    def set_value_unit(self, unit: str, divisor: float = 1.0) -> None:
        """The unit beside the value axis, and what its ticks are divided by (10,000: 万)."""
        self.value_title = unit
        self.divisor = divisor
        self.update()

    def legend_html(self) -> str:
        """The series names in their colours, for the panel's header (empty for one series)."""
        if len(self.series) < 2:
            return ""
        return "&nbsp;&nbsp;".join(
            f'<span style="color:{one.colour}">{"┄" if one.dashed else "■"}</span>'
            f" {html.escape(one.name)}"
            for one in self.series
        )

    # --- geometry ----------------------------------------------------------------------

    def frame(self, width: float | None = None, height: float | None = None) -> Frame:
        """Where everything goes at ``width`` x ``height`` (the widget's size by default)."""
        width, height, metrics, top, bottom = self._plot_band(width, height)
        line = metrics.height()
        rows = max(2, min(6, int((bottom - top) / (line * 1.8))))
        values = value_axis(self._low, self._high, integers=self.integers, ticks=rows)
        widest = max(metrics.horizontalAdvance(t) for t in self.tick_texts(values))
        left = MARGIN + (line + MARGIN / 2 if self.value_title else 0.0) + widest + TICK + 4
        right = width - MARGIN
        plot = QRectF(left, top, max(right - left, 1.0), max(bottom - top, 1.0))
        widths = [metrics.horizontalAdvance(label) for label in self.labels]
        half = max(widths, default=0.0) / 2 + LABEL_GAP / 2
        pad = period_padding(len(self.labels), half, plot.width())
        x = Scale(-pad, len(self.labels) - 1 + pad, plot.left(), plot.right())
        y = Scale(values.low, values.high, plot.bottom(), plot.top())
        return Frame(plot, x, y, values, labelled_periods(widths, x, LABEL_GAP))

    @property
    def shown_labels(self) -> list[int]:
        """The periods labelled on the x axis at the current size."""
        return self.frame().labelled

    # --- painting ----------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, width: float, height: float) -> None:
        back, text, line = self.colours()
        painter.fillRect(QRectF(0, 0, width, height), back)
        metrics = QFontMetricsF(self.font())
        frame = self.frame(width, height)
        plot = frame.plot
        self._paint_heading(painter, width, metrics)
        grid = QColor(text)
        grid.setAlphaF(0.15)
        tick_texts = self.tick_texts(frame.values)
        for value, label in zip(frame.values.ticks, tick_texts, strict=True):
            y = frame.y.pixel(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(line)
            painter.drawLine(QPointF(plot.left() - TICK, y), QPointF(plot.left(), y))
            painter.setPen(text)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - TICK - 4, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.setPen(text)
        self._paint_value_title(painter, MARGIN, plot)
        label_top = plot.bottom() + TICK + 2
        for index in frame.labelled:
            x = frame.x.pixel(index)
            if self.grid_x:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(line)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK))
            painter.setPen(text)
            label_width = metrics.horizontalAdvance(self.labels[index]) + 2
            box = QRectF(x - label_width / 2, label_top, label_width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.labels[index])
        if self.x_title:
            box = QRectF(plot.left(), height - MARGIN - metrics.height(), plot.width(), 0)
            box.setHeight(metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.x_title)
        painter.save()
        painter.setClipRect(plot.adjusted(-4, -4, 4, 4))
        if self.hovered is not None:
            x = frame.x.pixel(self.hovered)
            painter.fillRect(QRectF(x - 4, plot.top(), 8, plot.height()), MARKER)
        if self.zero_line and frame.values.low < 0 < frame.values.high:
            pen = QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = frame.y.pixel(0)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self.bars:
            self._paint_bars(painter, frame)
        else:
            self._paint_lines(painter, frame)
        painter.restore()
        painter.setPen(line)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _paint_bars(self, painter: QPainter, frame: Frame) -> None:
        zero = frame.y.pixel(min(max(0.0, frame.values.low), frame.values.high))
        width = 0.8 / max(len(self.series), 1)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, one in enumerate(self.series):
            painter.setBrush(QColor(one.colour))
            offset = -0.4 + width * (number + 0.5)
            for index, value in enumerate(one.values):
                if not value:
                    continue
                left = frame.x.pixel(index + offset - width * 0.45)
                right = frame.x.pixel(index + offset + width * 0.45)
                top = frame.y.pixel(float(value))
                bar = QRectF(QPointF(left, min(top, zero)), QPointF(right, max(top, zero)))
                painter.drawRect(bar)

    def _paint_lines(self, painter: QPainter, frame: Frame) -> None:
        for one in self.series:
            points = [
                None if v is None else QPointF(frame.x.pixel(i), frame.y.pixel(float(v)))
                for i, v in enumerate(one.values)
            ]
            painter.setPen(self._series_pen(one))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            for index, point in enumerate(points):
                if point is None:
                    continue
                if index and points[index - 1] is not None:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(one.colour))
            for index, point in enumerate(points):
                alone = all(
                    n < 0 or n >= len(points) or points[n] is None for n in (index - 1, index + 1)
                )
                if point is not None and (len(points) <= 24 or alone):
                    painter.drawEllipse(point, 3.0, 3.0)

    # --- hover -------------------------------------------------------------------------

    def hover_text(self, index: int) -> str:
        """What hovering over period ``index`` shows (HTML)."""
        if not 0 <= index < len(self.hover_labels):
            return ""
        lines = [f"<b>{html.escape(self.hover_labels[index])}</b>"]
        for one in self.series:
            value = one.values[index] if index < len(one.values) else None
            shown = "\u2014" if value is None else self.format_value(value)
            entry = QCoreApplication.translate(
                "Charts", "%1: %2", "a series and its value in a chart's tooltip"
            )
            entry = entry.replace("%1", html.escape(one.name)).replace("%2", html.escape(shown))
            lines.append(f'<span style="color:{one.colour}">■</span> {entry}')
        return "<br>".join(lines)

    def hover_at(self, index: int | None, global_pos: QPoint | None = None) -> str:
        """Mark period ``index`` and show its values in a tooltip; returns the text."""
        text = "" if index is None else self.hover_text(index)
        self.hovered = index if text else None
        self.update()
        if not text:
            QToolTip.hideText()
            return ""
        QToolTip.showText(global_pos or QCursor.pos(), text, self)
        return text

    def period_at(self, position: QPointF) -> int | None:
        """The period under ``position`` (widget pixels), None outside the plot."""
        frame = self.frame()
        if not frame.plot.adjusted(0, -4, 0, 4).contains(position):
            return None
        return nearest_period(frame.x.value(position.x()), len(self.labels))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.period_at(event.position())
        if index != self.hovered:
            self.hover_at(index, event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: Any) -> None:
        if self.hovered is not None:
            self.hover_at(None)
        super().leaveEvent(event)


@dataclass(frozen=True)
class TornadoBar:
    """One row of a tornado chart: the value at the low and at the high end of one input."""

    label: str
    low: float
    high: float
    tooltip: str = ""


class TornadoChart(ChartBase):
    """One horizontal pair of bars per row, from ``base`` to the row's low value (``low_colour``)
    and to its high value (``high_colour``); rows in the order given, the first at the top; a
    vertical line at ``base``. The rows' labels are elided to at most two fifths of the width
    (the tooltip has them whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TornadoBar] = []
        self.base = 0.0
        self.base_tooltip = ""
        self.low_colour = "#c62828"
        self.high_colour = "#2e7d32"
        self.grid_x = True

    def set_rows(self, rows: Sequence[TornadoBar], base: float, base_tooltip: str = "") -> None:
        self.rows = list(rows)
        self.base = base
        self.base_tooltip = base_tooltip
        self.setToolTip(base_tooltip)
        self.update()

    def frame(self, width: float | None = None, height: float | None = None) -> Frame:
        width, height, metrics, top, bottom = self._plot_band(width, height)
        labels = [metrics.horizontalAdvance(row.label) for row in self.rows]
        left = MARGIN + min(max(labels, default=0.0), width * 0.4) + TICK + 4
        right = width - MARGIN
        values = [v for row in self.rows for v in (row.low, row.high)] + [self.base]
        low, high = min(values), max(values)
        span = (high - low) * 0.05
        # fewer ticks until their labels fit side by side (and the outer ones inside the plot)
        for ticks in range(6, 1, -1):
            axis = value_axis(low - span, high + span, ticks=ticks)
            texts = self.tick_texts(axis)
            need = max(metrics.horizontalAdvance(t) for t in texts) + LABEL_GAP
            inner = right - left - need
            if inner / max(len(texts) - 1, 1) >= need:
                break
        half = need / 2
        plot = QRectF(left, top, max(right - left, 1.0), max(bottom - top, 1.0))
        inner_left, inner_right = plot.left() + half, plot.right() - half
        if inner_right <= inner_left:
            inner_left, inner_right = plot.left(), plot.right()
        x = Scale(axis.low, axis.high, inner_left, inner_right)
        y = Scale(-0.6, len(self.rows) - 0.4, plot.top(), plot.bottom())
        return Frame(plot, x, y, axis, list(range(len(self.rows))))

    def paint_chart(self, painter: QPainter, width: float, height: float) -> None:
        back, text, line = self.colours()
        painter.fillRect(QRectF(0, 0, width, height), back)
        metrics = QFontMetricsF(self.font())
        self._paint_heading(painter, width, metrics)
        if not self.rows:
            return
        frame = self.frame(width, height)
        plot = frame.plot
        grid = QColor(text)
        grid.setAlphaF(0.2)
        for value, label in zip(frame.values.ticks, self.tick_texts(frame.values), strict=True):
            x = frame.x.pixel(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(line)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK))
            painter.setPen(text)
            label_width = metrics.horizontalAdvance(label) + 2
            box = QRectF(
                x - label_width / 2, plot.bottom() + TICK + 2, label_width, metrics.height()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        if self.x_title:
            box = QRectF(plot.left(), height - MARGIN - metrics.height(), plot.width(), 0)
            box.setHeight(metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.x_title)
        room = plot.left() - MARGIN - TICK - 4
        base = frame.x.pixel(self.base)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, row in enumerate(self.rows):
            middle = frame.y.pixel(index)
            half = frame.y.per_unit * 0.3
            for value, colour in ((row.low, self.low_colour), (row.high, self.high_colour)):
                end = frame.x.pixel(value)
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(min(base, end), middle - half, abs(end - base), 2 * half))
        painter.setPen(text)
        for index, row in enumerate(self.rows):
            middle = frame.y.pixel(index)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, room)
            box = QRectF(MARGIN, middle - metrics.height() / 2, room, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.setPen(QPen(QColor("#333333") if self.foreground else text, 1.5))
        painter.drawLine(QPointF(base, plot.top()), QPointF(base, plot.bottom()))
        painter.setPen(line)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def row_at(self, position: QPointF) -> int | None:
        """The row under ``position`` (its bars or its label), None elsewhere."""
        frame = self.frame()
        if not self.rows or not frame.plot.top() <= position.y() <= frame.plot.bottom():
            return None
        return nearest_period(frame.y.value(position.y()), len(self.rows))

    def tooltip_at(self, position: QPointF) -> str:
        """The row's tooltip where the mouse is over a row, else the base's."""
        row = self.row_at(position)
        if row is not None and self.rows[row].tooltip:
            return self.rows[row].tooltip
        return self.base_tooltip

    def event(self, event: Any) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
