"""The list-screen skeleton driven as a user would: New first, debounced search, actions that
follow the selection, undo and redo of the soft-delete command, the same frame on every screen."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.ui.context import AppContext
from crmdesk.ui.widgets.commands import SoftDeleteCommand
from crmdesk.ui.widgets.list_screen import SEARCH_DELAY_MS, ListScreen, bar_text


class FruitScreen(ListScreen):
    """A list screen as a feature would write one: a list, New, Edit (one), Delete (any)."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(ctx, "Fruit", search=True, undo_stack=undo_stack)
        self.created: list[str] = []
        self.deleted: list[list[int]] = []
        self.restored: list[list[int]] = []
        self.searches: list[str] = []
        self.new_action = self.add_action("&New fruit...", lambda: self.created.append("new"))
        self.edit_action = self.add_action("&Edit...", lambda: None, needs="one", name="edit")
        self.delete_action = self.add_action("&Delete", self.delete_selected, needs="any")
        self.add_undo_redo()
        self.list = QListWidget()
        self.list.addItems(["apple", "pear", "plum"])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self.selection_changed)
        self.body.addWidget(self.list)
        self.search_changed.connect(self.searches.append)
        self.selection_changed()

    def selected_count(self) -> int:
        return len(self.list.selectedItems())

    def delete_selected(self) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        self.undo_stack.push(
            SoftDeleteCommand("Delete", rows, self.deleted.append, self.restored.append, print)
        )


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> FruitScreen:
    widget = FruitScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def select(screen: FruitScreen, *rows: int) -> None:
    selection = screen.list.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = screen.list.model().index(row, 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)


def test_new_is_first_on_the_bar_under_the_heading(screen: FruitScreen) -> None:
    assert screen.toolbar.actions()[0] is screen.new_action
    assert screen.heading.text() == "Fruit" and screen.heading.isVisible()
    button = screen.button_for(screen.new_action)
    assert button.text() == "New fruit"  # the menu marks stay in menus
    assert button.mapTo(screen, button.rect().topLeft()).y() > screen.heading.geometry().bottom()


def test_clicking_a_bar_button_triggers_its_action(qtbot: QtBot, screen: FruitScreen) -> None:
    qtbot.mouseClick(screen.button_for(screen.new_action), Qt.MouseButton.LeftButton)
    assert screen.created == ["new"]
    assert screen.button_for(screen.edit_action).objectName() == "edit"


def test_search_fires_once_after_typing_stops(qtbot: QtBot, screen: FruitScreen) -> None:
    qtbot.keyClicks(screen.search_edit, "pea")
    assert screen.searches == []  # not on every key press
    with qtbot.waitSignal(screen.search_changed, timeout=SEARCH_DELAY_MS * 10):
        pass
    qtbot.wait(SEARCH_DELAY_MS * 2)
    assert screen.searches == ["pea"]


def test_actions_follow_the_selection(screen: FruitScreen) -> None:
    assert not screen.edit_action.isEnabled() and not screen.delete_action.isEnabled()
    assert screen.new_action.isEnabled()
    select(screen, 1)
    assert screen.edit_action.isEnabled() and screen.delete_action.isEnabled()
    select(screen, 0, 2)
    assert not screen.edit_action.isEnabled() and screen.delete_action.isEnabled()
    assert not screen.button_for(screen.edit_action).isEnabled()
    select(screen)
    assert not screen.delete_action.isEnabled()


def test_undo_and_redo_keys_run_the_soft_delete_pair(qtbot: QtBot, screen: FruitScreen) -> None:
    select(screen, 0, 2)
    screen.delete_action.trigger()
    assert screen.deleted == [[0, 2]] and screen.restored == []
    assert screen.button_for(screen.undo_action).text() == "Undo Delete"
    qtbot.keyClick(screen.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.restored == [[0, 2]]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.list, Qt.Key.Key_Z, modifiers)
    assert screen.deleted == [[0, 2], [0, 2]]
    screen.undo_action.trigger()
    qtbot.keyClick(screen.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert screen.deleted == [[0, 2]] * 3 and screen.restored == [[0, 2]] * 2


def test_a_page_with_its_windows_stack_adds_no_shortcuts(qtbot: QtBot, ctx: AppContext) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    stack = QUndoStack(owner)
    page = FruitScreen(ctx, undo_stack=stack)
    qtbot.addWidget(page)
    assert page.undo_stack is stack
    assert page.undo_action.shortcut().isEmpty() and page.redo_action.shortcut().isEmpty()


def test_an_empty_title_shows_no_heading(qtbot: QtBot, ctx: AppContext) -> None:
    page = ListScreen(ctx, "")
    qtbot.addWidget(page)
    page.show()
    assert not page.heading.isVisible() and not page.search_edit.isVisible()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("&New customer", "New customer"),
        ("新建客户(&N)...", "新建客户"),
        ("新建客户(&N)…", "新建客户"),
        ("R&&D", "R&D"),
    ],
)
def test_bar_text_drops_menu_marks(text: str, shown: str) -> None:
    assert bar_text(text) == shown


SCREENS = [
    ("crmdesk.ui.customers", "CustomersScreen", "Customers", "New customer"),
    ("crmdesk.ui.followups.screen", "FollowUpsScreen", "Follow-ups", "New follow-up"),
    ("crmdesk.ui.tickets.screen", "ServiceScreen", "Service", "New ticket"),
    ("crmdesk.ui.planner.screen", "PlannerScreen", "Budget planner", "New plan"),
]


@pytest.mark.parametrize(("module", "name", "heading", "new"), SCREENS)
def test_every_list_screen_has_its_heading_and_new_first(
    qtbot: QtBot, ctx: AppContext, module: str, name: str, heading: str, new: str
) -> None:
    screen = getattr(importlib.import_module(module), name)(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.heading.text() == heading and screen.heading.isVisible()
    first = screen.toolbar.actions()[0]
    assert screen.button_for(first).text() == new
    assert screen.undo_action in screen.toolbar.actions()
    assert screen.redo_action in screen.toolbar.actions()
