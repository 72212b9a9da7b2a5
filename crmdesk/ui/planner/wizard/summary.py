"""Wizard page 8: the whole plan at a glance, every figure from ``compute_metrics``.

Headline figures with a plain explanation each, costs and benefits by category and year, the
rule checks with green and red marks and what to change, the risks with a mitigation field
each, and the buttons to save a file, print, compare and test sensitivity.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from crmdesk.domain.planning.checks import CHECK_TITLES
from crmdesk.domain.planning.finance import IrrResult, IrrStatus, Payback, format_years
from crmdesk.domain.planning.form.extra import rate_text
from crmdesk.domain.planning.form.keys import PAGE_TITLES, PageKey, page_of
from crmdesk.domain.planning.form.totals import running_totals
from crmdesk.domain.planning.metrics import PlanMetrics, compute_metrics
from crmdesk.ui.planner.text import money, percent, ratio, render, tr
from crmdesk.ui.planner.wizard.actions import reports_available
from crmdesk.ui.planner.wizard.cashflow_table import CashFlowTable
from crmdesk.ui.planner.wizard.page_base import FormPage
from crmdesk.ui.planner.wizard.risks_editor import RisksEditor
from crmdesk.ui.widgets.text import list_text

MARKS = {True: ("\u2714", "#2e7d32"), False: ("\u2718", "#c62828"), None: ("\u2013", "#757575")}


class SummaryPage(FormPage):
    page_key = PageKey.SUMMARY

    save_file_requested = Signal()
    print_requested = Signal()
    compare_requested = Signal()
    sensitivity_requested = Signal()

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Check the figures and the rule checks, note how you will handle each risk,"
                " then save the plan. Use the list on the left to change any page."
            )
        )
        self.warning = QLabel()
        self.warning.setObjectName("summaryWarning")
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.body.addWidget(self.warning)
        self.figures = self.section(self.tr("Key figures"))
        self.figure_labels: dict[str, QLabel] = {}
        self._figure_rows()
        grid = self.section(self.tr("Costs and benefits by year"))
        self.table = CashFlowTable()
        grid.addWidget(self.table, grid.rowCount(), 0, 1, 3)
        self.checks = self.section(
            self.tr("Rule checks"),
            self.tr("Rules of thumb from CRM projects. A red mark says what to change."),
        )
        self.checks.setColumnMinimumWidth(0, 0)
        self.check_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(CHECK_TITLES, start=1):
            mark = QLabel()
            mark.setObjectName(f"mark_{key}")
            text = QLabel()
            text.setObjectName(f"check_{key}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            self.checks.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.checks.addWidget(text, row, 1, 1, 2)
            self.check_labels[key] = (mark, text)
        self.checks.setColumnStretch(1, 1)
        grid = self.section(
            self.tr("Risks and how you will handle them"),
            self.tr("Every CRM plan should list these. Change a mitigation to your own words."),
        )
        self.risks = RisksEditor(self.state)
        grid.addWidget(self.risks, grid.rowCount(), 0, 1, 3)
        self.intangibles = QLabel()
        self.intangibles.setWordWrap(True)
        grid = self.section(self.tr("Intangible benefits (not counted as money)"))
        grid.addWidget(self.intangibles, 1, 0, 1, 3)
        self._buttons()

    def _figure_rows(self) -> None:
        names = {
            "total_costs": self.tr("Total cost of ownership"),
            "total_benefits": self.tr("Total benefits"),
            "npv": self.tr("Net present value (NPV)"),
            "irr": self.tr("Internal rate of return (IRR)"),
            "roi": self.tr("Return on investment (ROI)"),
            "payback": self.tr("Payback"),
            "bcr": self.tr("Benefit-cost ratio (BCR)"),
            "tco_user_month": self.tr("Cost per user per month"),
            "break_even": self.tr("Break-even yearly benefit"),
            "risk_adjusted": self.tr("Risk-adjusted NPV"),
        }
        helps = {
            "total_costs": self.tr(
                "Every cost over the horizon, contingency included, not discounted."
            ),
            "total_benefits": self.tr("Every cash benefit over the horizon, not discounted."),
            "npv": self.tr(
                "Benefits minus costs, with future years discounted at your rate. Above zero,"
                " the plan earns more than the money would elsewhere."
            ),
            "irr": self.tr("The discount rate at which NPV would be zero: the plan's own yield."),
            "roi": self.tr(
                "Simple: (benefits - costs) / costs. Discounted: NPV / present value of costs."
            ),
            "payback": self.tr(
                "When the cumulative benefits first cover the cumulative costs; the second"
                " figure counts discounted amounts."
            ),
            "bcr": self.tr(
                "Present value of benefits divided by that of costs; aim for 2 or more."
            ),
            "tco_user_month": self.tr("Total cost of ownership spread over users and months."),
            "break_even": self.tr("The level yearly benefit that would make NPV exactly zero."),
            "risk_adjusted": self.tr("NPV with benefits cut and costs raised by your risk shares."),
        }
        for row, (key, name) in enumerate(names.items()):
            title = QLabel(name)
            title.setToolTip(helps[key])
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            value.setToolTip(helps[key])
            note = QLabel(helps[key])
            note.setWordWrap(True)
            note.setProperty("role", "help")
            column = (row % 2) * 3
            grid_row = row // 2 * 2
            self.figures.addWidget(title, grid_row, column)
            self.figures.addWidget(value, grid_row, column + 1)
            self.figures.addWidget(note, grid_row + 1, column, 1, 2)
            self.figure_labels[key] = value
        self.figures.setColumnStretch(2, 0)
        self.figures.setColumnMinimumWidth(2, 24)
        for column in (0, 1, 3, 4):
            self.figures.setColumnStretch(column, 1)

    def _buttons(self) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(4, 0, 12, 4)
        self.save_file_button = QPushButton(self.tr("Save as file..."))
        self.save_file_button.setToolTip(self.tr("Save a copy of the plan as a .json file"))
        self.save_file_button.clicked.connect(self.save_file_requested)
        self.print_button = QPushButton(self.tr("Print / PDF..."))
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_requested)
        self.print_button.setVisible(reports_available())
        self.compare_button = QPushButton(self.tr("Compare scenarios..."))
        self.compare_button.setObjectName("compare_button")
        self.compare_button.clicked.connect(self.compare_requested)
        self.sensitivity_button = QPushButton(self.tr("Sensitivity..."))
        self.sensitivity_button.clicked.connect(self.sensitivity_requested)
        for button in (
            self.save_file_button,
            self.print_button,
            self.compare_button,
            self.sensitivity_button,
        ):
            line.addWidget(button)
        line.addStretch(1)
        # above the scrolling figures, so the actions are in view without scrolling
        self.column.insertWidget(0, row)

    # --- filling -------------------------------------------------------------------------

    def load(self) -> None:
        self.risks.load()
        super().load()

    def refresh(self) -> None:
        if not self.built:
            return
        result = self.state.result
        metrics = compute_metrics(result.plan)
        self._fill_figures(metrics)
        self.table.set_metrics(metrics, running_totals(result.plan, ()), self.state.go_live)
        self._fill_checks(metrics)
        pages = sorted({page_of(p.key) for p in result.problems}, key=list(PageKey).index)
        if pages:
            names = list_text(tr("PlanForm", PAGE_TITLES[p]) for p in pages)
            self.warning.setText(
                self.tr(
                    "Some fields still need attention (%1); the figures leave them out."
                ).replace("%1", names)
            )
        self.warning.setVisible(bool(pages))
        intangibles = result.plan.intangibles
        self.intangibles.setText(
            "\n".join(f"\u2022 {t}" for t in intangibles) or self.tr("None listed.")
        )
        super().refresh()

    def _fill_figures(self, metrics: PlanMetrics) -> None:
        base, currency = metrics.base, metrics.plan.currency
        rate = rate_text(metrics.plan.discount_rate)
        # a new plan has no figures yet: say what is missing, not what the engine cannot do
        missing = ""
        if not base.total_costs or not base.total_benefits:
            missing = self.tr("Add costs and benefits to see the return.")
        values = {
            "total_costs": money(base.total_costs, currency),
            "total_benefits": money(base.total_benefits, currency),
            "npv": self.tr("%1 at %2").replace("%1", money(base.npv, currency)).replace("%2", rate),
            "irr": self._irr(base.irr, missing),
            "roi": missing
            or self.tr("%1 simple, %2 discounted")
            .replace("%1", percent(base.roi_simple))
            .replace("%2", percent(base.roi_discounted)),
            "payback": self._payback(base.payback, base.discounted_payback),
            "bcr": ratio(base.bcr),
            "tco_user_month": money(base.tco.per_user_month, currency),
            "break_even": money(base.break_even_annual_benefit, currency),
            "risk_adjusted": self.tr("No risk-adjusted case")
            if metrics.risk_adjusted is None
            else money(metrics.risk_adjusted.npv, currency),
        }
        for key, text in values.items():
            self.figure_labels[key].setText(text)
            self.figure_labels[key].setWordWrap(True)

    def _irr(self, irr: IrrResult, missing: str) -> str:
        """The plan's own yield with 2 decimals, or in owner words why there is none."""
        if irr.status is IrrStatus.SINGLE:
            return percent(irr.value)
        if missing:
            return missing
        if irr.status is IrrStatus.MULTIPLE:
            return self.tr("More than one: %1").replace(
                "%1", list_text(percent(r) for r in irr.roots)
            )
        if irr.status is IrrStatus.NO_SIGN_CHANGE:
            return self.tr("None: the yearly figures never turn from spending to earning.")
        return self.tr("None: no discount rate makes this plan break even.")

    def _payback(self, plain: Payback, discounted: Payback) -> str:
        """ "1.62 years (discounted: 1.78)", or the engine's sentence when there is no figure."""
        if plain.years is None:
            return render(plain.note)
        second = (
            render(discounted.note)
            if discounted.years is None
            else self.tr("%1 years").replace("%1", format_years(discounted.years))
        )
        return (
            self.tr("%1 years (discounted: %2)")
            .replace("%1", format_years(plain.years))
            .replace("%2", second)
        )

    def _fill_checks(self, metrics: PlanMetrics) -> None:
        for check in metrics.checks:
            mark, text = self.check_labels[check.id]
            symbol, colour = MARKS[check.passed]
            mark.setText(f"<span style='color:{colour}; font-size:14pt'>{symbol}</span>")
            mark.setProperty("passed", "" if check.passed is None else str(check.passed).lower())
            title = tr("Checks", check.title)
            text.setText(f"<b>{html.escape(title)}</b><br>{html.escape(render(check.sentence))}")

    def validatePage(self) -> bool:
        problems = self.state.result.problems
        self.show_problems(problems)
        return not problems
