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


# (plan name, company, industry) of the sample plan by language
_NAMES = {
    "zh": ("销售团队 CRM 2027（示例）", "深圳鑫源电子有限公司", "电子产品批发"),
    "en": ("Sales team CRM 2027 (sample)", "Kirkgate Electronics Ltd", "Electronics wholesale"),
}


def sample_form(language: str | None = None) -> PlanForm:
    """The sample plan as the wizard's form, named in ``language`` (None: the original mix)."""
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
    if language is not None:
        chinese = language.startswith("zh")
        name, company, industry = _NAMES["zh" if chinese else "en"]
        form.values.update(
            {"scope.name": name, "scope.company": company, "scope.industry": industry}
        )
        if chinese:
            form.values["scope.vat_note"] = "软件和服务按 6%，硬件按 13%"
            form.intangibles = ["统一的客户视图带来更好的决策", "员工技能提升"]
    return form


def sample_plan(language: str | None = None) -> tuple[BudgetPlan, PlanForm]:
    """The sample plan and the form it was built from."""
    form = sample_form(language)
    return build_plan(form).plan, form


def step_sample_plan(ctx: DemoContext) -> None:
    """Demo data step: one sample budget plan, unless the demo data already added it."""
    from sqlalchemy import select

    from crmdesk.db.models import BudgetPlan as PlanRow
    from crmdesk.services.planning.store import add_plan

    plan, form = sample_plan(ctx.language)
    exists = ctx.session.scalar(select(PlanRow.id).where(PlanRow.name == plan.name).limit(1))
    if exists is None:
        plan_id = add_plan(ctx.session, plan, form)
        row = ctx.session.get(PlanRow, plan_id)
        if row is not None:
            row.sample = True
