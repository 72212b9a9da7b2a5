"""The report preview: pages, zoom, save, open folder, print, background generation.

The PDF is built and its pages rendered off the GUI thread, so the tests wait for what they
check to be on screen, as a user would."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from crmdesk.domain.errors import Cancelled, UserError
from crmdesk.paths import DataDir
from crmdesk.settings import REPORT_FOLDER, Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.reports import ReportPreviewDialog, generate_and_preview, preview_budget_report
from crmdesk.ui.reports.preview import PdfPages
from crmdesk.ui.tasks import TaskRunner
from tests.helpers.pdf import REPORT_PLANS, page_count, pdf_text


@pytest.fixture
def ctx(data_dir: DataDir) -> Iterator[AppContext]:
    context = AppContext(data_dir, None, Settings(data_dir.settings_file), TaskRunner())
    yield context
    context.tasks.wait_all()  # no render outlives its test


@pytest.fixture(scope="module")
def pdf() -> bytes:
    from crmdesk.i18n import install_translators
    from crmdesk.reports.budget.report import build_budget_report
    from crmdesk.services.planning.files import load_plan_file

    install_translators("en")
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    return build_budget_report(plan, generated=dt.date(2027, 3, 12))


@pytest.fixture
def dialog(qtbot, ctx: AppContext, pdf: bytes) -> ReportPreviewDialog:
    shown = ReportPreviewDialog.show_pdf(None, ctx, pdf, "Sales plan")
    qtbot.addWidget(shown)
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.ready, timeout=10000)
    return shown


def drawn_width(view) -> float:
    """The width the page's image is drawn for (0 before it is rendered)."""
    pixmap = view.pixmap()
    return 0 if pixmap is None or pixmap.isNull() else pixmap.deviceIndependentSize().width()


def wait_drawn(qtbot, view, width: float) -> None:
    """Wait until ``view`` shows an image rendered for ``width`` (the zoom's own render)."""
    qtbot.waitUntil(lambda: abs(drawn_width(view) - width) <= 2, timeout=10000)


def test_pages_can_be_paged_through(qtbot, dialog: ReportPreviewDialog, pdf: bytes):
    pages = page_count(pdf)
    assert dialog.page_label.text() == f"of {pages}"
    assert not dialog.previous_button.isEnabled()
    first = dialog.page_view.pixmap().toImage()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == 2
    wait_drawn(qtbot, dialog.page_view, dialog.page_view.width())
    assert dialog.page_view.pixmap().toImage() != first
    dialog.page_box.setValue(pages)
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == pages - 1


def test_zoom_changes_the_rendered_size(qtbot, dialog: ReportPreviewDialog):
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    actual = 595 * dialog.logicalDpiX() / 72
    assert dialog.page_view.width() == pytest.approx(actual, abs=1)
    wait_drawn(qtbot, dialog.page_view, actual)
    dialog.on_zoom_in_clicked()
    assert dialog.zoom_box.currentData() == 1.25
    wait_drawn(qtbot, dialog.page_view, 595 * 1.25 * dialog.logicalDpiX() / 72)


