"""The funding need on the cover: the deepest point of the cumulative cash flow, and when."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.planning.finance import FundingNeed, funding_need
from crmdesk.domain.planning.metrics import compute_metrics, metrics_to_json
from crmdesk.domain.planning.metrics_text import metrics_to_text
from crmdesk.domain.planning.planfile import plan_from_json
from tests.helpers.pdf import REPORT_PLANS

D = Decimal


def test_deepest_point_by_hand() -> None:
    # cumulative -100, -130, -180 (deepest, year 2), -20, +60
    assert funding_need([D(-100), D(-30), D(-50), D(160), D(80)]) == FundingNeed(D(180), 2)
    # reached twice: the first time counts
    assert funding_need([D(-50), D(50), D(-50)]) == FundingNeed(D(50), 0)
    assert funding_need([D(0), D(10)]) is None
    assert funding_need([]) is None


@given(st.lists(st.integers(-(10**6), 10**6), min_size=1, max_size=11))
def test_funding_need_is_the_minimum_running_total(values: list[int]) -> None:
    totals = [sum(values[: t + 1]) for t in range(len(values))]
    need = funding_need([D(v) for v in values])
    if min(totals) >= 0:
        assert need is None
    else:
        assert need is not None and need.amount == -min(totals)
        assert totals[need.year] == min(totals) and min(totals) not in totals[: need.year]


def test_funding_need_in_the_json_and_the_text() -> None:
    path = REPORT_PLANS / "full_en.json"
    metrics = compute_metrics(plan_from_json(path.read_text("utf-8")))
    need = metrics.base.funding_need
    assert need is not None
    rows = metrics.base.table.rows
    assert need.amount == -min(row.cumulative for row in rows)
    data = metrics_to_json(metrics)
    assert data["funding_need"] == {"amount": f"{need.amount:.2f}", "year": need.year}
    assert "Funding need" in metrics_to_text(metrics)
