"""The Settings screen's service box: hours, targets and holidays, saved as the user edits."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from crmdesk import settings
from crmdesk.db.engine import Database
from crmdesk.domain.tickets.business_hours import BusinessHours
from crmdesk.domain.tickets.service_levels import ServiceTargets
from crmdesk.services.tickets.holidays import list_holidays
from crmdesk.ui.context import AppContext
from crmdesk.ui.settings import SettingsScreen
from crmdesk.ui.tickets.common import load_levels
from tests.helpers.typing import type_text


def box_of(qtbot: QtBot, ctx: AppContext):
    from crmdesk.ui.tickets.settings_box import ServiceSettingsBox

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitExposed(screen)
    box = screen.findChild(ServiceSettingsBox)
    assert box is not None  # the box is part of the Settings screen
    return box


def test_hours_are_saved_and_bad_ones_refused(qtbot: QtBot, ctx: AppContext) -> None:
    box = box_of(qtbot, ctx)
    qtbot.mouseClick(box.day_checks[5], Qt.MouseButton.LeftButton)  # Saturday
    box.start_edit.setTime(QTime(8, 30))
    saved = BusinessHours.from_json(ctx.settings.get(settings.SERVICE_HOURS))
    assert saved.days == frozenset(range(6))
    assert saved.start == dt.time(8, 30)
    box.end_edit.setTime(QTime(8, 0))  # closing before opening
    assert box.error.isVisibleTo(box)
    assert "end after" in box.error.text()
    assert BusinessHours.from_json(ctx.settings.get(settings.SERVICE_HOURS)).end == dt.time(18)
    box.end_edit.setTime(QTime(17, 0))
    assert not box.error.isVisibleTo(box)
    assert load_levels(ctx.settings).hours.end == dt.time(17)


def test_targets_are_saved_and_bad_ones_refused(qtbot: QtBot, ctx: AppContext) -> None:
    box = box_of(qtbot, ctx)
    response, resolution = box.target_spins["urgent"]
    response.setValue(0.5)
    resolution.setValue(6)
    targets = ServiceTargets.from_json(ctx.settings.get(settings.SERVICE_TARGETS))
    assert targets["urgent"].response == dt.timedelta(minutes=30)
    assert targets["urgent"].resolution == dt.timedelta(hours=6)
    resolution.setValue(0.25)  # shorter than the response target
    assert "cannot be shorter" in box.error.text()
    assert json.loads(ctx.settings.get(settings.SERVICE_TARGETS))["urgent"] == [0.5, 6]


def test_holidays_are_added_and_removed(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    box = box_of(qtbot, ctx)
    year = dt.date.today().year + 1
    box.holiday_date.setDate(QDate(year, 2, 16))
    type_text(qtbot, box.holiday_name, "春节")
    add = box.findChild(type(box.remove_button), "addHoliday")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [(h.day, h.name) for h in list_holidays(db)] == [(dt.date(year, 2, 16), "春节")]
    assert box.holiday_list.count() == 1
    assert "春节" in box.holiday_list.item(0).text()
    assert box.holiday_date.date() == QDate(year, 2, 17)  # ready for the next day of the break
    box.holiday_list.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert list_holidays(db) == []
    assert box.holiday_list.count() == 0


def test_china_official_preset_adds_holidays_and_make_up_days(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    box = box_of(qtbot, ctx)
    qtbot.mouseClick(box.china_button, Qt.MouseButton.LeftButton)
    stored = list_holidays(db)
    assert any(h.working for h in stored) and any(not h.working for h in stored)
    assert ctx.settings.get(settings.SERVICE_CALENDAR) == "china"
    texts = [box.holiday_list.item(i).text() for i in range(box.holiday_list.count())]
    working = [t for t in texts if "working day" in t]
    assert len(working) == sum(h.working for h in stored if h.day.year >= dt.date.today().year)
    assert box.preset_note.text().startswith("Added ")
    # still editable: a make-up day typed by hand, then removed
    box.holiday_date.setDate(QDate(2099, 1, 3))
    box.working_check.setChecked(True)
    qtbot.mouseClick(
        box.findChild(type(box.remove_button), "addHoliday"), Qt.MouseButton.LeftButton
    )
    assert next(h for h in list_holidays(db) if h.day.year == 2099).working
