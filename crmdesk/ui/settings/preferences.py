"""Settings the code reads that had no control: paper size, default reminder, next-step gap."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from crmdesk import settings
from crmdesk.domain.followups.rules import REMINDER_CHOICES
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.common import reminder_label

GROUP_STYLE = """
QGroupBox { border: 1px solid palette(mid); border-radius: 4px; margin-top: 1ex;
            padding: 1.2em 0.4em 0.3em 0.4em; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px;
                   padding: 0 4px; background-color: palette(window); }
"""
"""Group titles sit on their frame's top edge (Fusion draws them floating above it)."""


def align_labels(forms: list[QFormLayout]) -> None:
    """Give every form's label column one width, so the fields line up from group to group."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class PreferencesBox(QGroupBox):
    """Printed reports and follow-ups: each change is saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reports and follow-ups"), parent)
        self.ctx = ctx
        s = ctx.settings
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(s.get(settings.REPORT_PAPER)))
        self.paper_combo.currentIndexChanged.connect(self.on_paper_combo_changed)
        self.form.addRow(self.tr("Paper size:"), self.paper_combo)

        self.reminder_combo = QComboBox()
        self.reminder_combo.setObjectName("reminderCombo")
        current = s.get(settings.FOLLOWUP_REMINDER_MINUTES)
        choices = [m for m in REMINDER_CHOICES if m is not None]
        if current not in choices:
            choices = sorted([*choices, current])
        for minutes in choices:
            self.reminder_combo.addItem(reminder_label(minutes), minutes)
        self.reminder_combo.setCurrentIndex(self.reminder_combo.findData(current))
        self.reminder_combo.currentIndexChanged.connect(self.on_reminder_combo_changed)
        self.form.addRow(self.tr("Default reminder:"), self.reminder_combo)

        self.next_step_spin = QSpinBox()
        self.next_step_spin.setObjectName("nextStepSpin")
        self.next_step_spin.setRange(1, 365)
        self.next_step_spin.setValue(s.get(settings.FOLLOWUP_NEXT_STEP_DAYS))
        self.next_step_spin.setSuffix(self.tr(" days later"))
        self.next_step_spin.valueChanged.connect(self.on_next_step_spin_changed)
        self.form.addRow(self.tr("Next step after a follow-up:"), self.next_step_spin)

    def _save(self, option: settings.Option, value: object) -> None:  # type: ignore[type-arg]
        self.ctx.settings.set(option, value)
        self.ctx.settings.sync()

    def on_paper_combo_changed(self, _index: int) -> None:
        self._save(settings.REPORT_PAPER, self.paper_combo.currentData())

    def on_reminder_combo_changed(self, _index: int) -> None:
        self._save(settings.FOLLOWUP_REMINDER_MINUTES, int(self.reminder_combo.currentData()))

    def on_next_step_spin_changed(self, value: int) -> None:
        self._save(settings.FOLLOWUP_NEXT_STEP_DAYS, int(value))
