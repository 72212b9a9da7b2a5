"""The budget plan: what an owner decides before buying a CRM, as plain typed data.

A ``BudgetPlan`` holds the company profile, the horizon and rates, and the cost and benefit
items; every number is a ``Decimal`` and every collection a tuple, so a plan is an immutable
value the wizard edits with ``dataclasses.replace``. ``validate_plan`` checks the rules the
plan file enforces (ARCHITECTURE.md, "The plan file"), with errors naming the field path
(``costs[2].year``), so a plan built in the wizard and one read from JSON obey the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import MAX_AMOUNT
from crmdesk.domain.planning.categories import (
    BenefitCategory,
    CostCategory,
    ItemKind,
    benefit_sub_item_keys,
    cost_sub_item_keys,
)
from crmdesk.domain.sentence import field_error

__all__ = [
    "BenefitCategory",
    "BenefitItem",
    "BudgetPlan",
    "CostCategory",
    "CostItem",
    "ItemKind",
    "PlanRisk",
    "RiskAdjustment",
    "plan_problems",
    "validate_plan",
]

ZERO = Decimal(0)
ONE = Decimal(1)
MAX_HORIZON = 10
MAX_USERS = 1_000_000
MAX_DEPLOYMENT_MONTHS = 120
MIN_ESCALATION = Decimal("-0.5")


@dataclass(frozen=True, kw_only=True)
class _Item:
    """Fields shared by cost and benefit items.

    ``amount`` is per occurrence: the one-off sum, the yearly sum, or the price per user per
    month. ``year`` is used by one-off items only, ``from_year``/``to_year`` by the others.
    Optional extensions of the plan file (all validated):

    - ``escalation`` g: year t's amount is amount x (1+g)^(t - from_year).
    - ``ramp``: factors (0..1) for the first years of the range, e.g. ``(0.5,)`` for 50% in
      the first year and full amounts afterwards; used for benefits that build up and for
      users brought on in stages.
    - ``users``: a per_user_month item priced for fewer (or more) users than the plan's.
    - ``sub_item``: a key from ``categories.COST_SUB_ITEMS``/``BENEFIT_SUB_ITEMS``.
    """

    kind: ItemKind
    amount: Decimal
    label: str = ""
    year: int | None = None
    from_year: int | None = None
    to_year: int | None = None
    escalation: Decimal = ZERO
    ramp: tuple[Decimal, ...] = ()
    users: int | None = None
    sub_item: str | None = None
    notes: str = ""

    def ramp_factor(self, year: int) -> Decimal:
        """The ramp factor for ``year`` (1 outside the ramp)."""
        if self.from_year is None:
            return ONE
        offset = year - self.from_year
        return self.ramp[offset] if 0 <= offset < len(self.ramp) else ONE


@dataclass(frozen=True, kw_only=True)
class CostItem(_Item):
    """A cost line; all fields are keywords (``CostItem(category=..., kind=..., amount=...)``)."""

    category: CostCategory

    @classmethod
    def one_off(
        cls, category: CostCategory, amount: Decimal, year: int = 0, label: str = ""
    ) -> CostItem:
        """A cost paid once, at ``year`` (0 = the investment date)."""
        return cls(category=category, kind=ItemKind.ONE_OFF, amount=amount, label=label, year=year)

    @classmethod
    def annual(
        cls,
        category: CostCategory,
        amount: Decimal,
        from_year: int,
        to_year: int,
        label: str = "",
        escalation: Decimal = ZERO,
    ) -> CostItem:
        """A cost paid every year from ``from_year`` to ``to_year``."""
        return cls(
            category=category,
            kind=ItemKind.ANNUAL,
            amount=amount,
            label=label,
            from_year=from_year,
            to_year=to_year,
            escalation=escalation,
        )

    @classmethod
    def per_user_month(
        cls,
        category: CostCategory,
        amount: Decimal,
        from_year: int,
        to_year: int,
        label: str = "",
        escalation: Decimal = ZERO,
    ) -> CostItem:
        """A price per user per month, paid for the plan's users every year in the range."""
        return cls(
            category=category,
            kind=ItemKind.PER_USER_MONTH,
            amount=amount,
            label=label,
            from_year=from_year,
            to_year=to_year,
            escalation=escalation,
        )


