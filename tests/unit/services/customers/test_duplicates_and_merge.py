"""Duplicates on save and in the scanner (Chinese aware), merge and its undo."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.engine import Database
from crmdesk.db.models import FollowUp, ServiceTicket
from crmdesk.domain.customers.customer import merged_input
from crmdesk.domain.errors import UserError
from crmdesk.services.customers.duplicates import find_duplicates_for, scan_duplicates
from crmdesk.services.customers.merge import merge_customers, undo_merge
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    delete_customers,
    get_customer,
    list_customers,
)
from crmdesk.services.customers.timeline import customer_timeline


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    return {
        "zhang": add_customer(
            db,
            CustomerInput(
                "张伟",
                "深圳华强电子有限公司",
                phones=["138-0013-8000"],
                emails=["ZhangWei@Example.cn"],
                notes="first",
            ),
        ),
        "olivia": add_customer(
            db, CustomerInput("Jonathan Smith", "Leeds Print Ltd", phones=["0113 496 0000"])
        ),
        "other": add_customer(db, CustomerInput("张玮", "深圳华强电子有限公司")),
    }


@pytest.mark.parametrize(
    ("data", "reasons"),
    [
        (CustomerInput("x", phones=["+86 138 0013 8000"]), ("phone",)),
        (CustomerInput("x", phones=["１３８００１３８０００"]), ("phone",)),
        (CustomerInput("x", phones=["0086-13800138000"]), ("phone",)),
        (CustomerInput("x", emails=["zhangwei@EXAMPLE.CN"]), ("email",)),
        (CustomerInput("张 伟", "深圳华强电子"), ("name",)),
        (CustomerInput("张伟", "深圳华强电子", phones=["13800138000"]), ("phone", "name")),
    ],
)
def test_on_save_a_likely_duplicate_is_found(
    db: Database, people: dict[str, int], data: CustomerInput, reasons: tuple[str, ...]
) -> None:
    (match,) = find_duplicates_for(db, data)
    assert match.customer_id == people["zhang"]
    assert match.reasons == reasons


def test_similar_latin_names_in_the_same_company(db: Database, people: dict[str, int]) -> None:
    (match,) = find_duplicates_for(db, CustomerInput("Jonathon Smith", "LEEDS PRINT"))
    assert (match.customer_id, match.reasons) == (people["olivia"], ("similar_name",))


def test_no_false_alarms(db: Database, people: dict[str, int]) -> None:
    assert find_duplicates_for(db, CustomerInput("张伟", "别的公司")) == []
    assert (
        find_duplicates_for(
            db, CustomerInput("张 伟", phones=["13800138000"]), exclude_id=people["zhang"]
        )
        == []
    )
    delete_customers(db, [people["zhang"]])
    assert find_duplicates_for(db, CustomerInput("x", phones=["13800138000"])) == []


def test_scanner_lists_pairs_with_reasons(db: Database, people: dict[str, int]) -> None:
    a = add_customer(db, CustomerInput("张伟", "深圳华强电子", phones=["+86 138 0013 8000"]))
    b = add_customer(db, CustomerInput("Jon Smith", "Acme", emails=["ZHANGWEI@example.cn"]))
    pairs = {(p.a.id, p.b.id): p.reasons for p in scan_duplicates(db)}
    assert pairs == {
        (people["zhang"], a): ("phone", "name"),
        (people["zhang"], b): ("email",),
    }


def test_merge_moves_history_and_can_be_undone(db: Database, people: dict[str, int]) -> None:
    keep = people["zhang"]
    drop = add_customer(
        db,
        CustomerInput("张 伟", "华强电子", "lead", ["139 0000 0000"], notes="second", tags=["VIP"]),
    )
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        s.add(FollowUp(customer_id=drop, due_at=now, subject="回访"))
        s.add(ServiceTicket(customer_id=drop, number="SR-1", subject="repair"))
    final = merged_input(get_customer(db, keep).data, get_customer(db, drop).data, {"stage"})
    result = merge_customers(db, keep, drop, final)
    assert (result.moved_followups, result.moved_tickets) == (1, 1)
    merged = get_customer(db, keep).data
    assert merged.phones == ["138-0013-8000", "139 0000 0000"]
    assert (merged.stage, merged.tags, merged.notes) == ("lead", ["VIP"], "first\nsecond")
    assert get_customer(db, drop).deleted_at is not None
    sources = [(e.source, e.action) for e in customer_timeline(db, keep)]
    assert ("followup", "planned") in sources and ("ticket", "new") in sources
    assert ("activity", "merged") in sources
    undo_merge(db, result)
    assert get_customer(db, keep).data.phones == ["138-0013-8000"]
    assert get_customer(db, drop).deleted_at is None
    assert {e.source for e in customer_timeline(db, keep)} == {"activity"}
    assert {e.source for e in customer_timeline(db, drop)} >= {"followup", "ticket"}
    assert len(list_customers(db, search="张")) == 3


def test_merge_refuses_nonsense(db: Database, people: dict[str, int]) -> None:
    data = get_customer(db, people["zhang"]).data
    with pytest.raises(UserError):
        merge_customers(db, people["zhang"], people["zhang"], data)
    delete_customers(db, [people["other"]])
    with pytest.raises(UserError, match="recycle bin"):
        merge_customers(db, people["zhang"], people["other"], data)
