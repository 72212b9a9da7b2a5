"""Two people edit the same customer: the second save is refused with who and when, never
silently overwrites; on both engines (two handles on one SQLite file, two server sessions)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk.db.engine import Database
from crmdesk.db.models import Activity
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    get_customer,
    update_customer,
)
from crmdesk.services.versions import StaleRecordError


def second_handle(db: Database) -> Database:
    """Another PC's connection to the same data, signed in as someone else."""
    from crmdesk.db.server import SharedDatabase

    if isinstance(db, SharedDatabase):
        other: Database = SharedDatabase(db.url)
        other.role = db.role  # type: ignore[attr-defined]
    else:
        other = Database(db.path)
    return other


def test_a_save_on_top_of_someone_elses_is_refused_with_who_and_when(db: Database) -> None:
    db.user_name = "li"
    cid = add_customer(db, CustomerInput(name="张伟", company="华强电子"))
    wang = second_handle(db)
    wang.user_name = "wang"
    try:
        li_sees = get_customer(db, cid)
        wang_sees = get_customer(wang, cid)
        assert li_sees.version == wang_sees.version

        changed = CustomerInput(name="张伟", company="华强电子", notes="wants 200 units")
        update_customer(wang, cid, changed, expected_version=wang_sees.version)
        after_wang = get_customer(db, cid)
        assert after_wang.version == li_sees.version + 1
        assert after_wang.updated_by == "wang"

        mine = CustomerInput(name="张伟", company="华强电子股份")
        with pytest.raises(StaleRecordError, match="changed by wang at") as refused:
            update_customer(db, cid, mine, expected_version=li_sees.version)
        assert refused.value.by == "wang" and refused.value.version == after_wang.version
        assert get_customer(db, cid).data.notes == "wants 200 units"  # nothing overwritten

        # reloaded, Li's save goes through on top of Wang's
        update_customer(db, cid, mine, expected_version=get_customer(db, cid).version)
        final = get_customer(wang, cid)
        assert (final.data.company, final.updated_by) == ("华强电子股份", "li")
        assert final.version == li_sees.version + 2
        with db.session() as session:
            who = session.scalars(select(Activity.user_name).order_by(Activity.id)).all()
        assert who == ["li", "wang", "li"]
    finally:
        wang.dispose()
        db.user_name = ""
