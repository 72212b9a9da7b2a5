"""From a ``BudgetPlan`` back to the wizard's form (editing a saved plan or an opened file).

Each item goes into the fixed row that reproduces it exactly (a licence price, a one-off
design cost, a yearly support contract...) and otherwise into its page's "other lines" table.
The result is checked: building the form again must give the same plan. If some rule here ever
disagrees with ``plan_form_pages``, every item falls back to an "other lines" entry, so opening
a plan can never change it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial

from crmdesk.domain.planning import estimates
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.form.extra import line_from_item, money_text, rate_text
from crmdesk.domain.planning.form.fields import PAGE_CATEGORIES, ROWS
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.form.spec import MODULE_SLOTS, FormRow, RowLayout
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem

ZERO = Decimal(0)
ONE = Decimal(1)
Item = CostItem | BenefitItem


def same_plan(a: BudgetPlan, b: BudgetPlan) -> bool:
    """True when the plans are equal but for the order of their items."""
    return (
        replace(a, costs=(), benefits=()) == replace(b, costs=(), benefits=())
        and Counter(a.costs) == Counter(b.costs)
        and Counter(a.benefits) == Counter(b.benefits)
    )


def _plain(item: Item) -> bool:
    """No label, notes, ramp or own user count: what a fixed row produces."""
    return not item.label and not item.notes and not item.ramp and item.users is None


def _once(item: Item, category: str, sub_item: str) -> bool:
    return (
        item.kind is ItemKind.ONE_OFF
        and item.year == 0
        and item.category.value == category
        and item.sub_item == sub_item
        and _plain(item)
    )


def _yearly(item: Item, category: str, sub_item: str, horizon: int, escalation: Decimal) -> bool:
    return (
        item.kind is ItemKind.ANNUAL
        and item.category.value == category
        and item.sub_item == sub_item
        and item.from_year == 1
        and item.to_year == horizon
        and item.escalation == escalation
        and _plain(item)
    )


@dataclass
class _Importer:
    plan: BudgetPlan
    form: PlanForm
    left: list[Item] = field(default_factory=list)

    @property
    def horizon(self) -> int:
        return self.plan.horizon_years

    def take(self, match: Callable[[Item], bool]) -> Item | None:
        """Remove and return the first remaining item ``match(item)`` accepts."""
        for index, item in enumerate(self.left):
            if match(item):
                return self.left.pop(index)
        return None

    def rows(self, rows: Iterable[FormRow], escalation: Decimal) -> None:
        for row in rows:
            category = row.category.value
            if row.layout is RowLayout.LABOUR:
                found = self.take(partial(_once, category=category, sub_item=row.sub_item))
                if found is not None:
                    self.form.set(row.cell("amount"), money_text(found.amount))
            elif row.layout is RowLayout.ONCE_YEARLY:
                once = self.take(partial(_once, category=category, sub_item=row.sub_item))
                if once is not None:
                    self.form.set(row.cell("once"), money_text(once.amount))
                yearly = self.take(
                    partial(
                        _yearly,
                        category=category,
                        sub_item=row.sub_item,
                        horizon=self.horizon,
                        escalation=escalation,
                    )
                )
                if yearly is not None:
                    self.form.set(row.cell("yearly"), money_text(yearly.amount))


def _header(plan: BudgetPlan, form: PlanForm) -> None:
    values = {
        "scope.name": plan.name,
        "scope.company": plan.company_name,
        "scope.industry": plan.industry,
        "scope.staff": "" if plan.staff is None else str(plan.staff),
        "scope.users": str(plan.users),
        "scope.horizon": str(plan.horizon_years),
        "scope.discount_rate": rate_text(plan.discount_rate),
        "scope.currency": plan.currency,
        "scope.vat": {None: "", True: "yes", False: "no"}[plan.amounts_include_vat],
        "scope.vat_note": plan.vat_note,
        "scope.deployment_months": ""
        if plan.deployment_months is None
        else str(plan.deployment_months),
        "other.contingency": ""
        if plan.contingency_rate is None
        else rate_text(plan.contingency_rate),
        "other.risk_benefits": "",
        "other.risk_costs": "",
    }
    if plan.risk_adjustment is not None:
        values["other.risk_benefits"] = rate_text(plan.risk_adjustment.benefits)
        values["other.risk_costs"] = rate_text(plan.risk_adjustment.costs)
    form.values.update(values)


def _licence(imp: _Importer) -> Decimal:
    """Fill the licence model; return the escalation the page's yearly lines must have."""
    form, horizon = imp.form, imp.horizon

    def per_user(item: Item, sub_item: str) -> bool:
        return (
            item.kind is ItemKind.PER_USER_MONTH
            and item.category is CostCategory.LICENCE
            and item.sub_item == sub_item
            and item.from_year == 1
            and item.to_year == horizon
            and not item.ramp
            and not item.notes
        )

    subscription = imp.take(lambda i: per_user(i, "per_user_subscription"))
    if subscription is not None:
        form.values.update(
            {
                "licence.model": "subscription",
                "licence.price": money_text(subscription.amount),
                "licence.product": subscription.label,
                "licence.seats": "" if subscription.users is None else str(subscription.users),
                "licence.escalation": rate_text(subscription.escalation)
                if subscription.escalation
                else "",
            }
        )
        onboarding = imp.take(lambda i: _once(i, "licence", "onboarding"))
        if onboarding is not None:
            form.set("licence.onboarding", money_text(onboarding.amount))
        return subscription.escalation
    perpetual = imp.take(
        lambda i: (
            i.kind is ItemKind.ONE_OFF
            and i.year == 0
            and i.sub_item == "perpetual_licence"
            and i.category is CostCategory.LICENCE
            and not i.notes
        )
    )
    if perpetual is not None:
        return _perpetual(imp, perpetual)
    modules = [imp.take(lambda i: per_user(i, "module_licence") and bool(i.label))]
    escalation = modules[0].escalation if modules[0] is not None else ZERO
    while modules[-1] is not None and len(modules) < MODULE_SLOTS:
        modules.append(
            imp.take(lambda i: per_user(i, "module_licence") and i.escalation == escalation)
        )
    found = [m for m in modules if m is not None]
    form.set("licence.model", "module" if found else "free")
    for slot, module in enumerate(found, start=1):
        form.values.update(
            {
                f"licence.module{slot}.name": module.label,
                f"licence.module{slot}.price": money_text(module.amount),
                f"licence.module{slot}.seats": "" if module.users is None else str(module.users),
            }
        )
    form.set("licence.escalation", rate_text(escalation) if escalation else "")
    return escalation


