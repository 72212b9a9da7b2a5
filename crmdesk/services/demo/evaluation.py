"""Demo data: two alternatives to the sample plan and a filled-in evaluation scorecard.

The sample company weighs its Chinese SaaS plan (``sample_plan``) against Zoho CRM and the
open-source 悟空CRM: the same wizard inputs with another licence price, and for the open-source
system no licence but more customisation and upkeep. The scorecard uses the default criteria
with typed scores and evidence notes; the cost-benefit scores come from the plans' figures.
"""

from __future__ import annotations

from crmdesk.domain.planning.evaluation import DEFAULT_CRITERIA, Evaluation, Score
from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.services.demo.context import DemoContext
from crmdesk.services.demo.sample_plan import sample_form

ZOHO = "Zoho CRM 2027 (sample)"
OPEN_SOURCE = "悟空CRM 开源版 2027 (sample)"

_ALTERNATIVES: dict[str, dict[str, str]] = {
    ZOHO: {"licence.product": "Zoho CRM Professional", "licence.price": "170"},
    OPEN_SOURCE: {
        "licence.product": "悟空CRM (open source)",
        "licence.price": "0",
        "custom.development.days": "30",
        "custom.integration_erp.days": "15",
        "maint.admin_time.yearly": "24,000",
        "maint.backup.yearly": "6,000",
    },
}

# typed scores per criterion: (Fxiaoke, Zoho, 悟空CRM), and a note on the evidence
_SCORES: dict[str, tuple[tuple[int, int, int], str]] = {
    "completeness": ((5, 4, 3), "产品演示 2026-11-20"),
    "extensibility": ((4, 4, 5), "开放 API 文档"),
    "customisation": ((4, 3, 5), "源代码可改"),
    "ease_of_use": ((4, 4, 3), "销售团队试用两周"),
    "multi_platform": ((5, 4, 3), "企业微信、钉钉、手机 App"),
    "stability": ((4, 5, 3), "参考客户电话"),
    "scalability": ((4, 5, 3), ""),
    "security": ((4, 4, 3), "等保三级证书"),
    "after_sales": ((5, 3, 2), "深圳本地服务团队"),
    "implementation": ((4, 3, 2), "同行业案例"),
    "training": ((4, 3, 2), ""),
    "pipl": ((5, 3, 4), "数据存放在境内"),
    "reputation": ((4, 5, 3), "行业报告"),
    "user_feedback": ((4, 4, 3), "用户访谈 6 人"),
}


def alternative_plans() -> list[tuple[BudgetPlan, PlanForm]]:
    """The two alternatives to the sample plan and their wizard inputs."""
    plans = []
    for name, values in _ALTERNATIVES.items():
        form = sample_form()
        form.values.update(values)
        form.values["scope.name"] = name
        plans.append((build_plan(form).plan, form))
    return plans


def sample_evaluation(candidates: tuple[str, str, str]) -> Evaluation:
    """The demo scorecard for (sample plan, Zoho, 悟空CRM)."""
    scores = {
        (candidate, key): Score(values[i], note)
        for key, (values, note) in _SCORES.items()
        for i, candidate in enumerate(candidates)
    }
    return Evaluation(candidates, DEFAULT_CRITERIA, scores)


def step_sample_evaluation(ctx: DemoContext) -> None:
    """Demo data step: the alternatives and the scorecard, unless already there."""
    from sqlalchemy import select

    from crmdesk.db.models import BudgetPlan as PlanRow
    from crmdesk.services.planning.evaluations import add_evaluation
    from crmdesk.services.planning.store import add_plan

    sample = sample_form().get("scope.name")
    for plan, form in alternative_plans():
        exists = ctx.session.scalar(select(PlanRow.id).where(PlanRow.name == plan.name).limit(1))
        if exists is None:
            add_plan(ctx.session, plan, form)
    add_evaluation(ctx.session, sample_evaluation((str(sample), ZOHO, OPEN_SOURCE)))
