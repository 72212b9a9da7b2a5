"""Start with the system: the Linux autostart entry, written under a temporary HOME."""

from __future__ import annotations

from pathlib import Path

from crmdesk.services.autostart import (
    is_autostart_enabled,
    launch_command,
    set_autostart,
    split_exec,
)


def test_linux_autostart_entry_round_trip(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path / "home")}
    data = tmp_path / "my data"
    command = launch_command(data)
    assert command[-3:] == ["--data-dir", str(data), "--minimised"]
    assert not is_autostart_enabled(env, platform="linux")
    path = set_autostart(True, command, env=env, platform="linux")
    assert path == tmp_path / "home" / ".config" / "autostart" / "crmdesk.desktop"
    assert is_autostart_enabled(env, platform="linux")
    text = Path(path).read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert split_exec(exec_line[len("Exec=") :]) == command
    assert set_autostart(False, command, env=env, platform="linux") is None
    assert not is_autostart_enabled(env, platform="linux")


def test_xdg_config_home_is_honoured(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    path = set_autostart(True, ["crmdesk", "--minimised"], env=env, platform="linux")
    assert path == tmp_path / "cfg" / "autostart" / "crmdesk.desktop"
