"""Hypothesis strategies for valid budget plans (shared by the plan-file and metric tests)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem, PlanRisk, RiskAdjustment

amounts = st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100)
fractions = st.integers(min_value=0, max_value=100).map(lambda p: Decimal(p) / 100)
escalations = st.integers(min_value=-20, max_value=20).map(lambda p: Decimal(p) / 100)
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)
nonblank = texts.filter(lambda t: bool(t.strip()))


@st.composite
def items(draw: st.DrawFn, horizon: int, cost: bool) -> CostItem | BenefitItem:
    kind = draw(st.sampled_from(ItemKind))
    fields: dict[str, object] = {
        "kind": kind,
        "amount": draw(amounts),
        "label": draw(texts),
        "notes": draw(texts),
    }
    if kind is ItemKind.ONE_OFF:
        fields["year"] = draw(st.integers(0, horizon))
    else:
        start = draw(st.integers(0, horizon))
        end = draw(st.integers(start, horizon))
        fields.update(from_year=start, to_year=end, escalation=draw(escalations))
        fields["ramp"] = tuple(draw(st.lists(fractions, max_size=end - start + 1)))
    if kind is ItemKind.PER_USER_MONTH:
        fields["users"] = draw(st.none() | st.integers(0, 500))
    if cost:
        return CostItem(category=draw(st.sampled_from(CostCategory)), **fields)
    return BenefitItem(category=draw(st.sampled_from(BenefitCategory)), **fields)


@st.composite
def plans(draw: st.DrawFn, max_items: int = 6) -> BudgetPlan:
    horizon = draw(st.integers(1, 10))
    risk = draw(st.none() | st.builds(RiskAdjustment, fractions, fractions))
    return BudgetPlan(
        name=draw(nonblank),
        currency=draw(st.sampled_from(["CNY", "USD", "EUR"])),
        horizon_years=horizon,
        discount_rate=draw(fractions),
        users=draw(st.integers(0, 1000)),
        deployment_months=draw(st.none() | st.integers(0, 36)),
        contingency_rate=draw(st.none() | fractions),
        risk_adjustment=risk,
        costs=tuple(draw(st.lists(items(horizon, True), max_size=max_items))),
        benefits=tuple(draw(st.lists(items(horizon, False), max_size=max_items))),
        company_name=draw(texts),
        industry=draw(texts),
        staff=draw(st.none() | st.integers(0, 5000)),
        amounts_include_vat=draw(st.none() | st.booleans()),
        vat_note=draw(texts),
        modules=tuple(draw(st.lists(nonblank, max_size=3))),
        intangibles=tuple(draw(st.lists(nonblank, max_size=3))),
        risks=tuple(draw(st.lists(st.builds(PlanRisk, nonblank, texts), max_size=3))),
        notes=draw(texts),
    )
