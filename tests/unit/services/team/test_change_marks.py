"""The GUI's poll: another handle's change moves the marks of exactly the area it touched."""

from __future__ import annotations

import datetime as dt

from crmdesk.db.engine import Database
from crmdesk.domain.team.roles import Role
from crmdesk.services.customers.store import CustomerInput, add_customer, delete_customers
from crmdesk.services.followups.store import add_followup
from crmdesk.services.followups.write import FollowUpInput
from crmdesk.services.team.changes import change_marks, changed_areas
from tests.unit.services.customers.test_no_lost_updates import second_handle

NOW = dt.datetime(2027, 3, 10, 2, 0, tzinfo=dt.UTC)


def test_another_handles_changes_move_the_marks(db: Database) -> None:
    wang = second_handle(db)
    wang.user_name = "wang"
    try:
        start = change_marks(db)
        assert change_marks(db) == start  # nothing changed: nothing to refresh
        cid = add_customer(wang, CustomerInput(name="张伟"))
        after_add = change_marks(db)
        assert changed_areas(start, after_add) == {"customers"}
        add_followup(wang, FollowUpInput(cid, NOW, subject="回访"), now=NOW)
        after_followup = change_marks(db)
        assert "followups" in changed_areas(after_add, after_followup)
        delete_customers(wang, [cid])  # a soft delete moves updated_at
        assert "customers" in changed_areas(after_followup, change_marks(db))
    finally:
        wang.dispose()


def test_areas_the_role_may_not_read_are_left_out(db: Database) -> None:
    if type(db) is Database:
        assert "plans" in change_marks(db)  # alone: everything
        return
    role = db.role  # type: ignore[attr-defined]
    db.role = Role.SALES  # type: ignore[attr-defined]
    try:
        marks = change_marks(db)  # no NotAllowedError for plans and spending
    finally:
        db.role = role  # type: ignore[attr-defined]
    assert "customers" in marks and "plans" not in marks and "spending" not in marks
