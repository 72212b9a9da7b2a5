"""No lost updates beyond customers: follow-ups, tickets and budget plans carry a version, and
a save on top of someone else's is refused with who and when (two handles, both engines)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.planning.plan import BudgetPlan, CostItem
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.services.followups.store import add_followup, get_followup, update_followup
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.services.planning import store as plans
from crmdesk.services.tickets.queries import get_ticket
from crmdesk.services.tickets.store import create_ticket, update_ticket
from crmdesk.services.versions import StaleRecordError
from tests.unit.services.customers.test_no_lost_updates import second_handle
from tests.unit.services.tickets.conftest import levels, ticket_input  # noqa: F401

NOW = dt.datetime(2027, 3, 10, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def two(db: Database):  # type: ignore[no-untyped-def]
    """Li on ``db``, Wang on a second handle to the same data."""
    db.user_name = "li"
    wang = second_handle(db)
    wang.user_name = "wang"
    try:
        yield db, wang
    finally:
        wang.dispose()
        db.user_name = ""


def test_follow_ups(two: tuple[Database, Database]) -> None:
    li, wang = two
    cid = add_customer(li, CustomerInput(name="张伟", company="华强电子"))
    fid = add_followup(li, FollowUpInput(customer_id=cid, due_at=NOW, subject="回访"), NOW)
    li_sees, wang_sees = get_followup(li, fid), get_followup(wang, fid)
    assert li_sees.version == wang_sees.version and li_sees.updated_by == "li"

    update_followup(
        wang, fid, replace(wang_sees.as_input(), notes="带样品"), NOW, wang_sees.version
    )
    after = get_followup(li, fid)
    assert (after.version, after.updated_by) == (li_sees.version + 1, "wang")

    with pytest.raises(StaleRecordError, match="changed by wang at") as refused:
        update_followup(li, fid, replace(li_sees.as_input(), subject="电话"), NOW, li_sees.version)
    assert refused.value.by == "wang" and refused.value.version == after.version
    assert get_followup(wang, fid).notes == "带样品"  # nothing overwritten

    update_followup(li, fid, replace(after.as_input(), subject="电话"), NOW, after.version)
    final = get_followup(wang, fid)
    assert (final.subject, final.notes, final.updated_by) == ("电话", "带样品", "li")


def test_tickets(two: tuple[Database, Database], levels: ServiceLevels) -> None:  # noqa: F811
    li, wang = two
    cid = add_customer(li, CustomerInput(name="张伟", company="华强电子"))
    tid = create_ticket(li, ticket_input(cid), levels, NOW).id
    li_sees, wang_sees = get_ticket(li, tid).ticket, get_ticket(wang, tid).ticket
    assert li_sees.version == wang_sees.version

    update_ticket(
        wang, tid, ticket_input(cid, description="paper tray"), levels, NOW, wang_sees.version
    )
    after = get_ticket(li, tid).ticket
    assert (after.version, after.updated_by) == (li_sees.version + 1, "wang")

    with pytest.raises(StaleRecordError, match="changed by wang at") as refused:
        update_ticket(li, tid, ticket_input(cid, subject="Jams"), levels, NOW, li_sees.version)
    assert refused.value.by == "wang"
    assert get_ticket(wang, tid).ticket.subject == "Printer jams"

    update_ticket(li, tid, ticket_input(cid, subject="Jams"), levels, NOW, after.version)
    final = get_ticket(wang, tid).ticket
    assert (final.subject, final.updated_by, final.version) == ("Jams", "li", after.version + 1)


def test_plans(two: tuple[Database, Database]) -> None:
    li, wang = two
    plan = BudgetPlan(
        name="一期",
        costs=(CostItem.one_off(CostCategory.CUSTOMISATION, Decimal("1000")),),
    )
    pid = plans.save_plan(li, plan)
    li_sees, wang_sees = plans.load_plan(li, pid), plans.load_plan(wang, pid)
    assert li_sees.version == wang_sees.version and li_sees.updated_by == "li"

    plans.save_plan(wang, replace(plan, name="一期 (王)"), pid, None, wang_sees.version)
    after = plans.load_plan(li, pid)
    # a plan save flushes the header and its items separately: the version may move by two
    assert after.version > li_sees.version and after.updated_by == "wang"

    with pytest.raises(StaleRecordError, match="changed by wang at"):
        plans.save_plan(li, replace(plan, name="一期 (李)"), pid, None, li_sees.version)
    assert plans.load_plan(wang, pid).plan.name == "一期 (王)"

    plans.save_plan(li, replace(plan, name="一期 (李)"), pid, None, after.version)
    assert plans.load_plan(wang, pid).plan.name == "一期 (李)"
    # no version named: the old behaviour (a single-user save) still overwrites
    plans.save_plan(wang, plan, pid)
    assert plans.load_plan(li, pid).updated_by == "wang"