@dataclass(frozen=True, kw_only=True)
class BenefitItem(_Item):
    """A cash benefit line (intangibles go into ``BudgetPlan.intangibles`` instead)."""

    category: BenefitCategory

    @classmethod
    def one_off(
        cls, category: BenefitCategory, amount: Decimal, year: int, label: str = ""
    ) -> BenefitItem:
        """A benefit received once, at ``year``."""
        return cls(category=category, kind=ItemKind.ONE_OFF, amount=amount, label=label, year=year)

    @classmethod
    def annual(
        cls,
        category: BenefitCategory,
        amount: Decimal,
        from_year: int,
        to_year: int,
        label: str = "",
        escalation: Decimal = ZERO,
        ramp: tuple[Decimal, ...] = (),
    ) -> BenefitItem:
        """A benefit received every year from ``from_year`` to ``to_year``."""
        return cls(
            category=category,
            kind=ItemKind.ANNUAL,
            amount=amount,
            label=label,
            from_year=from_year,
            to_year=to_year,
            escalation=escalation,
            ramp=ramp,
        )


@dataclass(frozen=True)
class RiskAdjustment:
    """The risk-adjusted case: benefits x (1 - benefits), costs x (1 + costs)."""

    benefits: Decimal = ZERO
    costs: Decimal = ZERO


@dataclass(frozen=True)
class PlanRisk:
    """A risk the plan lists: a key from ``risks.RISKS`` or the user's own words.

    An empty ``mitigation`` means the default mitigation of a known risk.
    """

    risk: str
    mitigation: str = ""


@dataclass(frozen=True)
class BudgetPlan:
    """A CRM budget plan. Amounts are in ``currency``; rates are fractions (0.10 = 10%).

    Beyond the contract's fields, the optional company profile (``company_name``,
    ``industry``, ``staff``), the tax note (``amounts_include_vat``, ``vat_note``),
    ``modules``, ``intangibles`` (words, never cash), ``risks`` and ``notes`` are carried
    through the plan file unchanged.
    """

    name: str
    currency: str = "CNY"
    horizon_years: int = 5
    discount_rate: Decimal = Decimal("0.10")
    users: int = 1
    deployment_months: int | None = None
    contingency_rate: Decimal | None = None
    risk_adjustment: RiskAdjustment | None = None
    costs: tuple[CostItem, ...] = ()
    benefits: tuple[BenefitItem, ...] = ()
    company_name: str = ""
    industry: str = ""
    staff: int | None = None
    amounts_include_vat: bool | None = None
    vat_note: str = ""
    modules: tuple[str, ...] = ()
    intangibles: tuple[str, ...] = ()
    risks: tuple[PlanRisk, ...] = ()
    notes: str = ""

    @property
    def years(self) -> range:
        """Year indexes of the cash-flow table: 0 (the investment date) to the horizon."""
        return range(self.horizon_years + 1)


_EMPTY = QT_TRANSLATE_NOOP("Validation", "must not be empty")
_CURRENCY = QT_TRANSLATE_NOOP("Validation", "must be a three-letter currency code such as CNY")
_BETWEEN = QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}")
_YEAR_RANGE = QT_TRANSLATE_NOOP("Validation", "must be between 0 and {horizon} (the horizon)")
_FROM_AFTER_TO = QT_TRANSLATE_NOOP("Validation", "must not be after to_year ({to_year})")
_NEEDED = QT_TRANSLATE_NOOP("Validation", "is required for {kind} items")
_NOT_FOR_KIND = QT_TRANSLATE_NOOP("Validation", "does not apply to {kind} items")
_RAMP_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "has more factors than the item has years")
_UNKNOWN_SUB_ITEM = QT_TRANSLATE_NOOP("Validation", "is not a sub-item of {category}")


def _between(path: str, value: Decimal | int, low: Decimal | int, high: Decimal | int) -> None:
    if not low <= value <= high:
        raise field_error(path, _BETWEEN, low=str(low), high=str(high))


