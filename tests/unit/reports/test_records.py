"""Work order, customer list and customer record PDFs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.domain.tickets.work_order import WorkOrderData, WorkOrderEvent, WorkOrderLine
from crmdesk.reports.customers.listing import CustomerListData, CustomerListRow, build_customer_list
from crmdesk.reports.customers.record import (
    CustomerRecordData,
    RecordEntry,
    build_customer_record,
)
from crmdesk.reports.tickets.work_order import build_work_order
from tests.helpers.pdf import flat, fonts, page_count, page_sizes, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font", "english")

UTC = dt.UTC
AWKWARD = "A & B <Ltd> 培训 & 实施 <一期>"


def _order(**changes: object) -> WorkOrderData:
    values: dict[str, object] = {
        "number": "SR-2027-0042",
        "subject": "Printer jams & <error 0x3F>",
        "customer_name": "王小明",
        "company": AWKWARD,
        "phone": "+86 138 0013 8000",
        "priority": "High",
        "status": "In progress",
        "opened_at": dt.datetime(2027, 3, 2, 1, 30, tzinfo=UTC),
        "description": "Jams on every second page.\nCustomer tried a reset.",
        "lines": (
            WorkOrderLine("Pickup roller", Decimal(1), Decimal("85"), Decimal("85")),
            WorkOrderLine("Labour", Decimal("1.5"), Decimal("120"), Decimal("180")),
        ),
        "total": Decimal("265"),
        "events": (WorkOrderEvent(dt.datetime(2027, 3, 2, 2, tzinfo=UTC), "Parts ordered"),),
        "issuer": "My Service Co.",
        "generated": dt.date(2027, 3, 3),
    }
    values.update(changes)
    return WorkOrderData(**values)


def test_work_order_shows_the_ticket_exactly(tmp_path: Path):
    target = tmp_path / "order.pdf"
    pdf = build_work_order(_order(), target)
    assert target.read_bytes() == pdf
    text = pdf_text(pdf)
    for expected in (
        "SR-2027-0042",
        "Printer jams & <error 0x3F>",
        AWKWARD,
        "Jams on every second page.",
        "¥265.00",
        "Parts ordered",
        "Technician: signature and date",
        "Page 1 of 1",
    ):
        assert expected in text
    assert all(fonts(pdf).values())


def test_work_order_offers_boxes_when_not_yet_rated_and_shows_a_rating_when_given():
    assert "Customer satisfaction (1 = poor, 5 = excellent):" in pdf_text(
        build_work_order(_order())
    )
    rated = pdf_text(build_work_order(_order(satisfaction=4, satisfaction_comment="Quick!")))
    assert "Customer satisfaction: 4 of 5" in rated and "Quick!" in rated


def test_work_order_letter_paper():
    assert page_sizes(build_work_order(_order(), paper="Letter"))[0] == (612.0, 792.0)


def _rows(count: int) -> list[CustomerListRow]:
    return [
        CustomerListRow(
            f"客户{i} & Co <{i}>",
            "上海示例贸易有限公司",
            f"+86 138 0013 {i:04d}",
            f"c{i}@example.cn",
            "Customer",
            ("VIP", "华东"),
            dt.date(2027, 1, 1 + i % 28),
        )
        for i in range(count)
    ]


def test_customer_list_shows_the_filter_and_every_row():
    data = CustomerListData(_rows(150), filter_text="Tag: VIP & 华东", total=900, issuer="Me")
    pdf = build_customer_list(data)
    text = flat(pdf_text(pdf))
    assert "Filter: Tag: VIP & 华东" in text
    assert "150 of 900 customers" in text
    for i in (0, 77, 149):
        assert f"客户{i} & Co <{i}>" in text
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    assert page_count(pdf) > page_count(build_customer_list(CustomerListData(_rows(5))))


def test_customer_list_reports_progress_and_an_empty_list():
    seen: list[tuple[int, int]] = []
    build_customer_list(CustomerListData(_rows(130)), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 130) and seen[-1] == (130, 130)
    empty = pdf_text(build_customer_list(CustomerListData([], filter_text="nobody")))
    assert "No customers match the filter." in empty


def test_customer_record_shows_details_and_history():
    data = CustomerRecordData(
        name="王小明",
        company=AWKWARD,
        phones=("+86 138 0013 8000", "021-5555 1234"),
        tags=("VIP",),
        notes="Prefers WeChat & calls after 5 <pm>.",
        fields=(("Source", "Trade fair"),),
        followups=(RecordEntry(dt.datetime(2027, 3, 9, 2, tzinfo=UTC), "Call", "Renewal"),),
        history=tuple(
            RecordEntry(
                dt.datetime(2027, 1, 1, tzinfo=UTC) + dt.timedelta(days=i), "Note", f"Entry {i}"
            )
            for i in range(80)
        ),
    )
    pdf = build_customer_record(data)
    text = flat(pdf_text(pdf))
    for expected in (
        AWKWARD,
        "021-5555 1234",
        "Prefers WeChat & calls after 5 <pm>.",
        "Trade fair",
        "Renewal",
        "Entry 0",
        "Entry 79",
    ):
        assert expected in text
    assert page_count(pdf) >= 2