def _perpetual(imp: _Importer, licence: Item) -> Decimal:
    form = imp.form
    form.values.update(
        {
            "licence.model": "perpetual",
            "licence.perpetual_price": money_text(licence.amount),
            "licence.product": licence.label,
            "licence.maintenance_rate": "0%",
            "licence.escalation": "",
        }
    )
    for item in list(imp.left):
        if not _yearly(item, "licence", "support_contract", imp.horizon, item.escalation):
            continue
        rate = item.amount / licence.amount if licence.amount else ZERO
        expected = estimates.perpetual_licence(
            licence.amount, rate, to_year=imp.horizon, escalation=item.escalation
        )
        if len(expected) == 2 and expected[1] == item:
            imp.left.remove(item)
            form.set("licence.maintenance_rate", rate_text(rate))
            form.set("licence.escalation", rate_text(item.escalation) if item.escalation else "")
            return item.escalation
    return ZERO


def _benefit_timing(imp: _Importer) -> tuple[int, tuple[Decimal, ...], Decimal]:
    """Start year, ramp and growth of the page's helpers, from the first plain yearly benefit."""
    for item in imp.left:
        if (
            isinstance(item, BenefitItem)
            and item.kind is ItemKind.ANNUAL
            and item.to_year == imp.horizon
            and len(item.ramp) <= 1
            and item.from_year is not None
        ):
            imp.form.values.update(
                {
                    "benefits.start_year": str(item.from_year),
                    "benefits.ramp": rate_text(item.ramp[0]) if item.ramp else "100%",
                    "benefits.growth": rate_text(item.escalation) if item.escalation else "",
                }
            )
            return item.from_year, item.ramp, item.escalation
    return 1, estimates.linear_ramp(Decimal("0.5")), ZERO


