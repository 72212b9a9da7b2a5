"""The ``crmdesk-evaluation`` file: round trip, and bad input naming the field."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.evaluation import Score, default_evaluation
from crmdesk.domain.planning.evaluation_file import (
    evaluation_from_dict,
    evaluation_from_json,
    evaluation_to_dict,
    evaluation_to_json,
    matched_to,
)


def _file() -> dict[str, Any]:
    return {
        "format": "crmdesk-evaluation",
        "version": 1,
        "candidates": ["纷享销客", "Zoho CRM"],
        "criteria": [
            {"key": "completeness", "group": "functionality", "weight": "40"},
            {"key": "demo", "group": "functionality", "name": "试用感受", "weight": 35},
            {"key": "npv", "group": "cost_benefit", "metric": "npv", "weight": "25"},
        ],
        "scores": [
            {"candidate": "纷享销客", "criterion": "completeness", "score": 4, "note": "演示"},
            {"candidate": "Zoho CRM", "criterion": "demo", "score": 3},
        ],
    }


def test_round_trip_keeps_everything() -> None:
    evaluation = evaluation_from_dict(_file())
    assert evaluation.criteria[1].name == "试用感受"
    assert evaluation.criteria[1].weight == Decimal(35)
    assert evaluation.scores[("纷享销客", "completeness")] == Score(4, "演示")
    again = evaluation_from_json(evaluation_to_json(evaluation))
    assert again == evaluation
    assert evaluation_to_dict(again)["criteria"][1]["weight"] == "35"
    assert "试用感受" in evaluation_to_json(evaluation)  # Chinese kept readable


def test_the_default_scorecard_round_trips() -> None:
    evaluation = default_evaluation(["A", "B", "Do nothing"])
    assert evaluation_from_json(evaluation_to_json(evaluation)) == evaluation


def test_matching_follows_the_compared_plans() -> None:
    evaluation = matched_to(evaluation_from_dict(_file()), ["Zoho CRM", "Odoo"])
    assert evaluation.candidates == ("Zoho CRM", "Odoo")
    assert list(evaluation.scores) == [("Zoho CRM", "demo")]


def _with(path: str, value: Any) -> dict[str, Any]:
    data = _file()
    target: Any = data
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is KeyError:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("format", "crmdesk-plan", "format"),
        ("version", 2, "version"),
        ("criteria.0.weight", "30", "criteria"),  # the sum is 90
        ("criteria.0.weight", "-5", "criteria[0].weight"),
        ("criteria.0.weight", "forty", "criteria[0].weight"),
        ("criteria.0.weight", "140", "criteria[0].weight"),
        ("criteria.0.group", "price", "criteria[0].group"),
        ("criteria.2.metric", "irr", "criteria[2].metric"),
        ("criteria.1.colour", "red", "criteria[1].colour"),
        ("criteria.0.key", KeyError, "criteria[0].key"),
        ("scores.1.score", 6, "scores[1].score"),
        ("scores.1.score", 0, "scores[1].score"),
        ("scores.1.score", 3.5, "scores[1].score"),
        ("scores.1.score", "4", "scores[1].score"),
        ("scores.1.score", True, "scores[1].score"),
        ("scores.1.candidate", "Salesforce", "scores[1].candidate"),
        ("scores.1.criterion", "price", "scores[1].criterion"),
        ("scores.1.criterion", "npv", "scores[1].criterion"),
        ("candidates", [], "candidates"),
    ],
)
def test_bad_input_names_the_field(path: str, value: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        evaluation_from_dict(_with(path, value))
    assert caught.value.field == field


def test_a_score_given_twice_is_refused() -> None:
    data = _file()
    data["scores"].append(dict(data["scores"][1]))
    with pytest.raises(ValidationError) as caught:
        evaluation_from_dict(data)
    assert caught.value.field == "scores[2]"


def test_broken_json_says_where() -> None:
    with pytest.raises(ValidationError, match="line 1"):
        evaluation_from_json('{"format": ')
    with pytest.raises(ValidationError):
        evaluation_from_json(json.dumps(_file()).replace('"40"', "NaN"))
