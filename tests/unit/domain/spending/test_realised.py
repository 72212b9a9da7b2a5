"""Realised return from a baseline, worked by hand.

Baseline before go-live: 20 new customers a month, repeat-order rate 25%, 48 hours to resolve
a ticket; 800 yearly margin per customer.
Since go-live: 26 new customers a month, 1,000 customers, repeat-order rate 30% (typed),
36 hours to resolve.

  revenue     = (26 - 20) x 12 x 800         = 57,600
  retention   = (0.30 - 0.25) x 1,000 x 800  = 40,000
  time saving: not derived (elapsed resolution time is not staff time): as planned
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.cashflow import build_table, flow_components
from crmdesk.domain.planning.categories import BenefitCategory
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostCategory, CostItem
from crmdesk.domain.spending.realised import (
    ActualMeasures,
    Baseline,
    Measure,
    Source,
    baseline_from_dict,
    baseline_to_dict,
    compare_measures,
    re_estimate,
    realised_benefits,
)

D = Decimal
BASELINE = Baseline(
    measures={
        Measure.NEW_CUSTOMERS_PER_MONTH: D(20),
        Measure.REPEAT_ORDER_RATE: D("0.25"),
        Measure.RESOLUTION_HOURS: D(48),
        Measure.SATISFACTION: D("3.6"),
    },
    current={Measure.REPEAT_ORDER_RATE: D("0.30")},
    margin_per_customer=D(800),
)
ACTUAL = ActualMeasures(
    {
        Measure.CUSTOMERS: D(1000),
        Measure.NEW_CUSTOMERS_PER_MONTH: D(26),
        Measure.RESOLUTION_HOURS: D(36),
        Measure.SATISFACTION: D("4.1"),
    },
    months=D(6),
)
EXPECTED = {
    "revenue": D(50000),
    "cost_saving": D(10000),
    "retention": D(0),
    "time_saving": D(7000),
}


def by_category(benefits):
    return {b.category: b for b in benefits}


def test_measured_benefits_follow_the_formulas() -> None:
    result = by_category(realised_benefits(EXPECTED, BASELINE, ACTUAL, "CNY"))
    assert result[BenefitCategory.REVENUE].realised == D(57600)
    assert result[BenefitCategory.REVENUE].expected == D(50000)
    assert result[BenefitCategory.RETENTION].realised == D(40000)
    # resolution time got better, but elapsed hours are not staff hours: as planned
    assert result[BenefitCategory.TIME_SAVING].realised == D(7000)
    assert result[BenefitCategory.TIME_SAVING].source is Source.PLANNED
    assert {result[c].source for c in result} == {Source.MEASURED, Source.PLANNED}
    assert result[BenefitCategory.COST_SAVING].source is Source.PLANNED
    assert result[BenefitCategory.COST_SAVING].realised == D(10000)
    basis = result[BenefitCategory.REVENUE].basis.message
    assert basis == "6.00 new customers a month more than before x 12 x ¥800.00 margin each"


def test_a_typed_figure_overrides_the_formula() -> None:
    baseline = Baseline(
        measures=BASELINE.measures,
        margin_per_customer=D(800),
        overrides={BenefitCategory.REVENUE: D(12345)},
    )
    result = by_category(realised_benefits(EXPECTED, baseline, ACTUAL, "CNY"))
    assert result[BenefitCategory.REVENUE].realised == D(12345)
    assert result[BenefitCategory.REVENUE].source is Source.TYPED


def test_without_values_nothing_is_measured() -> None:
    baseline = Baseline(measures=BASELINE.measures)
    result = by_category(realised_benefits(EXPECTED, baseline, ACTUAL, "CNY"))
    assert all(b.source is Source.PLANNED for b in result.values())
    assert result[BenefitCategory.REVENUE].realised == D(50000)


def test_measure_changes_know_which_way_is_better() -> None:
    changes = {c.measure: c for c in compare_measures(BASELINE, ACTUAL)}
    assert changes[Measure.NEW_CUSTOMERS_PER_MONTH].change == D(6)
    assert changes[Measure.NEW_CUSTOMERS_PER_MONTH].ratio == D("0.3")
    assert changes[Measure.NEW_CUSTOMERS_PER_MONTH].improved is True
    assert changes[Measure.RESOLUTION_HOURS].change == D(-12)
    assert changes[Measure.RESOLUTION_HOURS].improved is True
    assert changes[Measure.REPEAT_ORDER_RATE].actual == D("0.30")  # typed, not measured
    assert changes[Measure.CUSTOMERS].baseline is None
    assert changes[Measure.CUSTOMERS].improved is None


def test_re_estimate_uses_actual_costs_and_realised_benefits() -> None:
    """Costs 100,000 at year 0, 20,000 in years 1-2; benefits revenue 50,000 and cost savings
    10,000 a year. Year 0 actually cost 90,000; year 1 has cost 8,000 so far (it is running, so
    its budget of 20,000 stays). Revenue realised 57,600 a year, savings as planned:
      flows -90,000, 47,600, 47,600
      NPV at 10% = -90,000 + 47,600/1.1 + 47,600/1.21 = -7,388.43
      ROI = (135,200 - 130,000) / 130,000 = 4%
      payback = 1 + 42,400 / 47,600 = 1.8908 years
    """
    plan = BudgetPlan(
        name="Re-estimate",
        horizon_years=2,
        costs=(
            CostItem.one_off(CostCategory.CUSTOMISATION, D(100000)),
            CostItem.annual(CostCategory.LICENCE, D(20000), 1, 2),
        ),
        benefits=(
            BenefitItem.annual(BenefitCategory.REVENUE, D(50000), 1, 2),
            BenefitItem.annual(BenefitCategory.COST_SAVING, D(10000), 1, 2),
        ),
    )
    table = build_table(flow_components(plan))
    baseline = Baseline(measures=BASELINE.measures, margin_per_customer=D(800))
    benefits = realised_benefits(table.rows[1].benefits_by_category, baseline, ACTUAL, "CNY")
    result = re_estimate(table, [D(90000), D(8000)], 1, benefits)
    assert result.costs == (D(90000), D(20000), D(20000))
    assert result.benefits == (D(0), D(67600), D(67600))
    assert result.npv.quantize(D("0.01")) == D("-7388.43")
    assert result.roi_simple == D("0.04")
    assert result.payback.years is not None
    assert result.payback.years.quantize(D("0.0001")) == D("1.8908")


def test_a_running_year_that_already_overspent_counts_what_was_spent() -> None:
    plan = BudgetPlan(
        name="Over",
        horizon_years=1,
        costs=(CostItem.annual(CostCategory.LICENCE, D(1000), 1, 1),),
    )
    table = build_table(flow_components(plan))
    result = re_estimate(table, [D(0), D(1500)], 1, ())
    assert result.costs == (D(0), D(1500))


def test_baseline_round_trips_and_names_bad_fields() -> None:
    data = baseline_to_dict(BASELINE)
    assert data["measures"]["repeat_order_rate"] == "0.25"
    assert baseline_from_dict(data) == BASELINE
    assert baseline_from_dict({}) == Baseline()
    with pytest.raises(ValidationError) as error:
        baseline_from_dict({"measures": {"satisfaction": "7"}})
    assert error.value.field == "measures.satisfaction"
    with pytest.raises(ValidationError) as error:
        baseline_from_dict({"values": {"margin_per_customer": "-1"}})
    assert error.value.field == "values.margin_per_customer"
    with pytest.raises(ValidationError) as error:
        baseline_from_dict({"measures": {"orders": "1"}})
    assert error.value.field == "measures.orders"


def test_working_lines_reproduce_their_figures() -> None:
    # 0.168731... more new customers a month printed as "0.2" beside ¥1,619.82 (issue 20): the
    # figure is now computed from the change as printed, so the line can be checked by hand.
    actual = ActualMeasures(
        {
            Measure.CUSTOMERS: D("1234"),
            Measure.NEW_CUSTOMERS_PER_MONTH: D(20) + D(1619.82) / D(9600),
        },
        months=D("7.3"),
    )
    baseline = Baseline(
        measures={Measure.NEW_CUSTOMERS_PER_MONTH: D(20), Measure.REPEAT_ORDER_RATE: D("0.25")},
        current={Measure.REPEAT_ORDER_RATE: D("0.26349")},
        margin_per_customer=D(800),
    )
    result = by_category(realised_benefits(EXPECTED, baseline, actual, "CNY"))
    revenue = result[BenefitCategory.REVENUE]
    assert revenue.basis.message.startswith("0.17 new customers a month more than before x 12")
    assert revenue.realised == D("0.17") * 12 * 800 == D("1632.00")
    retention = result[BenefitCategory.RETENTION]
    assert "1.3" in retention.basis.message and "1,234" in retention.basis.message
    assert retention.realised == D("0.013") * 1234 * 800  # 1.3 points x 1,234 x ¥800
