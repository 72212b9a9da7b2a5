"""Settings: every option the code reads has a control, saved at once; About and diagnostics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from crmdesk import __version__, settings
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext


def test_paper_reminder_and_next_step_have_controls_saved_at_once(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from crmdesk.ui.settings import SettingsScreen

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 640)
    screen.show()
    paper = screen.findChild(QComboBox, "paperCombo")
    paper.setCurrentIndex(paper.findData("Letter"))
    reminder = screen.findChild(QComboBox, "reminderCombo")
    reminder.setCurrentIndex(reminder.findData(60))
    assert reminder.currentText() == "1 hour before"
    gap = screen.findChild(QSpinBox, "nextStepSpin")
    gap.clear()
    qtbot.keyClicks(gap, "14")
    from crmdesk.services.business import DatabaseBusinessStore

    # what the next start reads: paper is a business setting (the database), the rest the ini
    saved = Settings(ctx.data_dir.settings_file, DatabaseBusinessStore(lambda: ctx.db))
    assert saved.get(settings.REPORT_PAPER) == "Letter"
    assert saved.get(settings.FOLLOWUP_REMINDER_MINUTES) == 60
    assert saved.get(settings.FOLLOWUP_NEXT_STEP_DAYS) == 14


def test_label_columns_line_up_from_group_to_group(qtbot: QtBot, ctx: AppContext) -> None:
    from crmdesk.ui.settings import SettingsScreen

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 640)
    screen.show()
    qtbot.waitExposed(screen)
    widths = {
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().width()
        for form in screen.findChildren(QFormLayout)
        for row in range(form.rowCount())
        if isinstance(
            getattr(form.itemAt(row, QFormLayout.ItemRole.LabelRole), "widget", lambda: None)(),
            QLabel,
        )
    }
    assert len(widths) == 1


def test_about_gives_version_licence_folders_and_copies_diagnostics(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from crmdesk.ui.settings.about import AboutDialog

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts and "Proprietary" in texts
    assert str(ctx.data_dir.root) in dialog.findChild(QLabel, "dataFolder").text()
    assert str(ctx.data_dir.logs) in dialog.findChild(QLabel, "logFolder").text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"CRMDesk {__version__}" in copied and str(ctx.data_dir.logs) in copied
    assert "Python" in copied and "Qt" in copied
