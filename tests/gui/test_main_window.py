"""The shell a user sees: navigation, shortcuts, remembered state, language switch, smoke run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import settings
from crmdesk.db.engine import Database
from crmdesk.paths import DataDir
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.main_window import SCREEN_KEYS, MainWindow
from crmdesk.ui.tasks import TaskRunner
from tests.helpers import ROOT
from tests.helpers.typing import type_text


@pytest.fixture
def ctx(data_dir: DataDir, db: Database) -> AppContext:
    return AppContext(data_dir, db, Settings(data_dir.settings_file), TaskRunner())


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_number_switches_screens(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    for index, key in enumerate(SCREEN_KEYS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.screens[key]


def test_clicking_the_navigation_shows_the_screen(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    row = SCREEN_KEYS.index("settings")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "settings"


def test_the_selected_rows_icon_turns_white_on_the_highlight(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtGui import QIcon

    window = make_window(qtbot, ctx)

    def white_pixels(key: str, mode: QIcon.Mode) -> int:
        image = window.nav.item(SCREEN_KEYS.index(key)).icon().pixmap(22, 22, mode).toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).lightness() > 250
        )

    window.show_screen("customers")
    assert white_pixels("customers", QIcon.Mode.Selected) > 10
    assert white_pixels("customers", QIcon.Mode.Normal) == 0  # grey on the window's colour
    window.show_screen("settings")
    assert white_pixels("settings", QIcon.Mode.Selected) > 10


def test_last_screen_and_size_are_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.show_screen("settings")
    # the offscreen screen is 800x800: stay inside it so the window manager keeps the size
    window.setGeometry(10, 20, 780, 640)
    window.close()
    again = make_window(qtbot, ctx)
    assert again.current_key() == "settings"
    assert (again.width(), again.height()) == (780, 640)


def test_settings_screen_saves_company_name(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.show_screen("settings")
    screen = window.screens["settings"]
    screen.company_edit.clear()
    type_text(qtbot, screen.company_edit, "深圳华强电子 & Co <Ltd>")
    qtbot.keyClick(screen.company_edit, Qt.Key.Key_Return)
    # a business option: in the database (a backup carries it), not in the PC's settings.ini
    assert ctx.settings.get(settings.COMPANY_NAME) == "深圳华强电子 & Co <Ltd>"
    assert Settings(ctx.data_dir.settings_file).get(settings.COMPANY_NAME) == ""


def test_choosing_chinese_rebuilds_the_window_in_chinese(qtbot: QtBot, ctx: AppContext) -> None:
    rebuilt: list[bool] = []
    ctx.rebuild_window = lambda: rebuilt.append(True)
    window = make_window(qtbot, ctx)
    window.show_screen("settings")
    combo = window.screens["settings"].language_combo
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: rebuilt == [True])
    assert ctx.settings.get(settings.LANGUAGE) == "zh_CN"


def test_smoke_run_starts_and_exits_cleanly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--smoke", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "crmdesk.db").exists()
    assert "Traceback" not in result.stderr


def test_start_up_leaves_heavy_libraries_until_after_the_first_paint(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, CRMDESK_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "main.py", "--data-dir", str(tmp_path / "d")]
    root = ROOT
    subprocess.run(command, env=env, cwd=root, capture_output=True, timeout=120, check=True)
    # second start: the database exists, so no migration is due
    result = subprocess.run(
        command, env=env, cwd=root, capture_output=True, text=True, timeout=120, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "shown"
    assert lines[1].strip() == "heavy modules loaded before the first paint:", lines[1]


# the offscreen platform cannot grab the keyboard for the popup menu
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)
def test_new_on_the_dashboard_offers_what_a_business_starts_with(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    from PySide6.QtWidgets import QApplication

    from crmdesk.services.customers.store import list_customers
    from crmdesk.ui.customers.dialog import CustomerDialog
    from tests.helpers.dialogs import when_dialog

    window = make_window(qtbot, ctx)
    window.show_screen("dashboard")
    assert window.new_action.isEnabled() and window.search_action.isEnabled()
    button = window.toolbar.widgetForAction(window.new_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.new_menu.isVisible)
    keys = [a.data() for a in window.new_menu.actions()]
    assert keys == ["customers", "followups", "service", "planner"]

    def fill(dialog: CustomerDialog) -> None:
        type_text(qtbot, dialog.name_edit, "张伟")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(fill, CustomerDialog)
    window.new_menu.actions()[0].trigger()
    window.new_menu.hide()
    qtbot.waitUntil(lambda: seen == ["handled"])
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.current_key() == "customers"
    assert [c.name for c in list_customers(db)] == ["张伟"]


def test_search_on_the_dashboard_goes_to_the_customer_search(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.show_screen("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "customers"
    search = window.screens["customers"].search_edit
    qtbot.waitUntil(search.hasFocus)
    # a screen with its own search keeps it: the follow-ups' customer filter
    window.show_screen("followups")
    window.search_action.trigger()
    assert window.current_key() == "followups"


def test_the_feature_hooks_and_the_screens_load_in_the_background(
    tmp_path: Path,
) -> None:
    """The follow-up and service hooks need SQLAlchemy; it is imported off the GUI thread,
    so attaching the hooks afterwards imports nothing but UI modules; then the screens not
    shown yet are imported off the GUI thread too, and built only when shown (a fresh
    process)."""
    code = """
