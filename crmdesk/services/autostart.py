"""Start CRMDesk with the system, minimised to the tray, so reminders fire without opening it.

Linux: an XDG autostart entry ``$XDG_CONFIG_HOME/autostart/crmdesk.desktop`` (``~/.config`` by
default). Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``,
which needs no administrator rights. The command is the running program (the frozen .exe, or
this Python with main.py) plus ``--data-dir`` and ``--minimised``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from crmdesk.domain.errors import UserError

ENTRY_NAME = "crmdesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MINIMISED_FLAG = "--minimised"


def launch_command(data_dir: Path, minimised: bool = True) -> list[str]:
    """The command line that starts this installation of CRMDesk on this data folder."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        main_py = Path(__file__).resolve().parent.parent.parent / "main.py"
        command = [sys.executable, str(main_py)]
    command += ["--data-dir", str(data_dir)]
    if minimised:
        command.append(MINIMISED_FLAG)
    return command


def _autostart_dir(env: Mapping[str, str]) -> Path:
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "autostart"


def desktop_entry(command: Sequence[str], name: str, comment: str) -> str:
    """The text of an XDG autostart .desktop file (Exec quoted per the Desktop Entry spec)."""

    def quote(arg: str) -> str:
        # the spec wants double quotes and escaped ", `, $ and \ inside them
        if arg and all(c.isalnum() or c in "-_./:=+," for c in arg):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    exec_line = " ".join(quote(a) for a in command).replace("%", "%%")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        f"Comment={comment}\n"
        f"Exec={exec_line}\n"
        "Icon=crmdesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def linux_entry_path(env: Mapping[str, str] | None = None) -> Path:
    return _autostart_dir(os.environ if env is None else env) / f"{ENTRY_NAME}.desktop"


def set_autostart(
    enabled: bool,
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    name: str = "CRMDesk",
    comment: str = "Follow-up reminders",
) -> Path | str | None:
    """Turn starting with the system on or off; return where it was written (None if removed)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _set_windows(enabled, command)
    path = linux_entry_path(env)
    try:
        if not enabled:
            path.unlink(missing_ok=True)
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".desktop.tmp")
        temp.write_text(desktop_entry(command, name, comment), encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        raise UserError(
            f"{path}: cannot change the autostart entry ({exc.strerror or exc})"
        ) from exc
    return path


def is_autostart_enabled(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows_value() is not None
    return linux_entry_path(env).is_file()


def windows_command_line(command: Sequence[str]) -> str:
    """The Run value: quoted the way Windows programs split their command line.

    ``list2cmdline`` follows the Microsoft C runtime rules, so a folder with spaces or
    Chinese characters, or one ending in a backslash, arrives as one argument.
    """
    return subprocess.list2cmdline(list(command))


def _set_windows(enabled: bool, command: Sequence[str]) -> str | None:
    winreg: Any = importlib.import_module("winreg")
    value = windows_command_line(command)
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if enabled:
                winreg.SetValueEx(key, "CRMDesk", 0, winreg.REG_SZ, value)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, "CRMDesk")
    except OSError as exc:
        raise UserError(f"cannot change the Windows start-up entry ({exc})") from exc
    return f"HKCU\\{RUN_KEY}\\CRMDesk" if enabled else None


def _windows_value() -> str | None:
    try:
        winreg: Any = importlib.import_module("winreg")
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _ = winreg.QueryValueEx(key, "CRMDesk")
            return str(value)
    except (ImportError, OSError):
        return None


def split_exec(line: str) -> list[str]:
    """Parse an Exec= value back into arguments (for tests and diagnostics)."""
    return shlex.split(line.replace("%%", "%"))
