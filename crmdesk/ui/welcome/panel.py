"""The welcome a new owner sees instead of a dashboard of zeros.

First run: the company profile and the language, then three next steps (import customers,
try sample data, start a budget plan). Once the owner has said "Done", the empty dashboard
shows only the next steps. Sample data is added in the UI language and removed in one click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk import settings
from crmdesk.ui.context import AppContext

SAMPLE_CUSTOMERS = 200


class WelcomePanel(QWidget):
    """See the module docstring; ``finished`` when the owner is done with the welcome."""

    finished = Signal()
    sample_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Welcome to CRMDesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Set up your business in a minute: what you type here is printed on your "
                "reports. You can change it any time in Settings."
            )
        )
        intro.setWordWrap(True)

        from crmdesk.ui.settings.company import CompanyProfileBox

        self.profile = CompanyProfileBox(ctx)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("welcomeLanguage")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.addItem(self.tr("Same as the system"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(ctx.settings.get(settings.LANGUAGE))
        )
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        language_row = QFormLayout()
        language_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_row.addRow(self.tr("Language:"), self.language_combo)
        self.setup = QWidget()
        setup_layout = QVBoxLayout(self.setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(intro)
        setup_layout.addWidget(self.profile)
        setup_layout.addLayout(language_row)

        steps_title = QLabel(self.tr("<b>Next steps</b>"))
        self.import_button = QPushButton(self.tr("Import customers..."))
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setToolTip(
            self.tr("From Excel, CSV or a phone's contacts (vCard): the wizard maps the columns")
        )
        self.import_button.clicked.connect(lambda: self._go("customers", "import"))
        self.sample_button = QPushButton(self.tr("Try sample data"))
        self.sample_button.setObjectName("welcomeSample")
        self.sample_button.setToolTip(
            self.tr("200 made-up customers with follow-ups, tickets and a budget plan")
        )
        self.sample_button.clicked.connect(self.on_sample_button_clicked)
        self.remove_sample_button = QPushButton(self.tr("Remove sample data"))
        self.remove_sample_button.setObjectName("welcomeRemoveSample")
        self.remove_sample_button.setToolTip(
            self.tr("Deletes only the sample records; your own customers stay")
        )
        self.remove_sample_button.clicked.connect(self.on_remove_sample_button_clicked)
        self.plan_button = QPushButton(self.tr("Start a budget plan..."))
        self.plan_button.setObjectName("welcomePlan")
        self.plan_button.setToolTip(
            self.tr("Work out what a CRM will cost and return, and print it for the bank")
        )
        self.plan_button.clicked.connect(lambda: self._go("planner", "new"))
        steps = QHBoxLayout()
        for button in (
            self.import_button,
            self.sample_button,
            self.remove_sample_button,
            self.plan_button,
        ):
            button.setMinimumHeight(36)
            steps.addWidget(button)
        steps.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("welcomeStatus")
        self.status_label.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Done: show the dashboard"))
        self.done_button.setObjectName("welcomeDone")
        self.done_button.clicked.connect(self.on_done_button_clicked)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 16, 24, 16)
        body.addWidget(title)
        body.addWidget(self.setup)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        body.addWidget(line)
        body.addWidget(steps_title)
        body.addLayout(steps)
        body.addWidget(self.status_label)
        body.addLayout(done_row)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.update_state()

    # --- state ---------------------------------------------------------------------------

    def update_state(self) -> None:
        """Show the set-up part on the first run only, and Remove only with sample data."""
        from crmdesk.services.demo.removal import sample_counts

        first_run = not self.ctx.settings.get(settings.WELCOME_DONE)
        self.setup.setVisible(first_run)
        self.done_button.setVisible(first_run)
        has_sample = sample_counts(self.ctx.db).any
        self.sample_button.setVisible(not has_sample)
        self.remove_sample_button.setVisible(has_sample)

    def _go(self, key: str, argument: object) -> None:
        self._mark_done()
        self.ctx.events.navigate.emit(key, argument)

    def _mark_done(self) -> None:
        if not self.ctx.settings.get(settings.WELCOME_DONE):
            self.ctx.settings.set(settings.WELCOME_DONE, True)

    # --- slots ---------------------------------------------------------------------------

    def on_language_combo_changed(self, _index: int) -> None:
        self.ctx.settings.set(settings.LANGUAGE, self.language_combo.currentData())
        self.ctx.settings.sync()
        # rebuild after this slot returns: the rebuild deletes this very widget
        QTimer.singleShot(0, self.ctx.rebuild_window)

    def on_sample_button_clicked(self) -> None:
        db, language = self.ctx.db, self.ctx.language

        def work(progress: Callable[[int, int], None]) -> int:
            from crmdesk.services.demo.data import generate_demo

            return generate_demo(db, SAMPLE_CUSTOMERS, progress=progress, language=language)

        self.sample_button.setEnabled(False)
        self.ctx.tasks.run(
            work,
            title=self.tr("Adding sample data"),
            parent=self,
            on_success=self._on_sample_added,
            on_failure=self._on_sample_failed,
        )

    def _on_sample_added(self, count: int) -> None:
        self.sample_button.setEnabled(True)
        self.status_label.setText(
            self.tr(
                "Added %1 sample customers with follow-ups, tickets and a budget plan. "
                "Remove sample data deletes them again and keeps your own records."
            ).replace("%1", str(count))
        )
        self._data_changed()

    def _on_sample_failed(self, error: BaseException) -> None:
        self.sample_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Could not add the sample data: %1").replace("%1", str(error))
        )

    def on_remove_sample_button_clicked(self) -> None:
        from crmdesk.services.demo.removal import remove_sample_data

        counts = remove_sample_data(self.ctx.db)
        self.status_label.setText(
            self.tr("Removed %1 sample customers and %2 sample plans.")
            .replace("%1", str(counts.customers))
            .replace("%2", str(counts.plans))
        )
        self._data_changed()

    def _data_changed(self) -> None:
        events = self.ctx.events
        for signal in (
            events.customers_changed,
            events.followups_changed,
            events.tickets_changed,
            events.plans_changed,
            events.spending_changed,
        ):
            signal.emit()
        self.update_state()
        self.sample_changed.emit()

    def on_done_button_clicked(self) -> None:
        self._mark_done()
        self.update_state()
        self.finished.emit()