def _saving(
    item: Item, sub_item: str, timing: tuple[int, int, tuple[Decimal, ...], Decimal]
) -> bool:
    return (
        isinstance(item, BenefitItem)
        and item.category is BenefitCategory.COST_SAVING
        and item.sub_item == sub_item
        and item.kind is ItemKind.ANNUAL
        and (item.from_year, item.to_year, item.ramp, item.escalation) == timing
        and not item.label
        and not item.notes
    )


def _savings(imp: _Importer) -> None:
    start, ramp, growth = _benefit_timing(imp)
    for row in ROWS.values():
        if row.layout is not RowLayout.YEARLY:
            continue
        timing = (start, imp.horizon, ramp, growth)
        found = imp.take(partial(_saving, sub_item=row.sub_item, timing=timing))
        if found is not None:
            imp.form.set(row.cell("yearly"), money_text(found.amount))


def _page_for(item: Item) -> PageKey:
    if isinstance(item, BenefitItem):
        return PageKey.BENEFITS
    return next(p for p, cats in PAGE_CATEGORIES.items() if item.category.value in cats)


def _as_lines(plan: BudgetPlan, form: PlanForm, items: Iterable[Item]) -> None:
    for item in items:
        form.lines(_page_for(item)).append(line_from_item(item, plan.horizon_years))


def form_from_plan(plan: BudgetPlan, stored: PlanForm | None = None) -> PlanForm:
    """The form that builds ``plan``. ``stored`` (the inputs saved with the plan, with person-
    days and other drivers) is used as it is when it still builds exactly this plan."""
    if stored is not None and same_plan(build_plan(stored).plan, plan):
        return stored.copy()
    form = _fresh(plan)
    imp = _Importer(plan, form, [*plan.costs, *plan.benefits])
    escalation = _licence(imp)
    by_page: dict[PageKey, list[FormRow]] = {page: [] for page in PageKey}
    for row in ROWS.values():
        by_page[row.page].append(row)
    imp.rows(by_page[PageKey.LICENCE], escalation)
    imp.rows(by_page[PageKey.CUSTOMISATION], ZERO)
    for sub_item in ("course_fees", "trainer", "materials"):
        found = imp.take(partial(_once, category="training", sub_item=sub_item))
        if found is not None:
            form.set(f"training.{sub_item}", money_text(found.amount))
    maint = next(
        (
            i.escalation
            for i in imp.left
            if i.kind is ItemKind.ANNUAL and _page_for(i) is PageKey.MAINTENANCE and _plain(i)
        ),
        ZERO,
    )
    form.set("maint.escalation", rate_text(maint) if maint else "")
    imp.rows(by_page[PageKey.MAINTENANCE], maint)
    imp.rows(by_page[PageKey.OTHER], ZERO)
    _savings(imp)
    _as_lines(plan, form, imp.left)
    if same_plan(build_plan(form).plan, plan):
        return form
    form = _fresh(plan)
    form.set("licence.model", "free")
    _as_lines(plan, form, [*plan.costs, *plan.benefits])
    return form


def _fresh(plan: BudgetPlan) -> PlanForm:
    form = PlanForm(
        modules=list(plan.modules),
        intangibles=list(plan.intangibles),
        risks=list(plan.risks),
        notes=plan.notes,
    )
    _header(plan, form)
    # Fields with a default that would add something the plan does not have.
    form.values.update({"training.refresher": "", "benefits.ramp": "100%"})
    return form
