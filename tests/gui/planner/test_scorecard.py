"""The evaluation scorecard from the Compare dialog: three candidates scored as a user would,
the weight sum in view, Save refused off 100, and the ranking read off the dialog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.evaluation import DEFAULT_CRITERIA
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.services.planning import evaluations
from crmdesk.services.planning.evaluations import load_evaluation_file
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.compare import CompareDialog
from crmdesk.ui.planner.scorecard import FIRST_SCORE, ScorecardDialog


def _plan(name: str, cost: int, benefit: int) -> BudgetPlan:
    return BudgetPlan(
        name=name,
        horizon_years=2,
        discount_rate=Decimal(0),
        users=1,
        costs=(CostItem.one_off(CostCategory.LICENCE, Decimal(cost)),),
        benefits=(BenefitItem.annual(BenefitCategory.REVENUE, Decimal(benefit), 1, 2),),
    )


def _open(qtbot: QtBot, ctx: AppContext) -> tuple[CompareDialog, ScorecardDialog]:
    """The Compare dialog (kept: the scorecard is its child) and the scorecard it opened."""
    compare = CompareDialog(ctx, [_plan("Alpha", 1200, 1200), _plan("Beta", 2400, 1500)])
    qtbot.addWidget(compare)
    qtbot.mouseClick(compare.nothing_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(compare.scorecard_button, Qt.MouseButton.LeftButton)
    # the Compare dialog owns it (and it deletes itself on close), so qtbot does not track it
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ScorecardDialog))
    return compare, dialog


def _score(dialog: ScorecardDialog, row: int, candidate: int, value: int) -> None:
    combo = dialog.table.cellWidget(row, FIRST_SCORE + candidate)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(str(value)))


def test_fill_a_scorecard_for_three_candidates_and_read_the_ranking(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compare, dialog = _open(qtbot, ctx)
    assert compare.scorecard_summary.isHidden()
    assert not dialog.print_button.isEnabled()
    assert dialog.names == ["Alpha", "Beta", "Do nothing"]
    assert "Not ranked yet: Alpha, Beta, Do nothing" in dialog.ranking.text()
    # every typed criterion: Alpha 4, Beta 5, do nothing 1
    for row, criterion in enumerate(DEFAULT_CRITERIA):
        if criterion.metric is None:
            for candidate, value in enumerate((4, 5, 1)):
                _score(dialog, row, candidate, value)
    # cost-benefit rows show the score from the figures: Alpha NPV 1,200 scores 5
    npv_row = [c.key for c in DEFAULT_CRITERIA].index("npv")
    assert (
        dialog.table.item(npv_row, FIRST_SCORE).text() == "5 (1,200)"
    )  # plan money in whole units, as Compare shows it
    assert dialog.table.item(npv_row, FIRST_SCORE + 2).text() == "1 (0)"
    # Alpha: 75x4 + (8x5 + 5x5 + 7x5 + 5x4) = 420 -> 4.20; Beta: 375 + (24+20+14+10) = 443
    # -> 4.43; do nothing: 75 + (8+5+35+5) = 128 -> 1.28. Beta leads by 23 weight-points;
    # the TCO weight (Beta scores 3 less) closes it soonest: 7 + 23/3 of 107 2/3 = 13.62%.
    text = dialog.ranking.text()
    assert "1. Beta (4.43)" in text
    assert "2. Alpha (4.20)" in text
    assert "3. Do nothing (1.28)" in text
    assert "Beta leads Alpha by 0.23" in text
    assert "Cost: TCO per user-month from 7.00% to 13.62% (+6.62 points" in text
    # evidence for one score
    dialog.table.setCurrentCell(0, FIRST_SCORE + 1)
    qtbot.keyClicks(dialog.note, "demo 2026-11-20")
    assert dialog.weight_sum.text() == "Weights add up to 100%."
    assert dialog.save_button.isEnabled()
    # the same scorecard as a file for `crmdesk plan report --evaluation`
    exported = tmp_path / "eval.json"
    assert dialog.export_to(str(exported))
    assert load_evaluation_file(exported) == dialog.evaluation()
    # the report with this scorecard as a section
    from crmdesk.ui import reports

    printed: list[object] = []
    monkeypatch.setattr(
        reports,
        "preview_budget_report",
        lambda parent, c, plan, comparison, evaluation: printed.append(evaluation),
    )
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed == [dialog.result]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # the Compare dialog now shows the saved ranking in a line of its own
    summary = compare.scorecard_summary
    assert not summary.isHidden() and "1. Beta (4.43); 2. Alpha (4.20)" in summary.text()
    stored = evaluations.load_evaluation(ctx.db, ["Alpha", "Beta", "Do nothing"])
    assert stored is not None
    assert stored.scores[("Beta", "completeness")].note == "demo 2026-11-20"
    assert stored.scores[("Alpha", "pipl")].value == 4


def test_the_weight_sum_stays_in_view_and_save_is_refused_off_100(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _compare, dialog = _open(qtbot, ctx)
    spin = dialog.table.cellWidget(0, 1)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(9.5)
    assert "99.50%" in dialog.weight_sum.text()
    assert not dialog.save_button.isEnabled() and not dialog.export_button.isEnabled()
    assert "appears when the weights add up to 100%" in dialog.ranking.text()
    dialog.on_save_clicked()  # even if reached another way, nothing is stored
    assert evaluations.load_evaluation(ctx.db, dialog.names) is None
    # a new criterion takes the missing half point
    dialog.group_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    new_row = dialog.table.currentRow()
    added = dialog.table.cellWidget(new_row, 1)
    assert isinstance(added, QDoubleSpinBox) and added.value() == 0
    added.setValue(0.5)
    assert dialog.save_button.isEnabled()
    assert dialog.criteria[new_row].name == "New criterion 1"
