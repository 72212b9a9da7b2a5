"""Charts drawn for print with reportlab graphics: vector shapes, the report font, no Helvetica.

The figures come from the planner engine; this module only maps them to coordinates (floats
are fine here: they position ink, they are not money). Each chart returns a ``Drawing``
that flows like any other flowable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from crmdesk.i18n import translate
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import ACCENT, INK, MUTED, NAVY, NEGATIVE, POSITIVE, RULE, SERIES

LABEL_SIZE = 7.5


def nice_ticks(low: float, high: float, count: int = 5, include_zero: bool = True) -> list[float]:
    """Round tick values covering ``low``..``high`` (and 0, unless ``include_zero`` is
    False), about ``count`` of them."""
    if include_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1.0
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def axis_label(value: float, chinese: bool) -> str:
    """Short money label for an axis: ``120k``/``1.5M``, or ``12万``/``1.5亿`` in Chinese."""
    size = abs(value)
    sign = "\u2212" if value < 0 and f"{size:,.0f}" != "0" else ""  # true minus, no "-0"
    if chinese:
        units: tuple[tuple[float, str], ...] = ((1e8, "亿"), (1e4, "万"))
    else:
        units = ((1e9, "B"), (1e6, "M"), (1e3, "k"))
    for scale, suffix in units:
        if size >= scale:
            number = f"{size / scale:.2f}".rstrip("0").rstrip(".")
            return f"{sign}{number}{suffix}"
    return f"{sign}{size:,.0f}"


@dataclass(frozen=True)
class ChartFonts:
    """Font and formats the chart labels use."""

    font: str
    formats: Formats


def _drawing(width: float, height: float, fonts: ChartFonts) -> Drawing:
    """A drawing whose graphics state starts in the report font (the default, Helvetica, is
    not embedded and would otherwise be referenced by the file)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.font
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _text(x: float, y: float, text: str, fonts: ChartFonts, **kw: object) -> String:
    params: dict[str, object] = {
        "fontName": fonts.font,
        "fontSize": LABEL_SIZE,
        "fillColor": MUTED,
    }
    params.update(kw)
    return String(x, y, text, **params)


def cash_flow_chart(
    nets: Sequence[Decimal],
    cumulative: Sequence[Decimal],
    payback_years: Decimal | None,
    fonts: ChartFonts,
    width: float,
    height: float = 190,
) -> Drawing:
    """Net cash flow per year as bars and the cumulative cash flow as a line, with the
    payback point (where the cumulative line crosses zero) marked."""
    f = fonts.formats
    drawing = _drawing(width, height, fonts)
    left, right, bottom, top = 46.0, width - 10, 30.0, height - 14
    values = [float(v) for v in (*nets, *cumulative)]
    ticks = nice_ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return bottom + (value - lo) / (hi - lo) * (top - bottom)

    for tick in ticks:
        y = y_of(tick)
        drawing.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.4))
        label = axis_label(tick, f.chinese)
        drawing.add(_text(left - 4, y - 2.5, label, fonts, textAnchor="end"))
    years = len(nets)
    step = (right - left) / years
    bar = step * 0.45
    zero = y_of(0.0)
    for t, net in enumerate(nets):
        centre = left + step * (t + 0.5)
        value = y_of(float(net))
        colour = POSITIVE if net >= 0 else NEGATIVE
        drawing.add(
            Rect(
                centre - bar / 2,
                min(zero, value),
                bar,
                abs(value - zero),
                fillColor=colour,
                strokeColor=None,
            )
        )
        drawing.add(_text(centre, bottom - 12, f.year_heading(t), fonts, textAnchor="middle"))
    drawing.add(Line(left, zero, right, zero, strokeColor=INK, strokeWidth=0.8))
    points: list[float] = []
    for t, total in enumerate(cumulative):
        points += [left + step * (t + 0.5), y_of(float(total))]
    drawing.add(PolyLine(points, strokeColor=NAVY, strokeWidth=1.6))
    for i in range(0, len(points), 2):
        drawing.add(
            Rect(
                points[i] - 2,
                points[i + 1] - 2,
                4,
                4,
                fillColor=NAVY,
                strokeColor=colors.white,
                strokeWidth=0.5,
            )
        )
    if payback_years is not None and 0 < payback_years <= years - 1:
        x = left + step * (float(payback_years) + 0.5)
        drawing.add(
            Line(x, bottom, x, top, strokeColor=ACCENT, strokeWidth=1, strokeDashArray=[3, 2])
        )
        drawing.add(Rect(x - 3, zero - 3, 6, 6, fillColor=ACCENT, strokeColor=colors.white))
        label = translate("Report", "Payback: {years}").format(years=f.years(payback_years))
        anchor = "start" if x < (left + right) / 2 else "end"
        offset = 4 if anchor == "start" else -4
        drawing.add(
            _text(
                x + offset, top - 8, label, fonts, textAnchor=anchor, fillColor=ACCENT, fontSize=8
            )
        )
    _legend(
        drawing,
        [
            (POSITIVE, translate("Report", "Net cash flow (bars)")),
            (NAVY, translate("Report", "Cumulative cash flow (line)")),
        ],
        left,
        height - 6,
        fonts,
    )
    return drawing


