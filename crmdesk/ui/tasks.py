"""The one way screens run slow work: off the GUI thread, with progress, cancel and callbacks.

    tasks.run(lambda progress: services.import_file(db, path, progress=progress),
              title=self.tr("Importing customers"),
              on_success=self.on_import_done, on_failure=self.on_import_failed)

The work function receives a ``progress(done, total)`` callback; after Cancel, that callback
raises :class:`Cancelled`, which the service's transaction turns into a clean rollback.
``on_success(result)`` and ``on_failure(exc)`` run on the GUI thread. A UserError is shown as a
plain message when no ``on_failure`` is given; any other exception goes to the crash dialog.

Work that must not run on two threads at once (pdfium, for one) names a ``lane``: the jobs of
a lane run one after another, in the order they were asked for, on a pool of one thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from crmdesk.domain.errors import Cancelled, UserError

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.succeeded, result)

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        # the app may be closing and the objects waiting for the answer already gone
        # (a background read that finished after its window): nobody is left to tell
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Task(QObject):
    """A running job; ``finished`` is emitted once, after the callbacks ran."""

    finished = Signal()

    def __init__(
        self,
        job: _Job,
        dialog: QProgressDialog | None,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        parent_widget: QWidget | None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self.job = job
        self.dialog = dialog
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.parent_widget = parent_widget
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        job.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self.job.cancel_event.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.on_progress is not None and not self.job.cancel_event.is_set():
            self.on_progress(done, total)
        if self.dialog is not None and not self.job.cancel_event.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self._close_dialog()
        self.result = result
        try:
            if self.on_success is not None:
                self.on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self._close_dialog()
        self.error = exc
        try:
            if isinstance(exc, Cancelled):
                log.info("task cancelled")
                if self.on_failure is not None:
                    self.on_failure(exc)
            elif self.on_failure is not None:
                self.on_failure(exc)
            else:
                show_failure(self.parent_widget, exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        TaskRunner.running.discard(self)
        self.finished.emit()


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """What a task without its own ``on_failure`` does: a UserError as a plain message,
    anything else in the crash dialog. An ``on_failure`` that handles some errors itself
    passes the others here."""
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, QCoreApplication.translate("Task", "CRMDesk"), str(exc))
    else:
        from crmdesk.ui.crash import report_exception

        report_exception(type(exc), exc, exc.__traceback__)


class TaskRunner(QObject):
    """Starts background jobs on a shared thread pool."""

    running: ClassVar[set[Task]] = set()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self.lanes: dict[str, QThreadPool] = {}
        # set when the app is closing: jobs asked for after that are not started (the
        # database they would read is about to be closed)
        self.shutting_down = False

    def run(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        *,
        title: str = "",
        parent: QWidget | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
        on_progress: Callable[[int, int], None] | None = None,
        lane: str | None = None,
    ) -> Task:
        """Start ``work(progress)`` in the background and return its Task.

        ``on_progress(done, total)`` follows the work on the GUI thread (for a screen that
        shows progress itself); jobs given the same ``lane`` never run at the same time."""
        dialog = None
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle(title or self.tr("Working"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
        job = _Job(work)
        task = Task(job, dialog, on_success, on_failure, parent, on_progress)
        if self.shutting_down:
            log.info("not starting a background job: the app is closing")
            return task
        TaskRunner.running.add(task)
        self._pool(lane).start(job)
        return task

    def _pool(self, lane: str | None) -> QThreadPool:
        if lane is None:
            return self.pool
        pool = self.lanes.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self.lanes[lane] = pool
        return pool

    def wait_all(self, msecs: int = 30000) -> bool:
        """Wait for every job (used at shutdown and by tests)."""
        done = self.pool.waitForDone(msecs)
        for pool in self.lanes.values():
            done = pool.waitForDone(msecs) and done
        return done
