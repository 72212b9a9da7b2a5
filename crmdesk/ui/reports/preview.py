"""Print preview of a finished PDF: the very pages that get saved or printed.

The dialog opens at once with "Preparing the preview…"; the PDF is built (reportlab) and its
pages rendered (pdfium) in the background, and the pages replace the placeholder when the
first one is ready. All pages sit one under the other in one scroll area (scroll, or jump
with the page box); a page is rendered when it comes into view, at the zoom, which fits the
width on open and follows the window's size. The dialog opens sized to the screen it opens on.

The pages are rendered from the PDF bytes with pdfium, so what the user sees, saves and
prints is the same document. pdfium is not thread-safe: every call holds ``PDFIUM_LOCK``, and
the preview sends its pdfium work to one lane of the task runner, so it runs in order on one
thread. Printing renders each page at the printer's resolution (capped, to keep memory sane)
and scales it to the paper.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.domain.errors import Cancelled, UserError
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import Task

log = logging.getLogger(__name__)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH = 0.0
MAX_PRINT_DPI = 300
PAGE_GAP = 12  # grey around and between the pages, pixels
PDFIUM_LANE = "pdfium"  # the task runner's lane for pdfium work: one thread, in order
PDFIUM_LOCK = threading.Lock()  # and a lock, for the GUI thread's printing and other runners

BuildFunction = Callable[[Callable[[int, int], None]], bytes]


class PdfPages:
    """A PDF opened with pdfium: page count, page sizes in points, pages as images.

    Opening reads every page's size once, so sizes never touch pdfium again; rendering and
    closing hold ``PDFIUM_LOCK``. Made, used and closed off the GUI thread by the preview.
    """

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2 as pdfium

        self.pdf = pdf
        with PDFIUM_LOCK:
            self._document = pdfium.PdfDocument(pdf)
            self.sizes: list[tuple[float, float]] = []
            for index in range(len(self._document)):
                page = self._document[index]
                width, height = page.get_size()
                page.close()
                self.sizes.append((float(width), float(height)))

    def __len__(self) -> int:
        return len(self.sizes)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in points (1/72 inch)."""
        return self.sizes[index]

    def image(self, index: int, scale: float) -> QImage:
        """Page ``index`` rendered at ``scale`` pixels per point."""
        with PDFIUM_LOCK:
            page = self._document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                )
                return image.copy()  # the bitmap's buffer dies with it
            finally:
                page.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._document.close()


