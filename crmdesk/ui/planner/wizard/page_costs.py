"""Wizard pages 3-6: customisation and data, training, maintenance and operations, other costs
and contingency. Each has fixed rows for the usual sub-items and a table for anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.planning.form.build import FormProblem
from crmdesk.domain.planning.form.fields import page_rows
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.ui.planner.wizard.lines import ExtraLinesEditor
from crmdesk.ui.planner.wizard.page_base import FormPage


class LinesPage(FormPage):
    """A page that ends with its "other lines" table."""

    def add_lines(self, title: str) -> None:
        self.lines = ExtraLinesEditor(self.state, self.page_key)
        grid = self.section(title)
        grid.addWidget(self.lines, grid.rowCount(), 0, 1, 3)

    def load(self) -> None:
        self.lines.load()
        super().load()

    def extra_problems(self, problems: list[FormProblem]) -> None:
        self.lines.mark(problems)


class CustomisationPage(LinesPage):
    page_key = PageKey.CUSTOMISATION

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Work to fit the CRM to your business and move your data in. Give person-days"
                " (multiplied by the day rate) or the amount quoted; leave the rest empty."
            )
        )
        grid = self.section(self.tr("Day rate"))
        self.binder.add_row(grid, "custom.day_rate")
        rows = page_rows(self.page_key)
        custom = tuple(r for r in rows if r.category is CostCategory.CUSTOMISATION)
        data = tuple(r for r in rows if r.category is CostCategory.DATA_MIGRATION)
        self.rows_section(
            self.tr("Customisation and integration"),
            custom,
            self.tr("Prefer the standard product: every customisation must also be maintained."),
        )
        self.rows_section(
            self.tr("Data migration and go-live"),
            data,
            self.tr("Clean data before it goes in: garbage in, garbage out."),
        )
        self.add_lines(self.tr("Other customisation or data lines"))


class TrainingPage(LinesPage):
    page_key = PageKey.TRAINING

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Training is a business cost that plans often forget: staff learning time"
                " counts even though no invoice comes. Poor training raises support costs."
            )
        )
        b = self.binder
        grid = self.section(self.tr("Staff learning time"))
        for key in ("training.people", "training.hours", "training.hourly_cost"):
            b.add_row(grid, key)
        grid.addWidget(self.explanation("training.people"), grid.rowCount(), 1, 1, 2)
        grid = self.section(self.tr("Courses and trainers (one-off)"))
        for key in ("training.course_fees", "training.trainer", "training.materials"):
            b.add_row(grid, key)
        grid = self.section(self.tr("Every year after"))
        b.add_row(grid, "training.refresher")
        grid.addWidget(self.explanation("training.refresher"), grid.rowCount(), 1, 1, 2)
        self.add_lines(self.tr("Other training lines"))


class MaintenancePage(LinesPage):
    page_key = PageKey.MAINTENANCE

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Running the CRM year after year. Yearly maintenance can reach 40% of the"
                " initial implementation labour and grows as the system ages."
            )
        )
        grid = self.section(self.tr("Yearly rise"))
        self.binder.add_row(grid, "maint.escalation")
        rows = page_rows(self.page_key)
        run = tuple(r for r in rows if r.category is CostCategory.MAINTENANCE)
        hosting = tuple(r for r in rows if r.category is CostCategory.HARDWARE)
        safety = tuple(
            r for r in rows if r.category in (CostCategory.SECURITY, CostCategory.COMPLIANCE)
        )
        self.rows_section(self.tr("Support, upgrades and administration"), run)
        self.rows_section(self.tr("Hosting and hardware"), hosting)
        self.rows_section(
            self.tr("Security, backup and compliance"),
            safety,
            self.tr("Customer data is personal information: budget for protecting it."),
        )
        self.add_lines(self.tr("Other maintenance and operations lines"))


class OtherPage(LinesPage):
    page_key = PageKey.OTHER

    def page_total_label(self) -> str:
        return self.tr("This page (with contingency)")

    def build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Planning meetings, process change and anything else, then a reserve for"
                " surprises. Overruns and late benefits are the norm in CRM projects."
            )
        )
        self.rows_section(
            self.tr("Project and change management"),
            page_rows(self.page_key),
            self.tr("Business costs are usually about as large as the IT costs."),
        )
        self.add_lines(self.tr("Anything else"))
        b = self.binder
        grid = self.section(self.tr("Contingency and risk"))
        b.add_row(grid, "other.contingency")
        b.add_row(grid, "other.risk_benefits")
        b.add_row(grid, "other.risk_costs")
        note = QLabel(
            self.tr(
                "The reserve is added as its own line in year 0. The risk-adjusted case is"
                " shown next to the plan on the summary: it does not change the plan itself."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "help")
        grid.addWidget(note, grid.rowCount(), 0, 1, 3)
