"""Fixtures for the follow-ups GUI tests: a context, a customer, modal-dialog helpers."""

from __future__ import annotations

import pytest

from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db, CustomerInput(name="Lucy Wood", company="Pudsey Bakery"))
