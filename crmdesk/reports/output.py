"""Where a finished PDF goes, written so that a failure never leaves half a file.

No reportlab here: the report data classes and ``ReportTarget`` can be imported by services
and screens without loading it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from pathlib import Path
from typing import IO

from crmdesk.domain.errors import UserError
from crmdesk.i18n import translate

log = logging.getLogger(__name__)

ReportTarget = str | os.PathLike[str] | IO[bytes] | None
"""Where a report goes: a file path (written atomically), an open binary stream, or None
for "just return the bytes"."""


class ReportError(UserError):
    """A report that could not be built or written; the message names the file and reason."""


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return translate("Report", "the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("Report", "permission denied, or the file is open in another program")
    if error.errno == errno.ENOENT:
        return translate("Report", "the folder does not exist")
    if error.errno == errno.EISDIR:
        return translate("Report", "it is a folder")
    if error.errno == errno.EROFS:
        return translate("Report", "the disk is read-only")
    return error.strerror or str(error)


def cannot_write(path: Path, error: OSError) -> ReportError:
    """The ``ReportError`` for ``path`` that failed with ``error``."""
    return ReportError(
        translate("Report", "Cannot write {file}: {reason}.").format(
            file=str(path), reason=_os_reason(error)
        )
    )


def deliver(pdf: bytes, target: ReportTarget) -> bytes:
    """Send finished PDF bytes to ``target`` (see ``ReportTarget``) and return them.

    A path is written to a temporary file in the same folder, flushed, then moved over the
    target with ``os.replace``: a full disk or a crash leaves the old file (or none), never
    half a PDF. A file that is open in another program (Windows) fails at the move and is
    reported as such.
    """
    if target is None:
        return pdf
    if not isinstance(target, str | os.PathLike):
        target.write(pdf)
        return pdf
    path = Path(target)
    if path.is_dir():
        raise cannot_write(path, IsADirectoryError(21, "Is a directory"))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise cannot_write(path, error) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise cannot_write(path, error) from None
    log.info("wrote report %s (%d bytes)", path, len(pdf))
    return pdf
