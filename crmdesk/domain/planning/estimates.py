"""Build common cost and benefit items from the quantities an owner actually knows.

Each function takes the drivers (users, person-days, hours, revenue, margin...) as
``Decimal``/``int`` and returns ready plan items, so the wizard never multiplies anything
itself. Rates are fractions (0.20 = 20%). Labels are left empty and ``sub_item`` is set: the
wizard and the PDF show the translated sub-item label until the user types their own.
"""

from __future__ import annotations

from decimal import Decimal

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.plan import BenefitItem, CostItem

ZERO = Decimal(0)
ONE = Decimal(1)

PERPETUAL_MAINTENANCE_USUAL = (Decimal("0.18"), Decimal("0.22"))
"""Yearly maintenance of a perpetual licence, as a share of its price (DOMAIN.md)."""
TRAINING_SHARE_USUAL = (Decimal("0.15"), Decimal("0.20"))
"""Training as a share of the project cost, a common planning figure (DOMAIN.md)."""
REALISATION_USUAL = (Decimal("0.50"), Decimal("0.80"))
"""Share of saved hours that becomes value (DOMAIN.md: 50-80% is usual)."""
MAINTENANCE_SHARE_MAX = Decimal("0.40")
"""Yearly maintenance can reach 40% of the initial implementation labour (DOMAIN.md)."""


def linear_ramp(first_year: Decimal, years: int = 1) -> tuple[Decimal, ...]:
    """Ramp factors rising in equal steps from ``first_year`` towards full (1) benefits.

    ``linear_ramp(Decimal("0.5"))`` is 50% in the first year then full; with ``years=2`` it
    is 50%, 75%, then full.
    """
    if years < 1:
        return ()
    step = (ONE - first_year) / years
    return tuple(first_year + step * i for i in range(years))


def subscription(
    price_per_user_month: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    escalation: Decimal = ZERO,
    users: int | None = None,
    ramp: tuple[Decimal, ...] = (),
    label: str = "",
) -> CostItem:
    """A SaaS subscription: price per user per month x users x 12, every year in the range.

    ``users`` overrides the plan's user count for this item (a module only some staff use);
    ``ramp`` brings users on in stages (0.5 = half the seats in the first year).
    """
    return CostItem(
        category=CostCategory.LICENCE,
        kind=ItemKind.PER_USER_MONTH,
        amount=price_per_user_month,
        label=label,
        from_year=from_year,
        to_year=to_year,
        escalation=escalation,
        ramp=ramp,
        users=users,
        sub_item="per_user_subscription",
    )


def perpetual_licence(
    price: Decimal,
    maintenance_rate: Decimal,
    *,
    to_year: int,
    year: int = 0,
    escalation: Decimal = ZERO,
) -> tuple[CostItem, ...]:
    """A perpetual licence bought at ``year`` and its yearly maintenance/support contract.

    The contract costs ``maintenance_rate`` x price every year after the purchase up to
    ``to_year`` (18-22% is usual, see ``PERPETUAL_MAINTENANCE_USUAL``).
    """
    licence = CostItem(
        category=CostCategory.LICENCE,
        kind=ItemKind.ONE_OFF,
        amount=price,
        year=year,
        sub_item="perpetual_licence",
    )
    if year + 1 > to_year or maintenance_rate == 0:
        return (licence,)
    support = CostItem(
        category=CostCategory.LICENCE,
        kind=ItemKind.ANNUAL,
        amount=price * maintenance_rate,
        from_year=year + 1,
        to_year=to_year,
        escalation=escalation,
        sub_item="support_contract",
    )
    return (licence, support)


def customisation(
    person_days: Decimal,
    day_rate: Decimal,
    *,
    year: int = 0,
    sub_item: str = "development",
    label: str = "",
) -> CostItem:
    """Customisation work: person-days x day rate (CNY 800-4,000 a day in China), one-off."""
    return CostItem(
        category=CostCategory.CUSTOMISATION,
        kind=ItemKind.ONE_OFF,
        amount=person_days * day_rate,
        label=label,
        year=year,
        sub_item=sub_item,
    )