import sys, threading
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crmdesk.paths import DataDir
from crmdesk.db.engine import Database
from crmdesk.ui import crash
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner
import crmdesk.ui.main_window as main_window
from crmdesk.ui import warmup
importers = []
real = warmup.import_feature_modules
def spy(progress):
    importers.append(threading.current_thread() is threading.main_thread())
    real(progress)
warmup.import_feature_modules = spy
screen_importers = []
real_screens = warmup.import_screens
def screens_spy(specs, progress):
    screen_importers.append((threading.current_thread() is threading.main_thread(), specs))
    real_screens(specs, progress)
warmup.import_screens = screens_spy
root = DataDir(Path(sys.argv[1]))
root.ensure()
crash.interactive = False  # a failure is in the log and the stderr, never a modal dialog
ctx = AppContext(root, Database(root.database), Settings(root.settings_file), TaskRunner())
window = main_window.MainWindow(ctx)
window.show()
assert "sqlalchemy" not in sys.modules
def attached():
    return bool(window._hooks)
import time
deadline = time.monotonic() + 60
while not attached() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
assert attached(), "the hooks never attached"
assert importers == [False], importers
deadline = time.monotonic() + 60
while not screen_importers and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
ctx.tasks.wait_all()
app.processEvents()
start = window.current_key()
assert start == "dashboard", start  # a new data folder opens on the dashboard
[(on_gui_thread, specs)] = screen_importers
assert not on_gui_thread
assert [s.key for s in specs] == [s.key for s in main_window.SCREENS if s.key != start]
# the screen modules themselves, not only their packages (some import them on demand)
for module in ("crmdesk.ui.tickets.screen", "crmdesk.ui.planner.screen", "crmdesk.ui.settings"):
    assert module in sys.modules, module
import gc
assert gc.get_freeze_count() > 10000, gc.get_freeze_count()  # start-up's objects left alone
assert list(window.screens) == [start], list(window.screens)
# attaching imported nothing below the UI once the services were there
window._hooks.clear()
loaded = set(sys.modules)
window.install_feature_hooks()
new = sorted(m for m in set(sys.modules) - loaded if not m.startswith(("crmdesk.ui.", "PySide6")))
assert not new, new
ctx.tasks.wait_all()
app.processEvents()
assert not crash.reported, crash.reported
print("ok")
"""
    from crmdesk.paths import DataDir
    from crmdesk.services.storage import open_database

    root = DataDir(tmp_path / "d")
    root.ensure()
    open_database(root).dispose()  # the tables, made here: the child must not load SQLAlchemy
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().endswith("ok"), result.stderr[-3000:]
