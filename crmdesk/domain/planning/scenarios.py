"""Compare up to four plans side by side: SaaS vs perpetual vs open source vs doing nothing.

Every plan gets the same ``PlanMetrics``; ``rows`` lays the headline figures out as a table
(one row per metric, one value per plan). When one plan is the baseline (usually "do
nothing", see ``do_nothing_plan``) each other plan also gets its incremental case: the
difference of the yearly flows, with its own NPV, IRR and payback, which is how an owner
should judge switching from what they do today.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_percent
from crmdesk.domain.planning.finance import IrrResult, Payback, annuity_factor, irr, npv, payback
from crmdesk.domain.planning.metrics import PlanMetrics, compute_metrics
from crmdesk.domain.planning.plan import BudgetPlan, CostItem
from crmdesk.domain.sentence import Sentence, field_error

MAX_SCENARIOS = 4
ZERO = Decimal(0)

_TOO_MANY = QT_TRANSLATE_NOOP("Validation", "compare between one and four plans")
_CURRENCIES = QT_TRANSLATE_NOOP("Validation", "all plans compared must use the same currency")
_BASELINE = QT_TRANSLATE_NOOP("Validation", "must be the position of one of the plans")
_HORIZONS = QT_TRANSLATE_NOOP(
    "Scenarios",
    "The plans have different horizons, so NPV and totals cover different numbers of years;"
    " compare them on equivalent annual value (NPV spread evenly over each plan's years at"
    " its rate).",
)
_RATES = QT_TRANSLATE_NOOP(
    "Scenarios",
    "The plans use different discount rates, so their NPVs are not directly comparable and no"
    " plan is named best.",
)
_RATES_INCREMENTAL = QT_TRANSLATE_NOOP(
    "Scenarios",
    "The figures against the baseline discount the difference of the flows at the baseline's"
    " rate ({rate}).",
)
_NO_RISK = QT_TRANSLATE_NOOP("Scenarios", "none")


def do_nothing_plan(
    like: BudgetPlan, name: str = "Do nothing", costs: tuple[CostItem, ...] = ()
) -> BudgetPlan:
    """A baseline with ``like``'s currency, horizon, rate and users, no benefits, and only the
    cost of carrying on as today (``costs``: existing software, spreadsheets, lost time).

    ``name`` should be the translated "Do nothing" from the caller.
    """
    return BudgetPlan(
        name=name,
        currency=like.currency,
        horizon_years=like.horizon_years,
        discount_rate=like.discount_rate,
        users=like.users,
        costs=costs,
        company_name=like.company_name,
        industry=like.industry,
        staff=like.staff,
    )


@dataclass(frozen=True)
class IncrementalCase:
    """A plan against the baseline: the difference of their yearly net flows (NPV at the
    baseline's rate, IRR and payback of those flows), the differences of the undiscounted
    totals, and the difference of the equivalent annual values (each plan's own horizon and
    rate), which is what compares plans whose horizons differ."""

    flows: tuple[Decimal, ...]
    npv: Decimal
    irr: IrrResult
    payback: Payback
    total_costs: Decimal = ZERO
    total_benefits: Decimal = ZERO
    equivalent_annual_value: Decimal = ZERO


@dataclass(frozen=True)
class ComparisonRow:
    """One metric across the plans. ``kind`` says how to show the values: "money", "ratio",
    "percent" or "years"; where a value is None, ``notes`` holds the sentence to show."""

    key: str
    label: str
    kind: str
    values: tuple[Decimal | None, ...]
    notes: tuple[Sentence | None, ...]


@dataclass(frozen=True)
class ScenarioComparison:
    """The plans' metrics in order, the baseline's position, incremental cases and warnings."""

    metrics: tuple[PlanMetrics, ...]
    baseline: int | None
    incremental: tuple[IncrementalCase | None, ...]
    warnings: tuple[Sentence, ...]

    @property
    def best_npv(self) -> int:
        """Position of the plan with the highest NPV (the first one on a tie)."""
        npvs = [m.base.npv for m in self.metrics]
        return npvs.index(max(npvs))

    @property
    def rates_differ(self) -> bool:
        return len({m.plan.discount_rate for m in self.metrics}) > 1

    @property
    def horizons_differ(self) -> bool:
        return len({m.plan.horizon_years for m in self.metrics}) > 1

    @property
    def ranked_by(self) -> str | None:
        """ "npv", "eav" (equivalent annual value, when horizons differ) or None: no plan is
        named best when there is only one or when the discount rates differ."""
        if len(self.metrics) < 2 or self.rates_differ:
            return None
        return "eav" if self.horizons_differ else "npv"

    @property
    def best(self) -> int | None:
        """Position of the best plan by ``ranked_by`` (the first on a tie), or None."""
        if self.ranked_by is None:
            return None
        values = [
            m.base.npv if self.ranked_by == "npv" else equivalent_annual_value(m)
            for m in self.metrics
        ]
        return values.index(max(values))

    @property
    def assumptions(self) -> tuple[ComparisonRow, ...]:
        """What each plan assumes: rate, horizon, users, risk adjustment (see
        ``ASSUMPTION_ROWS``), so the figures below are read like for like."""
        return _table(ASSUMPTION_ROWS, self.metrics)

    @property
    def rows(self) -> tuple[ComparisonRow, ...]:
        """The comparison table (see ``ROWS``)."""
        return _table(ROWS, self.metrics)

    @property
    def against_baseline(self) -> tuple[int, ...]:
        """Positions of the plans that get an incremental column (all but the baseline)."""
        if self.baseline is None:
            return ()
        return tuple(i for i in range(len(self.metrics)) if i != self.baseline)

    @property
    def incremental_rows(self) -> tuple[ComparisonRow, ...]:
        """The incremental columns: one value per plan of ``against_baseline`` for each of
        ``INCREMENTAL_ROWS``; the equivalent annual value only when the horizons differ."""
        cases = [case for case in self.incremental if case is not None]
        if not cases:
            return ()
        specs = [
            spec
            for spec in INCREMENTAL_ROWS
            if spec[0] != "equivalent_annual_value" or self.horizons_differ
        ]
        return tuple(
            ComparisonRow(key, label, kind, *zip(*(get(c) for c in cases), strict=True))
            for key, label, kind, get in specs
        )


def equivalent_annual_value(metrics: PlanMetrics) -> Decimal:
    """NPV spread over the plan's years at its rate: NPV / annuity factor(r, N). Two plans
    with different horizons compare on this, not on NPV."""
    plan = metrics.plan
    return metrics.base.npv / annuity_factor(plan.discount_rate, plan.horizon_years)


def _table(
    specs: tuple[tuple[str, str, str, Getter], ...], metrics: Sequence[PlanMetrics]
) -> tuple[ComparisonRow, ...]:
    return tuple(
        ComparisonRow(key, label, kind, *zip(*(get(m) for m in metrics), strict=True))
        for key, label, kind, get in specs
    )


def _plain(value: Decimal | None) -> tuple[Decimal | None, Sentence | None]:
    return value, None


Getter = Callable[[PlanMetrics], tuple[Decimal | None, Sentence | None]]


def _risk(m: PlanMetrics, side: str) -> tuple[Decimal | None, Sentence | None]:
    risk = m.plan.risk_adjustment
    if risk is None:
        return None, Sentence("Scenarios", _NO_RISK)
    return (risk.benefits if side == "benefits" else risk.costs), None


ASSUMPTION_ROWS: tuple[tuple[str, str, str, Getter], ...] = (
    (
        "discount_rate",
        QT_TRANSLATE_NOOP("Scenarios", "Discount rate"),
        "percent",
        lambda m: _plain(m.plan.discount_rate),
    ),
    (
        "horizon_years",
        QT_TRANSLATE_NOOP("Scenarios", "Horizon (years)"),
        "count",
        lambda m: _plain(Decimal(m.plan.horizon_years)),
    ),
    (
        "users",
        QT_TRANSLATE_NOOP("Scenarios", "Users"),
        "count",
        lambda m: _plain(Decimal(m.plan.users)),
    ),
    (
        "risk_benefits",
        QT_TRANSLATE_NOOP("Scenarios", "Risk adjustment: benefits lower by"),
        "percent",
        lambda m: _risk(m, "benefits"),
    ),
    (
        "risk_costs",
        QT_TRANSLATE_NOOP("Scenarios", "Risk adjustment: costs higher by"),
        "percent",
        lambda m: _risk(m, "costs"),
    ),
)
"""The assumptions block printed above the figures, in the same shape as ``ROWS``."""

ROWS: tuple[tuple[str, str, str, Getter], ...] = (
    ("npv", QT_TRANSLATE_NOOP("Scenarios", "NPV"), "money", lambda m: _plain(m.base.npv)),
    (
        "equivalent_annual_value",
        QT_TRANSLATE_NOOP("Scenarios", "Equivalent annual value"),
        "money",
        lambda m: _plain(equivalent_annual_value(m)),
    ),
    (
        "pv_benefits",
        QT_TRANSLATE_NOOP("Scenarios", "PV of benefits"),
        "money",
        lambda m: _plain(m.base.pv_benefits),
    ),
    (
        "pv_costs",
        QT_TRANSLATE_NOOP("Scenarios", "PV of costs"),
        "money",
        lambda m: _plain(m.base.pv_costs),
    ),
    (
        "total_costs",
        QT_TRANSLATE_NOOP("Scenarios", "Total cost of ownership"),
        "money",
        lambda m: _plain(m.base.total_costs),
    ),
    (
        "tco_per_user_month",
        QT_TRANSLATE_NOOP("Scenarios", "TCO per user-month"),
        "money",
        lambda m: _plain(m.base.tco.per_user_month),
    ),
    (
        "bcr",
        QT_TRANSLATE_NOOP("Scenarios", "Benefit-cost ratio"),
        "ratio",
        lambda m: _plain(m.base.bcr),
    ),
    (
        "roi_simple",
        QT_TRANSLATE_NOOP("Scenarios", "ROI (simple)"),
        "percent",
        lambda m: _plain(m.base.roi_simple),
    ),
    (
        "roi_discounted",
        QT_TRANSLATE_NOOP("Scenarios", "ROI (discounted)"),
        "percent",
        lambda m: _plain(m.base.roi_discounted),
    ),
    (
        "irr",
        QT_TRANSLATE_NOOP("Scenarios", "IRR"),
        "percent",
        lambda m: (m.base.irr.value, None if m.base.irr.value is not None else m.base.irr.note),
    ),
    ("mirr", QT_TRANSLATE_NOOP("Scenarios", "MIRR"), "percent", lambda m: _plain(m.base.mirr)),
    (
        "payback_years",
        QT_TRANSLATE_NOOP("Scenarios", "Payback (years)"),
        "years",
        lambda m: (m.base.payback.years, m.base.payback.note),
    ),
    (
        "discounted_payback_years",
        QT_TRANSLATE_NOOP("Scenarios", "Discounted payback (years)"),
        "years",
        lambda m: (m.base.discounted_payback.years, m.base.discounted_payback.note),
    ),
    (
        "risk_adjusted_npv",
        QT_TRANSLATE_NOOP("Scenarios", "Risk-adjusted NPV"),
        "money",
        lambda m: _plain(None if m.risk_adjusted is None else m.risk_adjusted.npv),
    ),
)
"""(key, label in the "Scenarios" context, kind, getter) of each comparison row."""


IncrementalGetter = Callable[[IncrementalCase], tuple[Decimal | None, Sentence | None]]

INCREMENTAL_ROWS: tuple[tuple[str, str, str, IncrementalGetter], ...] = (
    ("npv", QT_TRANSLATE_NOOP("Scenarios", "Δ NPV"), "money", lambda c: _plain(c.npv)),
    (
        "total_costs",
        QT_TRANSLATE_NOOP("Scenarios", "Δ total cost of ownership"),
        "money",
        lambda c: _plain(c.total_costs),
    ),
    (
        "total_benefits",
        QT_TRANSLATE_NOOP("Scenarios", "Δ total benefits"),
        "money",
        lambda c: _plain(c.total_benefits),
    ),
    (
        "irr",
        QT_TRANSLATE_NOOP("Scenarios", "Incremental IRR"),
        "percent",
        lambda c: (c.irr.value, None if c.irr.value is not None else c.irr.note),
    ),
    (
        "payback_years",
        QT_TRANSLATE_NOOP("Scenarios", "Payback of the difference (years)"),
        "years",
        lambda c: (c.payback.years, c.payback.note),
    ),
    (
        "equivalent_annual_value",
        QT_TRANSLATE_NOOP("Scenarios", "Δ equivalent annual value"),
        "money",
        lambda c: _plain(c.equivalent_annual_value),
    ),
)
"""(key, label, kind, getter) of each row of the incremental columns against the baseline."""


def _incremental(plan: PlanMetrics, baseline: PlanMetrics) -> IncrementalCase:
    own, base = plan.base.table.nets, baseline.base.table.nets
    length = max(len(own), len(base))
    own += [ZERO] * (length - len(own))
    base += [ZERO] * (length - len(base))
    flows = tuple(a - b for a, b in zip(own, base, strict=True))
    rate = baseline.plan.discount_rate
    return IncrementalCase(
        flows,
        npv(flows, rate),
        irr(flows),
        payback(flows),
        total_costs=plan.base.total_costs - baseline.base.total_costs,
        total_benefits=plan.base.total_benefits - baseline.base.total_benefits,
        equivalent_annual_value=equivalent_annual_value(plan) - equivalent_annual_value(baseline),
    )


def compare_plans(plans: Sequence[BudgetPlan], baseline: int | None = None) -> ScenarioComparison:
    """Metrics of 1-4 plans in the same currency; ``baseline`` is the position of the plan the
    others are measured against (typically ``do_nothing_plan``), or None."""
    if not 1 <= len(plans) <= MAX_SCENARIOS:
        raise field_error("scenarios", _TOO_MANY)
    if len({p.currency for p in plans}) > 1:
        raise field_error("scenarios", _CURRENCIES)
    if baseline is not None and not 0 <= baseline < len(plans):
        raise field_error("baseline", _BASELINE)
    metrics = tuple(compute_metrics(p) for p in plans)
    warnings: list[Sentence] = []
    if len({p.horizon_years for p in plans}) > 1:
        warnings.append(Sentence("Scenarios", _HORIZONS))
    if len({p.discount_rate for p in plans}) > 1:
        warnings.append(Sentence("Scenarios", _RATES))
        if baseline is not None and len(plans) > 1:
            rate = format_percent(plans[baseline].discount_rate)
            warnings.append(Sentence("Scenarios", _RATES_INCREMENTAL, {"rate": rate}))
    incremental: tuple[IncrementalCase | None, ...] = tuple(
        None if baseline is None or i == baseline else _incremental(m, metrics[baseline])
        for i, m in enumerate(metrics)
    )
    return ScenarioComparison(metrics, baseline, incremental, tuple(warnings))
