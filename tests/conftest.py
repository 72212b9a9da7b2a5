"""Test set-up: Qt offscreen before anything imports Qt, and a fresh data dir for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CRMDESK_DATA_DIR", None)

from pathlib import Path

import pytest

from crmdesk.paths import DataDir


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """An empty data directory, used only by this test."""
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def db(data_dir: DataDir):  # type: ignore[no-untyped-def]
    """A migrated, empty database in the test's own data directory."""
    from crmdesk.services.storage import open_database

    database = open_database(data_dir)
    yield database
    database.dispose()
