"""Fixtures for the follow-ups GUI tests: a context, a customer, modal-dialog helpers."""

from __future__ import annotations

import pytest

from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.services.customers import CustomerInput, add_customer
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def ctx(data_dir: DataDir, db: Database) -> AppContext:
    return AppContext(data_dir, db, Settings(data_dir.settings_file), TaskRunner())


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db, CustomerInput(name="Lucy Wood", company="Pudsey Bakery"))
