"""The QPainter charts as a user sees them: rendered offscreen and read back pixel by pixel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from crmdesk.ui.widgets.charts import (
    COLOURS,
    LABEL_GAP,
    PeriodChart,
    Series,
    TornadoBar,
    TornadoChart,
)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def shown(qtbot: QtBot, chart: PeriodChart | TornadoChart, width: int, height: int) -> QImage:
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    return chart.grab().toImage()


def colour_at(image: QImage, x: float, y: float) -> str:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio)).name()


def ink_columns(image: QImage, top: float, bottom: float, background: str) -> list[int]:
    """The x pixels where anything is drawn between rows ``top`` and ``bottom``."""
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).name() != background for y in range(int(top), int(bottom)))
    ]


def test_bars_rise_from_zero_to_their_value(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.set_bars(MONTHS[:3], [Series("n", [0, 10, 4], COLOURS[2])])
    image = shown(qtbot, chart, 400, 250)
    frame = chart.frame()
    ticks = frame.values.ticks  # from 0 to the first round value at or above 10 + 15%
    assert ticks[0] == 0 and ticks[-2] < 11.5 <= ticks[-1]
    background = chart.colours()[0].name()
    assert colour_at(image, frame.x.pixel(1), frame.y.pixel(9.5)) == COLOURS[2]
    assert colour_at(image, frame.x.pixel(1), frame.y.pixel(10.5)) == background  # above it
    assert colour_at(image, frame.x.pixel(2), frame.y.pixel(3.5)) == COLOURS[2]
    assert colour_at(image, frame.x.pixel(2), frame.y.pixel(4.5)) == background
    assert colour_at(image, frame.x.pixel(0), frame.y.pixel(2.5)) == background  # zero


def test_negative_bars_hang_below_zero_and_series_stand_side_by_side(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.set_bars(MONTHS[:2], [Series("a", [-6, 6], COLOURS[0]), Series("b", [6, 6], COLOURS[1])])
    image = shown(qtbot, chart, 400, 250)
    frame = chart.frame()
    assert frame.values.low < 0 < frame.values.high
    # series a on the left half of its period, b on the right
    assert colour_at(image, frame.x.pixel(-0.2), frame.y.pixel(-3)) == COLOURS[0]
    assert colour_at(image, frame.x.pixel(-0.2), frame.y.pixel(3)) != COLOURS[0]
    assert colour_at(image, frame.x.pixel(0.2), frame.y.pixel(3)) == COLOURS[1]
    assert colour_at(image, frame.x.pixel(0.8), frame.y.pixel(3)) == COLOURS[0]


def test_a_missing_value_leaves_a_gap_in_the_line(qtbot: QtBot) -> None:
    full, gappy = PeriodChart(), PeriodChart()
    full.set_lines(MONTHS[:3], [Series("s", [1.0, 2.0, 3.0], COLOURS[3])], low=0, high=4)
    gappy.set_lines(MONTHS[:3], [Series("s", [1.0, None, 3.0], COLOURS[3])], low=0, high=4)
    full_image = shown(qtbot, full, 400, 250)
    gappy_image = shown(qtbot, gappy, 400, 250)
    frame = full.frame()
    assert frame == gappy.frame()
    x, y = frame.x.pixel(0.5), frame.y.pixel(1.5)  # halfway between the first two points
    assert colour_at(full_image, x, y) != full.colours()[0].name()
    assert colour_at(gappy_image, x, y) == gappy.colours()[0].name()
    # the points themselves are drawn, the gap has none
    assert colour_at(gappy_image, frame.x.pixel(2), frame.y.pixel(3)) == COLOURS[3]
    assert colour_at(gappy_image, frame.x.pixel(1), frame.y.pixel(2)) != COLOURS[3]


def test_x_labels_thin_out_instead_of_overlapping_or_being_clipped(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.set_bars(MONTHS, [Series("n", list(range(12)))])
    shown(qtbot, chart, 900, 250)
    assert chart.shown_labels == list(range(12))

    image = shown(qtbot, chart, 330, 250)
    frame = chart.frame()
    labelled = frame.labelled
    assert 1 < len(labelled) < 12
    assert labelled[-1] == 11  # the current period keeps its label
    metrics = chart.fontMetrics()
    widest = max(metrics.horizontalAdvance(label) for label in MONTHS)
    step = labelled[1] - labelled[0]
    assert step * frame.x.per_unit >= widest + LABEL_GAP  # neighbours keep apart
    # the labels' ink: inside the widget, centred on their periods
    top, bottom = frame.plot.bottom() + 6, frame.plot.bottom() + 6 + metrics.height()
    ratio = image.devicePixelRatio()
    ink = ink_columns(image, top * ratio, bottom * ratio, chart.colours()[0].name())
    assert ink and min(ink) > 0 and max(ink) < image.width() - 1
    last = frame.x.pixel(11) * ratio
    half = metrics.horizontalAdvance("Dec") / 2 * ratio
    assert [x for x in ink if x > last] and max(ink) <= last + half + 2 * ratio


def test_chinese_labels_fit_too(qtbot: QtBot) -> None:
    chart = PeriodChart()
    labels = [f"{m}月" for m in range(1, 13)]
    chart.set_bars(labels, [Series("新客户", [1] * 12)])
    shown(qtbot, chart, 330, 250)
    frame = chart.frame()
    metrics = chart.fontMetrics()
    assert frame.labelled[-1] == 11
    for index in frame.labelled:
        half = metrics.horizontalAdvance(labels[index]) / 2
        assert frame.x.pixel(index) - half >= frame.plot.left() - 0.5
        assert frame.x.pixel(index) + half <= frame.plot.right() + 0.5


def test_hovering_a_period_shows_its_values(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.set_bars(
        MONTHS,
        [Series("Opened", list(range(12)), COLOURS[1]), Series("<Closed>", [5] * 12)],
        [f"{month} 2026" for month in MONTHS],
    )
    shown(qtbot, chart, 600, 250)
    frame = chart.frame()
    point = QPoint(round(frame.x.pixel(3) + 2), round(frame.plot.center().y()))
    qtbot.mouseMove(chart, point)
    qtbot.waitUntil(lambda: chart.hovered == 3)
    text = QToolTip.text()
    assert "<b>Apr 2026</b>" in text
    assert "Opened: 3" in text and "&lt;Closed&gt;: 5" in text  # names are escaped
    assert chart.period_at(QPointF(1, 1)) is None  # outside the plot: no period
    assert chart.hover_at(12) == "" and chart.hovered is None


def test_values_without_data_read_as_a_dash(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.format_value = lambda value: f"{value:.2f}"
    chart.set_lines(MONTHS[:2], [Series("Average", [None, 4.5])], low=1, high=5)
    assert chart.hover_text(0).endswith("Average: \u2014")
    assert chart.hover_text(1).endswith("Average: 4.50")


def test_save_png_writes_the_chart_under_its_title(qtbot: QtBot, tmp_path: Path) -> None:
    chart = PeriodChart()
    chart.set_bars(MONTHS, [Series("n", [3] * 12, COLOURS[2])])
    screen = shown(qtbot, chart, 500, 250)
    chart.hover_at(4)  # the hover band is not saved
    path = tmp_path / "chart.png"
    assert chart.save_png(path, "New customers per month")
    saved = QImage(str(path))
    ratio = screen.devicePixelRatio()
    title_height = saved.height() - screen.height()
    assert saved.width() == screen.width() and title_height > 10 * ratio
    background = chart.colours()[0].name()
    assert ink_columns(saved, 0, title_height, background)  # the title is written
    untitled = chart.image()
    assert untitled.height() == screen.height()
    frame = chart.frame()
    x, y = frame.x.pixel(4) + 6, frame.y.pixel(1.5)
    assert colour_at(saved, x, y + title_height / ratio) == COLOURS[2]
    assert not chart.save_png(tmp_path / "missing" / "chart.png", "t")


def test_the_value_axis_states_its_unit_and_divides_its_ticks(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.set_value_unit("万元（CNY）", 10000)
    chart.set_lines(MONTHS[:3], [Series("Budget", [100000, 250000, -40000])])
    shown(qtbot, chart, 500, 250)
    frame = chart.frame()
    texts = chart.tick_texts(frame.values)
    assert texts[0].startswith("\u2212") and "0" in texts
    assert all(text.lstrip("\u2212").isdigit() for text in texts)  # whole 万
    assert float(texts[-1]) * 10000 >= 250000 * 1.1


def test_empty_and_all_zero_charts_paint(qtbot: QtBot) -> None:
    empty = PeriodChart()
    shown(qtbot, empty, 300, 200)
    assert empty.frame().labelled == [] and empty.hover_text(0) == ""
    zero = PeriodChart()
    zero.set_bars(MONTHS, [Series("n", [0] * 12)])
    shown(qtbot, zero, 300, 200)
    assert zero.frame().values.ticks == (0, 1)


def test_a_legend_row_names_the_series_in_their_colours(qtbot: QtBot) -> None:
    chart = PeriodChart()
    chart.title = "Cumulative"
    chart.show_legend = True
    chart.set_lines(["0", "1"], [Series("A", [1, 2], COLOURS[0]), Series("B", [2, 1], COLOURS[1])])
    image = shown(qtbot, chart, 400, 250)
    frame = chart.frame()
    legend = [
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(int(frame.plot.top() * image.devicePixelRatio()))
    ]
    assert COLOURS[0] in legend and COLOURS[1] in legend
    assert "&lt;" in PeriodChart.legend_html(_with_series([Series("<a>", []), Series("b", [])]))
    assert chart.legend_html().count("■") == 2


def _with_series(series: list[Series]) -> PeriodChart:
    chart = PeriodChart()
    chart.series = series
    return chart


def test_a_tornado_draws_each_row_from_the_base_to_its_low_and_high(qtbot: QtBot) -> None:
    chart = TornadoChart()
    chart.x_title = "NPV (CNY)"
    chart.set_rows(
        [
            TornadoBar("Benefits", 120000, 480000, "benefits tip"),
            TornadoBar("A very long driver name " * 6, 330000, 270000, "rate tip"),
        ],
        300000,
        "base tip",
    )
    image = shown(qtbot, chart, 700, 300)
    frame = chart.frame()
    assert frame.plot.left() <= 700 * 0.4 + 20  # the long name is elided, not the plot
    top, second = frame.y.pixel(0), frame.y.pixel(1)
    assert top < second  # the first row at the top
    assert colour_at(image, frame.x.pixel(150000), top) == chart.low_colour
    assert colour_at(image, frame.x.pixel(450000), top) == chart.high_colour
    assert colour_at(image, frame.x.pixel(100000), top) != chart.low_colour  # beyond its end
    # a row whose high end lowers NPV: green left of the base, red right of it
    assert colour_at(image, frame.x.pixel(280000), second) == chart.high_colour
    assert colour_at(image, frame.x.pixel(320000), second) == chart.low_colour
    assert chart.tooltip_at(QPointF(frame.x.pixel(200000), top)) == "benefits tip"
    assert chart.tooltip_at(QPointF(frame.x.pixel(200000), second)) == "rate tip"
    assert chart.tooltip_at(QPointF(5, 5)) == "base tip"
    assert all(frame.values.low <= v <= frame.values.high for v in (120000, 480000))


def test_an_empty_tornado_paints_its_title_only(qtbot: QtBot) -> None:
    chart = TornadoChart()
    chart.title = "What moves NPV most"
    chart.background = QColor("#ffffff")
    image = shown(qtbot, chart, 300, 200)
    assert ink_columns(image, 0, image.height() // 3, "#ffffff")
    assert not ink_columns(image, image.height() // 2, image.height(), "#ffffff")


def test_the_tooltip_reads_as_chinese_in_chinese(qtbot: QtBot) -> None:
    from crmdesk.i18n import install_translators

    chart = PeriodChart()
    qtbot.addWidget(chart)
    chart.set_bars(["3月"], [Series("新客户", [3])], ["2026年3月"])
    install_translators("zh_CN")
    try:
        text = chart.hover_text(0)
    finally:
        install_translators("en")
    assert text.endswith("新客户：3")  # a full-width colon
    assert chart.hover_text(0).endswith("新客户: 3")
