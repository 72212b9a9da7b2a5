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
# the alternatives' names in the sample's language (None: the CLI's bilingual mix)
_NAMES: dict[str | None, tuple[str, str]] = {
    None: (ZOHO, OPEN_SOURCE),
    "zh": ("Zoho CRM 2027（示例）", "悟空CRM 开源版 2027（示例）"),
    "en": (ZOHO, "WukongCRM open source 2027 (sample)"),
}

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

# typed scores per criterion: (Fxiaoke, Zoho, 悟空CRM), and a note on the evidence (zh, en)
_SCORES: dict[str, tuple[tuple[int, int, int], tuple[str, str]]] = {
    "completeness": ((5, 4, 3), ("产品演示 2026-11-20", "Product demo 2026-11-20")),
    "extensibility": ((4, 4, 5), ("开放 API 文档", "Open API documentation")),
    "customisation": ((4, 3, 5), ("源代码可改", "Source code can be changed")),
    "ease_of_use": ((4, 4, 3), ("销售团队试用两周", "Two-week trial by the sales team")),
    "multi_platform": ((5, 4, 3), ("企业微信、钉钉、手机 App", "WeCom, DingTalk, phone app")),
    "stability": ((4, 5, 3), ("参考客户电话", "Reference customer calls")),
    "scalability": ((4, 5, 3), ("", "")),
    "security": ((4, 4, 3), ("等保三级证书", "MLPS level 3 certificate")),
    "after_sales": ((5, 3, 2), ("深圳本地服务团队", "Local service team in Shenzhen")),
    "implementation": ((4, 3, 2), ("同行业案例", "Cases in the same trade")),
    "training": ((4, 3, 2), ("", "")),
    "pipl": ((5, 3, 4), ("数据存放在境内", "Data kept in mainland China")),
    "reputation": ((4, 5, 3), ("行业报告", "Industry report")),
    "user_feedback": ((4, 4, 3), ("用户访谈 6 人", "Interviews with 6 users")),
}


def _language_key(language: str | None) -> str | None:
    return None if language is None else ("zh" if language.startswith("zh") else "en")


def alternative_plans(language: str | None = None) -> list[tuple[BudgetPlan, PlanForm]]:
    """The two alternatives to the sample plan and their wizard inputs, in ``language``."""
    plans = []
    names = _NAMES[_language_key(language)]
    for name, values in zip(names, _ALTERNATIVES.values(), strict=True):
        form = sample_form(language)
        form.values.update(values)
        form.values["scope.name"] = name
        plans.append((build_plan(form).plan, form))
    return plans


def sample_evaluation(candidates: tuple[str, str, str], language: str | None = None) -> Evaluation:
    """The demo scorecard for (sample plan, Zoho, 悟空CRM), its notes in ``language``."""
    english = _language_key(language) == "en"
    scores = {
        (candidate, key): Score(values[i], notes[1] if english else notes[0])
        for key, (values, notes) in _SCORES.items()
        for i, candidate in enumerate(candidates)
    }
    return Evaluation(candidates, DEFAULT_CRITERIA, scores)


def step_sample_evaluation(ctx: DemoContext) -> None:
    """Demo data step: the alternatives and the scorecard, unless already there."""
    from sqlalchemy import select

    from crmdesk.db.models import BudgetPlan as PlanRow
    from crmdesk.services.planning.evaluations import add_evaluation
    from crmdesk.services.planning.store import add_plan

    sample = sample_form(ctx.language).get("scope.name")
    names: list[str] = []
    for plan, form in alternative_plans(ctx.language):
        names.append(plan.name)
        exists = ctx.session.scalar(select(PlanRow.id).where(PlanRow.name == plan.name).limit(1))
        if exists is None:
            row = ctx.session.get(PlanRow, add_plan(ctx.session, plan, form))
            if row is not None:
                row.sample = True  # removed with the rest of the sample data
    candidates = (str(sample), names[0], names[1])
    add_evaluation(ctx.session, sample_evaluation(candidates, ctx.language))
