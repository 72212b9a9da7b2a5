"""Settings > Shared database: saved address, the password in the keyring only, a connection
test in the background with a plain answer, and the start-up picking the server up."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import settings as options
from crmdesk.app import shared_url_from_settings
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.settings.shared import SharedDatabaseBox
from tests.helpers.fake_keyring import MemoryKeyring, memory_keyring  # noqa: F401


def test_save_test_and_start_on_the_shared_database(
    qtbot: QtBot,
    ctx: AppContext,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    box = SharedDatabaseBox(ctx)
    qtbot.addWidget(box)
    box.show()
    assert shared_url_from_settings(SimpleNamespace(settings=ctx.settings)) is None  # type: ignore[arg-type]

    box.test_button.click()  # no server entered yet
    qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=5000)
    assert box.result_label.text().startswith("Connection failed")
    assert "host" in box.result_label.text()

    box.host_edit.setText("127.0.0.1")
    box.port_spin.setValue(1)  # nothing listens there
    box.database_edit.setText("crmdesk")
    box.user_edit.setText("shop")
    box.password_edit.setText("s3cret")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "next time it starts" in box.result_label.text()
    ini = ctx.data_dir.settings_file.read_text(encoding="utf-8")
    assert "127.0.0.1" in ini and "s3cret" not in ini
    assert list(memory_keyring.passwords.values()) == ["s3cret"]

    box.test_button.click()
    assert not box.test_button.isEnabled()  # runs in the background
    qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=15000)
    assert "cannot reach" in box.result_label.text()

    fresh = Settings(ctx.data_dir.settings_file)  # the next start
    start = SimpleNamespace(settings=fresh)
    assert fresh.get(options.SHARED_PORT) == 1
    url = shared_url_from_settings(start)  # type: ignore[arg-type]
    assert url == "postgresql+psycopg://shop:s3cret@127.0.0.1:1/crmdesk"
    again = SharedDatabaseBox(ctx)  # the page shows what was saved, password included
    qtbot.addWidget(again)
    assert (again.host_edit.text(), again.password_edit.text()) == ("127.0.0.1", "s3cret")

    box.host_edit.clear()  # back to this PC alone
    box.save()
    alone = SimpleNamespace(settings=Settings(ctx.data_dir.settings_file))
    assert shared_url_from_settings(alone) is None  # type: ignore[arg-type]
    assert memory_keyring.passwords == {}
