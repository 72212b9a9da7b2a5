"""Test set-up: Qt offscreen before anything imports Qt, and a fresh data dir for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CRMDESK_DATA_DIR", None)

from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.paths import DataDir

DOMAIN_TESTS = Path(__file__).resolve().parent / "unit" / "domain"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Domain tests first: they run before any QApplication exists, as the domain is plain
    Python (tests/unit/domain/conftest.py checks that none is made)."""
    items.sort(key=lambda item: not item.path.is_relative_to(DOMAIN_TESTS))


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """An empty data directory, used only by this test."""
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def db(data_dir: DataDir):
    """A migrated, empty database in the test's own data directory."""
    from crmdesk.services.storage import open_database

    database = open_database(data_dir)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def no_unexpected_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """No crash dialog may block a test, and an error that would have shown one fails it.

    Outside the domain tests, one QApplication serves the whole run, made before any test can
    make a bare QCoreApplication (the reports translate through QtCore), which pytest-qt could
    not use for widgets.
    """
    if request.node.path.is_relative_to(DOMAIN_TESTS):
        yield
        return
    import sys

    from PySide6.QtWidgets import QApplication

    from crmdesk.ui import crash

    QApplication.instance() or QApplication(["crmdesk-tests"])

    hook = sys.excepthook
    crash.interactive = False
    crash.reported.clear()
    yield
    sys.excepthook = hook
    crash.interactive = False
    errors = list(crash.reported)
    crash.reported.clear()
    assert not errors, "unexpected error reported to the crash dialog:\n" + "\n".join(errors)
