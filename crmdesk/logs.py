"""One rotating log file in DIR/logs for the whole application."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "crmdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
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
