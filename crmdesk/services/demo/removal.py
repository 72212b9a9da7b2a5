"""Finding and removing the sample data again, without touching the user's own records.

Everything "try sample data" makes is marked ``sample`` (customers, plans, spending); their
follow-ups, tickets, phones, tags links and history go with the customers (foreign keys
cascade), and the timeline lines of the activity log are deleted with them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from crmdesk.db.engine import Database
from crmdesk.db.guard import require_owner
from crmdesk.db.models import (
    Activity,
    BudgetPlan,
    Customer,
    PlanEvaluation,
    SpendingEntry,
    Tag,
    customer_tags,
)
from crmdesk.services import activity
from crmdesk.services.demo.data import TAGS


@dataclass(frozen=True)
class SampleCounts:
    customers: int
    plans: int
    spending: int

    @property
    def any(self) -> bool:
        return bool(self.customers or self.plans or self.spending)


def sample_counts(db: Database) -> SampleCounts:
    """How many sample customers, plans and spending entries the database holds."""
    with db.session() as session:
        return SampleCounts(
            session.scalar(select(func.count()).where(Customer.sample)) or 0,
            session.scalar(select(func.count()).where(BudgetPlan.sample)) or 0,
            session.scalar(select(func.count()).where(SpendingEntry.sample)) or 0,
        )


def remove_sample_data(db: Database) -> SampleCounts:
    """Delete every sample record (and what hangs off it) in one transaction; the counts."""
    require_owner(db, "remove the sample data")
    with db.session() as session:
        customer_ids = list(session.scalars(select(Customer.id).where(Customer.sample)))
        plan_ids = list(session.scalars(select(BudgetPlan.id).where(BudgetPlan.sample)))
        spending = session.scalar(select(func.count()).where(SpendingEntry.sample)) or 0
        session.execute(delete(SpendingEntry).where(SpendingEntry.sample))
        for chunk in _chunks(customer_ids):
            session.execute(delete(Activity).where(Activity.customer_id.in_(chunk)))
            session.execute(delete(Customer).where(Customer.id.in_(chunk)))
        if plan_ids:
            names = set(session.scalars(select(BudgetPlan.name).where(BudgetPlan.id.in_(plan_ids))))
            session.execute(
                delete(Activity).where(Activity.entity == "plan", Activity.entity_id.in_(plan_ids))
            )
            session.execute(delete(BudgetPlan).where(BudgetPlan.id.in_(plan_ids)))
            # scorecards that compared only sample plans go with them
            for evaluation_id, candidates in session.execute(
                select(PlanEvaluation.id, PlanEvaluation.candidates)
            ):
                if set(json.loads(candidates)) <= names:
                    session.execute(
                        delete(PlanEvaluation).where(PlanEvaluation.id == evaluation_id)
                    )
        # the sample's own tags, once no customer carries them any more
        used = select(customer_tags.c.tag_id)
        session.execute(delete(Tag).where(Tag.name.in_(TAGS), Tag.id.not_in(used)))
        counts = SampleCounts(len(customer_ids), len(plan_ids), spending)
        activity.record(
            session,
            "sample",
            None,
            "deleted",
            f"{counts.customers} customers, {counts.plans} plans, {counts.spending} spending",
        )
        return counts


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
