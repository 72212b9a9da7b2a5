"""Shared helpers: a customer to follow up, a fixed clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crmdesk.services.customers.store import CustomerInput, add_customer

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2027, 3, 10, 2, 0, tzinfo=dt.UTC)  # Wednesday 10:00 in Shanghai


@pytest.fixture
def customer(db):
    return add_customer(db, CustomerInput(name="王伟", company="深圳华强电子有限公司"))
