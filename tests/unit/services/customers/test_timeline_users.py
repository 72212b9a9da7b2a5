"""Who did what: on a shared database each timeline line names its user; alone, none does."""

from __future__ import annotations

import datetime as dt

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    get_customer,
    update_customer,
)
from crmdesk.services.customers.timeline import customer_timeline
from crmdesk.services.followups.store import add_followup
from crmdesk.services.followups.write import FollowUpInput
from tests.unit.services.customers.test_no_lost_updates import second_handle

NOW = dt.datetime(2027, 3, 10, 2, 0, tzinfo=dt.UTC)


def test_each_line_names_who_did_it(db: Database) -> None:
    db.user_name = "li"
    wang = second_handle(db)
    wang.user_name = "wang"
    try:
        cid = add_customer(db, CustomerInput(name="张伟", company="华强电子"))
        update_customer(wang, cid, CustomerInput(name="张伟", company="华强电子", notes="样品"))
        add_followup(wang, FollowUpInput(customer_id=cid, due_at=NOW, subject="回访"), NOW)
        lines = {(e.source, e.action): e.user for e in customer_timeline(db, cid)}
        assert lines[("activity", "created")] == "li"
        assert lines[("activity", "updated")] == "wang"
        assert lines[("followup", "planned")] == "wang"
        assert get_customer(db, cid).updated_by == "wang"
    finally:
        wang.dispose()
        db.user_name = ""


def test_the_line_names_the_signed_in_user_or_nobody_on_a_single_user_pc(db: Database) -> None:
    cid = add_customer(db, CustomerInput(name="Lucy Wood"))
    # the server suite signs in as "owner"; a single-user SQLite PC has no user at all
    expected = "" if type(db) is Database else "owner"
    assert [e.user for e in customer_timeline(db, cid)] == [expected]
