"""The main window: left navigation, one stacked page per screen, menus, toolbar, status bar."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from crmdesk import APP_NAME, settings
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.paths import resources_dir
from crmdesk.ui import warmup
from crmdesk.ui.context import AppContext
from crmdesk.ui.screen import Screen
from crmdesk.ui.widgets.list_screen import bar_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Navigation", ...)
    module: str
    cls: str


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        "crmdesk.ui.dashboard",
        "DashboardScreen",
    ),
    ScreenSpec(
        "customers",
        QT_TRANSLATE_NOOP("Navigation", "Customers"),
        "crmdesk.ui.customers",
        "CustomersScreen",
    ),
    ScreenSpec(
        "followups",
        QT_TRANSLATE_NOOP("Navigation", "Follow-ups"),
        "crmdesk.ui.followups",
        "FollowUpsScreen",
    ),
    ScreenSpec(
        "service", QT_TRANSLATE_NOOP("Navigation", "Service"), "crmdesk.ui.tickets", "ServiceScreen"
    ),
    ScreenSpec(
        "planner",
        QT_TRANSLATE_NOOP("Navigation", "Budget planner"),
        "crmdesk.ui.planner",
        "PlannerScreen",
    ),
    ScreenSpec(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "crmdesk.ui.settings",
        "SettingsScreen",
    ),
)
SCREEN_KEYS = tuple(s.key for s in SCREENS)


def icon(name: str, selected_white: bool = False) -> QIcon:
    """An icon from resources/icons; ``selected_white`` adds a white form for a selected row."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    if selected_white:
        add_white(result)
    return result


def add_white(result: QIcon) -> None:
    """Give ``result`` a white form for a selected (highlighted) row."""
    for size in (22, 44):  # 44: high-DPI screens
        pixmap = result.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor("white"))
        painter.end()
        result.addPixmap(pixmap, QIcon.Mode.Selected)


# the start screen is built this long after the window's first paint, so the event loop turns
# (and answers input) between the two
BUILD_AFTER_PAINT_MS = 15
# the background loading starts this long after the start screen is built: by then the screen
# has been laid out and painted (its Python callbacks would otherwise wait for the GIL)
HOOKS_AFTER_BUILD_MS = 100


