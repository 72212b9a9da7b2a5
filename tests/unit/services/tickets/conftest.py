"""Shared set-up for the service tests: a Shanghai calendar and a couple of customers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceLevels, ServiceTargets
from crmdesk.services.customers.store import CustomerInput, add_customer
from crmdesk.services.tickets.store import TicketInput

SH = ZoneInfo("Asia/Shanghai")


def sh(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SH)


@pytest.fixture
def levels() -> ServiceLevels:
    return ServiceLevels(BusinessHours(), ServiceTargets.default(), SH)


@pytest.fixture
def customer_id(db: Database) -> int:
    return add_customer(db, CustomerInput("王伟", "深圳华强电子有限公司", phones=["13800138000"]))


@pytest.fixture
def other_customer_id(db: Database) -> int:
    return add_customer(db, CustomerInput("Olivia Brown", "Roundhay Bikes"))


def ticket_input(customer_id: int, **fields: object) -> TicketInput:
    values: dict[str, object] = {"customer_id": customer_id, "subject": "Printer jams"}
    values.update(fields)
    return TicketInput(**values)
