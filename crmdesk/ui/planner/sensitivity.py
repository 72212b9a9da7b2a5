"""What moves NPV most: a tornado chart and a table from ``analyse_sensitivity``.

Each driver (a cost or benefit category, the number of users, the discount rate) is set to a
low and a high value with the others unchanged; the bar spans the NPVs that gives, largest
swing at the top, and the table says at which value NPV would be zero.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.planning.finance import round_half_up
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.planning.sensitivity import (
    DriverKind,
    DriverResult,
    SensitivityAnalysis,
    analyse_sensitivity,
)
from crmdesk.ui.planner.text import money, percent, render

COL_DRIVER, COL_LOW, COL_NPV_LOW, COL_HIGH, COL_NPV_HIGH, COL_BREAK_EVEN = range(6)


def driver_value(result: DriverResult, value: Decimal) -> str:
    """A driver's value as the owner thinks of it: 80% of the plan, 10 users, a 12% rate."""
    kind = result.driver.kind
    if kind is DriverKind.USERS:
        return f"{round_half_up(value, 1).normalize():f}"  # 12 users +/-20%: 9.6 to 14.4
    if kind is DriverKind.RATE:
        return percent(value, 2)
    return percent(value, 2)


class SensitivityDialog(QDialog):
    def __init__(self, plan: BudgetPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("sensitivityDialog")
        self.setWindowTitle(self.tr("Sensitivity: %1").replace("%1", plan.name))
        self.resize(1000, 660)
        self.analysis: SensitivityAnalysis = analyse_sensitivity(plan)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each bar shows the NPV when one figure is lower (red) or higher (green) than"
                " planned, everything else unchanged. The longest bars are the figures to"
                " check twice. The line is the plan's NPV: %1."
            ).replace("%1", money(self.analysis.base_npv, plan.currency))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Vertical)
        from crmdesk.ui.planner.charts import tornado_chart

        self.chart = tornado_chart(
            self.analysis.results,
            self.analysis.base_npv,
            self.tr("What moves NPV most"),
            self.tr("NPV (%1)"),  # %1: the unit, the currency or 万 and the currency
            plan.currency,
        )
        self.chart.setObjectName("tornadoChart")
        splitter.addWidget(self.chart)
        self.table = self._table()
        splitter.addWidget(self.table)
        splitter.setSizes([360, 240])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget | None, plan: BudgetPlan) -> SensitivityDialog:
        dialog = cls(plan, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _table(self) -> QTableWidget:
        results = self.analysis.results
        table = QTableWidget(len(results), 6)
        table.setObjectName("sensitivityTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setHorizontalHeaderLabels(
            [
                self.tr("Figure"),
                self.tr("Low"),
                self.tr("NPV at low"),
                self.tr("High"),
                self.tr("NPV at high"),
                self.tr("Break-even"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BREAK_EVEN, QHeaderView.ResizeMode.Stretch)
        currency = self.plan.currency
        for row, result in enumerate(results):
            driver = result.driver
            cells = {
                COL_DRIVER: render(result.title),
                COL_LOW: driver_value(result, driver.low),
                COL_NPV_LOW: money(result.npv_low, currency),
                COL_HIGH: driver_value(result, driver.high),
                COL_NPV_HIGH: money(result.npv_high, currency),
                COL_BREAK_EVEN: render(result.break_even_note),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column not in (COL_DRIVER, COL_BREAK_EVEN):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(text)
                table.setItem(row, column, item)
        return table