def training(
    people: int,
    hours_each: Decimal,
    hourly_cost: Decimal,
    course_fees: Decimal = ZERO,
    *,
    year: int = 0,
    refresher_share: Decimal = ZERO,
    to_year: int | None = None,
) -> tuple[CostItem, ...]:
    """Training: staff learning time (people x hours x loaded hourly cost, a real cost even
    though no invoice comes) and course fees, at ``year``; plus, if ``refresher_share`` is set,
    a yearly refresher for new staff and features costing that share of the initial training,
    from the year after until ``to_year``.
    """
    learning = Decimal(people) * hours_each * hourly_cost
    items = [
        CostItem(
            category=CostCategory.TRAINING,
            kind=ItemKind.ONE_OFF,
            amount=learning,
            year=year,
            sub_item="learning_time",
        )
    ]
    if course_fees:
        items.append(
            CostItem(
                category=CostCategory.TRAINING,
                kind=ItemKind.ONE_OFF,
                amount=course_fees,
                year=year,
                sub_item="course_fees",
            )
        )
    if refresher_share and to_year is not None and to_year > year:
        items.append(
            CostItem(
                category=CostCategory.TRAINING,
                kind=ItemKind.ANNUAL,
                amount=(learning + course_fees) * refresher_share,
                from_year=year + 1,
                to_year=to_year,
                sub_item="refresher",
            )
        )
    return tuple(items)


def training_from_share(project_cost: Decimal, share: Decimal, *, year: int = 0) -> CostItem:
    """Training budgeted as a share of the project cost (15-20% is a common planning share)."""
    return CostItem(
        category=CostCategory.TRAINING,
        kind=ItemKind.ONE_OFF,
        amount=project_cost * share,
        year=year,
        sub_item="course_fees",
    )


def maintenance_share(
    initial_labour: Decimal,
    share: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    escalation: Decimal = ZERO,
) -> CostItem:
    """Yearly maintenance as a share of the initial implementation labour and services.

    Pass ``checks.initial_implementation_labour(plan)`` as ``initial_labour`` so the item and
    the "maintenance share plausible" check use the same base.
    """
    return CostItem(
        category=CostCategory.MAINTENANCE,
        kind=ItemKind.ANNUAL,
        amount=initial_labour * share,
        from_year=from_year,
        to_year=to_year,
        escalation=escalation,
        sub_item="technical_support",
    )


def _benefit(
    category: BenefitCategory,
    amount: Decimal,
    sub_item: str,
    from_year: int,
    to_year: int,
    ramp: tuple[Decimal, ...],
    escalation: Decimal,
) -> BenefitItem:
    return BenefitItem(
        category=category,
        kind=ItemKind.ANNUAL,
        amount=amount,
        from_year=from_year,
        to_year=to_year,
        escalation=escalation,
        ramp=ramp,
        sub_item=sub_item,
    )


def revenue_uplift(
    annual_revenue: Decimal,
    uplift_rate: Decimal,
    gross_margin: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    ramp: tuple[Decimal, ...] = (),
    escalation: Decimal = ZERO,
) -> BenefitItem:
    """Extra gross margin from more sales: revenue x uplift x margin (only the margin counts)."""
    amount = annual_revenue * uplift_rate * gross_margin
    return _benefit(
        BenefitCategory.REVENUE, amount, "revenue_uplift", from_year, to_year, ramp, escalation
    )


def time_saved(
    people: int,
    hours_per_week: Decimal,
    weeks_per_year: Decimal,
    hourly_cost: Decimal,
    realisation_rate: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    ramp: tuple[Decimal, ...] = (),
    escalation: Decimal = ZERO,
) -> BenefitItem:
    """Value of time saved: people x hours/week x weeks x loaded hourly cost x realisation.

    Not every saved hour becomes value; 50-80% realisation is usual (``REALISATION_USUAL``).
    """
    amount = Decimal(people) * hours_per_week * weeks_per_year * hourly_cost * realisation_rate
    return _benefit(
        BenefitCategory.TIME_SAVING, amount, "automation", from_year, to_year, ramp, escalation
    )


def churn_reduction(
    customers: int,
    churn_reduction: Decimal,
    margin_per_customer: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    ramp: tuple[Decimal, ...] = (),
    escalation: Decimal = ZERO,
) -> BenefitItem:
    """Margin kept by losing fewer customers: customers x churn drop (0.02 = 2 points) x the
    yearly margin per customer."""
    amount = Decimal(customers) * churn_reduction * margin_per_customer
    return _benefit(
        BenefitCategory.RETENTION, amount, "churn_reduction", from_year, to_year, ramp, escalation
    )


def cost_saving(
    amount_per_year: Decimal,
    *,
    to_year: int,
    from_year: int = 1,
    sub_item: str = "software_retired",
    ramp: tuple[Decimal, ...] = (),
    escalation: Decimal = ZERO,
) -> BenefitItem:
    """A yearly saving: software retired, printing, duplicate entry, fewer order errors."""
    return _benefit(
        BenefitCategory.COST_SAVING, amount_per_year, sub_item, from_year, to_year, ramp, escalation
    )
