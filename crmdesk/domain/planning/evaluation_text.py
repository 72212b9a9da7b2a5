"""What the scorecard's result says, as translatable sentences the dialog and the report share:
the criterion names, the ranking and how robust it is.

Numbers are formatted here once, half-up: totals and weights to two places (weights as
percentages), so the screen and the PDF print the same figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.evaluation import (
    DEFAULT_NAMES,
    GROUP_LABELS,
    Criterion,
    EvaluationResult,
)
from crmdesk.domain.sentence import Sentence, verbatim

CONTEXT = "Evaluation"
_CENT = Decimal("0.01")

_RANKED = QT_TRANSLATE_NOOP("Evaluation", "{rank}. {name} ({total})")
_NOT_RANKED = QT_TRANSLATE_NOOP(
    "Evaluation", "Not ranked yet: {names} (every criterion with a weight needs a score)."
)
_TIED = QT_TRANSLATE_NOOP(
    "Evaluation",
    "{first} and {second} are level on {total}: the scorecard does not separate them.",
)
_ROBUST = QT_TRANSLATE_NOOP(
    "Evaluation",
    "{first} leads {second} by {lead}. The smallest change of one weight that would swap"
    " them: {criterion} from {old} to {new} ({change} points, the other weights scaled in"
    " proportion).",
)
_UNSWAPPABLE = QT_TRANSLATE_NOOP(
    "Evaluation",
    "{first} leads {second} by {lead}, and no change of a single weight would swap them.",
)
_ONE = QT_TRANSLATE_NOOP("Evaluation", "Rank the candidates once at least two are fully scored.")


def number(value: Decimal | Fraction) -> str:
    """Two places, half-up (``3.905`` -> ``3.91``); a minus as U+2212."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    text = f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):.2f}"
    return text.replace("-", "\u2212")


def signed(value: Fraction) -> str:
    """A change in points with its sign: ``+3.33`` or ``−5.56``."""
    text = number(value)
    return text if text.startswith("\u2212") else f"+{text}"


def criterion_label(criterion: Criterion) -> Sentence:
    """The name to show: what the user typed, or the default criterion's translated name."""
    if criterion.name:
        return verbatim(criterion.name)
    return Sentence(CONTEXT, DEFAULT_NAMES.get(criterion.key, criterion.key))


def group_label(criterion: Criterion) -> Sentence:
    """The criterion's group, translatable."""
    return Sentence(CONTEXT, GROUP_LABELS[criterion.group])


def ranking_sentences(result: EvaluationResult) -> list[Sentence]:
    """ "1. Zoho CRM (4.05)" for each ranked candidate, best first, and who is not ranked."""
    names = result.evaluation.candidates
    lines = [
        Sentence(
            CONTEXT,
            _RANKED,
            {
                "rank": str(result.ranks[i]),
                "name": verbatim(names[i]),
                "total": number(result.totals[i] or Decimal(0)),
            },
        )
        for i in result.ranking
    ]
    missing = [names[i] for i, total in enumerate(result.totals) if total is None]
    if missing:
        lines.append(Sentence(CONTEXT, _NOT_RANKED, {"names": verbatim(", ".join(missing))}))
    return lines


def robustness_sentence(result: EvaluationResult) -> Sentence:
    """How robust the top of the ranking is (see ``swap_threshold``)."""
    if len(result.ranking) < 2:
        return Sentence(CONTEXT, _ONE)
    names = result.evaluation.candidates
    first, second = result.ranking[0], result.ranking[1]
    top, runner = result.totals[first] or Decimal(0), result.totals[second] or Decimal(0)
    params: dict[str, str | Sentence] = {
        "first": verbatim(names[first]),
        "second": verbatim(names[second]),
    }
    if result.tied:
        return Sentence(CONTEXT, _TIED, {**params, "total": number(top)})
    params["lead"] = number(top - runner)
    change = result.robustness
    if change is None:
        return Sentence(CONTEXT, _UNSWAPPABLE, params)
    criterion = next(c for c in result.evaluation.criteria if c.key == change.criterion)
    params.update(
        criterion=criterion_label(criterion),
        old=f"{number(change.old_weight)}%",
        new=f"{number(change.new_weight)}%",
        change=signed(change.change),
    )
    return Sentence(CONTEXT, _ROBUST, params)
