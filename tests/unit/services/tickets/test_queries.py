"""The ticket list: views, filters, search, sort, paging, counts and the recycle bin."""

from __future__ import annotations

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.queries import (
    TicketQuery,
    assignees,
    count_overdue,
    count_tickets,
    list_tickets,
)
from crmdesk.services.tickets.store import (
    change_status,
    create_ticket,
    delete_ticket,
    restore_ticket,
)
from tests.unit.services.tickets.conftest import sh, ticket_input

OPENED = sh(2027, 1, 11, 9, 0)  # Monday
NOW = sh(2027, 1, 12, 12, 0)  # Tuesday noon


@pytest.fixture
def tickets(
    db: Database, levels: ServiceLevels, customer_id: int, other_customer_id: int
) -> dict[str, int]:
    """Four tickets; at NOW the urgent one (due Monday 17:00) is overdue."""

    def make(key: str, customer: int, **fields: object) -> int:
        return create_ticket(db, ticket_input(customer, **fields), levels, now=OPENED).id

    ids = {
        "urgent": make("urgent", customer_id, subject="屏幕不亮", priority="urgent",
                       assignee="Li Lei", serial_number="SN-778"),
        "normal": make("normal", customer_id, subject="Noisy fan", assignee="Li Lei"),
        "low": make("low", other_customer_id, subject="Manual request", priority="low",
                    category="consultation", assignee="Amy"),
        "done": make("done", other_customer_id, subject="Install 50% off unit",
                     category="installation"),
    }  # fmt: skip
    change_status(db, ids["normal"], "in_progress", levels, now=OPENED)
    change_status(db, ids["done"], "resolved", levels, resolution="Installed", now=OPENED)
    return ids


def numbers(db: Database, query: TicketQuery, **kw: object) -> list[str]:
    return [t.subject for t in list_tickets(db, query, now=NOW, **kw)]


def test_views(db: Database, tickets: dict[str, int]) -> None:
    assert set(numbers(db, TicketQuery("open"))) == {"屏幕不亮", "Noisy fan", "Manual request"}
    assert len(numbers(db, TicketQuery("active"))) == 4  # the resolved one is not closed yet
    assert numbers(db, TicketQuery("overdue")) == ["屏幕不亮"]
    assert numbers(db, TicketQuery("resolved")) == ["Install 50% off unit"]
    assert numbers(db, TicketQuery("closed")) == []
    assert count_tickets(db, TicketQuery("all"), now=NOW) == 4
    assert count_overdue(db, now=NOW) == 1
    assert count_overdue(db, now=OPENED) == 0


def test_filters(db: Database, tickets: dict[str, int], other_customer_id: int) -> None:
    assert assignees(db) == ["Amy", "Li Lei"]
    assert set(numbers(db, TicketQuery("all", assignee="Li Lei"))) == {"屏幕不亮", "Noisy fan"}
    assert numbers(db, TicketQuery("all", assignee="")) == ["Install 50% off unit"]
    assert numbers(db, TicketQuery("all", category="consultation")) == ["Manual request"]
    assert numbers(db, TicketQuery("all", priority="urgent")) == ["屏幕不亮"]
    assert set(numbers(db, TicketQuery("all", customer_id=other_customer_id))) == {
        "Manual request",
        "Install 50% off unit",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("屏幕", {"屏幕不亮"}),
        ("sn-778", {"屏幕不亮"}),
        ("SR-2027-0002", {"Noisy fan"}),
        ("wangwei", {"屏幕不亮", "Noisy fan"}),  # the customer's name in pinyin
        ("roundhay manual", {"Manual request"}),  # every word must match somewhere
        ("50%", {"Install 50% off unit"}),  # % is a character, not a wildcard
        ("nothing like this", set()),
    ],
)
def test_search(db: Database, tickets: dict[str, int], text: str, expected: set[str]) -> None:
    assert set(numbers(db, TicketQuery("all", search=text))) == expected


def test_sorting_and_paging(db: Database, tickets: dict[str, int]) -> None:
    by_priority = numbers(db, TicketQuery("all", sort="priority", descending=True))
    assert by_priority[0] == "屏幕不亮"
    assert by_priority[-1] == "Manual request"
    # by deadline: urgent response first; the resolved ticket has none and comes last
    by_due = numbers(db, TicketQuery("all", sort="due"))
    assert by_due[0] == "屏幕不亮"
    assert by_due[-1] == "Install 50% off unit"
    by_due_desc = numbers(db, TicketQuery("all", sort="due", descending=True))
    assert by_due_desc[-1] == "Install 50% off unit"  # empty values last either way
    customer_order = numbers(db, TicketQuery("all", sort="customer"))
    assert customer_order[:2] == ["Install 50% off unit", "Manual request"]  # Olivia < 王
    page = numbers(db, TicketQuery("all", sort="number"), limit=2, offset=1)
    assert page == ["Noisy fan", "Manual request"]
    with pytest.raises(ValueError):
        list_tickets(db, TicketQuery("all", sort="colour"))
    with pytest.raises(ValueError):
        list_tickets(db, TicketQuery("everything"))


def test_recycle_bin(db: Database, tickets: dict[str, int]) -> None:
    delete_ticket(db, tickets["urgent"])
    assert numbers(db, TicketQuery("deleted")) == ["屏幕不亮"]
    assert "屏幕不亮" not in numbers(db, TicketQuery("all"))
    assert count_overdue(db, now=NOW) == 0
    restore_ticket(db, tickets["urgent"])
    assert numbers(db, TicketQuery("deleted")) == []
    assert count_overdue(db, now=NOW) == 1
