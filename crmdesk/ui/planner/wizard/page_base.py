"""What every wizard page shares: a scrolling body of sections, the problems banner shown on
Next, row explanations and the running total at the bottom.

A page is an empty shell until it is first shown (or has problems to show): opening the wizard
builds one page, not eight. Everything a page reads or checks is in the ``PlanForm`` and its
build result, so a page that was never built still validates, saves and feeds the summary."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crmdesk.domain.planning.form.build import FormProblem
from crmdesk.domain.planning.form.fields import (
    CELL_HELP,
    CELL_LABELS,
    PAGE_CATEGORIES,
    ROWS,
    field_spec,
)
from crmdesk.domain.planning.form.keys import PAGE_TITLES, PageKey, page_of
from crmdesk.domain.planning.form.spec import CELLS, FormRow
from crmdesk.domain.planning.form.totals import running_totals
from crmdesk.ui.planner.text import render, tr
from crmdesk.ui.planner.wizard.fields import LABEL_WIDTH, FieldBinder
from crmdesk.ui.planner.wizard.state import WizardState
from crmdesk.ui.planner.wizard.totals import RunningTotalsTable


def explain_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "explain")
    label.setWordWrap(True)
    return label


class FormPage(QWizardPage):
    """A page of the budget wizard bound to one ``PageKey`` of the form."""

    page_key: PageKey = PageKey.SCOPE
    show_page_total = True

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.binder = FieldBinder(state, self)
        # explanation key(s) -> the label showing how the engine worked those amounts out
        self.explanations: dict[tuple[str, ...], QLabel] = {}
        self.built = False
        self.setTitle(tr("PlanForm", PAGE_TITLES[self.page_key]))
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        # the shell takes the wizard's whole page area, as its scrolling body will: the
        # wizard sizes its pages before the body exists
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.totals: RunningTotalsTable | None = None
        state.recomputed.connect(self.on_state_recomputed)

    def ensure_built(self) -> None:
        """Make the page's widgets (once) and fill them from the form."""
        if self.built:
            return
        self.built = True
        # built in a frame that is shown as a whole: a page already on screen (Back onto a
        # page the wizard only walked past) shows its fields now, not on a later turn
        frame = QWidget()
        self.column = QVBoxLayout(frame)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(4, 0, 12, 4)
        self.scroll.setWidget(content)
        self.column.addWidget(self.scroll, 1)
        self.banner = QLabel()
        self.banner.setObjectName("problems")
        self.banner.setProperty("role", "error")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.column.addWidget(self.banner)
        if self.page_key is not PageKey.SUMMARY:
            show_page = self.show_page_total and self.page_key in PAGE_CATEGORIES
            self.totals = RunningTotalsTable(self.page_total_label(), show_page)
            self.column.addWidget(self.totals)
        self.build()
        self.body.addStretch(1)
        self.outer.addWidget(frame)
        self.updateGeometry()
        if self.isVisible():
            frame.show()
            self.outer.activate()
        self.load()
        self.refresh()

    def may_build(self) -> bool:
        """False while the wizard only walks past this page on its way to another."""
        wizard = self.wizard()
        return not getattr(wizard, "passing", False)

    # --- for subclasses ------------------------------------------------------------------

    def build(self) -> None:
        """Add the page's sections to ``self.body``."""

    def page_total_label(self) -> str:
        return self.tr("This page")

    def section(self, title: str, note: str = "") -> QGridLayout:
        """A titled group on the page; returns its grid (label | field | help)."""
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        # the same label column on every section, so fields line up down the page
        grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        if note:
            text = QLabel(note)
            text.setWordWrap(True)
            text.setProperty("role", "help")
            grid.addWidget(text, 0, 0, 1, 3)
        self.body.addWidget(box)
        return grid

    def rows_section(self, title: str, rows: tuple[FormRow, ...], note: str = "") -> QGridLayout:
        """A group of sub-item rows: label | cells | how the amount was worked out."""
        grid = self.section(title, note)
        grid.setColumnStretch(2, 0)
        cells = CELLS[rows[0].layout]
        header_row = grid.rowCount()
        for column, cell in enumerate(cells, start=1):
            head = QLabel(tr("PlanForm", CELL_LABELS[cell]))
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            head.setToolTip(tr("PlanForm", CELL_HELP[cell]))
            grid.addWidget(head, header_row, column)
        explain_column = len(cells) + 1
        grid.setColumnStretch(explain_column, 1)
        for row in rows:
            index = grid.rowCount()
            keys = tuple(row.cell(cell) for cell in cells)
            label = QLabel(tr("Plan", row.label))
            label.setToolTip(tr("PlanForm", row.help))
            label.setWordWrap(True)
            label.setFixedWidth(LABEL_WIDTH)
            grid.addWidget(label, index, 0)
            for column, cell in enumerate(cells, start=1):
                edit = self.binder.line(row.cell(cell), width=120)
                edit.setToolTip(
                    f"<b>{html.escape(tr('Plan', row.label))}</b><br>"
                    f"{html.escape(tr('PlanForm', row.help))}<br><i>"
                    f"{html.escape(tr('PlanForm', CELL_HELP[cell]))}</i>"
                )
                grid.addWidget(edit, index, column)
                if column == 1:
                    label.setBuddy(edit)
            self.explanations[keys] = explain_label()
            grid.addWidget(self.explanations[keys], index, explain_column)
            grid.addWidget(self.binder.error_label(*keys), index + 1, 1, 1, len(cells) + 1)
        return grid

    def explanation(self, key: str) -> QLabel:
        """A green line showing how the engine worked out the amount behind ``key``."""
        label = explain_label()
        self.explanations[(key,)] = label
        return label

    def extra_problems(self, problems: list[FormProblem]) -> None:
        """Hook for pages with tables of lines: mark their cells."""

    # --- QWizardPage ---------------------------------------------------------------------

    def load(self) -> None:
        """Show the form's values in the page's widgets (pages with more than fields add to it)."""
        self.binder.load()

    def initializePage(self) -> None:
        if self.built:
            self.load()
            self.refresh()
        elif self.may_build():
            self.ensure_built()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.may_build():
            self.ensure_built()

    def cleanupPage(self) -> None:
        """Back keeps what was typed (the default would reset registered fields)."""

    def validatePage(self) -> bool:
        problems = self.state.result.problems_on(self.page_key)
        if problems or self.built:  # a page never built has no marks to clear
            self.show_problems(problems)
        return not problems

    def show_problems(self, problems: list[FormProblem], focus: bool = True) -> None:
        """Mark the fields at fault and list the problems in the banner (building the page:
        it is the one the wizard stops on)."""
        self.ensure_built()
        marked = self.binder.mark(problems)
        self.extra_problems(problems)
        if not problems:
            self.banner.hide()
            return
        lines = []
        for problem in problems:
            name = self.field_title(problem.key)
            page = page_of(problem.key)
            if page is not self.page_key:
                name = f"{tr('PlanForm', PAGE_TITLES[page])} \u2013 {name}"
            lines.append(f"\u2022 {name}: {render(problem.sentence)}")
        heading = self.tr("Please check the marked fields before going on:")
        self.banner.setText("\n".join([heading, *lines]))
        self.banner.show()
        if marked and focus:
            widget = self.binder.widgets[marked[0]]
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_state_recomputed(self) -> None:
        # only the page on screen follows each keystroke; the others refresh when entered
        wizard = self.wizard()
        if self.built and (wizard is None or wizard.currentPage() is self):
            self.refresh()

    def field_title(self, key: str) -> str:
        """How the banner names a field: its label, a row's sub-item and column, or a line."""
        row_key, _, cell = key.rpartition(".")
        row = ROWS.get(row_key)
        if row is not None:
            return f"{tr('Plan', row.label)} ({tr('PlanForm', CELL_LABELS[cell])})"
        spec = field_spec(key)
        if spec is not None:
            return tr("PlanForm", spec.label)
        if key.startswith("extra."):
            index = key.split("[", 1)[1].split("]", 1)[0]
            return self.tr("Line %1 of the table").replace("%1", str(int(index) + 1))
        return self.tr("Risks") if key.startswith("risks") else key

    def refresh(self) -> None:
        """Update explanations and the running total from the latest build."""
        if not self.built:
            return
        result = self.state.result
        for keys, label in self.explanations.items():
            sentences = [s for key in keys for s in result.explanations.get(key, [])]
            label.setText("\n".join(render(s) for s in sentences))
            label.setVisible(bool(sentences))
        if self.totals is not None:
            keys = PAGE_CATEGORIES.get(self.page_key, ())
            self.totals.set_totals(
                running_totals(result.plan, keys), result.plan.currency, self.state.go_live
            )
        if self.banner.isVisible():
            self.show_problems(result.problems_on(self.page_key), focus=False)
