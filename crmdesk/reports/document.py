"""The page frame every report shares: margins, header, footer, "Page x of y".

Each page carries a header (company and document title on the left, the plan or record
name on the right) and a footer (generation date, "Page x of y"). "of y" is only known at
the end, so :class:`_NumberedCanvas` keeps each page's drawing until ``save`` and then
stamps the numbers. The canvas starts in the report font rather than Helvetica, so the
file references no font that is not embedded.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from crmdesk.i18n import translate
from crmdesk.reports.formats import Formats
from crmdesk.reports.output import ReportError
from crmdesk.reports.styles import MUTED, NAVY, RULE, ReportStyles

if TYPE_CHECKING:
    from crmdesk.domain.company import CompanyProfile

PAPER_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_SIDE = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page show (all plain text, drawn verbatim)."""

    company: str
    document: str
    subject: str
    generated: dt.date
    lang: str = "en"
    cover: bool = False  # page 1 is a cover page: footer only
    # the business's own profile, printed as a letterhead at the top of the first page
    profile: CompanyProfile | None = None


def paper_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """Page size in points for ``"A4"`` or ``"Letter"`` (case-insensitive), upright or
    ``landscape``."""
    for name, (width, height) in PAPER_SIZES.items():
        if name.lower() == paper.lower():
            return (height, width) if landscape else (width, height)
    raise ReportError(
        translate("Report", "Unknown paper size {paper}: use A4 or Letter.").format(paper=paper)
    )


def _clip(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (header lines are one line)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "...", font, size) > width:
        text = text[:-1]
    return text + "..."


class _NumberedCanvas(Canvas):
    """A canvas that draws header and footer on every page once the page count is known."""

    frame_info: PageFrame
    font: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        info = self.frame_info
        width, height = self._pagesize
        left, right = MARGIN_SIDE, width - MARGIN_SIDE
        half = (right - left) / 2 - 6
        self.saveState()
        self.setFont(self.font, 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if not (info.cover and self._pageNumber == 1):
            self.setFillColor(NAVY)
            top = height - MARGIN_TOP + 9 * mm
            head = " · ".join(part for part in (info.company, info.document) if part)
            self.drawString(left, top, _clip(self, head, self.font, 8, half))
            self.setFillColor(MUTED)
            self.drawRightString(right, top, _clip(self, info.subject, self.font, 8, half))
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        self.setFillColor(MUTED)
        bottom = MARGIN_BOTTOM - 10 * mm
        self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        formats = Formats(info.lang)
        generated = translate("Report", "Generated on {date} with CRMDesk").format(
            date=formats.date(info.generated)
        )
        self.drawString(left, bottom, _clip(self, generated, self.font, 8, half))
        page = translate("Report", "Page {page} of {pages}").format(
            page=self._pageNumber, pages=total
        )
        self.drawRightString(right, bottom, page)
        self.restoreState()


def _canvas_maker(info: PageFrame, font: str) -> type[_NumberedCanvas]:
    return type("ReportCanvas", (_NumberedCanvas,), {"frame_info": info, "font": font})


def render(
    story: Sequence[Flowable],
    info: PageFrame,
    styles: ReportStyles,
    paper: str = "A4",
    title: str = "",
    landscape: bool = False,
) -> bytes:
    """Lay ``story`` out on pages of ``paper`` with the house header and footer; PDF bytes."""
    size = paper_size(paper, landscape)
    buffer = io.BytesIO()
    font = styles.fonts.regular
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title or info.document,
        author=info.company,
        subject=info.subject,
        creator="CRMDesk",
        lang="zh-CN" if info.lang.startswith("zh") else "en",
        initialFontName=font,
        initialFontSize=9,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    from crmdesk.reports.blocks import letterhead

    story = [*letterhead(info.profile, styles, doc.width), *story]
    doc.build(list(story), canvasmaker=_canvas_maker(info, font))
    return buffer.getvalue()


def content_width(paper: str, landscape: bool = False) -> float:
    """Width of the text frame on ``paper``, in points."""
    return paper_size(paper, landscape)[0] - 2 * MARGIN_SIDE
