"""Realistic bilingual sample data, inserted in bulk (Core executemany, not ORM objects).

Each kind of record has its own step function; ``generate_demo`` runs them in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select

from crmdesk.db.engine import Database
from crmdesk.db.functions import reserve_ids
from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone, Tag, customer_tags
from crmdesk.domain.customers.pinyin import name_sort_key
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.services.customers.search_text import build_search_text
from crmdesk.services.demo.context import DemoContext
from crmdesk.services.demo.evaluation import step_sample_evaluation
from crmdesk.services.demo.followups import step_followups
from crmdesk.services.demo.sample_plan import step_sample_plan
from crmdesk.services.demo.spending import step_spending
from crmdesk.services.demo.tickets import step_tickets

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鹏飞鑫波斌宇浩凯健俊帆"
    "帅旭宁龙林欣佳雪婷倩颖琳晶慧"
)
EN_FIRST = [
    "James",
    "Olivia",
    "Amelia",
    "George",
    "Harry",
    "Isla",
    "Oliver",
    "Emily",
    "Jack",
    "Sophie",
    "Thomas",
    "Grace",
    "William",
    "Chloe",
    "Daniel",
    "Lucy",
    "Mohammed",
    "Ava",
]
EN_LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Wright",
    "Walker",
    "Evans",
    "Green",
    "Hall",
    "Wood",
    "Khan",
    "Lewis",
]
CN_COMPANY_PREFIX = ["深圳", "广州", "东莞", "上海", "杭州", "苏州", "佛山", "厦门", "成都", "武汉"]
CN_COMPANY_CORE = [
    "华强",
    "鑫源",
    "恒达",
    "宏图",
    "锦程",
    "天成",
    "新丰",
    "永利",
    "瑞丰",
    "金桥",
    "明辉",
    "佳禾",
    "盛世",
    "中和",
    "百川",
]
CN_COMPANY_KIND = ["电子", "贸易", "五金", "科技", "服饰", "家具", "印刷", "餐饮", "物流", "建材"]
EN_COMPANY = [
    "Leeds Print & Copy",
    "Northern Tiles Ltd",
    "Kirkstall Motors",
    "Aire Valley Foods",
    "Headingley Dental",
    "Roundhay Bikes",
    "Wharfe Joinery",
    "Chapel Allerton Florist",
    "Morley Electrical",
    "Otley Outdoor Ltd",
    "Pudsey Bakery",
    "Harrogate Lettings",
]
TAGS = [
    "VIP",
    "批发",
    "零售",
    "老客户",
    "wholesale",
    "retail",
    "new",
    "overdue invoice",
    "展会",
    "referral",
]
STREETS_CN = ["深南大道", "华强北路", "人民路", "中山路", "解放路", "建设路", "滨海大道"]
STREETS_EN = ["Briggate", "Kirkgate", "Otley Road", "Headrow", "Wellington Street", "Park Lane"]
STAGES = ["lead", "prospect", "customer", "customer", "customer", "inactive"]


def _chinese_person(rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    company = (
        rng.choice(CN_COMPANY_PREFIX)
        + rng.choice(CN_COMPANY_CORE)
        + rng.choice(CN_COMPANY_KIND)
        + "有限公司"
    )
    address = f"{company[:2]}市{rng.choice(STREETS_CN)}{rng.randint(1, 999)}号"
    return name, company, address


def _english_person(rng: random.Random) -> tuple[str, str, str]:
    name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    address = f"{rng.randint(1, 240)} {rng.choice(STREETS_EN)}, Leeds LS{rng.randint(1, 29)}"
    return name, rng.choice(EN_COMPANY), address


def step_customers(ctx: DemoContext) -> None:
    """Customers with phones, e-mails and tags, in batches of 5,000."""
    rng, session = ctx.rng, ctx.session
    tags_here = ctx.local(TAGS)
    tag_ids: dict[str, int] = {}
    for name in tags_here:
        existing = session.scalar(select(Tag.id).where(Tag.name == name))
        if existing is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            existing = tag.id
        tag_ids[name] = existing
    start_id = reserve_ids(session, Customer.__table__.c.id, ctx.customers).start
    batch = 5000
    for first in range(0, ctx.customers, batch):
        rows: list[dict[str, Any]] = []
        phones: list[dict[str, Any]] = []
        emails: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for i in range(first, min(first + batch, ctx.customers)):
            cid = start_id + i
            chinese = rng.random() < 0.7 if ctx.language is None else ctx.language.startswith("zh")
            name, company, address = (_chinese_person if chinese else _english_person)(rng)
            phone = (
                f"+86 1{rng.choice('3578')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)}"
                if chinese
                else f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
            )
            user = f"{'c' if chinese else name.split()[0].lower()}{cid}"
            email = f"{user}@{'example.cn' if chinese else 'example.co.uk'}"
            tags = rng.sample(tags_here, rng.choice((0, 1, 1, 2)))
            created = ctx.now - dt.timedelta(days=rng.randint(0, 720), minutes=rng.randint(0, 600))
            rows.append(
                {
                    "id": cid,
                    "name": name,
                    "company": company,
                    "title": "",
                    "stage": rng.choice(STAGES),
                    "address": address,
                    "notes": "",
                    "search_text": build_search_text(
                        name, company, [phone], [email], address, "", tags
                    ),
                    "sort_name": name_sort_key(name),
                    "sample": True,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            from crmdesk.domain.text import normalize_phone

            phones.append(
                {
                    "customer_id": cid,
                    "position": 0,
                    "label": "mobile",
                    "number": phone,
                    "normalized": normalize_phone(phone),
                }
            )
            emails.append(
                {
                    "customer_id": cid,
                    "position": 0,
                    "label": "work",
                    "email": email,
                    "normalized": email.lower(),
                }
            )
            links.extend({"customer_id": cid, "tag_id": tag_ids[t]} for t in tags)
            ctx.customer_ids.append(cid)
        session.execute(insert(Customer), rows)
        session.execute(insert(CustomerPhone), phones)
        session.execute(insert(CustomerEmail), emails)
        if links:
            session.execute(insert(customer_tags), links)
        ctx.progress(min(first + batch, ctx.customers), ctx.customers)


# Later features append their own steps (follow-ups, tickets, a sample plan).
STEPS: list[Callable[[DemoContext], None]] = [
    step_customers,
    step_followups,
    step_tickets,
    step_sample_plan,
    step_spending,  # after the sample plan: it follows that plan's budget
    step_sample_evaluation,  # two alternatives to the sample plan and their scorecard
]


def generate_demo(
    db: Database,
    customers: int,
    progress: ProgressCallback = no_progress,
    seed: int = 2027,
    language: str | None = None,
) -> int:
    """Add ``customers`` sample customers (and what the other steps add) in one transaction.

    ``language`` ("en", "zh_CN") writes every name, phone, subject and the sample plan in that
    language; None keeps a bilingual mix. Every row made is marked as sample data.
    """
    with db.session() as session:
        ctx = DemoContext(
            session,
            random.Random(seed),
            customers,
            dt.datetime.now(dt.UTC),
            [],
            progress,
            language,
        )
        for step in STEPS:
            step(ctx)
    return len(ctx.customer_ids)
