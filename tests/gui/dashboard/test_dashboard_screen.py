"""The dashboard as a user sees it: cards, charts, clicks that open filtered lists, PNG export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.ui.context import AppContext
from crmdesk.ui.dashboard import DashboardScreen


def shown(qtbot: QtBot, ctx: AppContext) -> DashboardScreen:
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    with qtbot.waitSignal(screen.drawn, timeout=20000):
        screen.activated()
    return screen


def test_builds_on_an_empty_database(qtbot: QtBot, ctx: AppContext) -> None:
    screen = shown(qtbot, ctx)
    assert screen.customers_card.value_label.text() == "0"
    assert screen.followups_card.detail_label.text() == "None overdue"
    assert screen.satisfaction_card.value_label.text() == "\u2014"  # not defined: an em dash
    assert screen.plan_card.value_label.text() == "\u2014"
    for panel in screen.panels.values():
        assert not panel.has_chart
        assert panel.message.text()
        assert not panel.save_button.isEnabled()


def test_shows_the_figures_and_draws_the_charts(
    qtbot: QtBot, ctx: AppContext, some_data: Database, plan_id: int
) -> None:
    screen = shown(qtbot, ctx)
    assert screen.customers_card.value_label.text() == "3"
    assert "1 overdue" in screen.followups_card.detail_label.text()
    assert screen.tickets_card.value_label.text() == "1"
    assert screen.satisfaction_card.value_label.text() == "4.00 / 5"
    assert screen.plan_card.title_label.text() == "Budget: CRM <Pilot> & Co"
    assert screen.plan_card.value_label.text() == "¥0"  # whole units on a card
    customers = screen.panels["customers"]
    assert customers.has_chart
    chart = customers.chart()
    last = len(chart.labels) - 1
    assert "New customers: 3" in chart.hover_at(last)
    assert chart.shown_labels[-1] == last  # the current month always has its label
    assert screen.panels["spend"].has_chart
    assert "Budget" in screen.panels["spend"].chart().hover_text(0)


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ("customers_card", ("customers", "new_this_month")),
        ("followups_card", ("followups", "today")),
        ("tickets_card", ("service", "open")),
        ("satisfaction_card", ("service", "closed")),
    ],
)
def test_clicking_a_card_asks_for_the_filtered_list(
    qtbot: QtBot, ctx: AppContext, card: str, expected: tuple[str, str]
) -> None:
    screen = shown(qtbot, ctx)
    with qtbot.waitSignal(ctx.events.navigate) as signal:
        qtbot.mouseClick(getattr(screen, card), Qt.MouseButton.LeftButton)
    assert tuple(signal.args) == expected


def test_overdue_link_and_keyboard_open_the_overdue_list(
    qtbot: QtBot, ctx: AppContext, some_data: Database, plan_id: int
) -> None:
    screen = shown(qtbot, ctx)
    with qtbot.waitSignal(ctx.events.navigate) as signal:
        screen.followups_card.detail_label.linkActivated.emit("overdue")
    assert signal.args == ["followups", "overdue"]
    screen.plan_card.setFocus()
    with qtbot.waitSignal(ctx.events.navigate) as signal:
        qtbot.keyClick(screen.plan_card, Qt.Key.Key_Return)
    assert signal.args == ["planner", plan_id]


def test_a_chart_is_saved_as_png(
    qtbot: QtBot,
    ctx: AppContext,
    some_data: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = shown(qtbot, ctx)
    target = tmp_path / "customers"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(screen.panels["customers"].save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "customers.png"
    assert saved.read_bytes().startswith(b"\x89PNG")
    chart = screen.panels["customers"].chart()
    image = QImage(str(saved))
    # the chart at its size on screen, with a row for the title above it
    assert image.width() == chart.grab().toImage().width()
    assert image.height() > chart.grab().toImage().height()


def test_changes_elsewhere_reload_the_dashboard(
    qtbot: QtBot, ctx: AppContext, some_data: Database
) -> None:
    from crmdesk.db.models import Customer

    screen = shown(qtbot, ctx)
    with some_data.session() as session:
        session.add(Customer(name="新客户"))
    with qtbot.waitSignal(screen.drawn, timeout=20000):
        ctx.events.customers_changed.emit()
    assert screen.customers_card.value_label.text() == "4"


def test_the_figures_are_read_after_the_screen_has_painted(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading them beside the first paint slowed the paint (the GIL): the paint comes first."""
    from PySide6.QtGui import QPaintEvent

    events: list[str] = []
    real_paint = DashboardScreen.paintEvent
    real_refresh = DashboardScreen.refresh

    def paint(self: DashboardScreen, event: QPaintEvent) -> None:
        events.append("paint")
        real_paint(self, event)

    def refresh(self: DashboardScreen) -> None:
        events.append("refresh")
        real_refresh(self)

    monkeypatch.setattr(DashboardScreen, "paintEvent", paint)
    monkeypatch.setattr(DashboardScreen, "refresh", refresh)
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    qtbot.waitExposed(screen)
    events.clear()
    with qtbot.waitSignal(screen.drawn, timeout=20000):
        screen.activated()
        assert events == []  # nothing read while the switch is still being handled
    assert events.index("paint") < events.index("refresh")
    assert events.count("refresh") == 1


def test_a_screen_that_is_not_painted_reads_its_figures_anyway(
    qtbot: QtBot, ctx: AppContext
) -> None:
    screen = DashboardScreen(ctx)  # never shown: as in a window minimised to the tray
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.drawn, timeout=20000):
        screen.activated()
    assert screen.customers_card.value_label.text() == "0"
