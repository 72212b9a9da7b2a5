"""Open and save budget plans as ``crmdesk-plan`` JSON files.

The format itself lives in ``crmdesk.domain.planning.planfile``; this module adds the file: decoding
(UTF-8, with or without a BOM), errors that name the file, and saving through a temporary
file and ``os.replace`` so a crash or a full disk never leaves half a plan behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.domain.planning.planfile import plan_from_json, plan_to_json

log = logging.getLogger(__name__)

# A plan is a few kilobytes; anything this large is not one, and reading it whole would hang.
MAX_PLAN_BYTES = 1024 * 1024


class PlanFileError(UserError):
    """A plan file that cannot be read or written; the message names the file.

    ``field`` is the path of the value at fault when the file was readable but invalid.
    """

    def __init__(self, path: Path, message: str, field: str = "") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.field = field


def read_json_text(
    file: Path, max_bytes: int, error: Callable[[Path, str], UserError], kind: str
) -> str:
    """The text of a small JSON file, read within bounds: only a regular file (``/dev/zero``
    never ends, a FIFO blocks at open), at most ``max_bytes``, UTF-8 (a BOM allowed).
    ``error(file, message)`` makes the error to raise; ``kind`` names the format with its
    article ("a plan")."""
    try:
        mode = file.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            raise error(file, "is not a regular file")
        with file.open("rb") as fh:  # and no more is read than such a file may hold
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise error(file, f"is too large to be {kind} file")
    except FileNotFoundError:
        raise error(file, "file not found") from None
    except IsADirectoryError:
        raise error(file, f"is a folder, not {kind} file") from None
    except OSError as exc:
        raise error(file, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(file, f"is not UTF-8 text (bad byte at position {exc.start})") from None


def load_plan_file(path: str | os.PathLike[str]) -> BudgetPlan:
    """Read and validate a plan file; ``PlanFileError`` names the file (and field) at fault."""
    file = Path(path)
    text = read_json_text(file, MAX_PLAN_BYTES, PlanFileError, "a plan")
    try:
        plan = plan_from_json(text)
    except ValidationError as error:
        raise PlanFileError(file, str(error), error.field) from None
    log.info("opened plan %s", file)
    return plan


def save_plan_file(plan: BudgetPlan, path: str | os.PathLike[str]) -> Path:
    """Write ``plan`` as UTF-8 JSON, atomically: a temp file next to it, then ``os.replace``."""
    file = Path(path)
    payload = plan_to_json(plan).encode("utf-8")
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, or a normal one.
        mode = file.stat().st_mode & 0o777 if file.exists() else 0o644
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{file.name}.", suffix=".tmp", dir=file.parent
        )
    except OSError as error:
        raise PlanFileError(file, f"cannot be written ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, file)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise PlanFileError(file, f"cannot be written ({error.strerror or error})") from None
    log.info("saved plan %s", file)
    return file
