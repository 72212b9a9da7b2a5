"""The report preview: pages, zoom, save, open folder, print, background generation."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from crmdesk.domain.errors import UserError
from crmdesk.paths import DataDir
from crmdesk.settings import REPORT_FOLDER, Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.reports import ReportPreviewDialog, generate_and_preview, preview_budget_report
from crmdesk.ui.tasks import TaskRunner
from tests.helpers.pdf import REPORT_PLANS, page_count, pdf_text


@pytest.fixture
def ctx(data_dir: DataDir) -> AppContext:
    return AppContext(data_dir, None, Settings(data_dir.settings_file), TaskRunner())


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
    return shown


def test_pages_can_be_paged_through(qtbot, dialog: ReportPreviewDialog, pdf: bytes):
    pages = page_count(pdf)
    assert dialog.page_label.text() == f"of {pages}"
    assert not dialog.previous_button.isEnabled()
    first = dialog.page_view.pixmap().toImage()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == 2
    assert dialog.page_view.pixmap().toImage() != first
    dialog.page_box.setValue(pages)
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == pages - 1


def test_zoom_changes_the_rendered_size(qtbot, dialog: ReportPreviewDialog):
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    actual = dialog.page_view.pixmap().deviceIndependentSize().width()
    assert actual == pytest.approx(595 * dialog.logicalDpiX() / 72, rel=0.02)
    dialog.on_zoom_in_clicked()
    assert dialog.zoom_box.currentData() == 1.25
    assert dialog.page_view.pixmap().deviceIndependentSize().width() > actual


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
    steps: list[int] = []

    def build(progress):
        progress(1, 2)
        steps.append(1)
        return pdf

    task = generate_and_preview(None, ctx, build, "plan.pdf", on_shown=shown.append)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert steps == [1]
    assert len(shown) == 1 and shown[0].page_count == page_count(pdf)
    qtbot.addWidget(shown[0])


def test_a_build_failure_is_shown_as_a_message(qtbot, ctx: AppContext, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def build(progress):
        raise UserError("plan.json: costs[2].year: must be between 0 and 5")

    task = generate_and_preview(None, ctx, build, "plan.pdf")
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert warnings == ["plan.json: costs[2].year: must be between 0 and 5"]


def test_preview_budget_report_uses_the_app_language_and_paper(qtbot, ctx: AppContext):
    from crmdesk.services.planning.files import load_plan_file
    from crmdesk.settings import REPORT_PAPER

    ctx.settings.set(REPORT_PAPER, "Letter")
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    shown: list[ReportPreviewDialog] = []
    task = preview_budget_report(None, ctx, plan, on_shown=shown.append)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
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
    page = dialog.page_view.pixmap().deviceIndependentSize()
    assert page.width() == pytest.approx(dialog.page_view.width(), abs=1)
    assert page.height() / page.width() == pytest.approx(842 / 595, rel=0.01)


def test_fit_width_follows_the_window(qtbot, dialog: ReportPreviewDialog):
    dialog.resize(700, 600)
    qtbot.waitUntil(lambda: dialog.page_view.width() < 700)
    narrow = dialog.page_view.pixmap().deviceIndependentSize().width()
    dialog.resize(900, 600)
    qtbot.waitUntil(lambda: dialog.page_view.pixmap().deviceIndependentSize().width() > narrow)


def test_scrolling_reaches_every_page(qtbot, dialog: ReportPreviewDialog, pdf: bytes):
    pages = page_count(pdf)
    bar = dialog.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_box.value() == pages)
    assert dialog.page_views[-1].pixmap() is not None
    assert not dialog.page_views[-1].pixmap().isNull()
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
    task = preview_budget_report(None, ctx, plan, on_shown=shown.append)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    text = flat(pdf_text(dialog.pages.pdf))
    for expected in (
        "12 Lowtown, Pudsey LS28 7AA",
        "Tax ID: GB 123 4567 89",
        "Phone: 0113 496 0000",
    ):
        assert expected in text
    first = PdfReader(io.BytesIO(dialog.pages.pdf)).pages[0]
    assert [(i.image.width, i.image.height) for i in first.images] == [(90, 30)]
