"""Application start-up: one instance per data folder, logging, translation, database, window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk import APP_NAME, ORG_NAME, __version__, settings
from crmdesk.db import schema
from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.i18n import install_translators, resolve_language
from crmdesk.logs import setup_logging
from crmdesk.paths import DataDir, resolve_data_dir, resources_dir
from crmdesk.services.folder_lock import FolderLock, FolderReadOnlyError, holder_pid

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 2
STARTUP_PROBE = "CRMDESK_STARTUP_PROBE"
# The single-instance server and the after-start work (drafts, the daily backup) wait this
# long after the first paint: the start screen is built and painted first, and the window
# answers clicks between the pieces instead of after all of them (one 65-85 ms stall before).
AFTER_FIRST_PAINT_MS = 300


def _server_name(data_dir: DataDir) -> str:
    import hashlib

    digest = hashlib.sha1(str(data_dir.root).encode("utf-8")).hexdigest()[:16]
    return f"crmdesk-{digest}"


def _ask_running_instance(name: str) -> bool:
    """True if another CRMDesk already has this data folder open (and was asked to come forward)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(b"raise\n")
    socket.flush()
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


class Application:
    """Owns the context and the main window; rebuilds the window after a language switch."""

    def __init__(self, qapp: QApplication, data_dir: DataDir, lang_override: str | None) -> None:
        from crmdesk.settings import Settings
        from crmdesk.ui.context import AppContext
        from crmdesk.ui.tasks import TaskRunner

        self.qapp = qapp
        self.lang_override = lang_override
        self.settings = Settings(data_dir.settings_file)
        self.window = None
        self.server: Any = None  # a QLocalServer once listening
        language = self._install_language()
        self.ctx = AppContext(
            data_dir=data_dir,
            db=Database(data_dir.database),
            settings=self.settings,
            tasks=TaskRunner(),
            language=language,
        )
        self.ctx.rebuild_window = self.rebuild_window
        self.ctx.restore_backup = self.restore_backup

    def _install_language(self) -> str:
        language = resolve_language(self.lang_override or self.settings.get(settings.LANGUAGE))
        install_translators(language)
        return language

    def listen(self, name: str) -> None:
        """Answer later starts on this data folder (they ask this window to come forward)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self.server = QLocalServer()
        self.server.newConnection.connect(self._on_new_connection)
        if not self.server.listen(name):
            log.warning("single-instance server failed: %s", self.server.errorString())

    def _on_new_connection(self) -> None:
        assert self.server is not None
        connection = self.server.nextPendingConnection()
        connection.readyRead.connect(connection.readAll)
        connection.disconnected.connect(connection.deleteLater)
        self.bring_forward()

    def bring_forward(self) -> None:
        if self.window is None:
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def show_window(self) -> None:
        from crmdesk.ui.main_window import MainWindow

        self.window = MainWindow(self.ctx)
        self.window.show()

    def rebuild_window(self) -> None:
        """Make a new main window (new language, restored data) in place of the old one."""
        old = self.window
        if old is not None:
            if not old.maybe_close_screens():
                return
            old.save_window_state()
        self.ctx.language = self._install_language()
        self.show_window()
        if old is not None:
            old.closing_without_asking = True
            old.close()
            old.deleteLater()

    def restore_backup(self, path: str) -> None:
        from crmdesk.services.backup import restore_backup

        if getattr(self.ctx.db, "shared", False):
            QMessageBox.information(
                self.window,
                APP_NAME,
                QApplication.translate(
                    "Application",
                    "A backup restores into a single-user data folder, not into the shared"
                    " database.",
                ),
            )
            return
        if self.window is not None and not self.window.maybe_close_screens():
            return
        self.ctx.tasks.wait_all()
        self.ctx.db.dispose()
        try:
            restore_backup(Path(path), self.ctx.data_dir.database, self.ctx.data_dir.backups)
        except UserError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        finally:
            self.ctx.db = open_or_explain(self.ctx.data_dir) or self.ctx.db
        self.ctx.events.data_replaced.emit()
        self.rebuild_window()
        if self.window is not None:
            self.window.statusBar().showMessage(
                QApplication.translate("Application", "Data restored from %1").replace(
                    "%1", Path(path).name
                ),
                10000,
            )

    def after_show(self) -> None:
        """Work that must not delay the first paint: budget drafts a crash left, the backup."""
        # business options an older settings.ini holds go into the database (read through till then)
        self.settings.move_business_options()
        self.look_for_drafts()
        if getattr(self.ctx.db, "shared", False):
            return  # the server's own backups (and `crmdesk backup`) look after a shared one
        if getattr(self.ctx.db, "read_only", False):
            return  # a read-only folder (a CD, a locked share) has nowhere to put one
        if not self.settings.get(settings.BACKUP_DAILY):
            return
        today = dt.date.today()
        if self.settings.get(settings.LAST_BACKUP_DATE) == today.isoformat():
            return
        from crmdesk.services.backup import daily_backup

        data_dir = self.ctx.data_dir
        keep_daily = self.settings.get(settings.BACKUP_KEEP_DAILY)
        keep_weekly = self.settings.get(settings.BACKUP_KEEP_WEEKLY)

        def done(_: object) -> None:
            self.settings.set(settings.LAST_BACKUP_DATE, today.isoformat())
            self.settings.sync()

        self.ctx.tasks.run(
            lambda progress: daily_backup(
                data_dir.database, data_dir.backups, today, keep_daily, keep_weekly
            ),
            show_progress=False,
            on_success=done,
            on_failure=lambda exc: log.warning("daily backup failed: %s", exc),
        )

    def look_for_drafts(self) -> None:
        """Offer the budget drafts a crash left, once they are found in the background: the
        drafts' module brings the planner's model, which the window's background import may
        be loading at that very moment (the GUI thread waited 0.4-0.5 s for it)."""
        folder = self.ctx.data_dir.drafts

        def work(_progress: object) -> list[Any]:
            from crmdesk.services.planning import drafts

            return drafts.list_drafts(folder)

        def found(drafts: list[Any]) -> None:
            if not drafts or self.window is None:
                return
            from crmdesk.ui.planner.recovery import offer_drafts

            offer_drafts(self.window, self.ctx, drafts)

        self.ctx.tasks.run(
            work,
            show_progress=False,
            on_success=found,
            on_failure=lambda exc: log.warning("could not look for drafts: %s", exc),
        )


def is_headless(smoke: bool = False) -> bool:
    """No one can click: --smoke, or a platform without a screen (offscreen, minimal)."""
    from PySide6.QtGui import QGuiApplication

    return smoke or QGuiApplication.platformName() in ("offscreen", "minimal", "vnc")


def no_display_available() -> bool:
    """On Linux/BSD, Qt would abort without an X11 or Wayland display (and no platform set)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def tell(text: str, headless: bool, parent: object = None) -> None:
    """A start-up message: a dialog for a user, one line on stderr when no one can click."""
    if headless:
        print(f"crmdesk: {text}", file=sys.stderr, flush=True)
        return
    QMessageBox.critical(parent, APP_NAME, text)  # type: ignore[arg-type]


