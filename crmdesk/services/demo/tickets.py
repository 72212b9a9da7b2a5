"""Demo data step: service tickets for the demo customers, in every state, some overdue.

Tickets, their history and their timeline lines go in with Core executemany (explicit ids, so
the history can point at its ticket without a round trip per row). Due dates come from the
default business hours and targets, so the list looks as it would after real use.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select

from crmdesk.db.functions import reserve_ids
from crmdesk.db.models import Activity, ServiceTicket, TicketEvent
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceLevels, ServiceTargets
from crmdesk.domain.tickets.workflow import CHANNEL_KEYS, format_number, parse_number
from crmdesk.services.clock import local_zone
from crmdesk.services.demo.context import DemoContext

PRODUCTS = (
    ("HP LaserJet M1136 打印机", "CNB8"),
    ("美的空调 KFR-35GW", "MD35"),
    ("格力空调 KFR-26GW", "GR26"),
    ("海尔冰箱 BCD-470", "HE47"),
    ("Dell OptiPlex 7090", "DL70"),
    ("Brother HL-L2350DW printer", "BR23"),
    ("收银机 POS T2", "PT2X"),
    ("Canon PIXMA G3810", "CA38"),
)
SUBJECTS = {
    "repair": ("打印机卡纸", "空调不制冷", "开机无显示", "Paper jam on tray 2", "Screen flickers"),
    "complaint": (
        "送货延迟三天",
        "安装师傅迟到",
        "Invoice amount is wrong",
        "Rude delivery driver",
    ),
    "consultation": ("如何连接WiFi", "保修期多久？", "How do I reset the password?"),
    "installation": ("新空调上门安装", "Install the new POS terminal", "打印机驱动安装"),
    "return": ("退货：外壳破损", "Return: wrong model delivered"),
}
CATEGORY_WEIGHTS = (("repair", 5), ("complaint", 2), ("consultation", 2), ("installation", 2))
RESOLUTIONS = (
    "更换定影组件，测试正常",
    "清洁滚轮并更新驱动",
    "补充冷媒，试机正常",
    "Replaced the power supply; tested OK",
    "Sent the missing parts by courier",
    "Explained the settings on the phone",
)
COMMENTS = (
    "客户说周三下午在家",
    "已订配件，预计两天到货",
    "Customer will send photos of the damage",
    "Called, no answer; left a message",
)
SATISFACTION_COMMENTS = ("师傅很专业", "响应很快", "等太久了", "Quick and friendly", "", "")
ASSIGNEES = ("张工", "李师傅", "王敏", "Tom", "")
# (status, share): closed tickets make the history, the rest are today's work
STATES = (("closed", 0.40), ("resolved", 0.10), ("in_progress", 0.2), ("waiting", 0.08))
H = dt.timedelta(hours=1)


def _category(rng: random.Random) -> str:
    return rng.choices(
        [*(c for c, _ in CATEGORY_WEIGHTS), "return"], [*(w for _, w in CATEGORY_WEIGHTS), 1]
    )[0]


def _status(rng: random.Random) -> str:
    roll, edge = rng.random(), 0.0
    for status, share in STATES:
        edge += share
        if roll < edge:
            return status
    return "new"


def _working_moment(rng: random.Random, day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)), tzinfo=tz)
    return local.astimezone(dt.UTC)


def _next_sequences(ctx: DemoContext) -> dict[int, int]:
    highest: dict[int, int] = defaultdict(int)
    for number in ctx.session.scalars(select(ServiceTicket.number)):
        parsed = parse_number(number)
        if parsed is not None:
            highest[parsed[0]] = max(highest[parsed[0]], parsed[1])
    return highest


def step_tickets(ctx: DemoContext) -> None:
    """About one ticket per six customers (at least six): closed history with satisfaction
    scores, resolved, waiting, in progress and new ones, some of them overdue."""
    if not ctx.customer_ids:
        return
    rng, session, now = ctx.rng, ctx.session, ctx.now
    products = ctx.local(PRODUCTS, lambda p: p[0])
    subjects = {key: ctx.local(texts) for key, texts in SUBJECTS.items()}
    assignees = ctx.local(ASSIGNEES)
    texts = {
        "comments": ctx.local(COMMENTS),
        "resolutions": ctx.local(RESOLUTIONS),
        "satisfaction": ctx.local(SATISFACTION_COMMENTS),
    }
    tz = local_zone()
    levels = ServiceLevels(BusinessHours(), ServiceTargets.default(), tz)
    today = now.astimezone(tz).date()
    count = max(6, min(len(ctx.customer_ids) // 6, 3000))
    plans = []
    for _ in range(count):
        status = _status(rng)
        # closed ones make the history; new ones are recent, so only some are overdue
        age = {"closed": rng.randint(6, 360), "new": rng.randint(0, 3)}.get(
            status, rng.randint(0, 12)
        )
        created = min(_working_moment(rng, today - dt.timedelta(days=age), tz), now - H / 6)
        plans.append((created, status))
    plans.sort(key=lambda plan: plan[0])

    highest = _next_sequences(ctx)
    first_id = reserve_ids(session, ServiceTicket.__table__.c.id, len(plans)).start
    tickets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    for offset, (created, status) in enumerate(plans):
        tid = first_id + offset
        year = created.astimezone(tz).year
        highest[year] += 1
        category = _category(rng)
        priority = rng.choices(("low", "normal", "high", "urgent"), (2, 5, 2, 1))[0]
        product, prefix = rng.choice(products)
        subject = rng.choice(subjects[category])
        customer_id = rng.choice(ctx.customer_ids)
        due = levels.due_dates(created, priority)
        row: dict[str, Any] = {
            "id": tid,
            "number": format_number(year, highest[year]),
            "customer_id": customer_id,
            "channel": rng.choice(CHANNEL_KEYS[:5]),
            "category": category,
            "product": product,
            "serial_number": f"{prefix}{rng.randint(100000, 999999)}",
            "warranty_end": created.date() + dt.timedelta(days=rng.randint(-400, 700)),
            "priority": priority,
            "status": status,
            "assignee": rng.choice(assignees),
            "subject": subject,
            "description": subject,
            "resolution": "",
            "response_due_at": due.response_due_at,
            "due_at": due.resolution_due_at,
            "first_response_at": None,
            "resolved_at": None,
            "closed_at": None,
            "satisfaction": None,
            "satisfaction_comment": "",
            "created_at": created,
            "updated_at": created,
        }

        event = _recorder(events, row)
        event(created, "created", new="new", text=subject)
        _play(rng, row, status, now, event, texts)
        tickets.append(row)
        lines.append(
            {
                "at": created,
                "entity": "ticket",
                "entity_id": tid,
                "customer_id": customer_id,
                "action": "created",
                "summary": f"{row['number']} {subject}",
                "details": json.dumps({"number": row["number"], "status": status}),
            }
        )
    session.execute(insert(ServiceTicket), tickets)
    session.execute(insert(TicketEvent), events)
    session.execute(insert(Activity), lines)


EventRecorder = Callable[..., None]


def _recorder(events: list[dict[str, Any]], row: dict[str, Any]) -> EventRecorder:
    """A function adding one history entry of the ticket ``row`` to ``events``."""

    def event(at: dt.datetime, kind: str, old: str = "", new: str = "", text: str = "") -> None:
        events.append(
            {
                "ticket_id": row["id"],
                "at": at,
                "kind": kind,
                "old_value": old,
                "new_value": new,
                "text": text,
            }
        )
        row["updated_at"] = max(row["updated_at"], at)

    return event


def _play(
    rng: random.Random,
    row: dict[str, Any],
    status: str,
    now: dt.datetime,
    event: EventRecorder,
    texts: dict[str, list[str]],
) -> None:
    """Walk the ticket to ``status`` with plausible times, never later than ``now``."""
    if status == "new":
        return
    at: dt.datetime = row["created_at"]

    def step(hours: float) -> dt.datetime:
        nonlocal at
        at = min(at + hours * H, now)
        return at

    first = "waiting" if status == "waiting" else "in_progress"
    row["first_response_at"] = step(rng.uniform(0.2, 6))
    event(at, "status", "new", first)
    if rng.random() < 0.3:
        event(step(rng.uniform(0.5, 20)), "comment", text=rng.choice(texts["comments"]))
    if status in ("in_progress", "waiting"):
        return
    resolution = rng.choice(texts["resolutions"])
    row["resolution"] = resolution
    row["resolved_at"] = step(rng.uniform(1, 60))
    event(at, "status", first, "resolved")
    event(at, "resolution", text=resolution)
    if status == "resolved":
        return
    row["closed_at"] = step(rng.uniform(2, 72))
    event(at, "status", "resolved", "closed")
    if rng.random() < 0.8:
        score = rng.choices((5, 4, 3, 2, 1), (45, 30, 12, 8, 5))[0]
        comment = rng.choice(texts["satisfaction"])
        row["satisfaction"], row["satisfaction_comment"] = score, comment
        event(at, "satisfaction", "", str(score), comment)
