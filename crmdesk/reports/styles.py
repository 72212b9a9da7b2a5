"""Colours, paragraph styles and table styles shared by every report.

All text uses the fonts of ``fonts.report_fonts()`` (never reportlab's Helvetica, which is not
embedded). Every paragraph is a ``linebreak.Para``: reportlab's CJK mode with the rules of print
(no line starts with ，or ：, numbers stay with their units), and over-long words split, so
nothing a user typed runs out of its cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from crmdesk.reports.fonts import FontSet, report_fonts
from crmdesk.reports.linebreak import Para
from crmdesk.reports.text import escape

INK = colors.HexColor("#1d2733")
NAVY = colors.HexColor("#1f3b5c")
ACCENT = colors.HexColor("#2a7f8e")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1db")
BAND = colors.HexColor("#f2f5f8")
CATEGORY_BAND = colors.HexColor("#e4ebf2")
TOTAL_BAND = colors.HexColor("#d5e0ea")
PASS = colors.HexColor("#2e7d32")
FAIL = colors.HexColor("#c62828")
SKIP = colors.HexColor("#757575")
POSITIVE = colors.HexColor("#3b8f5a")
NEGATIVE = colors.HexColor("#c0504d")
SERIES = tuple(
    colors.HexColor(c)
    for c in (
        "#1f3b5c",
        "#2a7f8e",
        "#e0a030",
        "#c0504d",
        "#7a5ea8",
        "#5b9bd5",
        "#8c8c3a",
        "#d17c9e",
        "#6b8e23",
        "#a0522d",
        "#708090",
    )
)


class BoldParagraph(Para):
    """A paragraph drawn bold with fill + stroke, for fonts that have no bold face.

    The stroke is 3.5% of the font size: visibly bold, and the outline stays within the
    glyph spacing so widths measured for wrapping still hold.
    """

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas._code.append("2 Tr")  # text render mode 2: fill, then stroke
        canvas.setLineWidth(self.style.fontSize * 0.035)
        canvas.setStrokeColor(self.style.textColor)
        super().draw()
        canvas.restoreState()


class Heading(BoldParagraph):
    """A bold heading that moves to the next page unless ``reserve`` points of what follows
    fit below it: a heading never ends a page, yet a long table after it starts on the same
    page (reportlab's ``keepWithNext`` would push a whole page-sized table over instead)."""

    def __init__(self, text: str, style: ParagraphStyle, reserve: float, drawn_bold: bool):
        super().__init__(text, style)
        self.reserve = reserve
        self.drawn_bold = drawn_bold

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = super().wrap(available_width, available_height)
        if height + self.reserve > available_height:
            return width, available_height + 1  # does not fit: the frame tries split()
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        return []  # never split a heading; the frame moves it to the next page

    def draw(self) -> None:
        if self.drawn_bold:
            super().draw()
        else:
            Para.draw(self)


@dataclass
class ReportStyles:
    """The styles of one report; build with :func:`report_styles`."""

    fonts: FontSet
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_sub: ParagraphStyle
    cell_num: ParagraphStyle
    cell_fig: ParagraphStyle
    cell_center: ParagraphStyle
    header: ParagraphStyle
    header_num: ParagraphStyle
    card_label: ParagraphStyle
    card_value: ParagraphStyle
    verdict: ParagraphStyle

    def p(self, text: object, style: ParagraphStyle) -> Paragraph:
        """A paragraph showing ``text`` exactly (escaped)."""
        return Para(escape(text), style)

    def bold(self, text: object, style: ParagraphStyle) -> Paragraph:
        """``text`` in bold: the bold face if the font has one, else drawn bold."""
        if self.fonts.real_bold:
            return Para(escape(text), ParagraphStyle("b", parent=style, fontName=self.fonts.bold))
        return BoldParagraph(escape(text), style)

    def rich(self, markup_text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph from markup already built with ``text.markup``/``text.escape``."""
        return Para(markup_text, style)

    def heading(self, text: object, level: int = 1, reserve: float = 80) -> Paragraph:
        """A section heading that starts a new page unless ``reserve`` points fit after it."""
        style = self.h1 if level == 1 else self.h2
        if self.fonts.real_bold:
            style = ParagraphStyle(f"{style.name}_bold", parent=style, fontName=self.fonts.bold)
        return Heading(escape(text), style, reserve, drawn_bold=not self.fonts.real_bold)


def _style(name: str, fonts: FontSet, **kwargs: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": fonts.regular,
        "fontSize": 9.5,
        "leading": 13.5,
        "textColor": INK,
        "wordWrap": "CJK",
        "splitLongWords": True,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


def report_styles(fonts: FontSet | None = None) -> ReportStyles:
    """Styles over the process's report fonts (or ``fonts``)."""
    f = fonts or report_fonts()
    return ReportStyles(
        fonts=f,
        title=_style("title", f, fontSize=24, leading=30, textColor=NAVY, spaceAfter=6),
        subtitle=_style("subtitle", f, fontSize=13, leading=18, textColor=MUTED, spaceAfter=4),
        kicker=_style("kicker", f, fontSize=10, leading=14, textColor=ACCENT, spaceAfter=6),
        h1=_style(
            "h1",
            f,
            fontSize=14,
            leading=19,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=6,
        ),
        h2=_style(
            "h2",
            f,
            fontSize=11,
            leading=15,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
        ),
        body=_style("body", f, spaceAfter=5),
        small=_style("small", f, fontSize=8, leading=11, textColor=MUTED),
        note=_style(
            "note", f, fontSize=8, leading=11, textColor=MUTED, spaceBefore=3, spaceAfter=4
        ),
        cell=_style("cell", f, fontSize=8.5, leading=11),
        cell_sub=_style("cell_sub", f, fontSize=7.5, leading=9.5, textColor=MUTED, leftIndent=8),
        cell_num=_style("cell_num", f, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        cell_fig=_style("cell_fig", f, fontSize=8, leading=11, alignment=TA_RIGHT),
        cell_center=_style("cell_center", f, fontSize=8.5, leading=11, alignment=TA_CENTER),
        header=_style("header", f, fontSize=8, leading=10.5, textColor=colors.white),
        header_num=_style(
            "header_num", f, fontSize=8, leading=10.5, textColor=colors.white, alignment=TA_RIGHT
        ),
        card_label=_style("card_label", f, fontSize=8, leading=10.5, textColor=MUTED),
        card_value=_style("card_value", f, fontSize=14, leading=18, textColor=NAVY),
        verdict=_style("verdict", f, fontSize=10, leading=14.5, alignment=TA_LEFT),
    )


def plain_style(font: str, commands: list[Any]) -> TableStyle:
    """A table style whose string cells use ``font`` (reportlab's default, Helvetica, is not
    embedded, and even an empty string cell would pull it into the file)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


def grid_style(
    font: str,
    header_rows: int = 1,
    banded: bool = True,
    rows: int = 0,
    extra: list[Any] | None = None,
) -> TableStyle:
    """The house table style: dark header, hairline rules, optional zebra bands."""
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if banded:
        for row in range(header_rows, rows):
            if (row - header_rows) % 2 == 1:
                commands.append(("BACKGROUND", (0, row), (-1, row), BAND))
    commands.extend(extra or [])
    return TableStyle(commands)
