"""From the wizard's form to a ``BudgetPlan``: every field parsed, every amount from ``estimates``.

``build_plan`` never raises on bad input. It returns the plan built from everything that could
be read (so the running totals follow the user as they type) together with each problem, named
by form field key, and, per row, a sentence explaining how its amount was worked out ("12
person-days x ¥1,500.00 = ¥18,000.00") so the owner understands every number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypeVar

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import parse_amount, parse_rate
from crmdesk.domain.planning.form.extra import extra_item
from crmdesk.domain.planning.form.fields import FIELDS
from crmdesk.domain.planning.form.keys import PageKey, page_of
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.form.pages import build_pages
from crmdesk.domain.planning.form.spec import FieldKind
from crmdesk.domain.planning.plan import (
    BenefitItem,
    BudgetPlan,
    CostItem,
    RiskAdjustment,
    plan_problems,
)
from crmdesk.domain.sentence import FieldError, Sentence, field_error

ZERO = Decimal(0)
ONE = Decimal(1)
T = TypeVar("T")
Item = CostItem | BenefitItem

_REQUIRED = QT_TRANSLATE_NOOP("Validation", "enter a value")
_WHOLE = QT_TRANSLATE_NOOP("Validation", "must be a whole number")
_BETWEEN = QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}")
_NOT_BOTH = QT_TRANSLATE_NOOP("Validation", "fill in either person-days or an amount, not both")
_NEEDS_RATE = QT_TRANSLATE_NOOP("Validation", "enter the day rate to price person-days")
_NEEDED_WITH = QT_TRANSLATE_NOOP("Validation", "needed together with {other}")
_NOT_A_CHOICE = QT_TRANSLATE_NOOP("Validation", "choose one of the offered values")
_AFTER_HORIZON = QT_TRANSLATE_NOOP("Validation", "must not be after the horizon ({horizon})")
_RAMP_MAX = QT_TRANSLATE_NOOP("Validation", "must be at most 100%")


@dataclass(frozen=True)
class FormProblem:
    """A field the user must fix: its form key and why, as a translatable sentence."""

    key: str
    sentence: Sentence

    @property
    def message(self) -> str:
        return self.sentence.message


@dataclass
class FormResult:
    """The plan built from a form, the problems found, and how each row's amount came about.

    ``plan`` leaves out every line that has a problem; ``origins[i]`` is the form key that
    produced ``plan.costs[i]`` (``cost_origins``) or ``plan.benefits[i]``.
    """

    plan: BudgetPlan
    problems: list[FormProblem] = field(default_factory=list)
    explanations: dict[str, list[Sentence]] = field(default_factory=dict)
    cost_origins: list[str] = field(default_factory=list)
    benefit_origins: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_on(self, page: PageKey) -> list[FormProblem]:
        """The problems of one page, in field order."""
        return [p for p in self.problems if page_of(p.key) is page]


class _Reader:
    """Reads typed fields; a bad one is recorded as a problem and read as None."""

    def __init__(self, form: PlanForm) -> None:
        self.form = form
        self.problems: list[FormProblem] = []

    def fail(self, key: str, template: str, **params: str | Sentence) -> None:
        self.problems.append(FormProblem(key, Sentence("Validation", template, params)))

    def text(self, key: str) -> str:
        return self.form.get(key).strip()

    def raw(self, key: str) -> str:
        """Free text exactly as typed (names and notes keep their spaces)."""
        return self.form.get(key)

    def given(self, key: str) -> bool:
        return bool(self.text(key))

    def _parse(self, key: str, parse: Callable[[str], T]) -> T | None:
        text = self.text(key)
        spec = FIELDS.get(key)
        if not text:
            if spec is not None and spec.required:
                self.fail(key, _REQUIRED)
            return None
        try:
            return parse(text)
        except FieldError as error:
            self.problems.append(FormProblem(key, error.sentence))
        except ValidationError as error:
            self.problems.append(
                FormProblem(key, Sentence("Verbatim", "{text}", {"text": error.reason}))
            )
        return None

    def amount(self, key: str) -> Decimal | None:
        return self._parse(key, lambda t: parse_amount(t, key))

    def rate(self, key: str, signed: bool = False) -> Decimal | None:
        return self._parse(key, lambda t: parse_rate(t, key, allow_negative=signed))

    def count(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        spec = FIELDS.get(key)
        low = low if low is not None else (spec.low if spec else 0)
        high = high if high is not None else (spec.high if spec else 1_000_000)

        def parse(text: str) -> int:
            value = parse_amount(text, key)
            if value != value.to_integral_value():
                raise field_error(key, _WHOLE)
            if not low <= value <= high:
                raise field_error(key, _BETWEEN, low=str(low), high=str(high))
            return int(value)

        return self._parse(key, parse)

    def choice(self, key: str) -> str | None:
        spec = FIELDS[key]
        text = self.text(key)
        if text not in spec.choices:
            self.fail(key, _NOT_A_CHOICE)
            return None
        if not text and spec.required:
            self.fail(key, _REQUIRED)
            return None
        return text

    def number(self, key: str) -> Decimal | None:
        """A count, rate or amount, read as its field's kind says."""
        spec = FIELDS.get(key)
        if spec is not None and spec.kind is FieldKind.COUNT:
            value = self.count(key)
            return None if value is None else Decimal(value)
        if spec is not None and spec.kind in (FieldKind.RATE, FieldKind.SIGNED_RATE):
            return self.rate(key, signed=spec.kind is FieldKind.SIGNED_RATE)
        return self.amount(key)

    def group(self, keys: tuple[str, ...], drivers: tuple[str, ...]) -> tuple[Decimal, ...] | None:
        """Fields that only mean something together (revenue x uplift x margin): None when none
        of the ``drivers`` is filled in, else all values, each missing one marked."""
        if not any(self.given(k) for k in drivers):
            return None
        values = [self.number(k) for k in keys]
        for key, value in zip(keys, values, strict=True):
            if value is None and not self.given(key):
                others = ", ".join(k for k in keys if k != key)
                self.fail(key, _NEEDED_WITH, other=others)
        if any(v is None for v in values):
            return None
        return tuple(v for v in values if v is not None)


