"""The evaluation scorecard: worked examples by hand for totals, ranking, the swap threshold
and the cost-benefit scores from the figures."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.evaluation import (
    DEFAULT_CRITERIA,
    Criterion,
    Evaluation,
    Group,
    Score,
    default_evaluation,
    evaluate,
    swap_threshold,
    validate_evaluation,
    weighted_total,
)
from crmdesk.domain.planning.evaluation_rules import Metric
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.domain.planning.scenarios import do_nothing_plan

D = Decimal
F = Group.FUNCTIONALITY
CRITERIA = (
    Criterion("a", F, D(50), "Completeness"),
    Criterion("b", F, D(30), "Ease of use"),
    Criterion("c", Group.SERVICE, D(20), "Support"),
)
HAND = {"X": (4, 3, 5), "Y": (3, 5, 4), "Z": (2, 2, 2)}


def _plan(name: str, cost: int, benefit: int) -> BudgetPlan:
    """Two years at 0%, one user: figures a reader can check in their head."""
    return BudgetPlan(
        name=name,
        horizon_years=2,
        discount_rate=D(0),
        users=1,
        costs=(CostItem.one_off(CostCategory.LICENCE, D(cost)),),
        benefits=(BenefitItem.annual(BenefitCategory.REVENUE, D(benefit), 1, 2),),
    )


def _scored(criteria: tuple[Criterion, ...], table: dict[str, tuple[int, ...]]) -> Evaluation:
    scores = {
        (name, c.key): Score(v)
        for name, values in table.items()
        for c, v in zip([c for c in criteria if c.metric is None], values, strict=True)
    }
    return Evaluation(tuple(table), criteria, scores)


def _metrics(names: list[str]) -> list:
    return [compute_metrics(_plan(n, 100, 100)) for n in names]


def test_totals_and_ranking_worked_by_hand() -> None:
    # X: (50x4 + 30x3 + 20x5)/100 = 3.90; Y: (150 + 150 + 80)/100 = 3.80; Z: 2.00
    result = evaluate(_scored(CRITERIA, HAND), _metrics(list(HAND)))
    assert result.totals == (D("3.9"), D("3.8"), D("2"))
    assert result.ranking == (0, 1, 2)
    assert result.ranks == (1, 2, 3)
    assert not result.tied


def test_swap_threshold_worked_by_hand() -> None:
    # lead of X over Y: 50x(+1) + 30x(-2) + 20x(+1) = 10 (weight-points). Raising b by 5
    # (to 35 of 105) closes it: b = 100x35/105 = 33 1/3%, +3 1/3 points. Moving a needs
    # -5 5/9 points (to 44 4/9%) and c -8 8/9 points (to 11 1/9%), so b is the smallest.
    result = evaluate(_scored(CRITERIA, HAND), _metrics(list(HAND)))
    change = result.robustness
    assert change is not None
    assert change.criterion == "b"
    assert change.old_weight == 30
    assert change.new_weight == Fraction(100, 3)
    assert change.change == Fraction(10, 3)


def test_swap_threshold_by_a_second_method() -> None:
    # set b's weight to the threshold, scale the others, recompute both totals exactly:
    # they tie; a little less change keeps X ahead, a little more puts Y ahead
    x, y = dict(zip("abc", HAND["X"], strict=True)), dict(zip("abc", HAND["Y"], strict=True))
    change = swap_threshold(CRITERIA, x, y)
    assert change is not None

    def lead(new_b: Fraction) -> Fraction:
        scale = (100 - new_b) / 70
        weights = {"a": 50 * scale, "b": new_b, "c": 20 * scale}
        assert sum(weights.values()) == 100
        return sum(weights[k] * (x[k] - y[k]) for k in weights)

    assert lead(change.new_weight) == 0
    assert lead(change.new_weight - Fraction(1, 1000)) > 0
    assert lead(change.new_weight + Fraction(1, 1000)) < 0


def test_a_weight_cannot_go_below_zero() -> None:
    # d = X - Y: a +4, b +1, c -1; lead = 10x4 + 50x1 - 40x1 = 50 weight-points.
    # a would need delta = -12.5 (below zero: not allowed, though |change| would be smallest);
    # b would need delta = -50 (to zero: they would only tie); c: delta = +50, so
    # c = 100 x 90/150 = 60%, +20 points.
    criteria = (Criterion("a", F, D(10)), Criterion("b", F, D(50)), Criterion("c", F, D(40)))
    change = swap_threshold(criteria, {"a": 5, "b": 3, "c": 3}, {"a": 1, "b": 2, "c": 4})
    assert change is not None
    assert (change.criterion, change.new_weight, change.change) == ("c", 60, 20)


def test_no_single_weight_swaps_when_the_leader_is_never_worse() -> None:
    criteria = (Criterion("a", F, D(50), "A"), Criterion("b", F, D(50), "B"))
    assert swap_threshold(criteria, {"a": 5, "b": 4}, {"a": 3, "b": 4}) is None


def test_ties_share_a_rank_and_incomplete_candidates_are_not_ranked() -> None:
    table = {"X": (4, 3, 5), "Y": (4, 3, 5)}
    evaluation = _scored(CRITERIA, table)
    scores = dict(evaluation.scores)
    evaluation = Evaluation(("X", "Y", "W"), CRITERIA, scores | {("W", "a"): Score(5)})
    result = evaluate(evaluation, _metrics(["X", "Y", "W"]))
    assert result.totals == (D("3.9"), D("3.9"), None)
    assert result.ranks == (1, 1, None)
    assert result.ranking == (0, 1)
    assert result.tied
    assert result.robustness is None


def test_a_criterion_of_weight_zero_needs_no_score() -> None:
    criteria = (*CRITERIA, Criterion("d", F, D(0), "Unused"))
    assert weighted_total(criteria, {"a": 1, "b": 1, "c": 1, "d": None}) == D(1)
    assert weighted_total(criteria, {"a": 1, "b": None, "c": 1, "d": 1}) is None


def test_default_criteria_cover_the_groups_and_add_up_to_100() -> None:
    assert sum(c.weight for c in DEFAULT_CRITERIA) == 100
    assert {c.group for c in DEFAULT_CRITERIA} == set(Group)
    metrics = {c.metric for c in DEFAULT_CRITERIA if c.group is Group.COST_BENEFIT}
    assert metrics == set(Metric)
    validate_evaluation(default_evaluation(["A", "B"]))


def test_cost_benefit_scores_follow_the_stated_rule() -> None:
    # A: -1200, +1200, +1200 at 0%: NPV 1200, BCR 2400/1200 = 2, payback exactly 1 year,
    #    TCO 1200 / (1 user x 24 months) = 50.
    # B: -2400, +1500, +1500: NPV 600 (half of A's), BCR 1.25, payback 1 + 900/1500 = 1.6,
    #    TCO 100 = 2 x the cheapest.
    # Do nothing: no costs, no benefits.
    plans = [_plan("A", 1200, 1200), _plan("B", 2400, 1500)]
    plans.append(do_nothing_plan(plans[0]))
    metrics = [compute_metrics(p) for p in plans]
    only_money = tuple(c for c in DEFAULT_CRITERIA if c.metric is not None)
    weights = (D(40), D(20), D(20), D(20))
    criteria = tuple(
        Criterion(c.key, c.group, w, metric=c.metric)
        for c, w in zip(only_money, weights, strict=True)
    )
    result = evaluate(Evaluation(("A", "B", "Do nothing"), criteria), metrics)
    by_key = [{k: s for k, s in row.items()} for row in result.scores]
    assert by_key[0] == {"npv": 5, "payback": 5, "tco_per_user_month": 5, "bcr": 4}
    assert by_key[1] == {"npv": 3, "payback": 4, "tco_per_user_month": 2, "bcr": 2}
    assert by_key[2] == {"npv": 1, "payback": 1, "tco_per_user_month": 5, "bcr": 1}
    assert result.engine[1]["payback"].figure == D("1.6")
    assert result.engine[1]["tco_per_user_month"].figure == D(100)
    # A: (40x5 + 20x5 + 20x5 + 20x4)/100 = 4.80; B: (120 + 80 + 40 + 40)/100 = 2.80;
    # do nothing: (40 + 20 + 100 + 20)/100 = 1.80
    assert result.totals == (D("4.8"), D("2.8"), D("1.8"))
    assert result.ranking == (0, 1, 2)


@pytest.mark.parametrize(
    ("evaluation", "field"),
    [
        (Evaluation(("X",), (Criterion("a", F, D(90), "A"),)), "criteria"),
        (Evaluation(("X",), (Criterion("a", F, D(101), "A"),)), "criteria[0].weight"),
        (Evaluation(("X",), (Criterion("a", F, D(-1), "A"),)), "criteria[0].weight"),
        (
            Evaluation(("X",), (Criterion("a", F, D(100), "A"),), {("X", "a"): Score(6)}),
            "scores[X, a].score",
        ),
        (
            Evaluation(("X",), (Criterion("a", F, D(100), "A"),), {("Q", "a"): Score(3)}),
            "scores[Q, a].candidate",
        ),
        (Evaluation(("X",), (Criterion("a", Group.COST_BENEFIT, D(100)),)), "criteria[0].metric"),
        (Evaluation(("X", "X"), (Criterion("a", F, D(100)),)), "candidates[1]"),
    ],
)
def test_bad_scorecards_name_the_field(evaluation: Evaluation, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_evaluation(evaluation)
    assert caught.value.field == field


def test_weights_off_100_say_the_sum() -> None:
    with pytest.raises(ValidationError, match=r"add up to 99\.5%"):
        validate_evaluation(
            Evaluation(("X",), (Criterion("a", F, D("59.5")), Criterion("b", F, D(40))))
        )
