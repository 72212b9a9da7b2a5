"""Where CRMDesk keeps things: the data directory and the shipped resources.

No Qt here: the CLI resolves the data directory with platformdirs, the GUI agrees with it
because both honour ``--data-dir`` and ``CRMDESK_DATA_DIR`` first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "CRMDESK_DATA_DIR"
DB_FILENAME = "crmdesk.db"


def resources_dir() -> Path:
    """The shipped resources/ folder (next to the package, or inside a frozen bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The per-user data folder: ``%APPDATA%\\CRMDesk`` on Windows (roaming, so it follows
    a domain user), ``~/.local/share/CRMDesk`` on Linux.

    No author folder (``appauthor=False``): platformdirs would otherwise nest
    ``%APPDATA%\\CRMDesk\\CRMDesk`` on Windows, where the setup and README say the data is.
    """
    import platformdirs

    return Path(platformdirs.user_data_dir("CRMDesk", appauthor=False, roaming=True))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``CRMDESK_DATA_DIR``, then the per-user default."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class DataDir:
    """The folders and files inside one data directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    def ensure(self) -> DataDir:
        """Make the folders; on POSIX keep them and the database the user's alone."""
        for folder in (self.root, self.logs, self.backups, self.drafts):
            folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.make_private()
        return self

    def make_private(self) -> None:
        """Folders 0700, database, backups, logs and settings 0600 (personal data; POSIX).

        Data folders made by earlier versions were 0755 with 0644 files; this tightens them.
        Anything the user cannot change (not theirs, read-only medium) is left as it is.
        """
        files = [self.settings_file]
        files += [self.root / f"{DB_FILENAME}{suffix}" for suffix in ("", "-wal", "-shm")]
        for folder in (self.root, self.logs, self.backups, self.drafts):
            _chmod(folder, 0o700)
            if folder is not self.root:
                files += [path for path in folder.iterdir() if path.is_file()]
        for path in files:
            _chmod(path, 0o600)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.exists() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)
    except OSError:
        pass
