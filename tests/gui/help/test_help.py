"""The offline Help: every topic in both languages, from the Help menu."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.ui.context import AppContext
from crmdesk.ui.help import TOPICS, help_page
from crmdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("topic", [key for key, _ in TOPICS])
def test_every_topic_exists_in_both_languages(tmp_path, topic: str, language: str) -> None:
    page = help_page(topic, language, tmp_path / "客户 data")
    assert page.startswith("<h1>")
    assert ("的" in page) == (language == "zh_CN")  # no English page standing in
    assert "{data_dir}" not in page


def test_the_data_page_names_the_users_own_folder(tmp_path) -> None:
    assert str(tmp_path / "a&b").replace("&", "&amp;") in help_page("data", "en", tmp_path / "a&b")


def test_the_planner_page_states_the_rules_of_thumb() -> None:
    from pathlib import Path

    page = help_page("planner", "en", Path("."))
    for rule in ("twice", "12 months", "six months"):
        assert rule in page


def test_help_menu_opens_the_shortcuts_page(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.painted)
    dashboard = window.screens["dashboard"]
    qtbot.waitUntil(lambda: dashboard.welcome is not None and dashboard.welcome.isVisible())
    window.help_actions[2].trigger()
    dialog = window.help_dialog
    qtbot.waitExposed(dialog)
    assert "Ctrl+L" in dialog.browser.toPlainText()
    dialog.topics.setCurrentRow(0)
    assert "Getting started" in dialog.browser.toPlainText()
    dialog.close()
    ctx.tasks.wait_all()
