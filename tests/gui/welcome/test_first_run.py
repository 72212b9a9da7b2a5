"""A new owner's first run: the welcome instead of zeros, the profile, sample data in the UI
language, and removing the sample while keeping the owner's own customer."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import settings
from crmdesk.db.engine import Database
from crmdesk.services.customers.store import CustomerInput, add_customer, list_customers
from crmdesk.settings import Settings
from crmdesk.ui.context import AppContext
from crmdesk.ui.main_window import MainWindow
from tests.helpers.typing import type_text

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def chinese(ctx: AppContext) -> Iterator[AppContext]:
    from crmdesk.i18n import install_translators

    assert install_translators("zh_CN")
    ctx.language = "zh_CN"
    yield ctx
    install_translators("en")


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.painted)
    return window


def welcome_of(qtbot: QtBot, window: MainWindow):
    dashboard = window.screens["dashboard"]
    qtbot.waitUntil(lambda: dashboard.welcome is not None and dashboard.welcome.isVisible())
    return dashboard.welcome


def test_first_run_profile_sample_data_in_chinese_and_removal(
    qtbot: QtBot, chinese: AppContext, db: Database
) -> None:
    ctx = chinese
    window = open_window(qtbot, ctx)
    welcome = welcome_of(qtbot, window)
    assert welcome.setup.isVisible()  # the first run asks for the profile
    assert welcome.sample_button.text() == "试用示例数据"
    profile = welcome.profile
    type_text(qtbot, profile.name_edit, "深圳鑫源电子有限公司")
    qtbot.keyClick(profile.name_edit, Qt.Key.Key_Tab)
    edit = profile.edits[settings.COMPANY_TAX_ID.key]
    type_text(qtbot, edit, "91440300MA5XXXXXXX")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    profile.currency_combo.setCurrentIndex(profile.currency_combo.findData("HKD"))
    # in the database (a backup carries it), not in the PC's settings.ini
    assert ctx.settings.get(settings.COMPANY_NAME) == "深圳鑫源电子有限公司"
    assert ctx.settings.get(settings.COMPANY_TAX_ID) == "91440300MA5XXXXXXX"
    assert ctx.settings.get(settings.CURRENCY) == "HKD"
    assert Settings(ctx.data_dir.settings_file).get(settings.COMPANY_NAME) == ""

    mine = add_customer(db, CustomerInput("Olivia Brown", "Roundhay Bikes"))
    qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.remove_sample_button.isVisible(), timeout=60_000)
    ctx.tasks.wait_all()
    customers = list_customers(db)
    sample = [c for c in customers if c.id != mine]
    assert len(sample) == 200
    assert all(CJK.search(c.name) and CJK.search(c.company) for c in sample)
    assert "200" in welcome.status_label.text()

    qtbot.mouseClick(welcome.remove_sample_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in list_customers(db)] == [mine]
    assert welcome.sample_button.isVisible() and not welcome.remove_sample_button.isVisible()

    qtbot.mouseClick(welcome.done_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.get(settings.WELCOME_DONE) is True
    # the owner's own customer is there: the dashboard replaces the welcome
    dashboard = window.screens["dashboard"]
    qtbot.waitUntil(lambda: dashboard.pages.currentIndex() == 0)


def test_an_empty_business_after_the_first_run_sees_only_the_next_steps(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.settings.set(settings.WELCOME_DONE, True)
    window = open_window(qtbot, ctx)
    welcome = welcome_of(qtbot, window)
    assert not welcome.setup.isVisible()
    assert welcome.import_button.isVisible() and welcome.plan_button.isVisible()
    navigated: list[tuple[str, object]] = []
    ctx.events.navigate.connect(lambda key, arg: navigated.append((key, arg)))
    window.screens["dashboard"].welcome._go("planner", "new")
    assert navigated == [("planner", "new")]
    window.get_screen("planner").maybe_close()
