"""The team edition on the command line, in real processes against a real PostgreSQL server:
move a shop's data over, add staff, sign in, rights, wrong passwords, and a backup of the
shared database that restores into a single-user folder."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.olddb import cli


@pytest.fixture
def empty_url(pg_server: str | None) -> Iterator[str]:
    """A new, empty database on the test server (dropped afterwards)."""
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    import psycopg

    from crmdesk.db.server import parse_url

    base = parse_url(pg_server)
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"cli_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    yield base.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def env(password: str, new_password: str | None = None) -> dict[str, str]:
    values = {**os.environ, "CRMDESK_PASSWORD": password}
    values.pop("CRMDESK_DATABASE_URL", None)
    if new_password:
        values["CRMDESK_NEW_PASSWORD"] = new_password
    return values


def names(result: object) -> list[str]:
    return sorted(row["name"] for row in json.loads(result.stdout))  # type: ignore[attr-defined]


def test_a_shop_moves_to_the_shared_database_and_back(tmp_path: Path, empty_url: str) -> None:
    shop = tmp_path / "shop"
    assert cli("--data-dir", str(shop), "demo-data", "--customers", "25").returncode == 0
    before = cli("--data-dir", str(shop), "customers", "list", "--json")
    assert len(names(before)) >= 25

    moved = cli(
        "--data-dir", str(shop), "migrate", "--to", empty_url, "--owner", "li",
        env=env("li's secret 1"),
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert "rows copied" in moved.stdout and "secret" not in moved.stdout

    as_li = ["--database-url", empty_url, "--user", "li"]
    listed = cli(*as_li, "customers", "list", "--json", env=env("li's secret 1"))
    assert listed.returncode == 0, listed.stderr
    assert names(listed) == names(before)

    added = cli(
        *as_li, "users", "add", "guest", "--role", "viewer",
        env=env("li's secret 1", new_password="guest pass 1"),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    as_guest = ["--database-url", empty_url, "--user", "guest"]
    refused = cli(*as_guest, "demo-data", "--customers", "1", env=env("guest pass 1"))
    assert refused.returncode == 2
    assert "guest (Viewer) may not change customers" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    wrong = cli(*as_li, "customers", "list", env=env("not it at all"))
    assert (wrong.returncode, wrong.stderr.strip()) == (
        2,
        "crmdesk: wrong user name or password",
    )

    backup = tmp_path / "shared.crmbackup"
    done = cli(*as_li, "backup", "-o", str(backup), env=env("li's secret 1"))
    assert done.returncode == 0, done.stderr
    home = tmp_path / "home"
    restored = cli("--data-dir", str(home), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    again = cli("--data-dir", str(home), "customers", "list", "--json")
    assert names(again) == names(before)


def test_setup_creates_the_schema_and_the_first_owner_once(empty_url: str) -> None:
    first = cli("--database-url", empty_url, "setup", "--owner", "Li Na", env=env("pass word 1"))
    assert first.returncode == 0, first.stderr
    second = cli("--database-url", empty_url, "setup", "--owner", "x", env=env("pass word 2"))
    assert second.returncode == 2 and "already has users" in second.stderr
    missing = cli("--database-url", empty_url, "customers", "list", env=env("pass word 1"))
    assert missing.returncode == 2 and "--user NAME" in missing.stderr
    ok = cli(
        "--database-url", empty_url, "--user", "li na", "customers", "list", "--json",
        env=env("pass word 1"),
    )  # fmt: skip
    assert ok.returncode == 0 and json.loads(ok.stdout) == []