class Screens(dict[str, Screen]):
    """The screens built so far; ``screens[key]`` builds one that is not yet."""

    def __init__(self, build: Callable[[str], Screen]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Screen:
        if key not in SCREEN_KEYS:
            raise KeyError(key)
        return self._build(key)


class MainWindow(QMainWindow):
    """Screens are created the first time they are shown, so start-up builds only one."""

    # emitted once, when the window has been painted for the first time
    first_painted = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.screens: dict[str, Screen] = Screens(self.get_screen)
        self.badges: dict[str, str] = {}
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("crmdesk"))
        self.setMinimumSize(760, 520)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        # the white form of a row's icon is drawn when the row is first selected: drawing
        # all of them up front cost a few ms of every start
        self._white_rows: set[int] = set()
        for spec in SCREENS:
            item = QListWidgetItem(icon(f"nav-{spec.key}"), self._nav_text(spec.key))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)
        self.setStyleSheet(
            "QListWidget#navigation { background: palette(window); font-size: 11pt; }"
            "QListWidget#navigation::item { padding-left: 8px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }"
        )

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.status_label.setText(self.tr("Data folder: %1").replace("%1", str(ctx.data_dir.root)))

        self.nav.currentRowChanged.connect(self.on_nav_current_row_changed)
        ctx.events.navigate.connect(self.show_screen)
        ctx.events.badge_changed.connect(self.on_badge_changed)
        # Features that reach every screen (badges, reminders, menu entries) load their
        # services, and with them SQLAlchemy: attached once the start screen is built (see
        # _show_first_screen), after the first paint.
        self._hooks: dict[str, Any] = {}
        self._restore_window()

    # --- feature hooks -------------------------------------------------------------------

    def _load_feature_hooks(self) -> None:
        """Once the start screen is built: import the hooks' services, and SQLAlchemy with
        them (about 0.5 s), in the background, then attach the hooks on the GUI thread.
        Importing them on the GUI thread froze the new window for that long."""
        if self._hooks:
            return

        def attach(_: object = None) -> None:
            if shiboken6.isValid(self) and not self.ctx.tasks.shutting_down:
                self.install_feature_hooks()
                self._preload_screens()

        def failed(exc: BaseException) -> None:
            log.warning("loading the follow-up and service features failed: %s", exc)
            attach()

        self.ctx.tasks.run(
            warmup.import_feature_modules, show_progress=False, on_success=attach, on_failure=failed
        )

    def _preload_screens(self) -> None:
        """Import, in the background, the screens the user has not opened yet."""
        specs = [s for s in SCREENS if s.key not in self.screens]
        if not specs:
            return

        def failed(exc: BaseException) -> None:
            # the first switch imports it again on the GUI thread and reports what is wrong
            log.warning("importing the screens in the background failed: %s", exc)

        self.ctx.tasks.run(
            functools.partial(warmup.import_screens, specs),
            show_progress=False,
            on_success=warmup.freeze_start_up_objects,
            on_failure=failed,
        )

    def install_feature_hooks(self) -> None:
        """Attach follow-ups and service to the window (once; safe to call again)."""
        if self._hooks:
            return
        # follow-ups: Ctrl+Shift+F, File > Export follow-ups, badge, reminders, tray icon
        from crmdesk.ui.followups.hooks import install_followups

        self._hooks["followups"] = install_followups(self)
        # service: the overdue-tickets badge from start-up on
        from crmdesk.ui.tickets.hooks import install_service

        self._hooks["service"] = install_service(self, self.ctx)
        # a shared database: notice what others change (on focus and on a light poll)
        from crmdesk.services.team.changes import is_shared

        if is_shared(self.ctx.db):
            from crmdesk.ui.team.watch import ChangeWatcher

            self._hooks["watch"] = ChangeWatcher(self, self.ctx)

    @property
    def followups(self) -> Any:
        self.install_feature_hooks()
        return self._hooks["followups"]

    @property
    def service(self) -> Any:
        self.install_feature_hooks()
        return self._hooks["service"]

    # --- building ------------------------------------------------------------------------

    def _nav_text(self, key: str) -> str:
        spec = next(s for s in SCREENS if s.key == key)
        title = QCoreApplication.translate("Navigation", spec.title)
        badge = self.badges.get(key) if hasattr(self, "badges") else None
        return f"{title}  ({badge})" if badge else title

    def _build_actions(self) -> None:
        self.screen_actions: list[QAction] = []
        for index, spec in enumerate(SCREENS, start=1):
            action = QAction(QCoreApplication.translate("Navigation", spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            self.screen_actions.append(action)
            self.addAction(action)
        self.new_action = QAction(icon("new"), self.tr("&New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("New item on this screen (Ctrl+N)"))
        self.new_action.triggered.connect(self.on_new_action_triggered)
        # New on a screen that makes nothing of its own (the dashboard and its welcome,
        # Settings) offers what a business starts with, each made on its own screen
        self.new_menu = QMenu(self)
        self.new_menu.setObjectName("newMenu")
        for key, text in (
            ("customers", self.tr("New &customer...")),
            ("followups", self.tr("New &follow-up...")),
            ("service", self.tr("New &ticket...")),
            ("planner", self.tr("New &budget plan...")),
        ):
            action = self.new_menu.addAction(text)
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.new_on(k))
        self.search_action = QAction(icon("search"), self.tr("&Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setToolTip(self.tr("Search on this screen (Ctrl+F)"))
        self.search_action.triggered.connect(self.on_search_action_triggered)
        self.backup_action = QAction(icon("backup"), self.tr("&Back up..."), self)
        self.backup_action.setToolTip(self.tr("Save a backup of all your data to one file"))
        self.backup_action.triggered.connect(self.on_backup_action_triggered)
        self.restore_action = QAction(self.tr("&Restore from backup..."), self)
        self.restore_action.triggered.connect(self.on_restore_action_triggered)
        self.open_folder_action = QAction(self.tr("Open &data folder"), self)
        self.open_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir.root)))
        )
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.help_actions: list[QAction] = []
        for key, title in (
            ("getting-started", self.tr("&Getting started")),
            ("planner", self.tr("The &budget planner")),
            ("shortcuts", self.tr("&Keyboard shortcuts")),
            ("data", self.tr("Where your &data and backups live")),
        ):
            action = QAction(title, self)
            action.triggered.connect(lambda _=False, k=key: self.show_help(k))
            self.help_actions.append(action)
        self.help_actions[0].setShortcut(QKeySequence.StandardKey.HelpContents)
        self.addAction(self.help_actions[0])
        self.about_action = QAction(self.tr("&About CRMDesk"), self)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        for action in (self.new_action, self.search_action, self.quit_action):
            self.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.screen_actions:
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        for action in self.help_actions:
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.search_action, self.backup_action):
            action.setIconText(bar_text(action.text()))
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.search_action)
        toolbar.addSeparator()
        toolbar.addAction(self.backup_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # --- New and Search ------------------------------------------------------------------

    @staticmethod
    def _makes_new(screen: Screen) -> bool:
        return type(screen).new_item is not Screen.new_item

    @staticmethod
    def _searches(screen: Screen) -> bool:
        return type(screen).focus_search is not Screen.focus_search

    def on_new_action_triggered(self) -> None:
        """Ctrl+N: the screen's own New; elsewhere a menu of what can be made."""
        screen = self.current_screen()
        if self._makes_new(screen):
            screen.new_item()
            return
        button = self.toolbar.widgetForAction(self.new_action)
        if button is not None and button.isVisible():
            where = button.mapToGlobal(button.rect().bottomLeft())
        else:
            where = self.mapToGlobal(self.rect().center())
        self.new_menu.popup(where)

    def new_on(self, key: str) -> None:
        """Go to screen ``key`` and start a new record there (its own New)."""
        self.show_screen(key)
        screen = self.get_screen(key)
        # once the screen has been shown and activated: the dialogs open over it
        QTimer.singleShot(0, screen.new_item)

    def on_search_action_triggered(self) -> None:
        """Ctrl+F: the screen's own search box; elsewhere the customer search."""
        screen = self.current_screen()
        if not self._searches(screen):
            self.show_screen("customers")
            screen = self.get_screen("customers")
        screen.focus_search()

    # --- navigation ----------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else SCREEN_KEYS[0]

    def current_screen(self) -> Screen:
        return self.get_screen(self.current_key())

    def get_screen(self, key: str) -> Screen:
        """The screen for ``key``, created on first use."""
        if key not in self.screens:
            spec = next(s for s in SCREENS if s.key == key)
            screen: Screen = warmup.screen_class(spec)(self.ctx)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        return self.screens[key]

    def show_screen(self, key: str, argument: object = None) -> None:
        if key not in SCREEN_KEYS:
            return
        row = SCREEN_KEYS.index(key)
        self._pending_argument = argument
        if self.nav.currentRow() == row:
            self._activate(key, argument)
        else:
            self.nav.setCurrentRow(row)

    def on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._whiten(row)
        argument = getattr(self, "_pending_argument", None)
        self._pending_argument = None
        self._activate(SCREEN_KEYS[row], argument)

    _first_pending: str | None = None

    def _activate(self, key: str, argument: object) -> None:
        self._first_pending = None
        screen = self.get_screen(key)
        self.stack.setCurrentWidget(screen)
        # always enabled: a screen without its own New or Search offers the business's
        self.new_action.setToolTip(
            self.tr("New item on this screen (Ctrl+N)")
            if self._makes_new(screen)
            else self.tr("New customer, follow-up, ticket or budget plan (Ctrl+N)")
        )
        self.search_action.setToolTip(
            self.tr("Search on this screen (Ctrl+F)")
            if self._searches(screen)
            else self.tr("Search customers (Ctrl+F)")
        )
        if self._painted:
            screen.activated(argument)
        else:
            # the first screen loads its data once the window is on screen, not before
            self.first_painted.connect(
                lambda: QTimer.singleShot(0, lambda: screen.activated(argument)),
                Qt.ConnectionType.SingleShotConnection,
            )

    def _show_first_screen(self, key: str) -> None:
        """The screen the window opens on, built just after the window's first paint (the
        window, its menus and navigation appear about 30 ms sooner; the screen's figures
        are read in the background after that anyway). It waits a moment so the event loop
        turns between the first paint and the build: a click or a key press is answered in
        between, instead of after both (one 65-85 ms stall before). Anything that asks for a
        screen before then (``show_screen``, ``screens[key]``) gets it built at once."""
        row = SCREEN_KEYS.index(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._whiten(row)

        self._first_pending = key

        def build() -> None:
            if self._first_pending == key and self.current_key() == key:
                self._activate(key, None)
            # only then the background loading: its Python work would slow the build and
            # the first paint down (each call into Python from Qt waits for the GIL meanwhile)
            QTimer.singleShot(HOOKS_AFTER_BUILD_MS, self._load_feature_hooks)

        self.first_painted.connect(
            lambda: QTimer.singleShot(BUILD_AFTER_PAINT_MS, build),
            Qt.ConnectionType.SingleShotConnection,
        )

    def _whiten(self, row: int) -> None:
        """The selected row's icon in white, on the highlight (made once per row)."""
        if row in self._white_rows:
            return
        self._white_rows.add(row)
        item = self.nav.item(row)
        white = item.icon()
        add_white(white)
        item.setIcon(white)

    def on_badge_changed(self, key: str, text: str) -> None:
        self.badges[key] = text
        row = SCREEN_KEYS.index(key)
        self.nav.item(row).setText(self._nav_text(key))

    # --- actions -------------------------------------------------------------------------

    def on_backup_action_triggered(self) -> None:
        import datetime as dt

        from crmdesk.services.backup import BACKUP_SUFFIX, create_backup

        default = self.ctx.data_dir.backups / (
            f"crmdesk-{dt.datetime.now():%Y%m%d-%H%M}{BACKUP_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up"), str(default), self.tr("CRMDesk backups (*.crmbackup)")
        )
        if not path:
            return

        def done(info: object) -> None:
            self.statusBar().showMessage(self.tr("Backup saved to %1").replace("%1", path), 8000)

        self.ctx.tasks.run(
            lambda progress: create_backup(self.ctx.data_dir.database, Path(path)),
            title=self.tr("Backing up"),
            parent=self,
            on_success=done,
            cancellable=False,
        )

    def on_restore_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from backup"),
            str(self.ctx.data_dir.backups),
            self.tr("CRMDesk backups (*.crmbackup)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace all current data with the backup %1?\n\nA safety copy of the current "
                "data is saved in the backups folder first."
            ).replace("%1", Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.restore_backup(path)

    def show_help(self, topic: str) -> None:
        """The offline Help window (one, non-modal) on ``topic``."""
        from crmdesk.ui.help import HelpDialog

        dialog = getattr(self, "help_dialog", None)
        if dialog is None:
            dialog = self.help_dialog = HelpDialog(self.ctx, topic, self)
        dialog.show_topic(topic)
        dialog.show()
        dialog.raise_()

    def on_about_action_triggered(self) -> None:
        from crmdesk.ui.settings.about import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- state ---------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.ctx.settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            # first start: most of the screen, centred (a 1366x768 laptop is common)
            area = self.screen().availableGeometry()
            self.resize(min(1280, int(area.width() * 0.92)), min(800, int(area.height() * 0.9)))
            self.move(area.center() - self.rect().center())
            if area.width() <= 1440:
                # on a laptop screen every pixel counts: the lists show their columns whole
                self.setGeometry(area)
                if QGuiApplication.platformName() not in ("offscreen", "minimal"):
                    # a real desktop: maximised, so the frame stays on the screen too
                    self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.ctx.settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)
        last = self.ctx.settings.get(settings.LAST_SCREEN)
        self._show_first_screen(last if last in SCREEN_KEYS else SCREEN_KEYS[0])

    def save_window_state(self) -> None:
        self.ctx.settings.set(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.ctx.settings.set(settings.WINDOW_STATE, bytes(self.saveState().data()))
        self.ctx.settings.set(settings.LAST_SCREEN, self.current_key())
        self.ctx.settings.sync()

    def maybe_close_screens(self) -> bool:
        return all(screen.maybe_close() for screen in self.screens.values())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    _painted = False

    @property
    def painted(self) -> bool:
        """True once the window has been on screen (first screen's data loads after that)."""
        return self._painted

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "closing_without_asking", False) and not self.maybe_close_screens():
            event.ignore()
            return
        self.save_window_state()
        event.accept()
