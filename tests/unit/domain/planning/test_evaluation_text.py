"""The scorecard's result in words: ranking lines and the robustness sentence."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from crmdesk.domain.planning.evaluation import Criterion, Evaluation, Group, Score, evaluate
from crmdesk.domain.planning.evaluation_text import (
    number,
    ranking_sentences,
    robustness_sentence,
    signed,
)
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BudgetPlan

F = Group.FUNCTIONALITY
CRITERIA = (Criterion("a", F, Decimal(50), "Fit"), Criterion("b", F, Decimal(50), "Price"))


def _result(scores: dict[tuple[str, str], int], names: tuple[str, ...] = ("X", "Y")):
    evaluation = Evaluation(names, CRITERIA, {k: Score(v) for k, v in scores.items()})
    return evaluate(evaluation, [compute_metrics(BudgetPlan(name=n)) for n in names])


def test_numbers_round_half_up_with_a_true_minus() -> None:
    assert number(Decimal("3.905")) == "3.91"
    assert number(Fraction(100, 3)) == "33.33"
    assert signed(Fraction(-50, 9)) == "\u22125.56"
    assert signed(Fraction(10, 3)) == "+3.33"


def test_robustness_in_words() -> None:
    # X 4.50, Y 3.50: lead 1.00 = 100 weight-points; d = a +3, b -1. a: delta -33 1/3 leaves
    # 16 2/3 of 66 2/3 = 25%, -25 points; b: delta +100 -> 150 of 200 = 75%, +25 points (with
    # two criteria both reach the same weights); the first found, a, is reported
    result = _result({("X", "a"): 5, ("X", "b"): 4, ("Y", "a"): 2, ("Y", "b"): 5})
    text = robustness_sentence(result).message
    assert text.startswith("X leads Y by 1.00.")
    assert "Fit from 50.00% to 25.00% (\u221225.00 points" in text
    assert [s.message for s in ranking_sentences(result)] == ["1. X (4.50)", "2. Y (3.50)"]


def test_level_unswappable_and_unranked() -> None:
    level = _result({("X", "a"): 4, ("X", "b"): 2, ("Y", "a"): 2, ("Y", "b"): 4})
    assert robustness_sentence(level).message.startswith("X and Y are level on 3.00")
    dominant = _result({("X", "a"): 5, ("X", "b"): 5, ("Y", "a"): 4, ("Y", "b"): 5})
    assert "no change of a single weight" in robustness_sentence(dominant).message
    partial = _result({("X", "a"): 5, ("X", "b"): 5, ("Y", "a"): 4})
    assert ranking_sentences(partial)[-1].message.startswith("Not ranked yet: Y")
    assert "at least two" in robustness_sentence(partial).message
