"""One rotating log file in DIR/logs for the whole application."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "crmdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    """``crmdesk.log`` with ``backups`` older files (.1 newest): a new file once this one
    passes ``max_bytes``. The standard library's RotatingFileHandler does the same, but its
    module also loads socket, pickle and queue, about 8 ms of every start-up."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except (OSError, ValueError):
            self.handleError(record)
            return
        super().emit(record)

    def rotate(self) -> None:
        """crmdesk.log.4 -> .5, ..., crmdesk.log -> .1 (the oldest is dropped)."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            older = f"{base}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{index + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(folder: Path, console: bool = False) -> Path:
    """Send log records to ``folder/crmdesk.log`` (1 MB x 5 files); return the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    # a full disk or a vanished folder must not print logging's own tracebacks on stderr
    logging.raiseExceptions = False
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_crmdesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingLog(path, max_bytes=1_000_000, backups=5)
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._crmdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        stream._crmdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.INFO)
    return path