def test_save_as_pdf_writes_the_same_bytes_and_offers_the_folder(
    qtbot, dialog: ReportPreviewDialog, ctx: AppContext, tmp_path: Path, pdf: bytes, monkeypatch
):
    target = tmp_path / "saved"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF")
    )
    opened: list[str] = []
    monkeypatch.setattr(
        "crmdesk.ui.reports.preview.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    assert not dialog.folder_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "saved.pdf"
    assert saved.read_bytes() == pdf
    assert str(saved) in dialog.status.text()
    assert ctx.settings.get(REPORT_FOLDER) == str(tmp_path)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_a_failed_save_says_why_and_leaves_no_file(
    qtbot, dialog: ReportPreviewDialog, tmp_path: Path, monkeypatch
):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    folder = tmp_path / "out"
    folder.mkdir()
    assert not dialog.save_to(folder / "report.pdf")
    assert warnings and "report.pdf" in warnings[0] and "another program" in warnings[0]
    assert list(folder.iterdir()) == []
    assert not dialog.folder_button.isEnabled()


def test_print_sends_every_page_to_the_printer(
    qtbot, dialog: ReportPreviewDialog, tmp_path: Path, pdf: bytes, monkeypatch
):
    out = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # keep the test fast
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert page_count(out.read_bytes()) == page_count(pdf)
    assert f"Sent {page_count(pdf)} pages" in dialog.status.text()


def test_a_cancelled_print_dialog_prints_nothing(qtbot, dialog: ReportPreviewDialog, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == ""


def test_generate_and_preview_builds_in_the_background(qtbot, ctx: AppContext, pdf: bytes):
    shown: list[ReportPreviewDialog] = []
    threads: list[int] = []

    def build(progress):
        progress(1, 2)
        threads.append(threading.get_ident())
        return pdf

    dialog = generate_and_preview(None, ctx, build, "plan.pdf", on_shown=shown.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert threads and threads[0] != threading.get_ident()
    assert shown == [dialog] and dialog.page_count == page_count(pdf)


def test_the_preview_opens_on_a_placeholder_until_the_pages_arrive(
    qtbot, ctx: AppContext, pdf: bytes
):
    release = threading.Event()

    def build(progress):
        progress(1, 4)
        assert release.wait(10)
        return pdf

    dialog = generate_and_preview(None, ctx, build, "plan.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.ready
    assert dialog.placeholder.isVisible()
    assert dialog.placeholder.text() == "Preparing the preview…"
    qtbot.waitUntil(lambda: dialog.build_progress.value() == 1)  # the build's own progress
    assert dialog.build_progress.maximum() == 4
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert not dialog.placeholder.isVisible() and dialog.page_view.isVisible()
    assert drawn_width(dialog.page_view) > 0
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.page_label.text() == f"of {page_count(pdf)}"


def test_pdfium_runs_off_the_gui_thread_on_one_thread(
    qtbot, ctx: AppContext, pdf: bytes, monkeypatch
):
    calls: list[tuple[str, int]] = []
    busy = threading.Lock()
    overlaps: list[str] = []
    real_init, real_image = PdfPages.__init__, PdfPages.image

    def opened(self, data):
        calls.append(("open", threading.get_ident()))
        real_init(self, data)

    def image(self, index, scale):
        calls.append(("image", threading.get_ident()))
        if not busy.acquire(blocking=False):
            overlaps.append(f"page {index}")
            return real_image(self, index, scale)
        try:
            return real_image(self, index, scale)
        finally:
            busy.release()

    monkeypatch.setattr(PdfPages, "__init__", opened)
    monkeypatch.setattr(PdfPages, "image", image)
    dialog = ReportPreviewDialog.show_pdf(None, ctx, pdf, "Sales plan")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    for zoom in (0.5, 2.0, 1.0):  # three zooms asked for at once: renders queue up
        dialog.set_zoom(zoom)
    dialog.go_to_page(dialog.page_count - 1)
    wait_drawn(qtbot, dialog.page_view, dialog.page_view.width())
    ctx.tasks.wait_all()
    assert [kind for kind, _ in calls][:2] == ["open", "image"]
    threads = {thread for _, thread in calls}
    assert threading.get_ident() not in threads
    assert len(threads) == 1 and overlaps == []


def test_a_build_failure_is_said_in_the_preview(qtbot, ctx: AppContext, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: boxes.append(text))

    def build(progress):
        raise UserError("plan.json: costs[2].year: must be between 0 and 5")

    dialog = generate_and_preview(None, ctx, build, "plan.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.failed, timeout=10000)
    assert dialog.placeholder.text() == (
        "The report could not be prepared: plan.json: costs[2].year: must be between 0 and 5"
    )
    assert dialog.placeholder.isVisible() and not dialog.build_progress.isVisible()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert boxes == []


def test_a_pdf_pdfium_cannot_read_says_so_in_chinese(qtbot, ctx: AppContext):
    from crmdesk.i18n import install_translators

    assert install_translators("zh_CN")
    try:
        dialog = ReportPreviewDialog.show_pdf(None, ctx, b"%PDF-1.4 torn", "broken")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.failed, timeout=10000)
        text = dialog.placeholder.text()
    finally:
        install_translators("en")
    assert text.startswith("无法显示页面")
    assert not dialog.ready and dialog.placeholder.isVisible()


def test_closing_while_building_cancels_the_build(qtbot, ctx: AppContext, pdf: bytes):
    started, closed, stopped = threading.Event(), threading.Event(), threading.Event()

    def build(progress):
        started.set()
        assert closed.wait(10)
        try:
            progress(2, 4)
        except Cancelled:
            stopped.set()
            raise
        return pdf

    dialog = generate_and_preview(None, ctx, build, "plan.pdf")  # closed (and deleted) below
    assert started.wait(10)
    dialog.reject()
    closed.set()
    ctx.tasks.wait_all()
    assert stopped.is_set()


def test_preview_budget_report_uses_the_app_language_and_paper(qtbot, ctx: AppContext):
    from crmdesk.services.planning.files import load_plan_file
    from crmdesk.settings import REPORT_PAPER

    ctx.settings.set(REPORT_PAPER, "Letter")
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    shown: list[ReportPreviewDialog] = []
    dialog = preview_budget_report(None, ctx, plan, on_shown=shown.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: shown == [dialog], timeout=20000)
    assert dialog.pages.size(0) == pytest.approx((612, 792))
    assert "Sales & service CRM <phase 1>" in pdf_text(dialog.pages.pdf)
    assert dialog.suggested_name == "Sales & service CRM _phase 1_.pdf"


def test_opens_fitting_the_width_within_the_screen(qtbot, dialog: ReportPreviewDialog):
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.width() <= screen.width()
    # the page fills the width of the view (less the grey margins and a scroll bar), not a
    # thumbnail: nothing but a resize or the zoom box was needed
    view = dialog.scroll_area.viewport().width()
    qtbot.waitUntil(lambda: dialog.page_view.width() > view - 80)
    assert dialog.page_view.width() <= view
    wait_drawn(qtbot, dialog.page_view, dialog.page_view.width())
    page = dialog.page_view.pixmap().deviceIndependentSize()
    assert page.height() / page.width() == pytest.approx(842 / 595, rel=0.01)


def test_fit_width_follows_the_window(qtbot, dialog: ReportPreviewDialog):
    dialog.resize(700, 600)
    qtbot.waitUntil(lambda: dialog.page_view.width() < 700)
    narrow = dialog.page_view.width()
    wait_drawn(qtbot, dialog.page_view, narrow)
    dialog.resize(900, 600)
    qtbot.waitUntil(lambda: dialog.page_view.width() > narrow)
    wait_drawn(qtbot, dialog.page_view, dialog.page_view.width())


def test_scrolling_reaches_every_page(qtbot, dialog: ReportPreviewDialog, pdf: bytes):
    pages = page_count(pdf)
    bar = dialog.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_box.value() == pages)
    wait_drawn(qtbot, dialog.page_views[-1], dialog.page_views[-1].width())
    assert not dialog.next_button.isEnabled()
    dialog.page_box.setValue(2)
    assert bar.value() == dialog.page_views[1].y() - 12


def test_preview_budget_report_prints_the_company_profile_from_settings(
    qtbot, ctx: AppContext
) -> None:
    import io

    from PIL import Image
    from pypdf import PdfReader

    from crmdesk import settings
    from crmdesk.services.planning.files import load_plan_file
    from tests.helpers.pdf import flat

    logo = io.BytesIO()
    Image.new("RGB", (90, 30), (20, 60, 120)).save(logo, format="PNG")
    ctx.settings.set(settings.COMPANY_NAME, "Pudsey Repairs Ltd")
    ctx.settings.set(settings.COMPANY_ADDRESS, "12 Lowtown, Pudsey LS28 7AA")
    ctx.settings.set(settings.COMPANY_TAX_ID, "GB 123 4567 89")
    ctx.settings.set(settings.COMPANY_PHONE, "0113 496 0000")
    ctx.settings.set(settings.COMPANY_LOGO, logo.getvalue())
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    shown: list[ReportPreviewDialog] = []
    dialog = preview_budget_report(None, ctx, plan, on_shown=shown.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: shown == [dialog], timeout=20000)
    text = flat(pdf_text(dialog.pages.pdf))
    for expected in (
        "12 Lowtown, Pudsey LS28 7AA",
        "Tax ID: GB 123 4567 89",
        "Phone: 0113 496 0000",
    ):
        assert expected in text
    first = PdfReader(io.BytesIO(dialog.pages.pdf)).pages[0]
    assert [(i.image.width, i.image.height) for i in first.images] == [(90, 30)]
