"""Test set-up: Qt offscreen before anything imports Qt, and a fresh data dir for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CRMDESK_DATA_DIR", None)

import shutil
import tempfile
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


# the service and database suites run on both engines: SQLite and a PostgreSQL server
BOTH_ENGINES = tuple(Path(__file__).resolve().parent / "unit" / part for part in ("services", "db"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if "db" in metafunc.fixturenames and any(
        metafunc.definition.path.is_relative_to(folder) for folder in BOTH_ENGINES
    ):
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db(request: pytest.FixtureRequest, data_dir: DataDir):
    """A migrated, empty database: a file in the test's own data directory, or (for the
    service and database suites, a second time) a fresh database on a PostgreSQL server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        database = request.getfixturevalue("pg_database")
        yield database
        return
    from crmdesk.services.storage import open_database

    database = open_database(data_dir)
    yield database
    database.dispose()


PG_PROBLEM: list[str] = []


def _no_server(reason: str) -> None:
    if os.environ.get("CRMDESK_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required here (CRMDESK_REQUIRE_PG=1): {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """The URL of a PostgreSQL server for the tests (CRMDESK_TEST_PG_URL, or one started
    here for this session), or None with the reason kept for the skip."""
    from tests.helpers import postgres

    given = os.environ.get("CRMDESK_TEST_PG_URL")
    if given:
        yield given
        return
    # not under pytest's own temp folder: that one is private to root, and as root the
    # server runs as the postgres user, who must be able to reach its data folder
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
    folder.chmod(0o755)
    try:
        url = postgres.start(folder)
    except Exception as exc:  # not installed, or cannot run here: the tests say so
        PG_PROBLEM.append(f"{type(exc).__name__}: {exc}")
        yield None
        return
    yield url
    postgres.stop(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_shared(pg_server: str | None) -> Iterator[object]:
    """One migrated CRMDesk database on the server for the session (emptied after each test)."""
    if pg_server is None:
        _no_server("; ".join(PG_PROBLEM) or "could not start one")
    import psycopg

    from crmdesk.db.server import open_server, parse_url

    base = parse_url(pg_server)
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS crmdesk_tests WITH (FORCE)")
        c.execute("CREATE DATABASE crmdesk_tests")
    database = open_server(base.set(database="crmdesk_tests"))
    yield database
    database.dispose()


@pytest.fixture
def pg_database(pg_shared: object) -> Iterator[object]:
    """The session's PostgreSQL database, empty, its ids starting at 1 again afterwards."""
    from sqlalchemy import text

    from crmdesk.db.models import Base
    from crmdesk.domain.team.roles import Role

    # the service suites run as an owner; tests of rights sign in as somebody else
    pg_shared.user_name, pg_shared.role = "owner", Role.OWNER  # type: ignore[attr-defined]
    yield pg_shared
    pg_shared.user_name, pg_shared.role = "", None  # type: ignore[attr-defined]
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with pg_shared.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


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
