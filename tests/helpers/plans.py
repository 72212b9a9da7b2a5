"""Save a plan the way the planner does (``services.plans``), then set what the planner screen
does not: active flag, go-live date, baseline, creation time."""

from __future__ import annotations

import datetime as dt
import json

from crmdesk.db.engine import Database
from crmdesk.db.models import BudgetPlan as PlanRow
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.services.planning import store as plans


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
