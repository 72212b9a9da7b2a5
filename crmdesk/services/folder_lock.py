"""One writer per data folder: an operating-system lock on ``DIR/crmdesk.lock``.

Every process that writes a data folder (the GUI for its whole life, a CLI command that
changes data) holds the lock; restore refuses while another process holds it, because the
other process would go on writing into the file restore replaced and its work would vanish.

The lock is the OS's own (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), held on an
open file: when a process dies, even by kill -9 or a power cut, the OS lets go of it, so a
lock left by a crash is never mistaken for a live one (the file stays; only the lock matters).
The holder's process id is written into the file so that a refusal can name it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from crmdesk.domain.errors import UserError

LOCK_FILENAME = "crmdesk.lock"
_PID_OFFSET = 16  # Windows locks byte 0; the holder's pid is written after it


class FolderBusyError(UserError):
    """Another process holds the data folder's lock."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


class FolderReadOnlyError(UserError):
    """The data folder cannot be written to at all (read-only medium or permissions)."""


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def holder_pid(folder: Path) -> int | None:
    """The process id written by the lock's holder, if it can be read."""
    try:
        with (folder / LOCK_FILENAME).open("rb") as fh:
            fh.seek(_PID_OFFSET)
            return int(fh.read(20).strip(b"\x00 \n") or b"0") or None
    except (OSError, ValueError):
        return None


class FolderLock:
    """The lock on one data folder; ``acquire`` or use as a context manager."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILENAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False if another process does.

        Raises FolderReadOnlyError when the lock file cannot even be created.
        """
        if self._handle is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise FolderReadOnlyError(
                f"{self.folder}: the data folder cannot be written to ({exc.strerror}). "
                "Check that the disk is not read-only and that you may write to the folder; "
                "reading still works."
            ) from exc
        handle = os.fdopen(fd, "r+b", buffering=0)
        if not _try_lock(handle):
            handle.close()
            return False
        with contextlib.suppress(OSError):
            handle.seek(_PID_OFFSET)
            handle.truncate()
            handle.write(f"{os.getpid()}\n".encode("ascii"))
        self._handle = handle
        return True

    def acquire(self) -> FolderLock:
        """Take the lock or raise FolderBusyError naming the process that holds it."""
        if not self.try_acquire():
            pid = holder_pid(self.folder)
            who = f" (process {pid})" if pid else ""
            raise FolderBusyError(
                f"{self.folder} is in use by another CRMDesk{who}: "
                "close CRMDesk first, or wait for the other command to finish.",
                pid,
            )
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
