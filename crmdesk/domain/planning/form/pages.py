"""The items each wizard page produces, built with ``estimates`` (never by hand).

Every function reads its page's fields through the builder's reader (bad fields become
problems), adds items keyed by the row or field that produced them, and explains each amount.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_money
from crmdesk.domain.planning import estimates
from crmdesk.domain.planning.cashflow import item_flows
from crmdesk.domain.planning.categories import CostCategory, ItemKind
from crmdesk.domain.planning.form.extra import amount_text, rate_text
from crmdesk.domain.planning.form.fields import page_rows
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.domain.planning.form.spec import MODULE_SLOTS, RowLayout
from crmdesk.domain.planning.plan import BenefitItem, CostItem

if TYPE_CHECKING:
    from crmdesk.domain.planning.form.build import Builder

ZERO = Decimal(0)
ONE = Decimal(1)

_LABOUR = QT_TRANSLATE_NOOP("PlanForm", "{days} person-days x {rate} = {amount}")
_ONCE = QT_TRANSLATE_NOOP("PlanForm", "{amount} once, in year 0")
_YEARLY = QT_TRANSLATE_NOOP("PlanForm", "{amount} a year, years {first}-{last}")
_YEARLY_RISING = QT_TRANSLATE_NOOP(
    "PlanForm", "{amount} a year, years {first}-{last}, rising {rate} a year"
)
_PER_USER = QT_TRANSLATE_NOOP("PlanForm", "{price} x {users} users x 12 months = {amount} a year")
_SUPPORT = QT_TRANSLATE_NOOP(
    "PlanForm", "{rate} of {price} = {amount} a year for support, years {first}-{last}"
)
_LEARNING = QT_TRANSLATE_NOOP(
    "PlanForm", "{people} people x {hours} h x {cost} = {amount} of learning time"
)
_REFRESHER = QT_TRANSLATE_NOOP(
    "PlanForm", "Refresher: {rate} of the first training = {amount} a year"
)
_TRAINING_KEYS = {
    "learning_time": "training.people",
    "course_fees": "training.course_fees",
    "refresher": "training.refresher",
}
_REVENUE = QT_TRANSLATE_NOOP(
    "PlanForm", "{revenue} x {uplift} extra sales x {margin} margin = {amount} a year"
)
_TIME = QT_TRANSLATE_NOOP(
    "PlanForm",
    "{people} people x {hours} h x {weeks} weeks x {cost} x {share} = {amount} a year",
)
_CHURN = QT_TRANSLATE_NOOP(
    "PlanForm", "{customers} customers x {points} fewer lost x {margin} = {amount} a year"
)
_RAMP = QT_TRANSLATE_NOOP("PlanForm", "{share} of it in year {year}, while people learn the system")
_NEEDS_RATE = QT_TRANSLATE_NOOP("Validation", "enter the day rate to price person-days")
_NOT_BOTH = QT_TRANSLATE_NOOP("Validation", "fill in either person-days or an amount, not both")
_START_AFTER = QT_TRANSLATE_NOOP("Validation", "must not be after the horizon ({horizon})")


def build_pages(b: Builder, horizon: int, users: int) -> None:
    """Add the items of every page to ``b`` (``users``: the plan's CRM users)."""
    _licence(b, horizon, users)
    _labour(b)
    _training(b, horizon)
    escalation = b.read.rate("maint.escalation", signed=True) or ZERO
    _once_yearly(b, PageKey.MAINTENANCE, horizon, escalation)
    _once_yearly(b, PageKey.OTHER, horizon, ZERO)
    _benefits(b, horizon)


def _money(b: Builder, amount: Decimal) -> str:
    return format_money(amount, b.read.form.get("scope.currency") or None)


def _licence(b: Builder, horizon: int, users: int) -> None:
    r = b.read
    model = r.choice("licence.model")
    label = r.raw("licence.product")
    escalation = r.rate("licence.escalation", signed=True) or ZERO
    if model == "subscription":
        price = r.amount("licence.price")
        seats = r.count("licence.seats")
        if price is not None:
            item = estimates.subscription(
                price, to_year=horizon, escalation=escalation, users=seats, label=label
            )
            b.add("licence.price", item)
            b.explain(
                "licence.price",
                _PER_USER,
                price=_money(b, price),
                users=str(users if seats is None else seats),
                amount=_money(b, item_flows(item, users, horizon)[1]),
            )
        onboarding = r.amount("licence.onboarding")
        if onboarding:
            item = CostItem(
                category=CostCategory.LICENCE,
                kind=ItemKind.ONE_OFF,
                amount=onboarding,
                year=0,
                sub_item="onboarding",
            )
            b.add("licence.onboarding", item)
    elif model == "perpetual":
        price = r.amount("licence.perpetual_price")
        rate = r.rate("licence.maintenance_rate")
        if price is not None:
            items = estimates.perpetual_licence(
                price, rate or ZERO, to_year=horizon, escalation=escalation
            )
            b.add("licence.perpetual_price", replace(items[0], label=label))
            for support in items[1:]:
                b.add("licence.maintenance_rate", support)
                b.explain(
                    "licence.maintenance_rate",
                    _SUPPORT,
                    rate=rate_text(rate or ZERO),
                    price=_money(b, price),
                    amount=_money(b, support.amount),
                    first="1",
                    last=str(horizon),
                )
    elif model == "module":
        for i in range(1, MODULE_SLOTS + 1):
            key = f"licence.module{i}"
            price = r.amount(f"{key}.price")
            seats = r.count(f"{key}.seats")
            if price is None:
                continue
            item = estimates.subscription(
                price,
                to_year=horizon,
                escalation=escalation,
                users=seats,
                label=r.raw(f"{key}.name"),
            )
            b.add(f"{key}.price", replace(item, sub_item="module_licence"))
    _once_yearly(b, PageKey.LICENCE, horizon, escalation)


def _labour(b: Builder) -> None:
    r = b.read
    rate = r.amount("custom.day_rate")
    missing_rate = False
    for row in page_rows(PageKey.CUSTOMISATION):
        days_key, amount_key = row.cell("days"), row.cell("amount")
        days = r.number(days_key)
        amount = r.amount(amount_key)
        if days and amount:
            r.fail(amount_key, _NOT_BOTH)
            continue
        if days:
            if rate is None:
                if not r.given("custom.day_rate") and not missing_rate:
                    r.fail("custom.day_rate", _NEEDS_RATE)
                missing_rate = True
                continue
            item = estimates.customisation(days, rate, sub_item=row.sub_item)
            item = replace(item, category=CostCategory(row.category.value))
            b.add(days_key, item)
            b.explain(
                days_key,
                _LABOUR,
                days=amount_text(days),
                rate=_money(b, rate),
                amount=_money(b, item.amount),
            )
        elif amount:
            b.add(
                amount_key,
                CostItem(
                    category=CostCategory(row.category.value),
                    kind=ItemKind.ONE_OFF,
                    amount=amount,
                    year=0,
                    sub_item=row.sub_item,
                ),
            )


def _training(b: Builder, horizon: int) -> None:
    r = b.read
    keys = ("training.people", "training.hours", "training.hourly_cost")
    drivers = r.group(keys, keys)
    fees = r.amount("training.course_fees") or ZERO
    share = r.rate("training.refresher") or ZERO
    people, hours, cost = drivers or (ZERO, ZERO, ZERO)
    items = estimates.training(
        int(people), hours, cost, fees, refresher_share=share, to_year=horizon
    )
    for item in items:
        if item.amount:
            b.add(_TRAINING_KEYS[item.sub_item or ""], item)
    if drivers is not None:
        b.explain(
            "training.people",
            _LEARNING,
            people=str(int(people)),
            hours=amount_text(hours),
            cost=_money(b, cost),
            amount=_money(b, items[0].amount),
        )
    refresher = [i for i in items if i.sub_item == "refresher" and i.amount]
    if refresher:
        b.explain(
            "training.refresher",
            _REFRESHER,
            rate=rate_text(share),
            amount=_money(b, refresher[0].amount),
        )
    for sub_item in ("trainer", "materials"):
        amount = r.amount(f"training.{sub_item}")
        if amount:
            b.add(
                f"training.{sub_item}",
                CostItem(
                    category=CostCategory.TRAINING,
                    kind=ItemKind.ONE_OFF,
                    amount=amount,
                    year=0,
                    sub_item=sub_item,
                ),
            )


def _once_yearly(b: Builder, page: PageKey, horizon: int, escalation: Decimal) -> None:
    r = b.read
    for row in page_rows(page):
        if row.layout is not RowLayout.ONCE_YEARLY:
            continue
        category = CostCategory(row.category.value)
        once = r.amount(row.cell("once"))
        yearly = r.amount(row.cell("yearly"))
        if once:
            item = CostItem.one_off(category, once)
            b.add(row.cell("once"), replace(item, sub_item=row.sub_item))
        if yearly:
            item = CostItem.annual(category, yearly, 1, horizon, escalation=escalation)
            b.add(row.cell("yearly"), replace(item, sub_item=row.sub_item))
            template = _YEARLY_RISING if escalation else _YEARLY
            b.explain(
                row.cell("yearly"),
                template,
                amount=_money(b, yearly),
                first="1",
                last=str(horizon),
                rate=rate_text(escalation),
            )


@dataclass(frozen=True)
class _Timing:
    """When the benefits on the page arrive: shared by every helper and row."""

    horizon: int
    start: int
    ramp: tuple[Decimal, ...]
    growth: Decimal

    def apply(self, item: BenefitItem) -> BenefitItem:
        return replace(item, from_year=self.start, ramp=self.ramp, escalation=self.growth)


def _benefits(b: Builder, horizon: int) -> None:
    r = b.read
    start = r.count("benefits.start_year")
    if start is None:
        start = 1
    if start > horizon:
        r.fail("benefits.start_year", _START_AFTER, horizon=str(horizon))
        return
    first = r.rate("benefits.ramp")
    ramp = estimates.linear_ramp(first) if first is not None and first < ONE else ()
    growth = r.rate("benefits.growth", signed=True) or ZERO
    timing = _Timing(horizon, start, ramp, growth)
    items: list[tuple[str, BenefitItem]] = []
    revenue_keys = ("benefits.revenue", "benefits.uplift", "benefits.margin")
    revenue = r.group(revenue_keys, revenue_keys[:2])
    if revenue is not None:
        item = timing.apply(estimates.revenue_uplift(*revenue, to_year=horizon))
        items.append(("benefits.revenue", item))
        b.explain(
            "benefits.revenue",
            _REVENUE,
            revenue=_money(b, revenue[0]),
            uplift=rate_text(revenue[1]),
            margin=rate_text(revenue[2]),
            amount=_money(b, item.amount),
        )
    time_keys = (
        "benefits.time_people",
        "benefits.time_hours",
        "benefits.time_weeks",
        "benefits.time_cost",
        "benefits.time_realisation",
    )
    time = r.group(time_keys, ("benefits.time_people", "benefits.time_hours", "benefits.time_cost"))
    if time is not None:
        people, hours, weeks, cost, share = time
        item = timing.apply(
            estimates.time_saved(int(people), hours, weeks, cost, share, to_year=horizon)
        )
        items.append(("benefits.time_people", item))
        b.explain(
            "benefits.time_people",
            _TIME,
            people=str(int(people)),
            hours=amount_text(hours),
            weeks=amount_text(weeks),
            cost=_money(b, cost),
            share=rate_text(share),
            amount=_money(b, item.amount),
        )
    churn_keys = ("benefits.customers", "benefits.churn_drop", "benefits.customer_margin")
    churn = r.group(churn_keys, churn_keys)
    if churn is not None:
        customers, drop, margin = churn
        item = timing.apply(
            estimates.churn_reduction(int(customers), drop, margin, to_year=horizon)
        )
        items.append(("benefits.customers", item))
        b.explain(
            "benefits.customers",
            _CHURN,
            customers=str(int(customers)),
            points=rate_text(drop),
            margin=_money(b, margin),
            amount=_money(b, item.amount),
        )
    for row in page_rows(PageKey.BENEFITS):
        amount = r.amount(row.cell("yearly"))
        if amount:
            item = estimates.cost_saving(amount, to_year=horizon, sub_item=row.sub_item)
            items.append((row.cell("yearly"), timing.apply(item)))
    for key, item in items:
        b.add(key, item)
    if ramp and items:
        b.explain("benefits.ramp", _RAMP, share=rate_text(ramp[0]), year=str(start))
