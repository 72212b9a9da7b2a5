"""The baseline form: measures before go-live, the values that turn changes into money, and
realised figures typed by the owner."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.money import format_percent, parse_amount, parse_rate
from crmdesk.domain.planning.categories import BenefitCategory
from crmdesk.domain.sentence import FieldError
from crmdesk.domain.spending.realised import (
    MEASURE_LABELS,
    RATE_MEASURES,
    TYPED_MEASURES,
    Baseline,
    Measure,
    baseline_from_dict,
    baseline_to_dict,
)
from crmdesk.ui.spending.common import benefit_label, render
from crmdesk.ui.widgets.form_dialog import FormDialog

translate = QCoreApplication.translate


def measure_text(measure: Measure, value: Decimal | None) -> str:
    if value is None:
        return ""
    if measure in RATE_MEASURES:
        return format_percent(value, 2)  # 2 decimals, as every other rate
    return f"{value.normalize():f}"


def measure_label(measure: Measure) -> str:
    return translate("Realised", MEASURE_LABELS[measure])


class BaselineDialog(FormDialog[Baseline]):
    """``ask`` returns the edited baseline, validated, or None."""

    def __init__(
        self,
        parent: QWidget | None,
        baseline: Baseline,
        suggestions: Mapping[Measure, Decimal],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Baseline before go-live"))
        self.suggestions = dict(suggestions)
        self.before: dict[Measure, QLineEdit] = {}
        self.now: dict[Measure, QLineEdit] = {}
        measures = QFormLayout()
        for measure in Measure:
            edit = QLineEdit(measure_text(measure, baseline.measures.get(measure)))
            self.before[measure] = edit
            if measure in TYPED_MEASURES:
                now = QLineEdit(measure_text(measure, baseline.current.get(measure)))
                now.setPlaceholderText(self.tr("now"))
                edit.setPlaceholderText(self.tr("before"))
                self.now[measure] = now
                row = QHBoxLayout()
                row.addWidget(edit)
                row.addWidget(now)
                measures.addRow(measure_label(measure), row)
            else:
                measures.addRow(measure_label(measure), edit)
        self.fill_button = QPushButton(self.tr("Fill from the 12 months before go-live"))
        self.fill_button.setEnabled(bool(self.suggestions))
        self.fill_button.clicked.connect(self.on_fill_button_clicked)
        measures.addRow("", self.fill_button)
        measures_box = QGroupBox(self.tr("Measures before go-live"))
        measures_box.setLayout(measures)

        self.margin_edit = QLineEdit(self._amount(baseline.margin_per_customer))
        values = QFormLayout()
        values.addRow(self.tr("Yearly margin per customer:"), self.margin_edit)
        values_box = QGroupBox(self.tr("Values for turning changes into money"))
        values_box.setLayout(values)

        self.overrides: dict[BenefitCategory, QLineEdit] = {}
        overrides = QFormLayout()
        for category in BenefitCategory:
            edit = QLineEdit(self._amount(baseline.overrides.get(category)))
            edit.setPlaceholderText(self.tr("measured or as planned"))
            self.overrides[category] = edit
            overrides.addRow(benefit_label(category.value), edit)
        overrides_box = QGroupBox(self.tr("Realised benefit a year you know yourself (optional)"))
        overrides_box.setLayout(overrides)

        self.body.addWidget(measures_box)
        self.body.addWidget(values_box)
        self.body.addWidget(overrides_box)

    @staticmethod
    def _amount(value: Decimal | None) -> str:
        return "" if value is None else f"{value.normalize():f}"

    def on_fill_button_clicked(self) -> None:
        for measure, value in self.suggestions.items():
            if measure in self.before:
                self.before[measure].setText(measure_text(measure, value))

    # --- validation ----------------------------------------------------------------------

    def _read(self, edit: QLineEdit, field: str, rate: bool = False) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        return parse_rate(text, field) if rate else parse_amount(text, field)

    def result_value(self) -> Baseline:
        before = {
            m: value
            for m, edit in self.before.items()
            if (value := self._read(edit, f"measures.{m.value}", m in RATE_MEASURES)) is not None
        }
        now = {
            m: value
            for m, edit in self.now.items()
            if (value := self._read(edit, f"current.{m.value}", m in RATE_MEASURES)) is not None
        }
        overrides = {
            c: value
            for c, edit in self.overrides.items()
            if (value := self._read(edit, f"realised_overrides.{c.value}")) is not None
        }
        baseline = Baseline(
            measures=before,
            current=now,
            margin_per_customer=self._read(self.margin_edit, "values.margin_per_customer"),
            overrides=overrides,
        )
        # the domain's bounds (satisfaction up to 5, rates up to 100%) apply here too
        return baseline_from_dict(baseline_to_dict(baseline))

    def widget_for(self, field: str) -> QLineEdit | None:
        group, _, key = field.partition(".")
        if group == "measures":
            return self.before.get(Measure(key))
        if group == "current":
            return self.now.get(Measure(key))
        if group == "realised_overrides":
            return self.overrides.get(BenefitCategory(key))
        return {"margin_per_customer": self.margin_edit}.get(key)

    def error_text(self, error: UserError) -> str:
        if isinstance(error, FieldError):
            return render(error.sentence)
        return error.reason if isinstance(error, ValidationError) else str(error)
