"""The evaluation scorecard splits like a book: "Weighted total" and "Rank" never start a page."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from crmdesk.domain.planning.evaluation import evaluate
from crmdesk.domain.planning.evaluation_file import evaluation_from_dict
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS

pytestmark = pytest.mark.usefixtures("embedded_font", "english")

PLANS = [REPORT_PLANS / "full_en.json", REPORT_PLANS.parent / "plans" / "contract_example.json"]


def _scorecard_pages(criteria: int, space: float) -> list[str]:
    from pypdf import PdfReader
    from reportlab.platypus import Spacer

    from crmdesk.reports.budget.evaluation import evaluation_section
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.formats import Formats
    from crmdesk.reports.styles import report_styles

    metrics = [compute_metrics(load_plan_file(p)) for p in PLANS]
    names = [m.plan.name for m in metrics]
    weights = ["1"] * (criteria - 1) + [str(100 - (criteria - 1))]
    data = {
        "format": "crmdesk-evaluation",
        "version": 1,
        "candidates": names,
        "criteria": [
            {"key": f"c{i:02d}", "group": "functionality", "name": f"Crit{i:02d}", "weight": w}
            for i, w in enumerate(weights)
        ],
        "scores": [
            {"candidate": name, "criterion": f"c{i:02d}", "score": 1 + (i + j) % 5}
            for i in range(criteria)
            for j, name in enumerate(names)
        ],
    }
    result = evaluate(evaluation_from_dict(data), metrics)
    styles = report_styles()
    flow = [Spacer(1, space), *evaluation_section(result, Formats("en", "CNY"), styles, 480)]
    pdf = render(flow, PageFrame("Co", "Doc", "Subject", dt.date(2026, 12, 7)), styles)
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("space", range(0, 600, 40))
def test_the_weighted_total_and_rank_travel_with_the_last_criteria(space: int):
    criteria = 30
    pages = _scorecard_pages(criteria, space)
    total_page = next(p for p in pages if "Weighted total" in p)
    assert "Rank" in total_page
    assert f"Crit{criteria - 1:02d}" in total_page and f"Crit{criteria - 2:02d}" in total_page
