"""Building blocks the reports share: label/value grids, data tables, figure cards, call-outs,
verdicts, signatures.

Every cell is a ``Paragraph`` (so it wraps instead of running out of its column) made from
escaped text; data tables split like a book (``booktable``).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from crmdesk.i18n import translate
from crmdesk.reports.booktable import BookTable
from crmdesk.reports.styles import (
    BAND,
    FAIL,
    NAVY,
    PASS,
    RULE,
    SKIP,
    ReportStyles,
    grid_style,
    plain_style,
)

if TYPE_CHECKING:
    from crmdesk.domain.company import CompanyProfile

log = logging.getLogger(__name__)

Cell: TypeAlias = "str | Flowable | Sequence[Flowable] | None"
"""A table cell: text (escaped into a paragraph), a flowable, a list of flowables, or empty."""


def widths(total: float, fractions: Sequence[float]) -> list[float]:
    """Column widths in points from relative ``fractions`` that fill ``total``."""
    scale = total / sum(fractions)
    return [f * scale for f in fractions]


def fields_table(
    pairs: Sequence[tuple[str, Cell]],
    styles: ReportStyles,
    width: float,
    columns: int = 2,
) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row (labels muted, values plain)."""
    rows: list[list[Any]] = []
    pairs = [pair for pair in pairs if pair[1] not in (None, "")]
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[start : start + columns]:
            row.append(styles.p(label, styles.card_label))
            row.append(
                value
                if isinstance(value, Flowable | list | tuple)
                else styles.p(value, styles.cell)
            )
        while len(row) < 2 * columns:
            row.append("")
        rows.append(row)
    if not rows:
        return Table([[""]], colWidths=[width])
    fractions = [1.0, 2.2] * columns
    table = Table(rows, colWidths=widths(width, fractions))
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ],
        )
    )
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    styles: ReportStyles,
    col_widths: Sequence[float],
    numeric: Sequence[int] = (),
    extra: list[Any] | None = None,
    banded: bool = True,
    keep_last: int = 0,
    caption: str | None = None,
    continued_rows: Sequence[Sequence[Any] | None] = (),
    continued_style: Sequence[tuple[Any, ...]] = (),
) -> BookTable:
    """A table with a dark header row, split across pages like a book (``BookTable``).

    Plain strings become escaped paragraphs (right-aligned in ``numeric`` columns); flowables
    are used as given, so callers can pass bold or coloured cells. ``keep_last`` rows at the
    end (a total) never start a page without the two rows before them. Continued parts are
    captioned "(continued)", or ``caption`` followed by it. A part that starts at body row
    ``i`` begins with ``continued_rows[i]`` when that is not None (cells as given, styled by
    ``continued_style`` in the coordinates of that one row): the group it continues.
    """
    numeric_set = set(numeric)
    head = [
        styles.p(text, styles.header_num if i in numeric_set else styles.header)
        for i, text in enumerate(header)
    ]
    body: list[list[Any]] = []
    for row in rows:
        cells: list[Any] = []
        for i, cell in enumerate(row):
            if cell is None:
                cells.append("")
            elif isinstance(cell, Flowable | list | tuple):
                cells.append(cell)
            else:
                cells.append(styles.p(cell, styles.cell_num if i in numeric_set else styles.cell))
        body.append(cells)
    style = grid_style(styles.fonts.regular, 1, banded, len(body) + 1, extra)
    return BookTable(
        [head],
        body,
        col_widths,
        style.getCommands(),
        caption=styles.p(continued_caption(caption), styles.note),
        keep_last=keep_last,
        continued_rows=continued_rows,
        continued_style=continued_style,
    )


def continued_caption(title: str | None = None) -> str:
    """ "(continued)", or "<title> (continued)" (Chinese: "（续）", "<title>（续）")."""
    if title:
        return translate("Report", "{title} (continued)").format(title=title)
    return translate("Report", "(continued)")


def callout(
    flowables: Sequence[Flowable],
    styles: ReportStyles,
    width: float,
    bar: colors.Color = NAVY,
    background: Any = BAND,
) -> Table:
    """A shaded box with a coloured bar on the left, for verdicts and notes."""
    table = Table([[list(flowables)]], colWidths=[width])
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        )
    )
    return table


def signature_block(labels: Sequence[str], styles: ReportStyles, width: float) -> Table:
    """A line to sign on per label, side by side, captioned "<label>: signature and date"."""
    from crmdesk.i18n import translate

    caption = translate("Report", "{who}: signature and date")
    cells = [
        [Spacer(1, 34), _Ruled(styles.p(caption.format(who=label), styles.small))]
        for label in labels
    ]
    table = Table([cells], colWidths=widths(width, [1.0] * len(labels)))
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for column in range(len(labels)):
        commands.append(("LEFTPADDING", (column, 0), (column, 0), 0 if column == 0 else 14))
    table.setStyle(plain_style(styles.fonts.regular, commands))
    return table


