"""The shared-database settings: the address in settings.ini, the password only in the
keyring, and a connection test that says plainly what is wrong (real server when available)."""

from __future__ import annotations

import pytest

from crmdesk.domain.errors import UserError
from crmdesk.paths import DataDir
from crmdesk.services.team.connection import (
    ServerAddress,
    check_connection,
    load_password,
    save_password,
)
from crmdesk.settings import Settings
from crmdesk.ui.settings.shared import address_of, configured_url, save_address
from tests.helpers.fake_keyring import MemoryKeyring, memory_keyring  # noqa: F401


def test_the_password_goes_to_the_keyring_never_to_settings_ini(
    data_dir: DataDir,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    settings = Settings(data_dir.settings_file)
    assert configured_url(settings) is None  # nothing set: the single-user data folder
    address = ServerAddress("192.168.1.10", 5433, "crmdesk", "shop")
    save_address(settings, address)
    save_password(address, "s3cret!@/")
    assert "s3cret" not in data_dir.settings_file.read_text(encoding="utf-8")
    assert list(memory_keyring.passwords.values()) == ["s3cret!@/"]

    again = Settings(data_dir.settings_file)
    assert address_of(again) == address
    assert load_password(address) == "s3cret!@/"
    url = configured_url(again)
    assert url is not None and url.startswith("postgresql+psycopg://shop:")
    from sqlalchemy.engine import make_url

    parsed = make_url(url)  # the awkward password survives the quoting
    assert (parsed.password, parsed.host, parsed.port) == ("s3cret!@/", "192.168.1.10", 5433)

    save_password(address, "")  # an empty password removes the entry
    assert memory_keyring.passwords == {}
    assert make_url(configured_url(again) or "").password is None


def test_a_connection_test_without_a_host_or_a_server_says_what_is_wrong() -> None:
    with pytest.raises(UserError, match="host"):
        check_connection(ServerAddress(""), None)
    nobody = ServerAddress("127.0.0.1", 1, "crmdesk", "shop")  # nothing listens on port 1
    with pytest.raises(UserError, match="cannot reach"):
        check_connection(nobody, "x")


def test_a_connection_test_reaches_a_real_server(pg_database: object) -> None:
    url = pg_database.url  # type: ignore[attr-defined]
    address = ServerAddress(url.host, url.port, url.database, url.username or "")
    assert "connected to" in check_connection(address, url.password)
    empty = ServerAddress(url.host, url.port, "postgres", url.username or "")
    with pytest.raises(UserError, match="empty"):
        check_connection(empty, url.password)
