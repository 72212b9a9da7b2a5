"""A weighted evaluation scorecard beside the cost comparison: "which CRM fits us".

The candidates are the compared plans (one per product, "do nothing" allowed). Criteria sit
in the groups of DOMAIN.md ("How a CRM solution is evaluated"), each with a weight in percent;
the weights add up to exactly 100. Every candidate gets a whole score 1-5 per criterion with
an optional note on the evidence, except the cost-benefit criteria, which are scored from the
plan's own figures by ``engine_score`` (evaluation_rules.py), so the money and the scorecard
never disagree.

The weighted total of a candidate is sum(weight x score) / 100, on the same 1-5 scale. The
ranking orders the candidates whose scores are all in; ``robustness`` finds the smallest
change of one weight (the other weights scaled in proportion so the sum stays 100) at which
the runner-up ties with the leader, worked out exactly with fractions.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.evaluation_rules import EngineScore, Metric, engine_score
from crmdesk.domain.planning.metrics import PlanMetrics
from crmdesk.domain.sentence import field_error

HUNDRED = Decimal(100)
MIN_SCORE = 1
MAX_SCORE = 5


class Group(enum.Enum):
    """The groups of criteria (DOMAIN.md), in the order they are shown."""

    FUNCTIONALITY = "functionality"
    TECHNOLOGY = "technology"
    COST_BENEFIT = "cost_benefit"
    SERVICE = "service"
    COMPLIANCE = "compliance"
    MARKET = "market"


GROUP_LABELS: Mapping[Group, str] = {
    Group.FUNCTIONALITY: QT_TRANSLATE_NOOP("Evaluation", "Functionality"),
    Group.TECHNOLOGY: QT_TRANSLATE_NOOP("Evaluation", "Technology and performance"),
    Group.COST_BENEFIT: QT_TRANSLATE_NOOP("Evaluation", "Cost-benefit"),
    Group.SERVICE: QT_TRANSLATE_NOOP("Evaluation", "Service and support"),
    Group.COMPLIANCE: QT_TRANSLATE_NOOP("Evaluation", "Security and compliance"),
    Group.MARKET: QT_TRANSLATE_NOOP("Evaluation", "Market and user feedback"),
}
"""Group names, translated by the caller in the "Evaluation" context."""


@dataclass(frozen=True)
class Criterion:
    """One line of the scorecard.

    ``key`` is stable (the file and the scores refer to it); ``name`` is what the user typed,
    or empty for a default criterion, which then shows ``DEFAULT_NAMES[key]`` translated.
    ``metric`` is set exactly for cost-benefit criteria: they are scored from the figures.
    """

    key: str
    group: Group
    weight: Decimal
    name: str = ""
    metric: Metric | None = None


@dataclass(frozen=True)
class Score:
    """A typed score 1-5 and the evidence it rests on (demo, reference call...)."""

    value: int
    note: str = ""


@dataclass(frozen=True)
class Evaluation:
    """The scorecard: candidates (plan names, in the comparison's order), criteria, scores.

    ``scores`` maps (candidate name, criterion key) to a typed ``Score``; cost-benefit
    criteria have none (``engine_score`` fills them).
    """

    candidates: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    scores: Mapping[tuple[str, str], Score] = field(default_factory=dict)

    @property
    def weight_sum(self) -> Decimal:
        """The sum of the weights, in percent (must be exactly 100 to save)."""
        return sum((c.weight for c in self.criteria), Decimal(0))


def _d(text: str) -> Decimal:
    return Decimal(text)


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("completeness", Group.FUNCTIONALITY, _d("10")),
    Criterion("extensibility", Group.FUNCTIONALITY, _d("4")),
    Criterion("customisation", Group.FUNCTIONALITY, _d("4")),
    Criterion("ease_of_use", Group.FUNCTIONALITY, _d("8")),
    Criterion("multi_platform", Group.FUNCTIONALITY, _d("4")),
    Criterion("stability", Group.TECHNOLOGY, _d("5")),
    Criterion("scalability", Group.TECHNOLOGY, _d("4")),
    Criterion("security", Group.TECHNOLOGY, _d("6")),
    Criterion("npv", Group.COST_BENEFIT, _d("8"), metric=Metric.NPV),
    Criterion("payback", Group.COST_BENEFIT, _d("5"), metric=Metric.PAYBACK),
    Criterion("tco_per_user_month", Group.COST_BENEFIT, _d("7"), metric=Metric.TCO),
    Criterion("bcr", Group.COST_BENEFIT, _d("5"), metric=Metric.BCR),
    Criterion("after_sales", Group.SERVICE, _d("5")),
    Criterion("implementation", Group.SERVICE, _d("4")),
    Criterion("training", Group.SERVICE, _d("3")),
    Criterion("pipl", Group.COMPLIANCE, _d("8")),
    Criterion("reputation", Group.MARKET, _d("5")),
    Criterion("user_feedback", Group.MARKET, _d("5")),
)
"""The default set, built on DOMAIN.md's groups; the weights add up to 100."""

DEFAULT_NAMES: Mapping[str, str] = {
    "completeness": QT_TRANSLATE_NOOP(
        "Evaluation", "Completeness (customer, sales, marketing, service, analysis)"
    ),
    "extensibility": QT_TRANSLATE_NOOP("Evaluation", "Extensibility"),
    "customisation": QT_TRANSLATE_NOOP("Evaluation", "Customisation"),
    "ease_of_use": QT_TRANSLATE_NOOP("Evaluation", "Ease of use"),
    "multi_platform": QT_TRANSLATE_NOOP("Evaluation", "Multi-platform access"),
    "stability": QT_TRANSLATE_NOOP("Evaluation", "Stability and response time"),
    "scalability": QT_TRANSLATE_NOOP("Evaluation", "Scalability and fault recovery"),
    "security": QT_TRANSLATE_NOOP("Evaluation", "Security: encryption, access control, audit"),
    "npv": QT_TRANSLATE_NOOP("Evaluation", "Return: NPV"),
    "payback": QT_TRANSLATE_NOOP("Evaluation", "Payback"),
    "tco_per_user_month": QT_TRANSLATE_NOOP("Evaluation", "Cost: TCO per user-month"),
    "bcr": QT_TRANSLATE_NOOP("Evaluation", "Benefit-cost ratio"),
    "after_sales": QT_TRANSLATE_NOOP("Evaluation", "After-sales support"),
    "implementation": QT_TRANSLATE_NOOP("Evaluation", "Implementation team's experience"),
    "training": QT_TRANSLATE_NOOP("Evaluation", "Training"),
    "pipl": QT_TRANSLATE_NOOP("Evaluation", "Personal-information protection (PIPL)"),
    "reputation": QT_TRANSLATE_NOOP("Evaluation", "Market reputation and references"),
    "user_feedback": QT_TRANSLATE_NOOP("Evaluation", "User feedback and satisfaction"),
}
"""English names of the default criteria ("Evaluation" context)."""


def default_evaluation(candidates: Sequence[str]) -> Evaluation:
    """A scorecard with the default criteria and no scores yet."""
    return Evaluation(tuple(candidates), DEFAULT_CRITERIA, {})


def criterion_name(criterion: Criterion) -> str:
    """The English name to show (the typed one, else the default's); translate it in the
    "Evaluation" context only when ``criterion.name`` is empty."""
    return criterion.name or DEFAULT_NAMES.get(criterion.key, criterion.key)


# --- validation ------------------------------------------------------------------------------

_WEIGHT_SUM = QT_TRANSLATE_NOOP(
    "Validation", "the weights add up to {total}%; they must add up to exactly 100%"
)
_WEIGHT_RANGE = QT_TRANSLATE_NOOP("Validation", "must be between 0 and 100 (percent)")
_SCORE_RANGE = QT_TRANSLATE_NOOP("Validation", "must be a whole score from 1 to 5")
_NO_CRITERIA = QT_TRANSLATE_NOOP("Validation", "needs at least one criterion")
_NO_CANDIDATES = QT_TRANSLATE_NOOP("Validation", "needs at least one candidate")
_DUPLICATE = QT_TRANSLATE_NOOP("Validation", "{value} appears twice")
_UNKNOWN_CANDIDATE = QT_TRANSLATE_NOOP("Validation", "{value} is not one of the candidates")
_UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("Validation", "{value} is not one of the criteria")
_ENGINE_SCORED = QT_TRANSLATE_NOOP(
    "Validation", "{value} is scored from the plan's figures and cannot be typed"
)
_METRIC_GROUP = QT_TRANSLATE_NOOP(
    "Validation", "cost-benefit criteria are scored from a figure: npv, payback, tco or bcr"
)
_METRIC_ELSEWHERE = QT_TRANSLATE_NOOP("Validation", "only cost-benefit criteria take a metric")


def validate_evaluation(evaluation: Evaluation, require_total: bool = True) -> Evaluation:
    """Check the scorecard; ``FieldError`` names the field (``criteria[3].weight``,
    ``scores[(Zoho CRM, pipl)].score``...). ``require_total`` False lets an unfinished
    scorecard (weights not yet at 100) be checked for everything else."""
    if not evaluation.candidates:
        raise field_error("candidates", _NO_CANDIDATES)
    seen: set[str] = set()
    for i, name in enumerate(evaluation.candidates):
        if name in seen:
            raise field_error(f"candidates[{i}]", _DUPLICATE, value=name)
        seen.add(name)
    if not evaluation.criteria:
        raise field_error("criteria", _NO_CRITERIA)
    keys: set[str] = set()
    for i, criterion in enumerate(evaluation.criteria):
        if criterion.key in keys:
            raise field_error(f"criteria[{i}].key", _DUPLICATE, value=criterion.key)
        keys.add(criterion.key)
        if not 0 <= criterion.weight <= HUNDRED:
            raise field_error(f"criteria[{i}].weight", _WEIGHT_RANGE)
        if criterion.group is Group.COST_BENEFIT and criterion.metric is None:
            raise field_error(f"criteria[{i}].metric", _METRIC_GROUP)
        if criterion.group is not Group.COST_BENEFIT and criterion.metric is not None:
            raise field_error(f"criteria[{i}].metric", _METRIC_ELSEWHERE)
    if require_total and evaluation.weight_sum != HUNDRED:
        raise field_error("criteria", _WEIGHT_SUM, total=f"{evaluation.weight_sum.normalize():f}")
    engine = {c.key for c in evaluation.criteria if c.metric is not None}
    for (candidate, key), score in evaluation.scores.items():
        where = f"scores[{candidate}, {key}]"
        if candidate not in seen:
            raise field_error(f"{where}.candidate", _UNKNOWN_CANDIDATE, value=candidate)
        if key not in keys:
            raise field_error(f"{where}.criterion", _UNKNOWN_CRITERION, value=key)
        if key in engine:
            raise field_error(f"{where}.criterion", _ENGINE_SCORED, value=key)
        if isinstance(score.value, bool) or not MIN_SCORE <= score.value <= MAX_SCORE:
            raise field_error(f"{where}.score", _SCORE_RANGE)
    return evaluation


# --- the result ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeightChange:
    """The smallest change of one weight at which the runner-up ties with the leader.

    ``new_weight`` is that criterion's weight then, in percent, with every other weight scaled
    in proportion so the sum stays 100; beyond it the runner-up leads. Exact fractions.
    """

    criterion: str
    old_weight: Fraction
    new_weight: Fraction

    @property
    def change(self) -> Fraction:
        """Percentage points (positive: the weight goes up)."""
        return self.new_weight - self.old_weight


@dataclass(frozen=True)
class EvaluationResult:
    """Scores (typed and from the figures), weighted totals, ranking and robustness.

    ``scores[c][key]`` is candidate position c's score on a criterion, None if not yet typed;
    ``engine[c][key]`` the figure behind a cost-benefit score. ``totals[c]`` is None until
    every criterion with weight is scored. ``ranking`` lists positions best first (complete
    candidates only) and ``ranks[c]`` is 1 for the best (ties share a rank). ``robustness``
    is None with fewer than two ranked candidates or when no single weight can swap the top
    two; ``tied`` says the top two are already level.
    """

    evaluation: Evaluation
    scores: tuple[Mapping[str, int | None], ...]
    engine: tuple[Mapping[str, EngineScore], ...]
    totals: tuple[Decimal | None, ...]
    ranking: tuple[int, ...]
    ranks: tuple[int | None, ...]
    robustness: WeightChange | None
    tied: bool


def evaluate(evaluation: Evaluation, metrics: Sequence[PlanMetrics]) -> EvaluationResult:
    """Score, total and rank the candidates; ``metrics`` are the candidates' plan metrics in
    the same order as ``evaluation.candidates`` (the comparison's ``metrics``)."""
    validate_evaluation(evaluation)
    if len(metrics) != len(evaluation.candidates):
        raise ValueError("one PlanMetrics per candidate")
    engine = tuple(
        {c.key: engine_score(c.metric, i, metrics) for c in evaluation.criteria if c.metric}
        for i in range(len(metrics))
    )
    scores: list[dict[str, int | None]] = []
    for i, name in enumerate(evaluation.candidates):
        row: dict[str, int | None] = {}
        for c in evaluation.criteria:
            if c.metric is not None:
                row[c.key] = engine[i][c.key].score
            else:
                typed = evaluation.scores.get((name, c.key))
                row[c.key] = None if typed is None else typed.value
        scores.append(row)
    totals = tuple(weighted_total(evaluation.criteria, row) for row in scores)
    ranked = sorted(
        (i for i, t in enumerate(totals) if t is not None),
        key=lambda i: (-(totals[i] or 0), i),
    )
    ranks: list[int | None] = [None] * len(totals)
    for place, i in enumerate(ranked):
        previous = ranked[place - 1] if place else None
        same = previous is not None and totals[previous] == totals[i]
        ranks[i] = ranks[previous] if same and previous is not None else place + 1
    robustness, tied = None, False
    if len(ranked) >= 2:
        first, second = scores[ranked[0]], scores[ranked[1]]
        tied = totals[ranked[0]] == totals[ranked[1]]
        robustness = None if tied else swap_threshold(evaluation.criteria, first, second)
    return EvaluationResult(
        evaluation, tuple(scores), engine, totals, tuple(ranked), tuple(ranks), robustness, tied
    )


def weighted_total(
    criteria: Sequence[Criterion], scores: Mapping[str, int | None]
) -> Decimal | None:
    """sum(weight x score) / 100, or None while a criterion with weight has no score."""
    total = Decimal(0)
    for c in criteria:
        score = scores.get(c.key)
        if score is None:
            if c.weight:
                return None
            continue
        total += c.weight * score
    return total / HUNDRED


def swap_threshold(
    criteria: Sequence[Criterion],
    leader: Mapping[str, int | None],
    runner_up: Mapping[str, int | None],
) -> WeightChange | None:
    """The smallest change of one weight at which ``runner_up`` ties with ``leader``.

    Raising weight k by delta (others unchanged, then all rescaled to 100, which keeps the
    order) moves the lead D = sum(w_i x d_i) by delta x d_k, d = leader - runner-up scores, so
    they tie at delta = -D / d_k, allowed while w_k + delta > 0. Rescaled, the new weight is
    100 (w_k + delta) / (100 + delta). A criterion with weight 100 has no others to rescale.
    """
    weights = {c.key: Fraction(c.weight) for c in criteria}
    diffs = {c.key: Fraction((leader[c.key] or 0) - (runner_up[c.key] or 0)) for c in criteria}
    lead = sum((weights[k] * diffs[k] for k in weights), Fraction(0))
    best: WeightChange | None = None
    for c in criteria:
        w, d = weights[c.key], diffs[c.key]
        if d == 0 or w == 100:
            continue
        delta = -lead / d
        if w + delta <= 0:
            continue  # a weight cannot go below zero, and at zero they only tie
        new = 100 * (w + delta) / (100 + delta)
        change = WeightChange(c.key, w, new)
        if best is None or abs(change.change) < abs(best.change):
            best = change
    return best