def approval_block(
    prepared_by: Sequence[str], date: str, styles: ReportStyles, width: float
) -> Table:
    """ "Prepared by" (its lines: name, company, phone, e-mail; empty ones left out, or a line
    to write on), "Date" and "Approved by" side by side, each over a signature line, as a bank
    or a board expects on a budget."""

    def column(label: str, lines: Sequence[str]) -> list[Flowable]:
        filled = [styles.p(text, styles.cell) for text in lines if text]
        return [
            styles.p(label, styles.card_label),
            *(filled or [Spacer(1, 11)]),
            Spacer(1, 22),
            _Ruled(styles.p(translate("Report", "Signature"), styles.small)),
        ]

    cells = [
        column(translate("Report", "Prepared by"), prepared_by),
        column(translate("Report", "Date"), [date]),
        column(translate("Report", "Approved by"), []),
    ]
    table = Table([cells], colWidths=widths(width, [1.4, 0.9, 1.4]))
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for index in range(3):
        commands.append(("LEFTPADDING", (index, 0), (index, 0), 0 if index == 0 else 14))
    table.setStyle(plain_style(styles.fonts.regular, commands))
    return table


class _Ruled(Flowable):
    """A flowable with a signature line drawn above it."""

    def __init__(self, inner: Paragraph) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, height = self.inner.wrap(available_width, available_height)
        self.height = height + 3
        return available_width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#8a96a3"))
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.height, self.width, self.height)
        self.inner.drawOn(self.canv, 0, 0)


Card = tuple[str, str] | tuple[str, str, str | None]


def cards(items: Sequence[Card], styles: ReportStyles, width: float, columns: int = 4) -> Table:
    """Figures in boxes, ``columns`` to a row: a muted label above a large value (and an
    optional small note under it)."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    room = width / columns - 16  # the card's padding
    for item in items:
        label, value = item[0], item[1]
        note = item[2] if len(item) > 2 else None
        content: list[Any] = [
            styles.p(label, styles.card_label),
            styles.bold(value, fitting(value, styles.card_value, room)),
        ]
        if note:
            content.append(styles.p(note, styles.small))
        row.append(content)
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (columns - len(row)))
    table = Table(cells, colWidths=widths(width, [1.0] * columns))
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 3, "white"),
                ("LINEBELOW", (0, 0), (-1, -2), 3, "white"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ],
        )
    )
    return table


def fitting(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """``style``, smaller if ``text`` would not fit ``width`` on one line (down to 9 points)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(text, style.fontName, style.fontSize)
    if natural <= width:
        return style
    size = max(9.0, style.fontSize * width / natural)
    return ParagraphStyle(
        f"{style.name}_{size:.1f}", parent=style, fontSize=size, leading=size * 1.3
    )


def verdict_cell(passed: bool | None, styles: ReportStyles) -> Paragraph:
    """ "Pass", "Fail" or "Not applicable" in its colour."""
    if passed is True:
        text, colour = translate("Report", "Pass"), PASS
    elif passed is False:
        text, colour = translate("Report", "Fail"), FAIL
    else:
        text, colour = translate("Report", "Not applicable"), SKIP
    style = ParagraphStyle("verdict_cell", parent=styles.cell, textColor=colour)
    return styles.bold(text, style)


LOGO_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 45 * mm


def logo_image(
    data: bytes, max_width: float = LOGO_MAX_WIDTH, max_height: float = LOGO_HEIGHT
) -> Image | None:
    """The logo (PNG or JPEG bytes) scaled to fit the box, keeping its proportions; None when
    the bytes are not an image reportlab can read (the letterhead then prints without it)."""
    from reportlab.lib.utils import ImageReader

    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        pixel_width, pixel_height = reader.getSize()
    except Exception:  # any unreadable logo is skipped: the report still prints
        log.warning("the company logo is not a readable PNG or JPEG image; printed without it")
        return None
    if pixel_width <= 0 or pixel_height <= 0:
        return None
    scale = min(max_width / pixel_width, max_height / pixel_height)
    image = Image(io.BytesIO(data), width=pixel_width * scale, height=pixel_height * scale)
    image.hAlign = "LEFT"
    return image


def letterhead(
    profile: CompanyProfile | None, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The company profile at the top of a report's first page: the logo on the left; the
    name, address and "Tax ID / Phone / E-mail" on the right; a rule under it. Empty when
    the profile holds nothing."""
    if profile is None or profile.is_empty():
        return []
    labels = {
        "tax_id": translate("Report", "Tax ID: {value}"),
        "phone": translate("Report", "Phone: {value}"),
        "email": translate("Report", "E-mail: {value}"),
    }
    text: list[Flowable] = []
    if profile.name:
        name_style = ParagraphStyle(
            "letterhead_name", parent=styles.cell, fontSize=12, leading=15, textColor=NAVY
        )
        text.append(styles.bold(profile.name, name_style))
    if profile.address:
        text.append(styles.p(profile.address, styles.small))
    contacts = [labels[kind].format(value=value) for kind, value in profile.contact_line_parts()]
    if contacts:
        text.append(styles.p(translate("Report", "  ·  ").join(contacts), styles.small))
    logo = logo_image(profile.logo)
    if logo is not None:
        logo_width = logo.drawWidth + 10
        row: list[Any] = [logo, text or ""]
        col_widths = [logo_width, width - logo_width]
    else:
        row, col_widths = [text], [width]
    table = Table([row], colWidths=col_widths)
    table.setStyle(
        plain_style(
            styles.fonts.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, NAVY),
            ],
        )
    )
    return [table, Spacer(1, 5 * mm)]