@dataclass
class Header:
    name: str
    currency: str
    horizon: int
    users: int


class Builder:
    """Collects the items of every page, with the form key each came from."""

    def __init__(self, form: PlanForm) -> None:
        self.form = form
        self.read = _Reader(form)
        self.costs: list[tuple[str, CostItem]] = []
        self.benefits: list[tuple[str, BenefitItem]] = []
        self.explanations: dict[str, list[Sentence]] = {}

    # --- helpers -------------------------------------------------------------------------

    def explain(self, key: str, template: str, **params: str | Sentence) -> None:
        self.explanations.setdefault(key, []).append(Sentence("PlanForm", template, params))

    def add(self, key: str, item: Item) -> None:
        if isinstance(item, CostItem):
            self.costs.append((key, item))
        else:
            self.benefits.append((key, item))

    # --- pages ---------------------------------------------------------------------------

    def header(self) -> Header:
        r = self.read
        name = r.raw("scope.name")
        if not name.strip():
            r.fail("scope.name", _REQUIRED)
        # Any three-letter code is accepted (the plan rules check it); the list only suggests.
        currency = r.text("scope.currency").upper()
        if not currency:
            r.fail("scope.currency", _REQUIRED)
        horizon = r.count("scope.horizon") or 5
        users = r.count("scope.users") or 0
        return Header(name, currency or "CNY", horizon, users)