def _legend(
    drawing: Drawing,
    items: Sequence[tuple[colors.Color, str]],
    x: float,
    y: float,
    fonts: ChartFonts,
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for colour, label in items:
        drawing.add(Rect(x, y - 1, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(_text(x + 11, y, label, fonts, fillColor=INK))
        x += 11 + stringWidth(label, fonts.font, LABEL_SIZE) + 14


def category_chart(
    items: Sequence[tuple[str, Decimal]],
    total: Decimal,
    fonts: ChartFonts,
    width: float,
) -> Drawing:
    """Horizontal bars, one per category (largest first), labelled with amount and share."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    f = fonts.formats
    rows = sorted((item for item in items if item[1] > 0), key=lambda item: -item[1])
    row_height = 17.0
    height = row_height * len(rows) + 8
    drawing = _drawing(width, height, fonts)
    label_width = min(
        width * 0.36, max((stringWidth(label, fonts.font, 8) for label, _ in rows), default=0) + 8
    )
    values_width = 118.0
    bar_left, bar_right = label_width, width - values_width
    largest = float(rows[0][1]) if rows else 1.0
    for i, (label, amount) in enumerate(rows):
        y = height - (i + 1) * row_height
        length = (bar_right - bar_left) * float(amount) / largest
        drawing.add(
            _text(
                label_width - 6,
                y + 4,
                _fit(label, fonts.font, 8, label_width - 8),
                fonts,
                textAnchor="end",
                fillColor=INK,
                fontSize=8,
            )
        )
        drawing.add(
            Rect(
                bar_left,
                y + 1,
                max(length, 0.5),
                row_height - 6,
                fillColor=SERIES[i % len(SERIES)],
                strokeColor=None,
            )
        )
        share = f.percent(amount / total, 2) if total else ""
        text = f"{f.money(amount)}  ({share})" if share else f.money(amount)
        drawing.add(_text(bar_left + length + 4, y + 4, text, fonts, fillColor=INK, fontSize=8))
    return drawing


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def label_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (Chinese rules of ``linebreak``)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crmdesk.reports.linebreak import break_lines

    widths = [stringWidth(ch, font, size) for ch in text]
    return [text[start:end] for start, end in break_lines(text, widths, [width])]


@dataclass(frozen=True)
class TornadoBar:
    """One driver: its label, NPV at the low and at the high value, and the value labels."""

    label: str
    npv_low: Decimal
    npv_high: Decimal
    low_text: str
    high_text: str


def tornado_chart(
    bars: Sequence[TornadoBar], base_npv: Decimal, fonts: ChartFonts, width: float
) -> Drawing:
    """The sensitivity tornado: for each driver, how far NPV moves between its low and high
    value, around the plan's NPV (the vertical line); widest swing at the top."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    f = fonts.formats
    # labels wrap (by the report's line-breaking rules) instead of losing their range
    label_width = min(
        width * 0.36, max((stringWidth(b.label, fonts.font, 8) for b in bars), default=0) + 4
    )
    labels = [label_lines(b.label, fonts.font, 8, label_width) for b in bars]
    row_height = max(20.0, 9.0 * max((len(lines) for lines in labels), default=1) + 4)
    height = row_height * len(bars) + 44
    drawing = _drawing(width, height, fonts)
    left, right = label_width + 40, width - 44
    values = [float(base_npv)] + [float(v) for b in bars for v in (b.npv_low, b.npv_high)]
    # Zero only belongs on the axis when some bar reaches it; otherwise it squeezes the bars.
    ticks = nice_ticks(min(values), max(values), include_zero=min(values) <= 0 <= max(values))
    lo, hi = ticks[0], ticks[-1]

    def x_of(value: float) -> float:
        return left + (value - lo) / (hi - lo) * (right - left)

    bottom = 24.0
    for tick in ticks:
        x = x_of(tick)
        drawing.add(Line(x, bottom, x, height - 16, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(x, bottom - 11, axis_label(tick, f.chinese), fonts, textAnchor="middle"))
    base_x = x_of(float(base_npv))
    for i, bar in enumerate(bars):
        y = height - 20 - (i + 1) * row_height + 4
        lines = labels[i]
        # the lines centred on the bar, which is row_height - 7 high
        first = y + (row_height - 7) / 2 + 4.5 * (len(lines) - 1) - 3
        for number, line in enumerate(lines):
            drawing.add(
                _text(
                    left - 40,
                    first - 9 * number,
                    line,
                    fonts,
                    textAnchor="end",
                    fillColor=INK,
                    fontSize=8,
                )
            )
        for value, text, colour in (
            (bar.npv_low, bar.low_text, NEGATIVE if bar.npv_low < bar.npv_high else POSITIVE),
            (bar.npv_high, bar.high_text, POSITIVE if bar.npv_low < bar.npv_high else NEGATIVE),
        ):
            x = x_of(float(value))
            start, end = sorted((base_x, x))
            drawing.add(
                Rect(
                    start,
                    y,
                    max(end - start, 0.5),
                    row_height - 7,
                    fillColor=colour,
                    strokeColor=None,
                )
            )
            anchor = "end" if x < base_x else "start"
            offset = -3 if x < base_x else 3
            drawing.add(_text(x + offset, y + 4, text, fonts, textAnchor=anchor, fontSize=7))
    drawing.add(Line(base_x, bottom, base_x, height - 16, strokeColor=INK, strokeWidth=1))
    label = translate("Report", "Plan NPV {npv}").format(npv=f.money(base_npv))
    drawing.add(_text(base_x, height - 12, label, fonts, textAnchor="middle", fillColor=INK))
    x_zero = x_of(0.0)
    if lo <= 0 <= hi and abs(x_zero - base_x) > 1:
        drawing.add(
            Line(
                x_zero,
                bottom,
                x_zero,
                height - 16,
                strokeColor=NEGATIVE,
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
    return drawing
