"""A sample budget plan for the demo data: a 12-user sales team on a Chinese SaaS CRM.

It is typed into the wizard's form as an owner would, with the licence price taken from the
shipped presets, and built by the same code as the wizard, so the demo plan opens in the
wizard with every driver (person-days, hours, revenue...) in place.
"""

from __future__ import annotations

from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.form.extra import money_text
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.services.demo.context import DemoContext
from crmdesk.services.planning.presets import load_presets

SAMPLE_PRODUCT = "fxiaoke_higher"


def _preset_price() -> tuple[str, str]:
    """The sample product's label and price from the shipped presets (as typed text)."""
    for preset in load_presets():
        for product in preset.products:
            if product.id == SAMPLE_PRODUCT and product.price is not None:
                label = f"{product.product} {product.edition}".strip()
                return label, money_text(product.price)
    return "CRM subscription", "220"


def sample_form() -> PlanForm:
    """The sample plan as the wizard's form."""
    product, price = _preset_price()
    form = PlanForm(modules=["customer_information", "sales_followup", "service", "analysis"])
    form.values.update(
        {
            "scope.name": "销售团队 CRM 2027 (sample)",
            "scope.company": "深圳鑫源电子有限公司",
            "scope.industry": "Electronics wholesale",
            "scope.staff": "45",
            "scope.users": "12",
            "scope.vat": "yes",
            "scope.vat_note": "SaaS and services at 6%, hardware at 13%",
            "scope.deployment_months": "4",
            "licence.product": product,
            "licence.price": price,
            "licence.escalation": "3%",
            "custom.day_rate": "1,500",
            "custom.requirements_analysis.days": "4",
            "custom.development.days": "10",
            "custom.integration_erp.days": "8",
            "custom.testing.days": "3",
            "custom.cleaning.days": "5",
            "custom.conversion.amount": "3,000",
            "training.people": "12",
            "training.hours": "16",
            "training.hourly_cost": "80",
            "training.course_fees": "6,000",
            "training.refresher": "20%",
            "maint.admin_time.yearly": "6,000",
            "maint.backup.yearly": "2,400",
            "maint.personal_information.once": "5,000",
            "maint.escalation": "3%",
            "other.planning.once": "8,000",
            "other.process_change.once": "6,000",
            "benefits.revenue": "8,000,000",
            "benefits.uplift": "3%",
            "benefits.margin": "25%",
            "benefits.time_people": "12",
            "benefits.time_hours": "2",
            "benefits.time_cost": "80",
            "benefits.customers": "600",
            "benefits.churn_drop": "2%",
            "benefits.customer_margin": "3,000",
            "benefits.printing.yearly": "3,000",
        }
    )
    form.intangibles = ["Better decisions from a single customer view", "Staff skills"]
    return form


def sample_plan() -> tuple[BudgetPlan, PlanForm]:
    """The sample plan and the form it was built from."""
    form = sample_form()
    return build_plan(form).plan, form


def step_sample_plan(ctx: DemoContext) -> None:
    """Demo data step: one sample budget plan, unless the demo data already added it."""
    from sqlalchemy import select

    from crmdesk.db.models import BudgetPlan as PlanRow
    from crmdesk.services.planning.store import add_plan

    plan, form = sample_plan()
    exists = ctx.session.scalar(select(PlanRow.id).where(PlanRow.name == plan.name).limit(1))
    if exists is None:
        add_plan(ctx.session, plan, form)
