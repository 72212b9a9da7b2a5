"""`crmdesk plan report PLAN.json --compare OTHER.json --evaluation EVAL.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crmdesk.cli import main
from tests.helpers.pdf import REPORT_PLANS, flat, pdf_text

PLAN = REPORT_PLANS / "full_en.json"
OTHER = REPORT_PLANS.parent / "plans" / "contract_example.json"
NAMES = ["Sales & service CRM <phase 1>", "Sales team CRM 2027"]

pytestmark = pytest.mark.usefixtures("embedded_font")


def _evaluation() -> dict[str, Any]:
    return {
        "format": "crmdesk-evaluation",
        "version": 1,
        "candidates": NAMES,
        "criteria": [
            {"key": "ease_of_use", "group": "functionality", "weight": "60"},
            {"key": "pipl", "group": "compliance", "name": "PIPL & audit", "weight": "30"},
            {"key": "npv", "group": "cost_benefit", "metric": "npv", "weight": "10"},
        ],
        "scores": [
            {"candidate": NAMES[0], "criterion": "ease_of_use", "score": 2},
            {"candidate": NAMES[0], "criterion": "pipl", "score": 4, "note": "reference call"},
            {"candidate": NAMES[1], "criterion": "ease_of_use", "score": 5},
            {"candidate": NAMES[1], "criterion": "pipl", "score": 3},
        ],
    }


def _run(tmp_path: Path, data_dir, data: dict[str, Any], *extra: str) -> tuple[int, Path]:
    evaluation = tmp_path / "eval.json"
    evaluation.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "plan.pdf"
    args = ["--data-dir", str(data_dir.root), "plan", "report", str(PLAN), "-o", str(out)]
    args += ["--compare", str(OTHER), "--evaluation", str(evaluation), *extra]
    return main(args), out


def test_the_scorecard_is_printed_with_ranking_and_robustness(tmp_path, data_dir, english):
    # NPVs 305,453.34 and 103,220.17: the first scores 5, the second's share 33.8% scores 2.
    # Totals: first 0.6x2 + 0.3x4 + 0.1x5 = 2.90; second 0.6x5 + 0.3x3 + 0.1x2 = 4.10.
    # The second leads by 120 weight-points (d = +3, -1, -3): ease of use would have to fall
    # to 33.33% (-26.67), PIPL rise to 68.18% (+38.18), NPV rise from 10% to 100x50/140 =
    # 35.71% (+25.71): the smallest.
    status, out = _run(tmp_path, data_dir, _evaluation())
    assert status == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "Evaluation scorecard" in text and "PIPL & audit" in text
    assert "5 (305,453.34)" in text and "2 (103,220.17)" in text
    assert "1. Sales team CRM 2027 (4.10)" in text
    assert "2. Sales & service CRM <phase 1> (2.90)" in text
    assert "Sales team CRM 2027 leads Sales & service CRM <phase 1> by 1.20" in text
    assert "Return: NPV from 10.00% to 35.71% (+25.71 points" in text
    assert "reference call" in text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["criteria"][0].update(weight="50"), "criteria"),
        (lambda d: d["criteria"][1].update(weight="-10"), "criteria[1].weight"),
        (lambda d: d["scores"][2].update(score=9), "scores[2].score"),
        (lambda d: d["scores"][2].update(score="high"), "scores[2].score"),
        (lambda d: d["scores"][0].update(criterion="npv"), "scores[0].criterion"),
        (lambda d: d["candidates"].__setitem__(1, "Odoo"), "scores[2].candidate"),
    ],
)
def test_bad_weights_or_scores_exit_2_naming_the_field(tmp_path, data_dir, capsys, change, field):
    data = _evaluation()
    change(data)
    status, out = _run(tmp_path, data_dir, data)
    assert status == 2
    err = capsys.readouterr().err
    assert f"{field}:" in err and "eval.json" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_candidates_must_be_the_compared_plans(tmp_path, data_dir, capsys):
    data = _evaluation()
    data["candidates"][1] = "Odoo"
    data["scores"] = data["scores"][:2]
    status, _ = _run(tmp_path, data_dir, data)
    assert status == 2
    err = capsys.readouterr().err
    assert "candidates:" in err and "Sales team CRM 2027" in err


def test_evaluation_needs_compare(tmp_path, data_dir, capsys):
    evaluation = tmp_path / "eval.json"
    evaluation.write_text(json.dumps(_evaluation()), "utf-8")
    args = ["--data-dir", str(data_dir.root), "plan", "report", str(PLAN)]
    args += ["-o", str(tmp_path / "p.pdf"), "--evaluation", str(evaluation)]
    assert main(args) == 2
    assert "--evaluation" in capsys.readouterr().err
