"""The wizard's fields and rows: key, label, help text, kind, default, required.

Labels and help are English source strings in the "PlanForm" context; the wizard shows
``tr(label)`` and puts ``tr(help)`` in the tooltip and the "what is this?" line. Figures in the
help come from DOMAIN.md so an owner learns the rule of thumb where they type the number.

Rows are lines of a table on a page: a labour row (person-days x day rate, or an amount), a
once-and-yearly row (a one-off amount in year 0 and/or an amount every year 1..horizon), or a
yearly row (benefits). Their cell keys are ``<row key>.<cell>``.
"""

from __future__ import annotations

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import parse_amount, parse_rate
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory
from crmdesk.domain.planning.form.extra import amount_text, money_text, rate_text
from crmdesk.domain.planning.form.keys import PageKey
from crmdesk.domain.planning.form.rows import ROW_TABLE
from crmdesk.domain.planning.form.spec import (
    CELLS,
    CURRENCIES,
    LICENCE_MODELS,
    MODULE_SLOTS,
    VAT_CHOICES,
    FieldKind,
    FormField,
    FormRow,
)

K = FieldKind
F = FormField
C = CostCategory
B = BenefitCategory

_SCOPE = (
    F(
        "scope.name",
        QT_TRANSLATE_NOOP("PlanForm", "Plan name"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            'A name you will recognise in the list of plans, e.g. "Sales team CRM 2027".',
        ),
        K.TEXT,
        required=True,
    ),
    F(
        "scope.company",
        QT_TRANSLATE_NOOP("PlanForm", "Company"),
        QT_TRANSLATE_NOOP("PlanForm", "Printed on the report's cover."),
        K.TEXT,
    ),
    F(
        "scope.industry",
        QT_TRANSLATE_NOOP("PlanForm", "Industry"),
        QT_TRANSLATE_NOOP(
            "PlanForm", "What the business does, e.g. wholesale, manufacturing, services."
        ),
        K.TEXT,
    ),
    F(
        "scope.staff",
        QT_TRANSLATE_NOOP("PlanForm", "Staff"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How many people work in the business (for context; costs use the number of CRM "
            "users).",
        ),
        K.COUNT,
    ),
    F(
        "scope.users",
        QT_TRANSLATE_NOOP("PlanForm", "CRM users"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How many people will log in to the CRM. Per-user licences and training are priced "
            "for them.",
        ),
        K.COUNT,
        required=True,
        low=1,
    ),
    F(
        "scope.horizon",
        QT_TRANSLATE_NOOP("PlanForm", "Horizon (years)"),
        QT_TRANSLATE_NOOP(
            "PlanForm", "How many years the plan covers after the investment; 3 to 5 is usual."
        ),
        K.COUNT,
        required=True,
        default="5",
        low=1,
        high=10,
    ),
    F(
        "scope.discount_rate",
        QT_TRANSLATE_NOOP("PlanForm", "Discount rate"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "What money tied up in this project costs you per year (your loan rate, or the return "
            "you would get elsewhere). Future amounts are worth less today; 8-12% is usual for a "
            "small business.",
        ),
        K.RATE,
        required=True,
        default="10%",
    ),
    F(
        "scope.currency",
        QT_TRANSLATE_NOOP("PlanForm", "Currency"),
        QT_TRANSLATE_NOOP("PlanForm", "Every amount in the plan is in this currency."),
        K.CHOICE,
        required=True,
        default="CNY",
        choices=CURRENCIES,
    ),
    F(
        "scope.vat",
        QT_TRANSLATE_NOOP("PlanForm", "Amounts include VAT"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Say whether the amounts you type include VAT. In China VAT is 6% on SaaS and "
            "software services, 13% on hardware, 1-3% for small-scale taxpayers.",
        ),
        K.CHOICE,
        choices=VAT_CHOICES,
    ),
    F(
        "scope.vat_note",
        QT_TRANSLATE_NOOP("PlanForm", "VAT note"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            'Anything a reader should know about tax, e.g. "software at 6%, hardware at 13%".',
        ),
        K.TEXT,
    ),
    F(
        "scope.deployment_months",
        QT_TRANSLATE_NOOP("PlanForm", "Deployment (months)"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Months from the decision to everyone using the CRM. Aim for six or fewer; if it "
            "takes longer, start with one team or function.",
        ),
        K.COUNT,
        high=120,
    ),
)

_LICENCE = (
    F(
        "licence.model",
        QT_TRANSLATE_NOOP("PlanForm", "Licence model"),
        QT_TRANSLATE_NOOP("PlanForm", "How the CRM software is paid for."),
        K.CHOICE,
        required=True,
        default="subscription",
        choices=LICENCE_MODELS,
    ),
    F(
        "licence.product",
        QT_TRANSLATE_NOOP("PlanForm", "Product"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            'The product and edition, e.g. "Zoho CRM Professional"; shown as the name of the'
            " licence line.",
        ),
        K.TEXT,
    ),
    F(
        "licence.price",
        QT_TRANSLATE_NOOP("PlanForm", "Price per user per month"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "The list price of one user for one month. Yearly billing is usually quoted per month "
            "too.",
        ),
        K.AMOUNT,
        required=True,
    ),
    F(
        "licence.seats",
        QT_TRANSLATE_NOOP("PlanForm", "Paid users"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Leave empty to pay for every CRM user; fill in if fewer (or more) seats are bought.",
        ),
        K.COUNT,
    ),
    F(
        "licence.onboarding",
        QT_TRANSLATE_NOOP("PlanForm", "One-off set-up fee"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "An onboarding or set-up fee charged once at the start (HubSpot Professional charges "
            "about USD 1,500).",
        ),
        K.AMOUNT,
    ),
    F(
        "licence.perpetual_price",
        QT_TRANSLATE_NOOP("PlanForm", "Licence price"),
        QT_TRANSLATE_NOOP("PlanForm", "The one-off price of a perpetual licence for all users."),
        K.AMOUNT,
        required=True,
    ),
    F(
        "licence.maintenance_rate",
        QT_TRANSLATE_NOOP("PlanForm", "Yearly maintenance"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "The yearly maintenance and support contract as a share of the licence price; 18-22% "
            "is usual.",
        ),
        K.RATE,
        required=True,
        default="20%",
    ),
    F(
        "licence.escalation",
        QT_TRANSLATE_NOOP("PlanForm", "Price rise per year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How much the yearly licence cost rises each year, e.g. 3%. A negative figure is a "
            "price cut.",
        ),
        K.SIGNED_RATE,
        placeholder="0%",
    ),
)
_MODULES = tuple(
    field
    for i in range(1, MODULE_SLOTS + 1)
    for field in (
        F(
            f"licence.module{i}.name",
            QT_TRANSLATE_NOOP("PlanForm", "Module"),
            QT_TRANSLATE_NOOP("PlanForm", 'The module\'s name, e.g. "Sales" or "Service desk".'),
            K.TEXT,
        ),
        F(
            f"licence.module{i}.price",
            QT_TRANSLATE_NOOP("PlanForm", "Price per user per month"),
            QT_TRANSLATE_NOOP("PlanForm", "The module's price for one user for one month."),
            K.AMOUNT,
        ),
        F(
            f"licence.module{i}.seats",
            QT_TRANSLATE_NOOP("PlanForm", "Paid users"),
            QT_TRANSLATE_NOOP("PlanForm", "Leave empty when every CRM user gets the module."),
            K.COUNT,
        ),
    )
)

_CUSTOM = (
    F(
        "custom.day_rate",
        QT_TRANSLATE_NOOP("PlanForm", "Day rate"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "What one person-day of a consultant or developer costs. In China CNY 800-4,000, by "
            "seniority and city.",
        ),
        K.AMOUNT,
    ),
)

_TRAINING = (
    F(
        "training.people",
        QT_TRANSLATE_NOOP("PlanForm", "People trained"),
        QT_TRANSLATE_NOOP(
            "PlanForm", "Everyone who will use the CRM; usually the number of CRM users."
        ),
        K.COUNT,
    ),
    F(
        "training.hours",
        QT_TRANSLATE_NOOP("PlanForm", "Hours each"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Hours each person spends in training and learning the system in the first months.",
        ),
        K.NUMBER,
    ),
    F(
        "training.hourly_cost",
        QT_TRANSLATE_NOOP("PlanForm", "Cost per hour"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "What an hour of a trainee's time costs the business (wage plus social insurance). "
            "Learning time is a real cost even though no invoice comes.",
        ),
        K.AMOUNT,
    ),
    F(
        "training.course_fees",
        QT_TRANSLATE_NOOP("PlanForm", "Course fees"),
        QT_TRANSLATE_NOOP("PlanForm", "Fees for courses or the vendor's training package."),
        K.AMOUNT,
    ),
    F(
        "training.trainer",
        QT_TRANSLATE_NOOP("PlanForm", "Trainer"),
        QT_TRANSLATE_NOOP("PlanForm", "An outside trainer or consultant who teaches your staff."),
        K.AMOUNT,
    ),
    F(
        "training.materials",
        QT_TRANSLATE_NOOP("PlanForm", "Materials"),
        QT_TRANSLATE_NOOP("PlanForm", "Manuals, videos and quick-reference cards."),
        K.AMOUNT,
    ),
    F(
        "training.refresher",
        QT_TRANSLATE_NOOP("PlanForm", "Refresher each year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Training for new staff and new features every year, as a share of the first training "
            "(learning time plus course fees), e.g. 20%.",
        ),
        K.RATE,
    ),
)

_MAINT = (
    F(
        "maint.escalation",
        QT_TRANSLATE_NOOP("PlanForm", "Rise per year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How much the yearly amounts on this page rise each year. Maintenance grows as the "
            "system ages and grows; 3-5% is common.",
        ),
        K.SIGNED_RATE,
        placeholder="0%",
    ),
)

_OTHER = (
    F(
        "other.contingency",
        QT_TRANSLATE_NOOP("PlanForm", "Contingency reserve"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "A share of the year-0 spending held back for risks and surprises; 10% is a common "
            "choice.",
        ),
        K.RATE,
        default="10%",
    ),
    F(
        "other.risk_benefits",
        QT_TRANSLATE_NOOP("PlanForm", "Benefits may fall short by"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "For the risk-adjusted case: benefits are cut by this share. Leave both risk fields "
            "empty for no risk-adjusted case.",
        ),
        K.RATE,
        default="10%",
    ),
    F(
        "other.risk_costs",
        QT_TRANSLATE_NOOP("PlanForm", "Costs may overrun by"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "For the risk-adjusted case: costs are raised by this share. Overruns are the norm in "
            "CRM projects.",
        ),
        K.RATE,
        default="10%",
    ),
)

_BENEFITS = (
    F(
        "benefits.start_year",
        QT_TRANSLATE_NOOP("PlanForm", "Benefits start in year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "The first year benefits arrive; 1 means the first year after the investment.",
        ),
        K.COUNT,
        required=True,
        default="1",
        low=0,
        high=10,
    ),
    F(
        "benefits.ramp",
        QT_TRANSLATE_NOOP("PlanForm", "Share in the first year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "Benefits build up while people learn the system: 50% means half the yearly benefit "
            "in the first year, the full amount afterwards.",
        ),
        K.RATE,
        default="50%",
    ),
    F(
        "benefits.growth",
        QT_TRANSLATE_NOOP("PlanForm", "Growth per year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How much the yearly benefits grow each year after the first; leave empty to keep "
            "them flat.",
        ),
        K.SIGNED_RATE,
        placeholder="0%",
    ),
    F(
        "benefits.revenue",
        QT_TRANSLATE_NOOP("PlanForm", "Annual revenue"),
        QT_TRANSLATE_NOOP("PlanForm", "Your sales in a normal year today."),
        K.AMOUNT,
    ),
    F(
        "benefits.uplift",
        QT_TRANSLATE_NOOP("PlanForm", "Extra sales"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How much more you expect to sell thanks to the CRM (better follow-up, fewer lost "
            "leads), e.g. 3%.",
        ),
        K.RATE,
    ),
    F(
        "benefits.margin",
        QT_TRANSLATE_NOOP("PlanForm", "Gross margin"),
        QT_TRANSLATE_NOOP(
            "PlanForm", "Only the margin on extra sales is a benefit, not the whole sale. E.g. 30%."
        ),
        K.RATE,
    ),
    F(
        "benefits.time_people",
        QT_TRANSLATE_NOOP("PlanForm", "People"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How many people save time (fewer duplicate entries, automatic reminders and reports).",
        ),
        K.COUNT,
    ),
    F(
        "benefits.time_hours",
        QT_TRANSLATE_NOOP("PlanForm", "Hours saved per week"),
        QT_TRANSLATE_NOOP("PlanForm", "Hours each of them saves in a week."),
        K.NUMBER,
    ),
    F(
        "benefits.time_weeks",
        QT_TRANSLATE_NOOP("PlanForm", "Weeks worked per year"),
        QT_TRANSLATE_NOOP("PlanForm", "Working weeks in a year, after holidays."),
        K.NUMBER,
        default="46",
    ),
    F(
        "benefits.time_cost",
        QT_TRANSLATE_NOOP("PlanForm", "Cost per hour"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "What an hour of their time costs the business (wage plus social insurance).",
        ),
        K.AMOUNT,
    ),
    F(
        "benefits.time_realisation",
        QT_TRANSLATE_NOOP("PlanForm", "Hours that become value"),
        QT_TRANSLATE_NOOP(
            "PlanForm", "Not every saved hour turns into money; 50-80% is a usual assumption."
        ),
        K.RATE,
        default="60%",
    ),
    F(
        "benefits.customers",
        QT_TRANSLATE_NOOP("PlanForm", "Customers"),
        QT_TRANSLATE_NOOP("PlanForm", "How many active customers you have."),
        K.COUNT,
    ),
    F(
        "benefits.churn_drop",
        QT_TRANSLATE_NOOP("PlanForm", "Fewer customers lost"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "How many percentage points fewer customers you lose per year, e.g. 2% if churn falls "
            "from 12% to 10%.",
        ),
        K.RATE,
    ),
    F(
        "benefits.customer_margin",
        QT_TRANSLATE_NOOP("PlanForm", "Margin per customer per year"),
        QT_TRANSLATE_NOOP(
            "PlanForm",
            "The gross margin an average customer brings in a year. A 5% rise in retention can "
            "lift profit by 25-95%.",
        ),
        K.AMOUNT,
    ),
)

FIELDS: dict[str, FormField] = {
    f.key: f
    for f in (*_SCOPE, *_LICENCE, *_MODULES, *_CUSTOM, *_TRAINING, *_MAINT, *_OTHER, *_BENEFITS)
}
"""Every field by key, in page order."""

ROWS: dict[str, FormRow] = {row.key: row for row in ROW_TABLE}
"""Every row by key, in page order."""

CELL_HELP: dict[str, str] = {
    "days": QT_TRANSLATE_NOOP("PlanForm", "Person-days of work; multiplied by the day rate above."),
    "amount": QT_TRANSLATE_NOOP(
        "PlanForm", "Or type the quoted amount directly (then leave person-days empty)."
    ),
    "once": QT_TRANSLATE_NOOP("PlanForm", "Paid once, at the start (year 0)."),
    "yearly": QT_TRANSLATE_NOOP(
        "PlanForm", "Paid (or, for benefits, gained) every year of the horizon."
    ),
}

CELL_LABELS: dict[str, str] = {
    "days": QT_TRANSLATE_NOOP("PlanForm", "Person-days"),
    "amount": QT_TRANSLATE_NOOP("PlanForm", "or amount"),
    "once": QT_TRANSLATE_NOOP("PlanForm", "One-off"),
    "yearly": QT_TRANSLATE_NOOP("PlanForm", "Per year"),
}

PAGE_CATEGORIES: dict[PageKey, tuple[str, ...]] = {
    PageKey.LICENCE: (C.LICENCE.value,),
    PageKey.CUSTOMISATION: (C.CUSTOMISATION.value, C.DATA_MIGRATION.value),
    PageKey.TRAINING: (C.TRAINING.value,),
    PageKey.MAINTENANCE: (
        C.MAINTENANCE.value,
        C.HARDWARE.value,
        C.SECURITY.value,
        C.COMPLIANCE.value,
    ),
    PageKey.OTHER: (C.PROJECT_MANAGEMENT.value, C.OTHER.value, "contingency"),
    PageKey.BENEFITS: tuple(b.value for b in B),
}
"""The cost (or benefit) lines each page fills, for its running total and its extra lines.
Contingency is computed, not typed, but belongs with the page that sets its rate."""


def page_fields(page: PageKey) -> tuple[FormField, ...]:
    """The fields of one page, in order."""
    return tuple(f for f in FIELDS.values() if f.page is page)


def page_rows(page: PageKey) -> tuple[FormRow, ...]:
    """The rows of one page, in order."""
    return tuple(r for r in ROWS.values() if r.page is page)


def is_benefit_page(page: PageKey) -> bool:
    return page is PageKey.BENEFITS


def tidy_text(spec: FormField, text: str) -> str:
    """What a field shows once the user leaves it: ``1500`` -> ``1,500.00``, ``0.1`` -> ``10%``,
    full-width digits folded. Text that does not parse is returned unchanged (the check on
    Next explains it); the value is never changed, only how it is written."""
    stripped = text.strip()
    if not stripped:
        return text
    try:
        if spec.kind is FieldKind.AMOUNT:
            return money_text(parse_amount(stripped, spec.key))
        if spec.kind is FieldKind.NUMBER:
            return amount_text(parse_amount(stripped, spec.key))
        if spec.kind is FieldKind.COUNT:
            value = parse_amount(stripped, spec.key)
            return str(int(value)) if value == value.to_integral_value() else text
        if spec.kind in (FieldKind.RATE, FieldKind.SIGNED_RATE):
            signed = spec.kind is FieldKind.SIGNED_RATE
            return rate_text(parse_rate(stripped, spec.key, allow_negative=signed))
    except ValidationError:
        return text
    return text


def field_spec(key: str) -> FormField | None:
    """The field for a key, row cells included (``custom.design.days`` is a NUMBER)."""
    if key in FIELDS:
        return FIELDS[key]
    row_key, _, cell = key.rpartition(".")
    row = ROWS.get(row_key)
    if row is None or cell not in CELLS[row.layout]:
        return None
    kind = FieldKind.NUMBER if cell == "days" else FieldKind.AMOUNT
    return FormField(key, CELL_LABELS[cell], CELL_HELP[cell], kind)
