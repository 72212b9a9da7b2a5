"""Sample data in the UI language, marked, and removed again without the user's records."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from crmdesk.db.engine import Database
from crmdesk.db.models import (
    Activity,
    BudgetPlan,
    FollowUp,
    PlanEvaluation,
    ServiceTicket,
    SpendingEntry,
    Tag,
)
from crmdesk.services.customers.store import CustomerInput, add_customer, list_customers
from crmdesk.services.demo.data import generate_demo
from crmdesk.services.demo.removal import remove_sample_data, sample_counts
from crmdesk.services.followups.store import list_followups
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.services.tickets.queries import TicketQuery, list_tickets

CJK = re.compile(r"[\u3400-\u9fff]")


def texts_of(db: Database) -> dict[str, list[str]]:
    with db.session() as session:
        return {
            "names": [c.name for c in list_customers(db)],
            "companies": [c.company for c in list_customers(db)],
            "phones": [c.phone for c in list_customers(db)],
            "followups": list(session.scalars(select(FollowUp.subject))),
            "tickets": list(session.scalars(select(ServiceTicket.subject))),
            "plans": list(session.scalars(select(BudgetPlan.name))),
        }


def test_a_chinese_ui_gets_chinese_sample_data(db: Database) -> None:
    generate_demo(db, 40, language="zh_CN")
    texts = texts_of(db)
    for key in ("names", "companies", "followups", "tickets", "plans"):
        assert texts[key], key
        assert all(CJK.search(t) for t in texts[key] if t), (key, texts[key][:5])
    assert all(p.startswith("+86 1") for p in texts["phones"])


def test_an_english_ui_gets_english_sample_data(db: Database) -> None:
    generate_demo(db, 40, language="en")
    texts = texts_of(db)
    for key in ("names", "companies", "followups", "tickets", "plans"):
        assert texts[key], key
        assert not any(CJK.search(t) for t in texts[key]), (key, texts[key][:5])
    assert all(p.startswith("07") for p in texts["phones"])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_sample_spending_suppliers_follow_the_language(db: Database, language: str) -> None:
    generate_demo(db, 40, language=language)
    with db.session() as session:
        entries = list(
            session.execute(
                select(SpendingEntry.plan_id, SpendingEntry.supplier, SpendingEntry.note)
            )
        )
    linked = [e for e in entries if e.plan_id is not None]
    unlinked = [e for e in entries if e.plan_id is None]
    assert len(linked) > 10 and unlinked  # the plan's ledger and the spending before it
    suppliers = {e.supplier for e in entries}
    assert len(suppliers) >= 4
    chinese = language == "zh_CN"
    for entry in entries:
        for text in (entry.supplier, entry.note):
            assert bool(CJK.search(text)) == chinese, (language, entry)


def test_removing_the_sample_keeps_the_users_own_records(db: Database) -> None:
    mine = add_customer(db, CustomerInput("李娜", "Leeds Bikes", phones=["0113 496 0000"]))
    from crmdesk.domain.dates import utcnow
    from crmdesk.services.followups.store import add_followup

    add_followup(db, FollowUpInput(customer_id=mine, due_at=utcnow(), subject="Mine"))
    generate_demo(db, 30, language="en")
    counts = sample_counts(db)
    # the sample plan and the two alternatives its scorecard compares it with
    assert (counts.customers, counts.plans) == (30, 3) and counts.spending > 0
    removed = remove_sample_data(db)
    assert (removed.customers, removed.plans, removed.spending) == (
        counts.customers,
        counts.plans,
        counts.spending,
    )
    assert [c.id for c in list_customers(db)] == [mine]
    assert [f.subject for f in list_followups(db)] == ["Mine"]
    assert list_tickets(db, TicketQuery("all")) == []
    assert not sample_counts(db).any
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(SpendingEntry)) == 0
        assert session.scalar(select(func.count()).select_from(BudgetPlan)) == 0
        assert session.scalar(select(func.count()).select_from(PlanEvaluation)) == 0
        assert session.scalar(select(func.count()).select_from(Tag)) == 0
        # the sample customers' timeline lines went with them; the user's stayed
        owners = set(session.scalars(select(Activity.customer_id)))
    assert owners <= {mine, None}


@pytest.mark.parametrize("language", [None])
def test_the_command_line_mix_is_still_bilingual(db: Database, language: str | None) -> None:
    generate_demo(db, 60, language=language)
    names = texts_of(db)["names"]
    assert any(CJK.search(n) for n in names) and not all(CJK.search(n) for n in names)


def test_the_dashboard_follows_the_sample_plan_not_its_alternatives(db: Database) -> None:
    from crmdesk.services.demo.sample_plan import sample_plan
    from crmdesk.services.spending.actuals import current_plan_id

    generate_demo(db, 5, language="en")
    with db.session() as session:
        shown = session.get(BudgetPlan, current_plan_id(session))
        assert shown is not None
        assert shown.name == sample_plan("en")[0].name
        assert session.scalar(
            select(func.count()).select_from(SpendingEntry).where(SpendingEntry.plan_id == shown.id)
        )
