"""The ``crmdesk-evaluation`` version 1 JSON format: a scorecard beside ``crmdesk-plan`` files.

```json
{"format": "crmdesk-evaluation", "version": 1,
 "candidates": ["Fxiaoke", "Zoho CRM", "Do nothing"],
 "criteria": [
   {"key": "completeness", "group": "functionality", "weight": "10"},
   {"key": "demo", "group": "functionality", "name": "How the demo went", "weight": "5"},
   {"key": "npv", "group": "cost_benefit", "metric": "npv", "weight": "8"}],
 "scores": [{"candidate": "Zoho CRM", "criterion": "completeness", "score": 4,
             "note": "demo on 2026-11-20"}]}
```

Candidates are plan names, matched to the compared plans. Reading is as strict as the plan
file: unknown keys, a wrong format or version, a weight outside 0..100, weights not adding up
to 100, a score that is not a whole number 1-5, a score for an unknown candidate or criterion
or for a cost-benefit criterion (those come from the figures) are ``FieldError`` naming the
field (``criteria[2].weight``, ``scores[4].score``). No file I/O here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.planning.evaluation import (
    MAX_SCORE,
    MIN_SCORE,
    Criterion,
    Evaluation,
    Group,
    Score,
    validate_evaluation,
)
from crmdesk.domain.planning.evaluation_rules import Metric
from crmdesk.domain.planning.planfile import (
    _BAD_JSON,
    _choice,
    _decimal,
    _list,
    _no_constants,
    _no_duplicates,
    _object,
    _text,
)
from crmdesk.domain.sentence import field_error

FORMAT = "crmdesk-evaluation"
VERSION = 1

_REQUIRED = ("format", "version", "candidates", "criteria")
_OPTIONAL = ("scores",)
_CRITERION_REQUIRED = ("key", "group", "weight")
_CRITERION_OPTIONAL = ("name", "metric")
_SCORE_REQUIRED = ("candidate", "criterion", "score")
_SCORE_OPTIONAL = ("note",)

_WRONG_FORMAT = QT_TRANSLATE_NOOP("Validation", "this is not a CRMDesk evaluation file")
_WRONG_VERSION = QT_TRANSLATE_NOOP(
    "Validation", "version {version} is not supported (this CRMDesk reads version 1)"
)
_SCORE = QT_TRANSLATE_NOOP("Validation", "must be a whole score from 1 to 5")
_KEY = QT_TRANSLATE_NOOP("Validation", "must not be empty")
_UNKNOWN_CANDIDATE = QT_TRANSLATE_NOOP("Validation", "{value} is not one of the candidates")
_UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("Validation", "{value} is not one of the criteria")
_ENGINE_SCORED = QT_TRANSLATE_NOOP(
    "Validation", "{value} is scored from the plan's figures and cannot be typed"
)
_TWICE = QT_TRANSLATE_NOOP("Validation", "{value} appears twice")


def _criterion(data: Any, path: str) -> Criterion:
    item = _object(data, path, _CRITERION_REQUIRED, _CRITERION_OPTIONAL)
    key = _text(item["key"], f"{path}.key").strip()
    if not key:
        raise field_error(f"{path}.key", _KEY)
    group = Group(_choice(item["group"], f"{path}.group", tuple(g.value for g in Group)))
    metric = None
    if item.get("metric") is not None:
        metric = Metric(_choice(item["metric"], f"{path}.metric", tuple(m.value for m in Metric)))
    return Criterion(
        key=key,
        group=group,
        weight=_decimal(item["weight"], f"{path}.weight"),
        name=_text(item.get("name", ""), f"{path}.name").strip(),
        metric=metric,
    )


def _score_value(value: Any, path: str) -> int:
    if isinstance(value, bool):
        raise field_error(path, _SCORE)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if not isinstance(value, int) or not MIN_SCORE <= value <= MAX_SCORE:
        raise field_error(path, _SCORE)
    return value


def evaluation_from_dict(data: Any) -> Evaluation:
    """Read and validate a ``crmdesk-evaluation`` object (see the module docstring)."""
    top = _object(data, "", _REQUIRED, _OPTIONAL)
    if top["format"] != FORMAT:
        raise field_error("format", _WRONG_FORMAT)
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise field_error("version", _WRONG_VERSION, version=str(top["version"]))
    candidates = tuple(
        _text(v, f"candidates[{i}]").strip()
        for i, v in enumerate(_list(top["candidates"], "candidates"))
    )
    criteria = tuple(
        _criterion(v, f"criteria[{i}]") for i, v in enumerate(_list(top["criteria"], "criteria"))
    )
    validate_evaluation(Evaluation(candidates, criteria), require_total=False)
    keys = {c.key: c for c in criteria}
    scores: dict[tuple[str, str], Score] = {}
    for i, entry in enumerate(_list(top.get("scores", []), "scores")):
        path = f"scores[{i}]"
        item = _object(entry, path, _SCORE_REQUIRED, _SCORE_OPTIONAL)
        candidate = _text(item["candidate"], f"{path}.candidate").strip()
        if candidate not in candidates:
            raise field_error(f"{path}.candidate", _UNKNOWN_CANDIDATE, value=candidate)
        key = _text(item["criterion"], f"{path}.criterion").strip()
        if key not in keys:
            raise field_error(f"{path}.criterion", _UNKNOWN_CRITERION, value=key)
        if keys[key].metric is not None:
            raise field_error(f"{path}.criterion", _ENGINE_SCORED, value=key)
        if (candidate, key) in scores:
            raise field_error(path, _TWICE, value=f"{candidate} / {key}")
        value = _score_value(item["score"], f"{path}.score")
        scores[candidate, key] = Score(value, _text(item.get("note", ""), f"{path}.note").strip())
    return validate_evaluation(Evaluation(candidates, criteria, scores))


def _weight_text(weight: Decimal) -> str:
    return f"{weight.normalize():f}"


def evaluation_to_dict(evaluation: Evaluation) -> dict[str, Any]:
    """The scorecard as a ``crmdesk-evaluation`` v1 object (weights as decimal strings)."""
    criteria: list[dict[str, Any]] = []
    for c in evaluation.criteria:
        entry: dict[str, Any] = {"key": c.key, "group": c.group.value}
        if c.name:
            entry["name"] = c.name
        if c.metric is not None:
            entry["metric"] = c.metric.value
        entry["weight"] = _weight_text(c.weight)
        criteria.append(entry)
    order = {c.key: i for i, c in enumerate(evaluation.criteria)}
    people = {name: i for i, name in enumerate(evaluation.candidates)}
    scores: list[dict[str, Any]] = []
    for (candidate, key), score in sorted(
        evaluation.scores.items(), key=lambda kv: (people[kv[0][0]], order[kv[0][1]])
    ):
        entry = {"candidate": candidate, "criterion": key, "score": score.value}
        if score.note:
            entry["note"] = score.note
        scores.append(entry)
    return {
        "format": FORMAT,
        "version": VERSION,
        "candidates": list(evaluation.candidates),
        "criteria": criteria,
        "scores": scores,
    }


def evaluation_to_json(evaluation: Evaluation) -> str:
    """The scorecard as JSON text (Chinese kept readable, two-space indent)."""
    return json.dumps(evaluation_to_dict(evaluation), ensure_ascii=False, indent=2) + "\n"


def evaluation_from_json(text: str) -> Evaluation:
    """Parse and validate evaluation JSON (numbers as ``Decimal``, duplicate keys refused)."""
    try:
        data = json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_no_constants,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as error:
        raise field_error(
            "", _BAD_JSON, error=error.msg, line=str(error.lineno), column=str(error.colno)
        ) from None
    return evaluation_from_dict(data)


def matched_to(evaluation: Evaluation, names: Sequence[str]) -> Evaluation:
    """The scorecard with its candidates in the order of the compared plans ``names``.

    Plans the scorecard does not know yet join with no scores; candidates not compared are
    dropped with their scores.
    """
    ordered = list(names)
    scores = {k: v for k, v in evaluation.scores.items() if k[0] in ordered}
    return Evaluation(tuple(ordered), evaluation.criteria, scores)
