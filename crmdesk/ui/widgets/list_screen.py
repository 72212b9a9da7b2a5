"""The list-screen skeleton: heading, action bar with New first, debounced search, undo/redo
and actions that follow the selection.

Every list screen (customers, follow-ups, service tickets, budget plans, the spending ledger)
builds on :class:`ListScreen`, so the heading, the action bar and New sit in the same place on
each of them. A screen fills the skeleton; it does not lay out its own top rows::

    heading ............................. (header_row: a summary may follow)
    [New] [Edit] [Delete] | [Undo] [Redo] | ...       (action bar)
    [search box ..................] [filters]          (search_row)
    body (the table, the detail panel...)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.context import AppContext
from crmdesk.ui.screen import Screen

SEARCH_DELAY_MS = 200  # after the last key press; a search over 100,000 rows takes ~50 ms

Needs = Literal["one", "any"] | None
Shortcut = QKeySequence | QKeySequence.StandardKey | str
# the menu accelerator and a trailing "..." are for menus; on a bar "新建(&N)" would read "新建(N)"
_MENU_MARKS = re.compile(r"\(&\w\)|&(?!&)|(\.\.\.|…)$")


def bar_text(text: str) -> str:
    """The text an action shows on a toolbar (the screens' action bars, the main toolbar)."""
    return _MENU_MARKS.sub("", text).replace("&&", "&")


class ListScreen(Screen):
    """A list screen's frame. Subclasses add actions with :meth:`add_action` (New first), put
    their widgets into ``search_row`` and ``body``, and report their selection through
    :meth:`selected_count` and :meth:`selection_changed`.

    ``search``: show the search box (the screen sets its placeholder text).
    ``undo_stack``: pass the owner's stack when the screen is a page of a window that already
    holds the undo shortcuts (the spending window); the skeleton then adds none of its own.
    """

    search_changed = Signal(str)  # once, SEARCH_DELAY_MS after the last key press

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        parent: QWidget | None = None,
        *,
        search: bool = False,
        search_delay_ms: int = SEARCH_DELAY_MS,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._needs: list[tuple[QAction, Needs]] = []
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

        self.heading = QLabel(title)
        self.heading.setObjectName("screenHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setVisible(bool(title))
        self.header_row = QHBoxLayout()
        self.header_row.addWidget(self.heading)
        self.header_row.addStretch(1)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("actionBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(lambda: self.search_changed.emit(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search_edit, 3)
        self.search_edit.setVisible(search)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        if undo_stack is None:
            self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            # both common redo keys, whatever the platform's standard is
            self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            for action in (self.undo_action, self.redo_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        for action in (self.undo_action, self.redo_action):
            self._follow_text(action)  # the stack renames them "Undo <command>"

        self.body = QVBoxLayout()
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.header_row)
        self.main_layout.addWidget(self.toolbar)
        self.main_layout.addLayout(self.search_row)
        self.main_layout.addLayout(self.body, 1)

    # --- the action bar ------------------------------------------------------------------

    def add_action(
        self,
        text: str,
        slot: Callable[[], object] | None = None,
        *,
        shortcut: Shortcut | list[Shortcut] | tuple[Shortcut, ...] | None = None,
        needs: Needs = None,
        tip: str = "",
        name: str = "",
        on_bar: bool = True,
    ) -> QAction:
        """An action of this screen. ``needs="one"`` enables it for exactly one selected row,
        ``"any"`` for one or more; ``name`` is the object name of its button on the bar."""
        action = QAction(text, self)
        self._follow_text(action)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            keys: list[Shortcut] = (
                list(shortcut) if isinstance(shortcut, list | tuple) else [shortcut]
            )
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if needs is not None:
            self._needs.append((action, needs))
        if on_bar:
            self.toolbar.addAction(action)
            if name:
                self.button_for(action).setObjectName(name)
        return action

    def add_menu(self, text: str, menu: QMenu, *, needs: Needs = None, name: str = "") -> QAction:
        """A bar button that opens ``menu`` at once (Stage, Snooze, More...)."""
        action = self.add_action(text, needs=needs, name=name)
        action.setMenu(menu)
        self.button_for(action).setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return action

    def add_undo_redo(self) -> None:
        """Undo and Redo on the bar, after a separator: the same place on every screen."""
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)

    def add_bar_stretch(self) -> None:
        """Push the actions added next to the bar's right end."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)

    def button_for(self, action: QAction) -> QToolButton:
        """The bar's button of ``action`` (for object names, clicks in tests, menus)."""
        button = self.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton), "the action is not on the bar"
        return button

    @staticmethod
    def _follow_text(action: QAction) -> None:
        """Keep the bar's text (icon text) the action's text without menu marks, also after
        ``setText``."""

        def update() -> None:
            if not shiboken6.isValid(action):  # a stack going away renames its actions last
                return
            wanted = bar_text(action.text())
            if action.iconText() != wanted:
                action.setIconText(wanted)

        action.changed.connect(update)
        update()

    # --- selection -----------------------------------------------------------------------

    def selected_count(self) -> int:
        """How many rows the user has selected; screens with a list override it."""
        return 0

    def selection_changed(self) -> None:
        """Enable the actions that need a selection; screens call it when theirs changes."""
        count = self.selected_count()
        for action, needs in self._needs:
            action.setEnabled(count == 1 if needs == "one" else count >= 1)

    # --- Screen hooks --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
