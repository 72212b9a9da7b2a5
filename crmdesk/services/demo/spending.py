"""Demo data step: spending on the CRM project, a go-live date and a baseline.

A few entries linked to no plan are always added. When the demo's sample plan is there, it is
marked live eight months ago (after its deployment months), gets a baseline measured from the
demo data of the year before go-live (a little worse, so that the realised return shows the
CRM helping) and a ledger that follows its budget: every monthly licence fee, quarterly
support invoices, and one-off work in year 0 with customisation running about 18% over, so
that plan-versus-actual has a warning to show.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import insert, select

from crmdesk.db.models import BudgetPlan as PlanRow
from crmdesk.db.models import SpendingEntry
from crmdesk.domain.dates import add_months
from crmdesk.domain.planning.cashflow import build_table, flow_components
from crmdesk.domain.spending.plantime import PlanCalendar
from crmdesk.domain.spending.realised import Baseline, Measure, baseline_to_dict
from crmdesk.services.demo.context import DemoContext

LIVE_MONTHS_AGO = 8
CENT = Decimal("0.01")
# (supplier, note) per cost category, in the sample's language: a Chinese UI gets Chinese
# suppliers, an English one English suppliers; the CLI's bilingual mix (no language) gets both
SUPPLIERS_ZH: dict[str, tuple[str, str]] = {
    "licence": ("纷享销客", "订阅费 12 用户"),
    "customisation": ("深圳华强软件有限公司", "ERP 对接与定制开发"),
    "data_migration": ("深圳华强软件有限公司", "数据清洗与导入"),
    "training": ("销售易学院", "用户培训"),
    "maintenance": ("广州云维信息技术有限公司", "运维与系统管理"),
    "hardware": ("阿里云", "云服务器"),
    "security": ("阿里云", "备份存储"),
    "compliance": ("广东明德律师事务所", "个人信息保护合规审查"),
    "project_management": ("内部", "启动会与流程梳理"),
    "other": ("京东", "杂项"),
}
SUPPLIERS_EN: dict[str, tuple[str, str]] = {
    "licence": ("Zoho", "Subscription, 12 users"),
    "customisation": ("Aire Valley Software Ltd", "Accounts link and custom work"),
    "data_migration": ("Aire Valley Software Ltd", "Data clean-up and import"),
    "training": ("Pennine Training", "User training"),
    "maintenance": ("Leeds IT Support Ltd", "Support & admin"),
    "hardware": ("Amazon Web Services", "Cloud server"),
    "security": ("Amazon Web Services", "Backup storage"),
    "compliance": ("Walker Morris LLP", "UK GDPR review"),
    "project_management": ("In-house", "Kick-off and process mapping"),
    "other": ("Viking Direct", "Sundries"),
}
SUPPLIERS: dict[str, tuple[str, str]] = {
    "licence": ("纷享销客", "订阅费 12 用户"),
    "customisation": ("深圳华强软件有限公司", "ERP 对接与定制开发"),
    "data_migration": ("深圳华强软件有限公司", "数据清洗与导入"),
    "training": ("销售易学院", "用户培训"),
    "maintenance": ("Leeds IT Support Ltd", "Support & admin"),
    "hardware": ("阿里云", "云服务器"),
    "security": ("阿里云", "备份存储"),
    "compliance": ("广东明德律师事务所", "个人信息保护合规审查"),
    "project_management": ("内部", "启动会与流程梳理"),
    "other": ("京东", "杂项"),
}
# factor on year 0's budget: customisation overruns, training comes in under
YEAR0_FACTOR = {"customisation": Decimal("1.18"), "training": Decimal("0.92")}
UNLINKED = (
    (-400, "licence", Decimal("99.00"), "Zoho", "Trial month before choosing a CRM"),
    (-380, "other", Decimal("950.00"), "Harrogate Consulting", "CRM selection advice"),
    (-60, "hardware", Decimal("749.00"), "Currys", "Front desk PC"),
    (-380, "other", Decimal("1280.00"), "咨询顾问", "CRM 选型咨询"),
    (-60, "hardware", Decimal("3599.00"), "京东", "前台电脑"),
)


def suppliers_for(language: str | None) -> dict[str, tuple[str, str]]:
    """(supplier, note) per cost category for a sample in ``language`` (None: the mix)."""
    if language is None:
        return SUPPLIERS
    return SUPPLIERS_ZH if language.startswith("zh") else SUPPLIERS_EN


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _entry(
    plan_id: int | None,
    day: dt.date,
    category: str,
    amount: Decimal,
    now: dt.datetime,
    language: str | None = None,
) -> dict[str, Any]:
    supplier, note = suppliers_for(language).get(category, ("", ""))
    return {
        "plan_id": plan_id,
        "day": day,
        "category": category,
        "amount": _money(amount),
        "supplier": supplier,
        "note": note,
        "sample": True,
        "created_at": now,
        "updated_at": now,
    }


def _year0(
    plan_id: int, calendar: PlanCalendar, costs: dict[str, Decimal], ctx: DemoContext
) -> list[dict[str, Any]]:
    rows = []
    start, months = calendar.year_start(0), max(calendar.deployment_months, 1)
    for category, budget in costs.items():
        if category == "contingency" or not budget:
            continue
        total = budget * YEAR0_FACTOR.get(category, Decimal("1.02"))
        parts = 2 if total > 20000 else 1
        for _ in range(parts):
            day = add_months(start, ctx.rng.randrange(months)) + dt.timedelta(
                days=ctx.rng.randrange(20)
            )
            rows.append(
                _entry(
                    plan_id,
                    min(day, calendar.go_live),
                    category,
                    total / parts,
                    ctx.now,
                    ctx.language,
                )
            )
    return rows


def _running(
    plan_id: int,
    calendar: PlanCalendar,
    costs: dict[str, Decimal],
    today: dt.date,
    ctx: DemoContext,
) -> list[dict[str, Any]]:
    rows = []
    for category, budget in costs.items():
        if not budget:
            continue
        # the licence is billed monthly, the rest quarterly
        every = 1 if category == "licence" else 3
        for offset in range(0, 12, every):
            day = add_months(calendar.go_live, offset)
            if day > today:
                break
            rows.append(_entry(plan_id, day, category, budget * every / 12, ctx.now, ctx.language))
    return rows


def _baseline(ctx: DemoContext, go_live: dt.date) -> Baseline:
    from crmdesk.services.spending.realised import measure_period

    start = dt.datetime.combine(add_months(go_live, -12), dt.time(0), tzinfo=dt.UTC)
    end = dt.datetime.combine(go_live, dt.time(0), tzinfo=dt.UTC)
    measured = measure_period(ctx.session, start, end).values
    worse = {
        Measure.NEW_CUSTOMERS_PER_MONTH: Decimal("0.93"),
        Measure.FOLLOWUPS_DONE_PER_MONTH: Decimal("0.9"),
        Measure.RESOLUTION_HOURS: Decimal("1.15"),
    }
    measures = {m: (v * worse.get(m, Decimal(1))).quantize(CENT) for m, v in measured.items()}
    if Measure.SATISFACTION in measures:
        measures[Measure.SATISFACTION] = max(
            Decimal(1), measures[Measure.SATISFACTION] - Decimal("0.3")
        )
    measures[Measure.REPEAT_ORDER_RATE] = Decimal("0.24")
    return Baseline(
        measures=measures,
        current={Measure.REPEAT_ORDER_RATE: Decimal("0.26")},
        margin_per_customer=Decimal(800),
    )


def step_spending(ctx: DemoContext) -> None:
    """Unlinked spending always; the sample plan's go-live, baseline and ledger if it exists."""
    from crmdesk.services.demo.sample_plan import sample_plan

    today = ctx.now.date()
    rows: list[dict[str, Any]] = []
    has_unlinked = ctx.session.scalar(
        select(SpendingEntry.id).where(SpendingEntry.plan_id.is_(None)).limit(1)
    )
    if has_unlinked is None:
        for days, category, amount, supplier, note in ctx.local(UNLINKED, lambda u: u[4]):
            entry = _entry(None, today + dt.timedelta(days=days), category, amount, ctx.now)
            rows.append({**entry, "supplier": supplier, "note": note})
    plan, _ = sample_plan(ctx.language)
    row = ctx.session.scalar(
        select(PlanRow).where(PlanRow.name == plan.name, PlanRow.deleted_at.is_(None)).limit(1)
    )
    already = row is not None and ctx.session.scalar(
        select(SpendingEntry.id).where(SpendingEntry.plan_id == row.id).limit(1)
    )
    if row is not None and not already:
        if ctx.session.scalar(select(PlanRow.id).where(PlanRow.is_active).limit(1)) is None:
            # the plan the spending follows is the one the dashboard's budget card shows (not
            # the scorecard's alternatives, which were saved after it)
            row.is_active = True
        if row.go_live_date is None:
            row.go_live_date = add_months(today, -LIVE_MONTHS_AGO)
        calendar = PlanCalendar(row.go_live_date, plan.deployment_months or 0, plan.horizon_years)
        table = build_table(flow_components(plan))
        rows += _year0(row.id, calendar, dict(table.rows[0].costs_by_category), ctx)
        if plan.horizon_years >= 1:
            rows += _running(row.id, calendar, dict(table.rows[1].costs_by_category), today, ctx)
        row.baseline = json.dumps(
            baseline_to_dict(_baseline(ctx, row.go_live_date)), ensure_ascii=False
        )
    if rows:
        ctx.session.execute(insert(SpendingEntry), rows)