def _check_item(path: str, item: _Item, horizon: int) -> None:
    _between(f"{path}.amount", item.amount, ZERO, MAX_AMOUNT)
    kind = item.kind.value
    years = {"year": item.year, "from_year": item.from_year, "to_year": item.to_year}
    needed = ("year",) if item.kind is ItemKind.ONE_OFF else ("from_year", "to_year")
    for name, value in years.items():
        if name in needed and value is None:
            raise field_error(f"{path}.{name}", _NEEDED, kind=kind)
        if name not in needed and value is not None:
            raise field_error(f"{path}.{name}", _NOT_FOR_KIND, kind=kind)
        if value is not None and not 0 <= value <= horizon:
            raise field_error(f"{path}.{name}", _YEAR_RANGE, horizon=str(horizon))
    if item.from_year is not None and item.to_year is not None and item.from_year > item.to_year:
        raise field_error(f"{path}.from_year", _FROM_AFTER_TO, to_year=str(item.to_year))
    if item.kind is ItemKind.ONE_OFF:
        # Escalation and ramps are defined relative to from_year, which one-off items lack.
        if item.escalation != 0:
            raise field_error(f"{path}.escalation", _NOT_FOR_KIND, kind=kind)
        if item.ramp:
            raise field_error(f"{path}.ramp", _NOT_FOR_KIND, kind=kind)
    _between(f"{path}.escalation", item.escalation, MIN_ESCALATION, ONE)
    span = None if item.from_year is None or item.to_year is None else item.to_year - item.from_year
    if span is not None and len(item.ramp) > span + 1:
        raise field_error(f"{path}.ramp", _RAMP_TOO_LONG)
    for index, factor in enumerate(item.ramp):
        _between(f"{path}.ramp[{index}]", factor, ZERO, ONE)
    if item.users is not None:
        if item.kind is not ItemKind.PER_USER_MONTH:
            raise field_error(f"{path}.users", _NOT_FOR_KIND, kind=kind)
        _between(f"{path}.users", item.users, 0, MAX_USERS)


def _check_sub_item(path: str, item: CostItem | BenefitItem) -> None:
    if item.sub_item is None:
        return
    if isinstance(item, CostItem):
        keys = cost_sub_item_keys(item.category)
    else:
        keys = benefit_sub_item_keys(item.category)
    if item.sub_item not in keys:
        raise field_error(f"{path}.sub_item", _UNKNOWN_SUB_ITEM, category=item.category.value)


def _check_texts(path: str, texts: tuple[str, ...]) -> None:
    for index, text in enumerate(texts):
        if not text.strip():
            raise field_error(f"{path}[{index}]", _EMPTY)


def _check_header(plan: BudgetPlan) -> None:
    if not plan.name.strip():
        raise field_error("name", _EMPTY)
    if not re.fullmatch(r"[A-Z]{3}", plan.currency):
        raise field_error("currency", _CURRENCY)
    _between("horizon_years", plan.horizon_years, 1, MAX_HORIZON)


def _check_rates(plan: BudgetPlan) -> None:
    _between("discount_rate", plan.discount_rate, ZERO, ONE)
    if plan.contingency_rate is not None:
        _between("contingency_rate", plan.contingency_rate, ZERO, ONE)
    if plan.risk_adjustment is not None:
        _between("risk_adjustment.benefits", plan.risk_adjustment.benefits, ZERO, ONE)
        _between("risk_adjustment.costs", plan.risk_adjustment.costs, ZERO, ONE)


def _check_counts(plan: BudgetPlan) -> None:
    _between("users", plan.users, 0, MAX_USERS)
    if plan.deployment_months is not None:
        _between("deployment_months", plan.deployment_months, 0, MAX_DEPLOYMENT_MONTHS)
    if plan.staff is not None:
        _between("staff", plan.staff, 0, MAX_USERS)


def _check_lists(plan: BudgetPlan) -> None:
    _check_texts("modules", plan.modules)
    _check_texts("intangibles", plan.intangibles)
    _check_texts("risks", tuple(r.risk for r in plan.risks))


def plan_problems(plan: BudgetPlan) -> list[ValidationError]:
    """Every rule the plan breaks (at most one per item or group), each naming its field path.

    Empty when the plan is valid. The wizard shows them all; ``validate_plan`` raises the first.
    """
    checks: list[Callable[[], None]] = [
        partial(_check_header, plan),
        partial(_check_rates, plan),
        partial(_check_counts, plan),
        partial(_check_lists, plan),
    ]
    items: list[tuple[str, CostItem | BenefitItem]] = [
        (f"costs[{i}]", c) for i, c in enumerate(plan.costs)
    ]
    items += [(f"benefits[{i}]", b) for i, b in enumerate(plan.benefits)]
    for path, item in items:
        checks.append(partial(_check_item, path, item, plan.horizon_years))
        checks.append(partial(_check_sub_item, path, item))
    problems: list[ValidationError] = []
    for check in checks:
        try:
            check()
        except ValidationError as error:
            problems.append(error)
    return problems


def validate_plan(plan: BudgetPlan) -> BudgetPlan:
    """Raise the first ``ValidationError`` (a ``FieldError``) the plan has; return it if valid."""
    problems = plan_problems(plan)
    if problems:
        raise problems[0]
    return plan
