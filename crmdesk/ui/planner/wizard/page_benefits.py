"""Wizard page 7: the benefits, worked out with helpers, and the intangibles (never cash)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit

from crmdesk.domain.planning.categories import INTANGIBLE_SUGGESTIONS
from crmdesk.domain.planning.form.fields import page_rows
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.ui.planner.text import tr
from crmdesk.ui.planner.wizard.page_costs import LinesPage


class BenefitsPage(LinesPage):
    page_key = PageKey.BENEFITS

    show_page_total = False  # the page's total is "all benefits", already in the table

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "What the CRM brings back each year. Be prudent: only margin counts, not"
                " revenue, and not every saved hour becomes money. Fill in what applies."
            )
        )
        b = self.binder
        grid = self.section(self.tr("When benefits arrive"))
        for key in ("benefits.start_year", "benefits.ramp", "benefits.growth"):
            b.add_row(grid, key)
        grid.addWidget(self.explanation("benefits.ramp"), grid.rowCount(), 1, 1, 2)
        grid = self.section(
            self.tr("More sales"), self.tr("Annual revenue x extra sales x gross margin.")
        )
        for key in ("benefits.revenue", "benefits.uplift", "benefits.margin"):
            b.add_row(grid, key)
        grid.addWidget(self.explanation("benefits.revenue"), grid.rowCount(), 1, 1, 2)
        grid = self.section(
            self.tr("Time saved"),
            self.tr("People x hours saved per week x weeks x cost per hour x share that counts."),
        )
        for key in (
            "benefits.time_people",
            "benefits.time_hours",
            "benefits.time_weeks",
            "benefits.time_cost",
            "benefits.time_realisation",
        ):
            b.add_row(grid, key)
        grid.addWidget(self.explanation("benefits.time_people"), grid.rowCount(), 1, 1, 2)
        grid = self.section(
            self.tr("Fewer customers lost"),
            self.tr("Customers x fewer lost (percentage points) x margin per customer."),
        )
        for key in ("benefits.customers", "benefits.churn_drop", "benefits.customer_margin"):
            b.add_row(grid, key)
        grid.addWidget(self.explanation("benefits.customers"), grid.rowCount(), 1, 1, 2)
        self.rows_section(self.tr("Cost savings per year"), page_rows(self.page_key))
        self.add_lines(self.tr("Other benefits"))
        self._intangibles()

    def _intangibles(self) -> None:
        grid = self.section(
            self.tr("Intangible benefits"),
            self.tr("Listed in the plan and the report, never added up as money."),
        )
        self.intangible_boxes: dict[str, QCheckBox] = {}
        for text in INTANGIBLE_SUGGESTIONS:
            box = QCheckBox(tr("Plan", text))
            box.toggled.connect(self.on_intangibles_changed)
            grid.addWidget(box, grid.rowCount(), 0, 1, 3)
            self.intangible_boxes[text] = box
        grid.addWidget(QLabel(self.tr("Others, one per line:")), grid.rowCount(), 0, 1, 3)
        self.own_intangibles = QPlainTextEdit()
        self.own_intangibles.setObjectName("intangibles")
        self.own_intangibles.setFixedHeight(70)
        self.own_intangibles.textChanged.connect(self.on_intangibles_changed)
        grid.addWidget(self.own_intangibles, grid.rowCount(), 0, 1, 3)

    def on_intangibles_changed(self) -> None:
        chosen = [tr("Plan", s) for s, box in self.intangible_boxes.items() if box.isChecked()]
        own = [t.strip() for t in self.own_intangibles.toPlainText().splitlines() if t.strip()]
        self.state.form.intangibles = [*chosen, *own]
        self.state.edited()

    def load(self) -> None:
        current = list(self.state.form.intangibles)
        suggestions = {tr("Plan", s): s for s in INTANGIBLE_SUGGESTIONS}
        suggestions.update({s: s for s in INTANGIBLE_SUGGESTIONS})
        for box in self.intangible_boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
        own = []
        for text in current:
            source = suggestions.get(text)
            if source is not None:
                self.intangible_boxes[source].setChecked(True)
            else:
                own.append(text)
        for box in self.intangible_boxes.values():
            box.blockSignals(False)
        self.own_intangibles.blockSignals(True)
        if self.own_intangibles.toPlainText().splitlines() != own:
            self.own_intangibles.setPlainText("\n".join(own))
        self.own_intangibles.blockSignals(False)
        super().load()
