"""Customers service: edit, recycle bin, list/search/sort/filter, bulk actions, fields, timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, FollowUp, ServiceTicket
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.services.customers import bulk as customer_bulk
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.store import (
    CustomerFilter,
    CustomerInput,
    add_customer,
    count_customers,
    customer_ids,
    delete_customers,
    get_customer,
    list_customers,
    list_tags,
    purge_customers,
    restore_customers,
    update_customer,
)
from crmdesk.services.customers.timeline import customer_timeline


def names(db: Database, **kwargs: object) -> list[str]:
    return [r.name for r in list_customers(db, **kwargs)]


@pytest.fixture
def three(db: Database) -> list[int]:
    return [
        add_customer(
            db,
            CustomerInput(
                "张伟",
                "深圳华强电子有限公司",
                "lead",
                ["+86 138-0013-8000"],
                ["ZW@Example.cn"],
                tags=["VIP"],
            ),
        ),
        add_customer(
            db,
            CustomerInput(
                "Olivia Smith",
                "Leeds Print",
                "customer",
                ["0113 496 0000"],
                notes="likes tea",
                tags=["VIP", "retail"],
            ),
        ),
        add_customer(db, CustomerInput("王芳", "", "inactive", address="广州市天河区")),
    ]


def test_get_and_update_record_what_changed(db: Database, three: list[int]) -> None:
    detail = get_customer(db, three[0])
    assert detail.data.phones == ["+86 138-0013-8000"] and detail.data.tags == ["VIP"]
    data = detail.data
    data.company = "华强"
    data.phones.append("139 0000 0000")
    assert update_customer(db, three[0], data) == ["company", "phones"]
    assert get_customer(db, three[0]).data.phones == ["+86 138-0013-8000", "139 0000 0000"]
    assert update_customer(db, three[0], data) == []
    assert names(db, search="13900000000") == ["张伟"]
    with pytest.raises(UserError):
        get_customer(db, 999)


def test_update_is_validated(db: Database, three: list[int]) -> None:
    with pytest.raises(ValidationError):
        update_customer(db, three[0], CustomerInput("张伟", emails=["nope"]))


def test_recycle_bin_round_trip(db: Database, three: list[int]) -> None:
    assert delete_customers(db, [three[0], three[0]]) == [three[0]]
    assert "张伟" not in names(db)
    assert names(db, deleted=True) == ["张伟"]
    with pytest.raises(UserError):
        update_customer(db, three[0], CustomerInput("x"))
    assert restore_customers(db, [three[0]]) == [three[0]]
    assert "张伟" in names(db)
    assert purge_customers(db, [three[1]]) == 0  # only from the recycle bin
    delete_customers(db, [three[1]])
    assert purge_customers(db, [three[1]]) == 1
    with pytest.raises(UserError):
        get_customer(db, three[1])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张伟", ["张伟"]),
        ("13800138000", ["张伟"]),
        ("138 0013", ["张伟"]),
        ("zw", ["张伟"]),
        ("zhangwei", ["张伟"]),
        ("zw@example", ["张伟"]),
        ("OLIVIA", ["Olivia Smith"]),
        ("tea", ["Olivia Smith"]),
        ("天河", ["王芳"]),
        ("vip leeds", ["Olivia Smith"]),
        ("100%", []),
    ],
)
def test_search_finds_any_field(
    db: Database, three: list[int], query: str, expected: list[str]
) -> None:
    assert names(db, search=query) == expected
    assert count_customers(db, search=query) == len(expected)


def test_sorting_by_any_column_keeps_empty_values_last(db: Database, three: list[int]) -> None:
    assert names(db, sort="phone") == ["张伟", "Olivia Smith", "王芳"]
    assert names(db, sort="phone", descending=True) == ["Olivia Smith", "张伟", "王芳"]
    assert names(db, sort="tags")[-1] == "王芳"
    assert names(db, sort="stage") == ["Olivia Smith", "王芳", "张伟"]
    assert names(db, sort="created_at", descending=True) == ["王芳", "Olivia Smith", "张伟"]
    assert len(customer_ids(db, sort="email")) == 3
    with pytest.raises(ValueError):
        customer_ids(db, sort="password")


def test_names_sort_by_pinyin_among_latin_names_case_aside(db: Database) -> None:
    for name in ("张伟", "Zara Khan", "amelia Brown", "王芳", "Bob Lee", "章伟", "Wang Li", "Zoe"):
        add_customer(db, CustomerInput(name))
    # 王芳 is "wang fang", so before Wang Li; 张伟 and 章伟 share "zhang wei", then differ
    expected = ["amelia Brown", "Bob Lee", "王芳", "Wang Li", "Zara Khan", "张伟", "章伟", "Zoe"]
    assert names(db) == expected
    assert names(db, descending=True) == expected[::-1]
    zhang = next(c for c in list_customers(db) if c.name == "张伟")
    update_customer(db, zhang.id, CustomerInput("Aaron Zhang"))  # a rename moves it
    assert names(db)[0] == "Aaron Zhang"


def test_filters_by_tag_stage_and_no_recent_contact(db: Database, three: list[int]) -> None:
    assert names(db, filter=CustomerFilter(tags=("VIP", "retail"))) == ["Olivia Smith"]
    assert names(db, filter=CustomerFilter(stages=("lead", "inactive"))) == ["王芳", "张伟"]
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == three[0]).values(created_at=long_ago))
        s.execute(
            update(Customer)
            .where(Customer.id == three[1])
            .values(created_at=long_ago, last_contact_at=dt.datetime.now(dt.UTC))
        )
    # 王芳 was added today: not neglected yet; Olivia was contacted today
    assert names(db, filter=CustomerFilter(no_contact_days=90)) == ["张伟"]
    assert list_tags(db) == [("VIP", 2), ("retail", 1)]


def test_saved_filters_round_trip(db: Database) -> None:
    f = CustomerFilter(tags=("VIP",), stages=("lead",), no_contact_days=90)
    fid = customer_fields.save_filter(db, " Hot leads ", f)
    assert customer_fields.save_filter(db, "Hot leads", f) == fid  # same name: overwritten
    (saved,) = customer_fields.list_saved_filters(db)
    assert saved.name == "Hot leads" and saved.filter == f
    customer_fields.delete_filter(db, fid)
    assert customer_fields.list_saved_filters(db) == []


def test_custom_fields_are_defined_and_stored(db: Database) -> None:
    level = customer_fields.add_field(db, "Level", "choice", "Gold, Silver")
    since = customer_fields.add_field(db, "Customer since", "date")
    with pytest.raises(ValidationError, match="already"):
        customer_fields.add_field(db, " level ", "text")  # names are unique, ignoring case
    with pytest.raises(ValidationError, match="choice"):
        customer_fields.add_field(db, "Colour", "choice", "")
    fields = customer_fields.list_fields(db)
    assert [f.name for f in fields] == ["Level", "Customer since"]
    cid = add_customer(
        db, CustomerInput("张伟", custom={level: fields[0].clean("gold"), since: "2020-01-02"})
    )
    assert get_customer(db, cid).data.custom == {level: "Gold", since: "2020-01-02"}
    customer_fields.update_field(db, level, "Tier", ["Gold", "Silver", "Bronze"])
    assert customer_fields.list_fields(db)[0].choices == ("Gold", "Silver", "Bronze")
    assert customer_fields.delete_field(db, level) == 1
    assert get_customer(db, cid).data.custom == {since: "2020-01-02"}


def test_bulk_tag_and_stage_return_what_they_changed(db: Database, three: list[int]) -> None:
    assert customer_bulk.add_tag(db, three, "VIP") == [three[2]]
    assert names(db, search="vip") == ["Olivia Smith", "王芳", "张伟"]  # wang, zhang
    assert customer_bulk.remove_tag(db, [three[2]], "VIP") == [three[2]]
    assert names(db, search="vip") == ["Olivia Smith", "张伟"]
    previous = customer_bulk.set_stage(db, three, "prospect")
    assert previous == {three[0]: "lead", three[1]: "customer", three[2]: "inactive"}
    customer_bulk.restore_stages(db, previous)
    assert get_customer(db, three[0]).data.stage == "lead"
    with pytest.raises(ValidationError):
        customer_bulk.add_tag(db, three, "  ")


def test_timeline_shows_edits_follow_ups_and_tickets_newest_first(
    db: Database, three: list[int]
) -> None:
    cid = three[0]
    data = get_customer(db, cid).data
    data.notes = "called about prices"
    update_customer(db, cid, data)
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        s.add(FollowUp(customer_id=cid, due_at=now + dt.timedelta(days=2), subject="回访"))
        s.add(
            ServiceTicket(
                customer_id=cid,
                number="SR-2027-0001",
                subject="Printer jam",
                created_at=now + dt.timedelta(days=1),
            )
        )
    entries = customer_timeline(db, cid)
    assert [(e.source, e.action) for e in entries] == [
        ("followup", "planned"),
        ("ticket", "new"),
        ("activity", "updated"),
        ("activity", "created"),
    ]
    assert entries[0].title == "回访"
    assert entries[1].title == "SR-2027-0001 Printer jam"
    assert entries[2].changed == ("notes",)


def test_timeline_of_a_bulk_written_customer_starts_with_its_creation(db: Database) -> None:
    from crmdesk.services.demo.data import generate_demo

    generate_demo(db, 3)
    cid = customer_ids(db)[0]
    (created,) = [e for e in customer_timeline(db, cid) if e.action == "created"]
    assert created.at == get_customer(db, cid).created_at