def build_plan(form: PlanForm) -> FormResult:
    """The plan the form describes, problems by field key, and each row's explanation."""
    builder = Builder(form)
    head = builder.header()
    r = builder.read
    staff = r.count("scope.staff")
    deployment = r.count("scope.deployment_months")
    discount = r.rate("scope.discount_rate")
    if discount is not None and discount > ONE:
        r.fail("scope.discount_rate", _BETWEEN, low="0%", high="100%")
        discount = None
    vat = r.choice("scope.vat")
    build_pages(builder, head.horizon, head.users)
    contingency = r.rate("other.contingency")
    risk_b = r.rate("other.risk_benefits")
    risk_c = r.rate("other.risk_costs")
    risk = None
    if r.given("other.risk_benefits") or r.given("other.risk_costs"):
        risk = RiskAdjustment(benefits=risk_b or ZERO, costs=risk_c or ZERO)
    for key, value in (("other.contingency", contingency), ("other.risk_benefits", risk_b)):
        if value is not None and value > ONE:
            r.fail(key, _RAMP_MAX)
    if risk_c is not None and risk_c > ONE:
        r.fail("other.risk_costs", _RAMP_MAX)
    for page, lines in sorted(form.extra.items()):
        for index, line in enumerate(lines):
            if line.is_blank():
                continue
            key = f"extra.{page}[{index}]"
            try:
                builder.add(key, extra_item(line, key, head.horizon))
            except FieldError as error:
                r.problems.append(FormProblem(error.field, error.sentence))
    plan = BudgetPlan(
        name=head.name if head.name.strip() else "-",
        currency=head.currency,
        horizon_years=head.horizon,
        discount_rate=discount if discount is not None else Decimal("0.10"),
        users=head.users,
        deployment_months=deployment,
        contingency_rate=contingency if contingency is not None and contingency <= ONE else None,
        risk_adjustment=risk if risk and risk.benefits <= ONE and risk.costs <= ONE else None,
        costs=tuple(item for _, item in builder.costs),
        benefits=tuple(item for _, item in builder.benefits),
        company_name=r.raw("scope.company"),
        industry=r.raw("scope.industry"),
        staff=staff,
        amounts_include_vat=None if not vat else vat == "yes",
        vat_note=r.raw("scope.vat_note"),
        modules=tuple(m for m in form.modules if m.strip()),
        intangibles=tuple(t for t in form.intangibles if t.strip()),
        risks=tuple(risk for risk in form.risks if risk.risk.strip()),
        notes=form.notes,
    )
    result = FormResult(
        plan=plan,
        problems=list(r.problems),
        explanations=builder.explanations,
        cost_origins=[key for key, _ in builder.costs],
        benefit_origins=[key for key, _ in builder.benefits],
    )
    return _drop_invalid_items(result, bool(head.name.strip()))


def _origin_key(result: FormResult, path: str) -> str | None:
    """The form key behind a plan path (``costs[3].year`` -> ``extra.other[0].year``)."""
    side, _, rest = path.partition("[")
    index_text, _, tail = rest.partition("]")
    if side not in ("costs", "benefits") or not index_text.isdigit():
        return None
    origins = result.cost_origins if side == "costs" else result.benefit_origins
    origin = origins[int(index_text)]
    if origin.startswith("extra."):
        return origin + tail  # tail is ".year" etc.
    return origin


def _drop_invalid_items(result: FormResult, named: bool) -> FormResult:
    """Map the plan's own rule breaks back to form fields and leave the broken lines out."""
    plan = result.plan
    bad_costs: set[int] = set()
    bad_benefits: set[int] = set()
    for problem in plan_problems(plan):
        path = problem.field
        if path == "name" and not named:
            continue  # already reported as "enter a value" on the name field
        key = _origin_key(result, path)
        sentence = problem.sentence if isinstance(problem, FieldError) else None
        sentence = sentence or Sentence("Verbatim", "{text}", {"text": problem.reason})
        result.problems.append(FormProblem(key or _HEADER_KEYS.get(path, "scope.name"), sentence))
        if path.startswith("costs["):
            bad_costs.add(int(path[6:].split("]")[0]))
        elif path.startswith("benefits["):
            bad_benefits.add(int(path[9:].split("]")[0]))
    if bad_costs or bad_benefits:
        result.plan = replace(
            plan,
            costs=tuple(c for i, c in enumerate(plan.costs) if i not in bad_costs),
            benefits=tuple(b for i, b in enumerate(plan.benefits) if i not in bad_benefits),
        )
        result.cost_origins = [k for i, k in enumerate(result.cost_origins) if i not in bad_costs]
        result.benefit_origins = [
            k for i, k in enumerate(result.benefit_origins) if i not in bad_benefits
        ]
    return result


_HEADER_KEYS = {
    "name": "scope.name",
    "currency": "scope.currency",
    "horizon_years": "scope.horizon",
    "discount_rate": "scope.discount_rate",
    "users": "scope.users",
    "deployment_months": "scope.deployment_months",
    "staff": "scope.staff",
    "contingency_rate": "other.contingency",
    "risk_adjustment.benefits": "other.risk_benefits",
    "risk_adjustment.costs": "other.risk_costs",
}