def open_or_explain(data_dir: DataDir, headless: bool = False) -> Database | None:
    """Prepare the database; on a newer or damaged file explain, offer a restore, return None.

    ``headless``: every message goes to stderr and nothing waits for a click.
    """
    from crmdesk.services.storage import open_database

    while True:
        try:
            return open_database(data_dir)
        except schema.DatabaseTooNewError as exc:
            tell(str(exc), headless)
            return None
        except schema.DatabaseDamagedError as exc:
            from crmdesk.services.backup import list_backups

            backups = list_backups(data_dir.backups)
            if not backups or headless:
                tell(str(exc), headless)
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(exc))
            box.setInformativeText(
                QApplication.translate("Application", "Restore the latest backup (%1)?").replace(
                    "%1", backups[0].name
                )
            )
            restore = box.addButton(
                QApplication.translate("Application", "Restore backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not restore:
                return None
            from crmdesk.services.backup import restore_backup

            try:
                restore_backup(backups[0], data_dir.database, data_dir.backups)
            except UserError as restore_error:
                tell(str(restore_error), headless)
                return None
        except UserError as exc:
            tell(str(exc), headless)
            return None


def open_shared_or_explain(url_text: str, user: str | None, headless: bool) -> Any:
    """The shared database, signed in (a dialog; without a screen: CRMDESK_PASSWORD)."""
    from crmdesk.db.server import open_server, parse_url, safe_text
    from crmdesk.services.team.users import sign_in

    try:
        url = parse_url(url_text)
        db = open_server(url, create=False)
    except UserError as exc:
        tell(str(exc), headless)
        return None
    password = os.environ.get("CRMDESK_PASSWORD")
    if headless or (password and user):
        try:
            if not (password and user):
                raise UserError("--user NAME and CRMDESK_PASSWORD are needed without a screen")
            sign_in(db, user, password)
        except UserError as exc:
            db.dispose()
            tell(str(exc), headless)
            return None
        return db
    from crmdesk.ui.team.sign_in import SignInDialog

    dialog = SignInDialog(db, safe_text(url), user or "")
    if dialog.exec_value() is None:
        db.dispose()
        return None
    return db


def shared_url_from_settings(application: Application) -> str | None:
    """The shared database set in Settings (password from the keyring), None if none is set.

    Only a configured server loads the keyring: a single-user start reads one setting."""
    from crmdesk import settings as options

    if not application.settings.get(options.SHARED_HOST).strip():
        return None
    from crmdesk.ui.settings.shared import configured_url

    return configured_url(application.settings)


def _folder_in_use(data_dir: DataDir) -> bool:
    """Whether another program holds the data folder's lock: only then can a window be
    running on it to be asked forward (which loads QtNetwork, a few ms of every start)."""
    probe = FolderLock(data_dir.root)
    try:
        if probe.try_acquire():
            probe.release()
            return False
    except (FolderReadOnlyError, OSError):
        return True  # no lock can be taken here: ask, as a window may still be open on it
    return True


def hold_folder(data_dir: DataDir, headless: bool) -> FolderLock | None:
    """The data folder's lock for this window's life; ask to retry while another has it."""
    while True:
        lock = FolderLock(data_dir.root)
        try:
            if lock.try_acquire():
                return lock
        except FolderReadOnlyError as exc:
            if data_dir.database.is_file():
                # nobody can write here, so nobody needs the lock: open it for reading;
                # a change then gets the plain "read-only" message (ui.crash)
                log.warning("read-only data folder, opening read-only: %s", exc)
                return lock
            tell(str(exc), headless)
            return None
        pid = holder_pid(data_dir.root)
        text = QApplication.translate(
            "Application",
            "Another CRMDesk program (process %1) is using the data folder %2: a command "
            "such as an import or a restore, or a window on another screen. Close it or let "
            "it finish, then try again.",
        )
        text = text.replace("%1", str(pid or "?")).replace("%2", str(data_dir.root))
        if headless:
            tell(text, headless)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
        retry = box.addButton(
            QApplication.translate("Application", "Try again"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not retry:
            return None


# what the first paint must not wait for: the big libraries, and the smaller modules a window
# start does without (QtNetwork only when another window may be running on the folder)
HEAVY_MODULES = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "pypinyin",
    "PySide6.QtNetwork",
    "logging.handlers",
)


def _report_startup(qapp: QApplication) -> None:
    """For benchmarks/startup.py and the start-up test: the first paint, and what was loaded."""
    print("shown", flush=True)
    heavy = [name for name in HEAVY_MODULES if name in sys.modules]
    print("heavy modules loaded before the first paint:", ",".join(heavy), flush=True)
    QTimer.singleShot(0, qapp.quit)


def run_gui(
    data_dir: str | None = None,
    smoke: bool = False,
    lang: str | None = None,
    minimised: bool = False,
    database_url: str | None = None,
    user: str | None = None,
) -> int:
    """Start the GUI. With ``smoke`` it shows the window, processes events and exits 0.

    ``minimised`` (start with the system) keeps the window in the tray so reminders can fire.
    """
    if no_display_available():
        print(
            "crmdesk: there is no screen to show the window on (no DISPLAY or "
            "WAYLAND_DISPLAY); use the command line (crmdesk --help) or set QT_QPA_PLATFORM.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    root = DataDir(resolve_data_dir(data_dir))
    try:
        root.ensure()
        log_file: Path | None = setup_logging(root.logs)
    except OSError:
        if not root.database.is_file():
            print(
                f"crmdesk: {root.root}: the data folder cannot be made or written.", file=sys.stderr
            )
            return EXIT_USER_ERROR
        log_file = None  # a read-only folder: the window opens read-only (see hold_folder)
    log.info("CRMDesk %s starting, data folder %s", __version__, root.root)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(ORG_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("crmdesk")  # Wayland matches the window to the menu entry
    qapp.setWindowIcon(QIcon(str(resources_dir() / "icons" / "crmdesk.svg")))

    from crmdesk.ui.crash import install_excepthook

    install_excepthook(log_file, show_dialog=not smoke)
    if not smoke and _folder_in_use(root) and _ask_running_instance(_server_name(root)):
        log.info("another instance has %s open; asked it to come forward", root.root)
        return EXIT_OK

    headless = is_headless(smoke)
    application = Application(qapp, root, lang)
    folder_lock = hold_folder(root, headless)
    if folder_lock is None:
        return EXIT_USER_ERROR
    try:
        return _run_window(
            qapp, application, root, smoke, minimised, headless, (database_url, user)
        )
    finally:
        folder_lock.release()


def _run_window(
    qapp: QApplication,
    application: Application,
    root: DataDir,
    smoke: bool,
    minimised: bool,
    headless: bool,
    shared: tuple[str | None, str | None] = (None, None),
) -> int:
    url, user = shared
    if not url:
        url = shared_url_from_settings(application)
    db = open_shared_or_explain(url, user, headless) if url else open_or_explain(root, headless)
    if db is None:
        return EXIT_USER_ERROR
    application.ctx.db = db
    application.show_window()
    if not smoke:
        # the single-instance server (QtNetwork) starts once the window is on screen
        if application.window is not None:
            application.window.first_painted.connect(
                lambda: QTimer.singleShot(
                    AFTER_FIRST_PAINT_MS, lambda: application.listen(_server_name(root))
                ),
                Qt.ConnectionType.SingleShotConnection,
            )
        else:
            application.listen(_server_name(root))
    if os.environ.get(STARTUP_PROBE) and application.window is not None:
        # benchmarks/startup.py: report the moment of the first paint, then leave
        application.window.first_painted.connect(lambda: _report_startup(qapp))
    if minimised and application.window is not None:
        application.window.followups.minimise()
    if application.window is not None and not minimised:
        application.window.first_painted.connect(
            lambda: QTimer.singleShot(AFTER_FIRST_PAINT_MS, application.after_show),
            Qt.ConnectionType.SingleShotConnection,
        )
    else:
        QTimer.singleShot(0, application.after_show)
    if smoke:
        QTimer.singleShot(500, qapp.quit)
    status = qapp.exec()
    # Deliver what finished jobs sent while every receiver still exists, and let a job that
    # a delivery starts (a badge count after a reminder check) finish too: a background read
    # still running while the database is disposed below crashed the process (SIGSEGV).
    application.ctx.tasks.shutting_down = True
    for _ in range(3):
        application.ctx.tasks.wait_all()
        qapp.processEvents()
    application.ctx.tasks.wait_all()
    if application.window is not None and application.window.isVisible():
        application.window.save_window_state()
    application.ctx.db.dispose()
    application.ctx.db.optimize()
    log.info("CRMDesk stopped (%s)", status)
    return int(status)
