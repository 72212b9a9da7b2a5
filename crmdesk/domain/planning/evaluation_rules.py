"""The stated rule that turns a plan's figures into the scorecard's cost-benefit scores 1-5.

The scores come from the same ``PlanMetrics`` the comparison shows, and every comparison is
made on the exact values, so a figure and its score never disagree:

- NPV: 1 if the NPV is zero or less (the plan returns nothing); otherwise its share of the
  best candidate's NPV: at least 80% scores 5, 60% 4, 40% 3, less 2.
- Payback (the final crossing, after which the cumulative flow stays at or above zero): within
  1 year 5 (the 12-month rule of thumb), 2 years 4, 3 years 3, later within the horizon 2,
  never 1.
- TCO per user-month: against the cheapest candidate with costs: no dearer scores 5, up to
  1.25x 4, 1.5x 3, 2x 2, dearer 1; a candidate with no costs scores 5.
- Benefit-cost ratio: below 1 scores 1, below 1.5 2, below 2 3, below 3 4 (2 is the rule of
  thumb "benefits at least twice the costs"), 3 or more 5; benefits without costs 5.
- A candidate without benefits (such as "do nothing") scores 1 on NPV, payback and
  benefit-cost ratio: it returns nothing, however cheap it is.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.metrics import PlanMetrics

ZERO = Decimal(0)


class Metric(enum.Enum):
    """The engine figure a cost-benefit criterion is scored from."""

    NPV = "npv"
    PAYBACK = "payback"
    TCO = "tco"
    BCR = "bcr"


RULES = {
    Metric.NPV: QT_TRANSLATE_NOOP(
        "Evaluation",
        "NPV: 1 if zero or less; else its share of the best NPV: 80% or more 5, 60% 4, 40% 3,"
        " less 2.",
    ),
    Metric.PAYBACK: QT_TRANSLATE_NOOP(
        "Evaluation",
        "Payback: within 1 year 5, 2 years 4, 3 years 3, later within the horizon 2, never 1.",
    ),
    Metric.TCO: QT_TRANSLATE_NOOP(
        "Evaluation",
        "TCO per user-month against the cheapest candidate with costs: no dearer 5, up to 1.25"
        " times 4, 1.5 times 3, 2 times 2, dearer 1.",
    ),
    Metric.BCR: QT_TRANSLATE_NOOP(
        "Evaluation",
        "Benefit-cost ratio: below 1 scores 1, below 1.5 2, below 2 3, below 3 4, 3 or more 5.",
    ),
}
NO_BENEFITS_RULE = QT_TRANSLATE_NOOP(
    "Evaluation",
    "A candidate without benefits (such as do nothing) scores 1 on NPV, payback and"
    " benefit-cost ratio.",
)
"""The rule in words ("Evaluation" context), printed under the scorecard."""


@dataclass(frozen=True)
class EngineScore:
    """A score from the figures and the figure it rests on (None where not defined)."""

    score: int
    figure: Decimal | None


def _bands(value: Decimal, limits: Sequence[tuple[Decimal, int]], otherwise: int) -> int:
    """The score of the first ``(limit, score)`` with ``value <= limit``."""
    for limit, score in limits:
        if value <= limit:
            return score
    return otherwise


def _no_benefits(m: PlanMetrics) -> bool:
    return m.base.total_benefits <= ZERO


def npv_score(i: int, metrics: Sequence[PlanMetrics]) -> EngineScore:
    """NPV against the best candidate's (see the module docstring)."""
    own = metrics[i].base.npv
    best = max(m.base.npv for m in metrics)
    if own <= ZERO or _no_benefits(metrics[i]):
        return EngineScore(1, own)
    share = own / best
    for floor, score in ((Decimal("0.8"), 5), (Decimal("0.6"), 4), (Decimal("0.4"), 3)):
        if share >= floor:
            return EngineScore(score, own)
    return EngineScore(2, own)


def payback_score(m: PlanMetrics) -> EngineScore:
    """Payback in years (the final crossing)."""
    years = m.base.payback.final_years
    if years is None or _no_benefits(m):
        return EngineScore(1, years)
    return EngineScore(_bands(years, ((Decimal(1), 5), (Decimal(2), 4), (Decimal(3), 3)), 2), years)


def tco_score(i: int, metrics: Sequence[PlanMetrics]) -> EngineScore:
    """TCO per user-month against the cheapest candidate that has costs."""
    own = metrics[i].base.tco.per_user_month
    if own is None:
        return EngineScore(1, None)
    if own <= ZERO:
        return EngineScore(5, own)
    paying = [t for t in (m.base.tco.per_user_month for m in metrics) if t is not None and t > ZERO]
    ratio = own / min(paying)
    limits = ((Decimal(1), 5), (Decimal("1.25"), 4), (Decimal("1.5"), 3), (Decimal(2), 2))
    return EngineScore(_bands(ratio, limits, 1), own)


def bcr_score(m: PlanMetrics) -> EngineScore:
    """Benefit-cost ratio bands; 2 is the rule of thumb."""
    bcr = m.base.bcr
    if _no_benefits(m):
        return EngineScore(1, bcr)
    if bcr is None:
        return EngineScore(5, None)
    for limit, score in ((Decimal(1), 1), (Decimal("1.5"), 2), (Decimal(2), 3), (Decimal(3), 4)):
        if bcr < limit:
            return EngineScore(score, bcr)
    return EngineScore(5, bcr)


def engine_score(metric: Metric, i: int, metrics: Sequence[PlanMetrics]) -> EngineScore:
    """Candidate ``i``'s score on ``metric`` among the candidates ``metrics``."""
    if metric is Metric.NPV:
        return npv_score(i, metrics)
    if metric is Metric.PAYBACK:
        return payback_score(metrics[i])
    if metric is Metric.TCO:
        return tco_score(i, metrics)
    return bcr_score(metrics[i])
