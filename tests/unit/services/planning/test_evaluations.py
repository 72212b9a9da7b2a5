"""Evaluation scorecards in the database and in files, and in the demo data."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.evaluation import Evaluation, Score, default_evaluation, evaluate
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.services.demo.evaluation import OPEN_SOURCE, ZOHO
from crmdesk.services.planning import evaluations
from crmdesk.services.planning import store as plans
from crmdesk.services.planning.evaluations import EvaluationFileError


def _filled() -> Evaluation:
    evaluation = default_evaluation(["纷享销客", "Zoho CRM"])
    return replace(evaluation, scores={("Zoho CRM", "pipl"): Score(3, "境外服务器")})


def test_saved_scorecard_is_found_for_the_same_plans_in_any_order(db: Database) -> None:
    evaluation = _filled()
    first = evaluations.save_evaluation(db, evaluation)
    again = evaluations.load_evaluation(db, ["Zoho CRM", "纷享销客"])
    assert again is not None
    assert again.candidates == ("Zoho CRM", "纷享销客")
    assert again.scores == {("Zoho CRM", "pipl"): Score(3, "境外服务器")}
    assert evaluations.load_evaluation(db, ["Zoho CRM"]) is None
    # saving again replaces the one kept for these plans
    changed = replace(again, scores={})
    assert evaluations.save_evaluation(db, changed) == first
    reloaded = evaluations.load_evaluation(db, ["纷享销客", "Zoho CRM"])
    assert reloaded is not None and reloaded.scores == {}


def test_weights_not_at_100_are_not_saved(db: Database) -> None:
    evaluation = default_evaluation(["A", "B"])
    first = evaluation.criteria[0]
    bad = replace(
        evaluation, criteria=(replace(first, weight=Decimal(5)), *evaluation.criteria[1:])
    )
    with pytest.raises(ValidationError) as caught:
        evaluations.save_evaluation(db, bad)
    assert caught.value.field == "criteria"
    assert evaluations.load_evaluation(db, ["A", "B"]) is None


def test_file_round_trip_and_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "选型 eval.json"
    evaluations.save_evaluation_file(_filled(), path)
    assert evaluations.load_evaluation_file(path) == _filled()
    data = json.loads(path.read_text("utf-8"))
    data["scores"][0]["score"] = 7
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(EvaluationFileError) as caught:
        evaluations.load_evaluation_file(path)
    assert caught.value.field == "scores[0].score"
    assert str(path) in str(caught.value)
    with pytest.raises(EvaluationFileError, match="not found"):
        evaluations.load_evaluation_file(tmp_path / "missing.json")


def test_demo_data_has_three_candidates_and_a_ranked_scorecard(db: Database) -> None:
    from crmdesk.services.demo.data import generate_demo

    generate_demo(db, 5)
    saved = {p.name: p.id for p in plans.list_plans(db)}
    sample = next(name for name in saved if name not in (ZOHO, OPEN_SOURCE))
    names = [sample, ZOHO, OPEN_SOURCE]
    evaluation = evaluations.load_evaluation(db, names)
    assert evaluation is not None
    metrics = [compute_metrics(plans.load_plan(db, saved[n]).plan) for n in names]
    result = evaluate(evaluation, metrics)
    assert None not in result.totals
    assert len(result.ranking) == 3
    assert result.robustness is not None


def test_an_evaluation_path_that_is_not_a_regular_file_is_refused_at_once() -> None:
    import pytest

    from crmdesk.services.planning.evaluations import EvaluationFileError, load_evaluation_file

    # /dev/zero reports size 0 and never ends: reading it used to spin forever
    with pytest.raises(EvaluationFileError, match="is not a regular file"):
        load_evaluation_file("/dev/zero")