def print_pages(pages: PdfPages, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages ``first``..``last`` (1-based, 0 = to the end) on ``printer``; page count."""
    last = last or len(pages)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate("ReportPreviewDialog", "The printer could not be started.")
        )
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = pages.image(number - 1, dpi / 72)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            y = target.y() + (target.height() - scaled.height()) // 2
            painter.setViewport(x, y, scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            painter.setWindow(target)
            printed += 1
    finally:
        painter.end()
    return printed


class ReportPreviewDialog(QDialog):
    """Shows a PDF page by page with zoom; prints it, saves it, opens the folder it went to.

    It opens on "Preparing the preview…" and shows the pages when the PDF is built and its
    first page rendered, all off the GUI thread; ``pages_shown`` is emitted then. A failure
    is said in the dialog, in place of the pages.
    """

    pages_shown = Signal()

    def __init__(self, ctx: AppContext, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: PdfPages | None = None
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None
        self.build_task: Task | None = None
        self.closed = False
        self.failed = False
        self.page = 0
        self.zoom = FIT_WIDTH
        self.rendered: dict[int, float] = {}  # page -> scale its pixmap was rendered at
        self.asked: dict[int, float] = {}  # page -> scale a render was asked for at
        self.page_views: list[QLabel] = []
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", suggested_name))
        self._build()
        self._fit_to_screen(parent)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._show_page)
        self._show_position()

    # --- public ---------------------------------------------------------------------------------

    @classmethod
    def show_pdf(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        pdf: bytes | str | os.PathLike[str],
        suggested_name: str,
    ) -> ReportPreviewDialog:
        """Open the preview (window-modal, not blocking) on PDF bytes or a PDF file."""
        data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        dialog = cls.open_empty(parent, ctx, suggested_name)
        dialog.load_pdf(data)
        return dialog

    @classmethod
    def show_building(
        cls, parent: QWidget | None, ctx: AppContext, build_fn: BuildFunction, suggested_name: str
    ) -> ReportPreviewDialog:
        """Open the preview at once and build its PDF with ``build_fn(progress)`` in the
        background (closing the dialog cancels the build)."""
        dialog = cls.open_empty(parent, ctx, suggested_name)
        dialog.build_task = ctx.tasks.run(
            build_fn,
            parent=dialog,
            show_progress=False,
            on_progress=dialog.on_build_progress,
            on_success=dialog.load_pdf,
            on_failure=dialog.on_build_failed,
        )
        return dialog

    @classmethod
    def open_empty(
        cls, parent: QWidget | None, ctx: AppContext, suggested_name: str
    ) -> ReportPreviewDialog:
        dialog = cls(ctx, suggested_name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    @property
    def ready(self) -> bool:
        """True once the pages are on screen (the placeholder is gone)."""
        return self.stack.currentWidget() is self.scroll_area

    @property
    def page_view(self) -> QLabel:
        """The label showing the current page."""
        return self.page_views[self.page]

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """A4 width plus the bar, never taller or wider than the screen it opens on."""
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.screenAt(self.cursor().pos()) or QGuiApplication.primaryScreen()
        )
        available = screen.availableGeometry()
        wanted = QSize(960, 1100).boundedTo(
            QSize(int(available.width() * 0.92), int(available.height() * 0.92))
        )
        self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(available.size()))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    # --- layout ---------------------------------------------------------------------------------

    def _button(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(shortcut)
        return button

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("◀ Previous"),
            self.on_previous_clicked,
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage),
        )
        self.next_button = self._button(
            self.tr("Next ▶"),
            self.on_next_clicked,
            QKeySequence(QKeySequence.StandardKey.MoveToNextPage),
        )
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, 1)
        self.page_box.valueChanged.connect(self.on_page_box_changed)
        self.page_label = QLabel(self)
        self.zoom_box = QComboBox(self)
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.zoom_box.currentIndexChanged.connect(self.on_zoom_box_changed)
        zoom_out = self._button("−", self.on_zoom_out_clicked, QKeySequence.StandardKey.ZoomOut)
        zoom_in = self._button("+", self.on_zoom_in_clicked, QKeySequence.StandardKey.ZoomIn)
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_in.setToolTip(self.tr("Zoom in"))
        navigation: list[QWidget] = [
            self.previous_button,
            self.next_button,
            QLabel(self.tr("Page"), self),
            self.page_box,
            self.page_label,
        ]
        for widget in navigation:
            bar.addWidget(widget)
        bar.addSpacing(16)
        zooming: list[QWidget] = [zoom_out, self.zoom_box, zoom_in]
        for widget in zooming:
            bar.addWidget(widget)
        bar.addStretch(1)
        self.status = QLabel(self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumWidth(0)
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        # nothing to page through, zoom, print or save until the pages are there
        self.document_controls: list[QWidget] = [
            *navigation,
            *zooming,
            self.print_button,
            self.save_button,
        ]
        for widget in self.document_controls:
            widget.setEnabled(False)
        # the file buttons sit at the bottom, as in any dialog, so the window can be narrow
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.folder_button, close):
            buttons.addWidget(button)
        self.sheet = QWidget(self)
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("#previewSheet { background: #808890; }")
        self.sheet_column = QVBoxLayout(self.sheet)
        self.sheet_column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.sheet_column.setSpacing(PAGE_GAP)
        self.sheet_column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.sheet)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self.on_scrolled)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._placeholder())
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _placeholder(self) -> QWidget:
        """What the dialog shows until the first page is rendered, or why it cannot be."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.addStretch(1)
        self.placeholder = QLabel(self.tr("Preparing the preview…"), box)
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.placeholder)
        self.build_progress = QProgressBar(box)
        self.build_progress.setRange(0, 0)  # busy until the build reports how far it is
        self.build_progress.setMaximumWidth(320)
        self.build_progress.setTextVisible(False)
        column.addWidget(self.build_progress, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return box

    # --- the document arriving ------------------------------------------------------------------

    def _alive(self) -> bool:
        """False once closed: answers from the background for a closed preview are dropped."""
        return not self.closed and shiboken6.isValid(self)

    def on_build_progress(self, done: int, total: int) -> None:
        if self._alive() and total > 0:
            self.build_progress.setRange(0, total)
            self.build_progress.setValue(min(done, total))

    def load_pdf(self, pdf: bytes) -> None:
        """Open ``pdf`` with pdfium in the background; the pages follow."""
        if not self._alive():
            return
        self.build_progress.setRange(0, 0)
        self.ctx.tasks.run(
            lambda _progress: PdfPages(pdf),
            parent=self,
            show_progress=False,
            on_success=self._on_pages_opened,
            on_failure=self._on_render_failed,
            lane=PDFIUM_LANE,
        )

    def _on_pages_opened(self, pages: PdfPages) -> None:
        if not self._alive():
            self._close_pages(pages)
            return
        self.pages = pages
        for _ in range(self.page_count):
            view = QLabel(self.sheet)
            view.setStyleSheet("background: white;")
            # a page re-rendered for a new zoom shows stretched until the new image arrives
            view.setScaledContents(True)
            self.sheet_column.insertWidget(
                len(self.page_views), view, 0, Qt.AlignmentFlag.AlignHCenter
            )
            self.page_views.append(view)
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_label.setText(self.tr("of %1").replace("%1", str(self.page_count)))
        self._show_page()

    def on_build_failed(self, error: BaseException) -> None:
        """The PDF could not be built: say why in the dialog (a bug also reaches the crash
        dialog); Cancel, from closing the dialog, says nothing."""
        if isinstance(error, Cancelled) or not self._alive():
            return
        if isinstance(error, UserError):
            self.show_failure(
                self.tr("The report could not be prepared: %1").replace("%1", str(error))
            )
            return
        self.show_failure(self.tr("The report could not be prepared because of an error."))
        from crmdesk.ui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    def _on_render_failed(self, error: BaseException) -> None:
        if not self._alive() or self.failed:
            return
        log.warning("the preview could not render the PDF", exc_info=error)
        reason = self.tr(
            "The pages could not be shown: the PDF could not be read. Saving it may still work."
        )
        self.show_failure(f"{reason}\n{error or type(error).__name__}")
        if self.pages is not None:
            self.save_button.setEnabled(True)

    def show_failure(self, message: str) -> None:
        """Show ``message`` where the pages would be; nothing is left to wait for."""
        self.failed = True
        self.placeholder.setText(message)
        self.placeholder.setProperty("role", "error")
        self.placeholder.setStyleSheet("color: #c62828;")
        self.build_progress.hide()
        self.stack.setCurrentIndex(0)
        for widget in self.document_controls:
            widget.setEnabled(False)

    # --- pages and zoom -------------------------------------------------------------------------

    def _scale(self) -> float:
        """Pixels per point for the current zoom (1.0 = 100% = 96 dpi on a normal screen)."""
        if self.zoom == FIT_WIDTH and self.pages is not None:
            width = max(self.pages.size(i)[0] for i in range(self.page_count))
            # the scroll bar's width is kept free so fitting never makes it appear or go
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            frame = 2 * self.scroll_area.frameWidth()
            # the stack's width: the scroll area has it too, but only once it is on show
            available = self.stack.width() - frame - bar - 2 * PAGE_GAP
            return max(100, available) / width
        return (self.zoom or 1.0) * self.logicalDpiX() / 72

    def _show_page(self) -> None:
        """Size every page for the zoom and render the ones in view."""
        if self.pages is None or self.failed:
            return
        scale = self._scale()
        for index, view in enumerate(self.page_views):
            width, height = self.pages.size(index)
            size = QSize(round(width * scale), round(height * scale))
            if view.size() != size or self.rendered.get(index) != scale:
                view.setFixedSize(size)
                self.rendered.pop(index, None)
        self.sheet.adjustSize()
        self._render_visible()
        self._show_position()

    def _render(self, index: int) -> None:
        """Ask the pdfium lane for page ``index`` at the current zoom (once per zoom)."""
        pages = self.pages
        if pages is None or self.failed:
            return
        scale = self._scale()
        if scale in (self.rendered.get(index), self.asked.get(index)):
            return
        self.asked[index] = scale
        ratio = self.devicePixelRatioF()

        def render(_progress: Callable[[int, int], None]) -> QImage | None:
            if self.closed or self.asked.get(index) != scale:
                return None  # closed, or zoomed again before its turn: not needed any more
            return pages.image(index, scale * ratio)

        self.ctx.tasks.run(
            render,
            parent=self,
            show_progress=False,
            on_success=lambda image: self._on_rendered(index, scale, ratio, image),
            on_failure=self._on_render_failed,
            lane=PDFIUM_LANE,
        )

    def _on_rendered(self, index: int, scale: float, ratio: float, image: QImage | None) -> None:
        if not self._alive() or image is None:
            return
        if self.asked.get(index) == scale:
            del self.asked[index]
        if scale != self._scale():
            return  # the zoom or the width changed meanwhile: its own render is on the way
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_views[index].setPixmap(pixmap)
        self.rendered[index] = scale
        if not self.ready and index == self.page:
            self.stack.setCurrentWidget(self.scroll_area)
            for widget in self.document_controls:
                widget.setEnabled(True)
            self._show_position()
            self._relayout.start()  # the pages' area has its final size only now
            self.pages_shown.emit()

    def _visible_pages(self) -> list[int]:
        top = self.scroll_area.verticalScrollBar().value()
        bottom = top + max(1, self.scroll_area.viewport().height())
        return [
            index
            for index, view in enumerate(self.page_views)
            if view.y() < bottom and view.y() + view.height() > top
        ] or [self.page]

    def _render_visible(self) -> None:
        # behind the placeholder the pages are not laid out yet: only the first is wanted
        wanted = {*self._visible_pages(), self.page} if self.ready else {self.page}
        for index in sorted(wanted, key=lambda i: i != self.page):
            self._render(index)

    def _show_position(self) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        if self.ready:
            self.previous_button.setEnabled(self.page > 0)
            self.next_button.setEnabled(self.page < self.page_count - 1)

    def on_scrolled(self, value: int) -> None:
        # the current page is the one under the middle of the view
        middle = value + self.scroll_area.viewport().height() // 2
        for index, view in enumerate(self.page_views):
            if view.y() + view.height() + PAGE_GAP > middle:
                self.page = index
                break
        self._render_visible()
        self._show_position()

    def go_to_page(self, index: int) -> None:
        """Show page ``index`` (0-based; clamped to the document) at the top of the view."""
        if not self.page_views:
            return
        self.page = max(0, min(index, self.page_count - 1))
        self._render(self.page)
        bar = self.scroll_area.verticalScrollBar()
        bar.blockSignals(True)
        bar.setValue(self.page_views[self.page].y() - PAGE_GAP)
        bar.blockSignals(False)
        self._render_visible()
        self._show_position()

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (1.0 = actual size) or ``FIT_WIDTH``."""
        self.zoom = zoom
        index = self.zoom_box.findData(zoom)
        if index >= 0 and index != self.zoom_box.currentIndex():
            self.zoom_box.blockSignals(True)
            self.zoom_box.setCurrentIndex(index)
            self.zoom_box.blockSignals(False)
        self._show_page()
        self.go_to_page(self.page)  # the page being read stays in view

    def on_previous_clicked(self) -> None:
        self.go_to_page(self.page - 1)

    def on_next_clicked(self) -> None:
        self.go_to_page(self.page + 1)

    def on_page_box_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def on_zoom_box_changed(self, index: int) -> None:
        self.set_zoom(float(self.zoom_box.itemData(index)))

    def _current_zoom(self) -> float:
        return self.zoom or self._scale() * 72 / self.logicalDpiX()

    def on_zoom_in_clicked(self) -> None:
        current = self._current_zoom()
        self.set_zoom(next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1]))

    def on_zoom_out_clicked(self) -> None:
        current = self._current_zoom()
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0]))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._show_page()  # the real width is known only now
        self._relayout.start()  # and once more after the layout has settled

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.zoom == FIT_WIDTH and hasattr(self, "_relayout"):
            self._relayout.start()

    # --- print, save, open folder ---------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set to the PDF's own page size and orientation."""
        assert self.pages is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        width, height = self.pages.size(0)
        size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
        orientation = (
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.suggested_name)
        return printer

    def on_print_clicked(self) -> None:
        if self.pages is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count
        try:
            printed = print_pages(self.pages, printer, first, last)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Print"), str(error))
            return
        self.status.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(printed)))

    def _default_path(self) -> Path:
        folder = self.ctx.settings.get(settings.REPORT_FOLDER)
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        name = (
            self.suggested_name
            if self.suggested_name.lower().endswith(".pdf")
            else (f"{self.suggested_name}.pdf")
        )
        return Path(folder) / safe_file_name(name)

    def on_save_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(self._default_path()), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` (atomically); show why not if it fails. True if saved."""
        from crmdesk.reports.output import deliver

        if self.pages is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            deliver(self.pages.pdf, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Save as PDF"), str(error))
            return False
        self.saved_path = path
        self.ctx.settings.set(settings.REPORT_FOLDER, str(path.parent))
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return True

    def on_folder_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def done(self, result: int) -> None:
        if not self.closed:
            self.closed = True
            if self.build_task is not None and not self.build_task.done:
                self.build_task.cancel()
            if self.pages is not None:
                self._close_pages(self.pages)
        super().done(result)

    def _close_pages(self, pages: PdfPages) -> None:
        # in the pdfium lane, after the renders already asked for: never under their feet
        self.ctx.tasks.run(lambda _progress: pages.close(), show_progress=False, lane=PDFIUM_LANE)


def safe_file_name(name: str) -> str:
    """``name`` with characters Windows forbids in file names replaced by ``_``."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .") or "report.pdf"
