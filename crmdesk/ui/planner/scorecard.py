"""The evaluation scorecard of a comparison: criteria with weights, a score 1-5 per candidate
and criterion (cost-benefit ones come from the plans' figures), the weighted totals, the
ranking and how robust it is. The sum of the weights stays in view; Save is refused unless
it is exactly 100."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.evaluation import (
    DEFAULT_CRITERIA,
    GROUP_LABELS,
    HUNDRED,
    Criterion,
    Evaluation,
    EvaluationResult,
    Group,
    Score,
    default_evaluation,
    evaluate,
)
from crmdesk.domain.planning.evaluation_rules import NO_BENEFITS_RULE, RULES, Metric
from crmdesk.domain.planning.evaluation_text import (
    criterion_label,
    number,
    ranking_sentences,
    robustness_sentence,
)
from crmdesk.domain.planning.scenarios import ScenarioComparison
from crmdesk.domain.sentence import FieldError
from crmdesk.services.planning import evaluations as evaluation_service
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.text import money, render, tr

FIRST_SCORE = 2  # columns: criterion, weight, then one per candidate
NO_SCORE = "\u2014"
ENGINE_BACKGROUND = "#eef2f7"


class ScorecardDialog(QDialog):
    """Edit and read the scorecard of the plans in ``comparison``."""

    def __init__(
        self, ctx: AppContext, comparison: ScenarioComparison, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.comparison = comparison
        self.names = [m.plan.name for m in comparison.metrics]
        self.setObjectName("scorecardDialog")
        self.setWindowTitle(self.tr("Evaluation scorecard"))
        self.resize(1100, 700)
        stored = None
        try:
            stored = evaluation_service.load_evaluation(ctx.db, self.names)
        except UserError as error:
            self._load_error = str(error)
        else:
            self._load_error = ""
        evaluation = stored or default_evaluation(self.names)
        self.criteria: list[Criterion] = list(evaluation.criteria)
        self.scores: dict[tuple[str, str], Score] = dict(evaluation.scores)
        self.result: EvaluationResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Weigh what matters to you (weights in percent, adding up to 100) and score"
                " each candidate from 1 (poor) to 5 (excellent) from demos, reference calls"
                " and documents. Cost-benefit scores come from the plans' figures."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget()
        self.table.setObjectName("scorecard")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self.on_table_current_cell_changed)
        self.table.itemChanged.connect(self.on_table_item_changed)
        layout.addWidget(self.table, 1)
        self.weight_sum = QLabel()
        self.weight_sum.setObjectName("weight_sum")
        tools = QHBoxLayout()
        tools.addWidget(self.weight_sum, 1)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("new_group")
        for group in Group:
            if group is not Group.COST_BENEFIT:  # those are scored from a figure
                self.group_combo.addItem(tr("Evaluation", GROUP_LABELS[group]), group)
        self.add_button = QPushButton(self.tr("Add criterion"))
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove criterion"))
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.reset_button = QPushButton(self.tr("Default criteria"))
        self.reset_button.setToolTip(self.tr("Go back to the default criteria and weights."))
        self.reset_button.clicked.connect(self.on_reset_button_clicked)
        for widget in (self.group_combo, self.add_button, self.remove_button, self.reset_button):
            tools.addWidget(widget)
        layout.addLayout(tools)
        notes = QHBoxLayout()
        self.note_label = QLabel(self.tr("Evidence for the selected score:"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("demo, reference call, expert review..."))
        self.note.textEdited.connect(self.on_note_text_edited)
        notes.addWidget(self.note_label)
        notes.addWidget(self.note, 1)
        layout.addLayout(notes)
        self.ranking = QLabel()
        self.ranking.setObjectName("ranking")
        self.ranking.setWordWrap(True)
        self.ranking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.ranking)
        self.message = QLabel(self._load_error)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.addButton(
            self.tr("Save as file..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Write the scorecard as a file for crmdesk plan report --evaluation.")
        )
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.print_button = buttons.addButton(
            self.tr("Print report..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("print_report")
        self.print_button.setToolTip(
            self.tr("The first plan's budget report with the comparison and this scorecard.")
        )
        self.print_button.clicked.connect(self.on_print_button_clicked)
        layout.addWidget(buttons)
        self._filling = False
        self._fill_table()

    @classmethod
    def show_for(
        cls, parent: QWidget | None, ctx: AppContext, comparison: ScenarioComparison
    ) -> ScorecardDialog:
        dialog = cls(ctx, comparison, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the table -----------------------------------------------------------------------

    def evaluation(self) -> Evaluation:
        """The scorecard as edited so far."""
        keys = {c.key for c in self.criteria}
        scores = {k: v for k, v in self.scores.items() if k[1] in keys and k[0] in self.names}
        return Evaluation(tuple(self.names), tuple(self.criteria), scores)

    def _fill_table(self) -> None:
        self._filling = True
        table = self.table
        table.clear()
        table.setColumnCount(FIRST_SCORE + len(self.names))
        table.setRowCount(len(self.criteria))
        table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight"), *self.names])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        engine = self._engine_scores()
        for row, criterion in enumerate(self.criteria):
            name = QTableWidgetItem(render(criterion_label(criterion)))
            name.setToolTip(tr("Evaluation", GROUP_LABELS[criterion.group]))
            table.setVerticalHeaderItem(
                row, QTableWidgetItem(tr("Evaluation", GROUP_LABELS[criterion.group]))
            )
            table.setItem(row, 0, name)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{criterion.key}")
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setSuffix("%")
            spin.setValue(float(criterion.weight))
            spin.valueChanged.connect(lambda value, r=row: self.on_weight_changed(r, value))
            table.setCellWidget(row, 1, spin)
            for c, candidate in enumerate(self.names):
                column = FIRST_SCORE + c
                if criterion.metric is not None:
                    item = QTableWidgetItem(engine[c].get(criterion.key, NO_SCORE))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setBackground(Qt.GlobalColor.transparent)
                    item.setToolTip(tr("Evaluation", RULES[criterion.metric]))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(row, column, item)
                    continue
                combo = QComboBox()
                combo.setObjectName(f"score_{c}_{criterion.key}")
                combo.addItem(NO_SCORE, None)
                for value in range(1, 6):
                    combo.addItem(str(value), value)
                typed = self.scores.get((candidate, criterion.key))
                combo.setCurrentIndex(0 if typed is None else typed.value)
                combo.setToolTip(typed.note if typed and typed.note else "")
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, col=c: self.on_score_changed(r, col)
                )
                table.setCellWidget(row, column, combo)
        self._filling = False
        self.refresh()

    def _engine_scores(self) -> list[dict[str, str]]:
        """Cost-benefit cells' text: "4 (figure)" from the same rule the result uses."""
        from crmdesk.domain.planning.evaluation_rules import engine_score

        metrics = list(self.comparison.metrics)
        cells: list[dict[str, str]] = [{} for _ in metrics]
        for criterion in self.criteria:
            if criterion.metric is None:
                continue
            for i in range(len(metrics)):
                score = engine_score(criterion.metric, i, metrics)
                figure = _figure(criterion.metric, score.figure)
                cells[i][criterion.key] = f"{score.score} ({figure})"
        return cells

    # --- editing -------------------------------------------------------------------------

    def on_weight_changed(self, row: int, value: float) -> None:
        weight = Decimal(str(value)).quantize(Decimal("0.01"))
        self.criteria[row] = replace(self.criteria[row], weight=weight)
        self.refresh()

    def on_score_changed(self, row: int, candidate: int) -> None:
        criterion = self.criteria[row]
        combo = self.table.cellWidget(row, FIRST_SCORE + candidate)
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        key = (self.names[candidate], criterion.key)
        if value is None:
            self.scores.pop(key, None)
        else:
            old = self.scores.get(key)
            self.scores[key] = Score(int(value), old.note if old else "")
        self.table.setCurrentCell(row, FIRST_SCORE + candidate)
        self._show_note(row, FIRST_SCORE + candidate)
        self.refresh()

    def on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        row = item.row()
        criterion = self.criteria[row]
        text = item.text().strip()
        default = render(criterion_label(replace(criterion, name="")))
        name = "" if text in ("", default) and criterion.key in _DEFAULT_KEYS else text
        self.criteria[row] = replace(criterion, name=name or criterion.name)
        self.refresh()

    def on_table_current_cell_changed(self, row: int, column: int, *_previous: int) -> None:
        self._show_note(row, column)

    def _score_key(self, row: int, column: int) -> tuple[str, str] | None:
        if not 0 <= row < len(self.criteria) or column < FIRST_SCORE:
            return None
        criterion = self.criteria[row]
        if criterion.metric is not None:
            return None
        return (self.names[column - FIRST_SCORE], criterion.key)

    def _show_note(self, row: int, column: int) -> None:
        key = self._score_key(row, column)
        score = None if key is None else self.scores.get(key)
        self.note.setEnabled(score is not None)
        self.note.setText("" if score is None else score.note)

    def on_note_text_edited(self, text: str) -> None:
        key = self._score_key(self.table.currentRow(), self.table.currentColumn())
        if key is None or key not in self.scores:
            return
        self.scores[key] = Score(self.scores[key].value, text.strip())
        combo = self.table.cellWidget(self.table.currentRow(), self.table.currentColumn())
        if combo is not None:
            combo.setToolTip(text.strip())

    def on_add_button_clicked(self) -> None:
        group = self.group_combo.currentData()
        keys = {c.key for c in self.criteria}
        number_ = 1
        while f"custom_{number_}" in keys:
            number_ += 1
        name = self.tr("New criterion %1").replace("%1", str(number_))
        last = max((i for i, c in enumerate(self.criteria) if c.group is group), default=-1)
        position = last + 1 if last >= 0 else len(self.criteria)
        self.criteria.insert(position, Criterion(f"custom_{number_}", group, Decimal(0), name))
        self._fill_table()
        self.table.setCurrentCell(position, 0)

    def on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.criteria) and len(self.criteria) > 1:
            del self.criteria[row]
            self._fill_table()

    def on_reset_button_clicked(self) -> None:
        self.criteria = list(DEFAULT_CRITERIA)
        self._fill_table()

    # --- result --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Weight sum, Save allowed or not, and the ranking."""
        total = sum((c.weight for c in self.criteria), Decimal(0))
        ok = total == HUNDRED
        if ok:
            self.weight_sum.setText(self.tr("Weights add up to 100%."))
            self.weight_sum.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.weight_sum.setText(
                self.tr("Weights add up to %1%: they must add up to 100% before saving.").replace(
                    "%1", number(total)
                )
            )
            self.weight_sum.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.save_button.setEnabled(ok)
        self.export_button.setEnabled(ok)
        self.result = None
        self.print_button.setEnabled(False)
        if not ok:
            self.ranking.setText(self.tr("The ranking appears when the weights add up to 100%."))
            return
        try:
            self.result = evaluate(self.evaluation(), list(self.comparison.metrics))
        except FieldError as error:
            self.ranking.setText(render(error.sentence))
            return
        lines = [render(line) for line in ranking_sentences(self.result)]
        lines.append(render(robustness_sentence(self.result)))
        rules = [tr("Evaluation", RULES[c.metric]) for c in self.criteria if c.metric]
        if rules:
            rules.append(tr("Evaluation", NO_BENEFITS_RULE))
            self.table.setToolTip("\n".join(rules))
        self.print_button.setEnabled(bool(self.result.ranking))
        header = self.tr("Ranking (weighted total, 1-5):")
        self.ranking.setText("\n".join([header, *lines]))

    def on_save_clicked(self) -> None:
        if self.result is None:
            self.message.setText(
                self.tr("The weights must add up to exactly 100% before the scorecard is saved.")
            )
            return
        try:
            evaluation_service.save_evaluation(self.ctx.db, self.evaluation())
        except UserError as error:
            self.message.setText(
                render(error.sentence) if isinstance(error, FieldError) else str(error)
            )
            return
        self.message.setText("")
        self.accept()

    def on_print_button_clicked(self) -> None:
        from crmdesk.ui import reports

        if self.result is None:
            return
        plan = self.comparison.metrics[0].plan
        reports.preview_budget_report(self, self.ctx, plan, self.comparison, evaluation=self.result)

    def on_export_button_clicked(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        suggested = str(Path.home() / "evaluation.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scorecard as"), suggested, self.tr("Evaluation files (*.json)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the scorecard as a ``crmdesk-evaluation`` file; say so if it cannot be."""
        try:
            evaluation_service.save_evaluation_file(self.evaluation(), path)
        except UserError as error:
            self.message.setText(
                render(error.sentence) if isinstance(error, FieldError) else str(error)
            )
            return False
        self.message.setText("")
        return True


_DEFAULT_KEYS = {c.key for c in DEFAULT_CRITERIA}


def _figure(metric: Metric, figure: Decimal | None) -> str:
    """The figure behind a cost-benefit score, as the comparison table shows it."""
    if figure is None:
        return NO_SCORE
    if metric in (Metric.NPV, Metric.TCO):
        return money(figure)
    return number(figure)


class ScorecardSummary(QLabel):
    """One line in the Compare dialog: the saved scorecard's ranking and its robustness."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_summary")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_for(self, ctx: AppContext, comparison: ScenarioComparison | None) -> None:
        """Show the ranking of the scorecard kept for these plans (hidden if there is none)."""
        result = None
        if comparison is not None:
            names = [m.plan.name for m in comparison.metrics]
            try:
                stored = evaluation_service.load_evaluation(ctx.db, names)
                if stored is not None:
                    result = evaluate(stored, list(comparison.metrics))
            except UserError:
                result = None
        self.setVisible(result is not None and bool(result.ranking))
        if result is None or not result.ranking:
            self.setText("")
            return
        separator = self.tr("; ", "between the ranked candidates")
        ranking = separator.join(render(line) for line in ranking_sentences(result))
        self.setText(
            self.tr("Scorecard: %1. %2")
            .replace("%1", ranking)
            .replace("%2", render(robustness_sentence(result)))
        )
