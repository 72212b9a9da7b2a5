"""The comparison's incremental columns in the PDF: one per plan against the baseline, with the
equivalent annual value of the difference when the horizons differ (issue 20)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from crmdesk.domain.money import format_money
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.domain.planning.scenarios import compare_plans
from crmdesk.reports.budget.report import build_budget_report
from crmdesk.reports.formats import signed
from tests.helpers.pdf import flat, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font")

D = Decimal
TODAY = BudgetPlan(
    name="Spreadsheets",
    horizon_years=3,
    costs=(CostItem.annual(CostCategory.OTHER, D(1000), 1, 3),),
)
SAAS = BudgetPlan(
    name="SaaS CRM",
    horizon_years=5,
    costs=(CostItem.one_off(CostCategory.LICENCE, D(5000)),),
    benefits=(BenefitItem.annual(BenefitCategory.TIME_SAVING, D(3000), 1, 5),),
)


def test_the_incremental_column_prints_every_figure(english: str) -> None:
    comparison = compare_plans([SAAS, TODAY], baseline=1)
    pdf = build_budget_report(
        SAAS, lang="en", comparison=comparison, generated=dt.date(2027, 3, 12)
    )
    text = flat(pdf_text(pdf))
    assert "Against Spreadsheets" in text
    # by hand: EAV(SaaS) = 3000 - 5000 / a(10%, 5) = 1,681.01; EAV(today) = -1,000.00
    annuity = sum((Fraction(10, 11) ** t for t in range(1, 6)), Fraction(0))
    delta = 4000 - Fraction(5000) / annuity
    eav = signed(format_money(D(delta.numerator) / D(delta.denominator), "CNY"))
    assert eav == "¥2,681.01"
    assert f"Δ equivalent annual value {eav}" in text
    assert "Δ total cost of ownership ¥2,000.00" in text  # 5,000 against 3 x 1,000
    assert "Δ total benefits ¥15,000.00" in text  # 5 x 3,000 against nothing
    case = comparison.incremental[0]
    assert case is not None and case.payback.years is not None
    # the difference -5000, +4000 x3, +3000 x2 pays back in year 2, after 1000 / 4000
    assert case.payback.years == D("1.25")
    assert "Payback of the difference (years) 1.25 years" in text
