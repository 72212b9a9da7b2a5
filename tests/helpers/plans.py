"""Plans for tests: ``make_plan`` builds one from items, ``save_plan`` saves it the way the planner
does (``services.planning.store``), then sets what the planner screen does not: active flag,
go-live date, baseline, creation time."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from crmdesk.db.engine import Database
from crmdesk.db.models import BudgetPlan as PlanRow
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem
from crmdesk.services.planning import store as plans


def make_plan(
    *costs: CostItem, benefits: tuple[BenefitItem, ...] = (), **fields: Any
) -> BudgetPlan:
    """A plan named "t" over 3 years with ``costs`` and ``benefits``; ``fields`` override."""
    values: dict[str, Any] = {"name": "t", "horizon_years": 3}
    values.update(fields)
    return BudgetPlan(costs=costs, benefits=benefits, **values)


def save_plan(
    db: Database,
    plan: BudgetPlan,
    *,
    active: bool = True,
    go_live: dt.date | None = None,
    created: dt.datetime | None = None,
    baseline: dict[str, object] | None = None,
) -> int:
    """Save ``plan`` and return its id."""
    plan_id = plans.save_plan(db, plan)
    with db.session() as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        row.is_active = active
        row.go_live_date = go_live
        row.baseline = json.dumps(baseline or {})
        if created is not None:
            row.created_at = created
            row.updated_at = created
    return plan_id
