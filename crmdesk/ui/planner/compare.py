"""Compare 2-4 plans side by side: the same metrics for each, a cumulative cash-flow chart, and
(with a baseline, such as "do nothing") what switching from the baseline is worth."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.finance import format_years
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.planning.scenarios import (
    MAX_SCENARIOS,
    ScenarioComparison,
    compare_plans,
    do_nothing_plan,
)
from crmdesk.domain.sentence import FieldError, Sentence
from crmdesk.services.planning import store as plan_service
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.text import money, percent, ratio, render, tr

BEST = QBrush(QColor("#e8f5e9"))


class CompareDialog(QDialog):
    """A side-by-side table of ``compare_plans`` and the plans' cumulative cash flow."""

    def __init__(
        self, ctx: AppContext, plans: Sequence[BudgetPlan], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans = list(plans)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare plans"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.add_combo = QComboBox()
        self.add_combo.setObjectName("add_plan")
        self.add_combo.setMinimumWidth(260)
        self.add_button = QPushButton(self.tr("Add to comparison"))
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.nothing_button = QPushButton(self.tr('Add "do nothing"'))
        self.nothing_button.setToolTip(
            self.tr("A baseline with no CRM: no benefits and no new costs.")
        )
        self.nothing_button.clicked.connect(self.on_nothing_button_clicked)
        self.baseline_combo = QComboBox()
        self.baseline_combo.setObjectName("baseline")
        self.baseline_combo.setToolTip(
            self.tr(
                "Measure every other plan against this one: the extra NPV, IRR and payback of "
                "choosing it instead."
            )
        )
        self.baseline_combo.currentIndexChanged.connect(self.refresh)
        tools.addWidget(self.add_combo)
        tools.addWidget(self.add_button)
        tools.addWidget(self.nothing_button)
        self.scorecard_button = QPushButton(self.tr("Evaluation scorecard..."))
        self.scorecard_button.setObjectName("scorecard_button")
        self.scorecard_button.clicked.connect(self.on_scorecard_button_clicked)
        tools.addWidget(self.scorecard_button)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Baseline:")))
        tools.addWidget(self.baseline_combo)
        layout.addLayout(tools)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8d6e00;")
        layout.addWidget(self.warnings)
        self.table = QTableWidget()
        self.table.setObjectName("comparison")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # one incremental column per plan against the baseline, hidden without a baseline
        self.incremental_title = QLabel()
        self.incremental_title.setObjectName("incrementalTitle")
        self.incremental = QTableWidget()
        self.incremental.setObjectName("incremental")
        self.incremental.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incremental.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tables = QWidget()
        column = QVBoxLayout(tables)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 3)
        column.addWidget(self.incremental_title)
        column.addWidget(self.incremental, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(tables)
        layout.addWidget(self.splitter, 1)
        self.chart: QWidget | None = None
        from crmdesk.ui.planner.scorecard import ScorecardSummary

        self.scorecard_summary = ScorecardSummary()
        layout.addWidget(self.scorecard_summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._saved = [s for s in plan_service.list_plans(ctx.db)]
        self._fill_add_combo()
        self._fill_baselines()
        self.comparison: ScenarioComparison | None = None
        self.refresh()

    @classmethod
    def show_for(
        cls, parent: QWidget | None, ctx: AppContext, plans: Sequence[BudgetPlan]
    ) -> CompareDialog:
        dialog = cls(ctx, plans, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- choosing plans ------------------------------------------------------------------

    def _fill_add_combo(self) -> None:
        self.add_combo.clear()
        for summary in self._saved:
            self.add_combo.addItem(summary.name, summary.id)
        full = len(self.plans) >= MAX_SCENARIOS
        self.add_button.setEnabled(bool(self._saved) and not full)
        self.nothing_button.setEnabled(not full and bool(self.plans))

    def _fill_baselines(self) -> None:
        self.baseline_combo.blockSignals(True)
        current = self.baseline_combo.currentIndex()
        self.baseline_combo.clear()
        self.baseline_combo.addItem(self.tr("None"), None)
        for index, plan in enumerate(self.plans):
            self.baseline_combo.addItem(plan.name, index)
        self.baseline_combo.setCurrentIndex(max(0, min(current, len(self.plans))))
        self.baseline_combo.blockSignals(False)

    def add_plan(self, plan: BudgetPlan, baseline: bool = False) -> None:
        self.plans.append(plan)
        self._fill_add_combo()
        self._fill_baselines()
        if baseline:
            self.baseline_combo.setCurrentIndex(len(self.plans))
        self.refresh()

    def on_add_button_clicked(self) -> None:
        plan_id = self.add_combo.currentData()
        if plan_id is None:
            return
        try:
            self.add_plan(plan_service.load_plan(self.ctx.db, int(plan_id)).plan)
        except UserError as error:
            self.warnings.setText(str(error))

    def on_nothing_button_clicked(self) -> None:
        self.add_plan(do_nothing_plan(self.plans[0], self.tr("Do nothing")), baseline=True)

    def on_scorecard_button_clicked(self) -> None:
        from crmdesk.ui.planner.scorecard import ScorecardDialog

        if self.comparison is not None:
            dialog = ScorecardDialog.show_for(self, self.ctx, self.comparison)
            dialog.accepted.connect(self.on_scorecard_saved)

    def on_scorecard_saved(self) -> None:
        self.scorecard_summary.show_for(self.ctx, self.comparison)

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        baseline = self.baseline_combo.currentData()
        try:
            self.comparison = compare_plans(self.plans, baseline)
        except FieldError as error:
            self.comparison = None
            self.warnings.setText(render(error.sentence))
            self.table.setRowCount(0)
            return
        lines = [render(w) for w in self.comparison.warnings]
        best = self.comparison.best
        if best is not None:
            name = self.plans[best].name
            lines.insert(
                0,
                self.tr("Highest equivalent annual value: %1 (the horizons differ).").replace(
                    "%1", name
                )
                if self.comparison.ranked_by == "eav"
                else self.tr("Highest NPV: %1.").replace("%1", name),
            )
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self._fill_table(self.comparison)
        self._draw_chart(self.comparison)
        self.scorecard_summary.show_for(self.ctx, self.comparison)

    def _fill_table(self, comparison: ScenarioComparison) -> None:
        currency = self.plans[0].currency
        # the assumptions first, so the figures below are read like for like
        rows = [*comparison.assumptions, *comparison.rows]
        self.table.clear()
        self.table.setColumnCount(len(self.plans))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([p.name for p in self.plans])
        best = comparison.best  # None when the rates differ: no plan is named best
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, (value, note) in enumerate(zip(row.values, row.notes, strict=True)):
                item = _cell(value, note, row.kind, currency)
                if c == best:
                    item.setBackground(BEST)
                if row.key == "npv":
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.setVerticalHeaderLabels([tr("Scenarios", row.label) for row in rows])
        self.table.resizeRowsToContents()
        self._fill_incremental(comparison)

    def _fill_incremental(self, comparison: ScenarioComparison) -> None:
        """One column per plan other than the baseline: the difference of its flows."""
        currency = self.plans[0].currency
        others = comparison.against_baseline
        rows = comparison.incremental_rows
        shown = comparison.baseline is not None and bool(others)
        self.incremental.setVisible(shown)
        self.incremental_title.setVisible(shown)
        self.incremental.clear()
        if not shown or comparison.baseline is None:
            self.incremental.setRowCount(0)
            return
        baseline = self.plans[comparison.baseline].name
        self.incremental_title.setText(self.tr("Against %1").replace("%1", baseline))
        self.incremental.setColumnCount(len(others))
        self.incremental.setRowCount(len(rows))
        self.incremental.setHorizontalHeaderLabels([self.plans[i].name for i in others])
        for r, row in enumerate(rows):
            for c, (value, note) in enumerate(zip(row.values, row.notes, strict=True)):
                self.incremental.setItem(r, c, _cell(value, note, row.kind, currency))
        self.incremental.setVerticalHeaderLabels([tr("Scenarios", row.label) for row in rows])
        self.incremental.resizeRowsToContents()

    def _draw_chart(self, comparison: ScenarioComparison) -> None:
        from crmdesk.ui.planner.charts import cumulative_chart

        series = [
            (m.plan.name, [row.cumulative for row in m.base.table.rows]) for m in comparison.metrics
        ]
        chart = cumulative_chart(
            series, self.tr("Cumulative net cash flow"), self.tr("Year"), self.plans[0].currency
        )
        chart.setObjectName("compareChart")
        chart.setMinimumHeight(220)
        if self.chart is not None:
            self.chart.setParent(None)
            self.chart.deleteLater()
        self.chart = chart
        self.splitter.addWidget(chart)
        self.splitter.setSizes([360, 260])


def _cell(
    value: Decimal | None, note: Sentence | None, kind: str, currency: str
) -> QTableWidgetItem:
    text = (
        _format(value, kind, currency)
        if value is not None
        else (render(note) if note else "\u2013")
    )
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _format(value: Decimal, kind: str, currency: str) -> str:
    if kind == "money":
        return money(value, currency)
    if kind == "percent":
        return percent(value, 2)
    if kind == "years":
        return format_years(value)
    if kind == "count":
        return str(int(value))
    return ratio(value)
