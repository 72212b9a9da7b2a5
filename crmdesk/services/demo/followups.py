"""Demo data step: follow-ups for the demo customers (some overdue, some today, done ones).

Rows go in with Core executemany, and the customers' ``last_contact_at`` / ``next_followup_at``
are set in one bulk UPDATE, so 10,000 customers take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, update

from crmdesk.db.models import Customer, FollowUp
from crmdesk.domain.followups.rules import KIND_KEYS, at_local
from crmdesk.services.clock import local_zone
from crmdesk.services.demo.context import DemoContext

SUBJECTS = (
    "确认报价",
    "回访新订单",
    "介绍新产品",
    "催收货款",
    "安排上门演示",
    "Quote follow-up",
    "Check delivery",
    "Renewal chat",
    "Introduce new range",
    "Invoice reminder",
)
OUTCOMES = (
    "客户满意，下月再订货",
    "需要再发一次报价单",
    "客户出差，下周再联系",
    "已签合同",
    "Happy with the order, will reorder next month",
    "Asked for a revised quote",
    "No answer, left a message",
    "Signed the contract",
)
BATCH = 5000


def step_followups(ctx: DemoContext) -> None:
    """About two follow-ups per customer: history with outcomes, overdue, today and ahead."""
    rng, session = ctx.rng, ctx.session
    subjects, outcomes = ctx.local(SUBJECTS), ctx.local(OUTCOMES)
    tz = local_zone()
    today = ctx.now.astimezone(tz).date()
    rows: list[dict[str, Any]] = []
    contacts: dict[int, dict[str, Any]] = {}

    def add(cid: int, day_offset: int, done: bool) -> None:
        day = today + dt.timedelta(days=day_offset)
        due = at_local(day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))), tz)
        lead = rng.choice((None, 15, 15, 30, 60))
        past = due <= ctx.now
        row: dict[str, Any] = {
            "customer_id": cid,
            "kind": rng.choice(KIND_KEYS[:5]),
            "due_at": due,
            "subject": rng.choice(subjects),
            "notes": "",
            "outcome": rng.choice(outcomes) if done else "",
            "status": "done" if done else "planned",
            "reminder_minutes": lead,
            # history and overdue ones must not flood the first start with "missed" reminders
            "reminded_at": due if past and lead is not None else None,
            "completed_at": due if done else None,
            "occasion": "",
            "created_at": due - dt.timedelta(days=rng.randint(1, 20)),
            "updated_at": due,
        }
        rows.append(row)
        info = contacts.setdefault(cid, {"id": cid, "last": None, "next": None})
        if done and (info["last"] is None or due > info["last"]):
            info["last"] = due
        if not done and (info["next"] is None or due < info["next"]):
            info["next"] = due

    for cid in ctx.customer_ids:
        roll = rng.random()
        if roll < 0.25:
            continue
        for _ in range(rng.choice((0, 1, 1, 2))):
            add(cid, -rng.randint(3, 200), done=True)
        if roll < 0.35:
            add(cid, -rng.randint(1, 10), done=False)  # overdue
        elif roll < 0.45:
            add(cid, 0, done=False)  # today
        elif roll < 0.8:
            add(cid, rng.randint(1, 40), done=False)
    for first in range(0, len(rows), BATCH):
        session.execute(insert(FollowUp), rows[first : first + BATCH])
    updates = [
        {"id": c["id"], "last_contact_at": c["last"], "next_followup_at": c["next"]}
        for c in contacts.values()
    ]
    for first in range(0, len(updates), BATCH):
        session.execute(update(Customer), updates[first : first + BATCH])
