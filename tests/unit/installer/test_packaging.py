"""The Linux menu entry, the .deb layout, the Windows script and the icons they use."""

from __future__ import annotations

import configparser
import struct
import sys
from pathlib import Path

import pytest

from .conftest import INSTALLER, ROOT, load

ICONS = ROOT / "resources" / "icons"
LINE_ICONS = [
    "nav-dashboard",
    "nav-customers",
    "nav-followups",
    "nav-service",
    "nav-planner",
    "nav-settings",
    "new",
    "search",
    "backup",
]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(INSTALLER / "linux" / "crmdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_has_english_and_chinese_names_in_office() -> None:
    entry = desktop_entry()
    assert entry["Name"] == "CRMDesk"
    assert "客户" in entry["Name[zh_CN]"]
    assert "客户" in entry["Comment[zh_CN]"]
    assert entry["Categories"] == "Office;"
    assert entry["Exec"] == "crmdesk"
    assert entry["Icon"] == "crmdesk"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(sys.platform == "win32", reason="the .deb is built on Linux")
def test_deb_layout_installs_under_opt_with_command_entry_and_icons(tmp_path: Path) -> None:
    deb = load(INSTALLER / "linux" / "deb.py", "crmdesk_deb")
    app = tmp_path / "dist" / "crmdesk"
    (app / "_internal" / "resources").mkdir(parents=True)
    (app / "crmdesk").write_bytes(b"#!")
    staging = tmp_path / "staging"

    deb.stage(app, ICONS, staging)

    command = staging / "usr" / "bin" / "crmdesk"
    assert command.is_symlink() and str(command.readlink()) == "/opt/crmdesk/crmdesk"
    assert (staging / "opt" / "crmdesk" / "crmdesk").exists()
    assert (staging / "usr" / "share" / "applications" / "crmdesk.desktop").exists()
    hicolor = staging / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / "crmdesk.png").exists()
    assert (hicolor / "scalable" / "apps" / "crmdesk.svg").exists()


def test_deb_control_names_dependencies_and_keeps_libc_floor() -> None:
    deb = load(INSTALLER / "linux" / "deb.py", "crmdesk_deb")
    deps = deb.Dependencies(depends={"libxcb1", "libc6"}, recommends={"libgtk-3-0"})
    text = deb.control_text("1.2.3", "amd64", deps, 1000)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
    assert fields["Package"] == "crmdesk"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"].startswith("libc6")
    assert "libxcb1" in fields["Depends"]
    assert fields["Recommends"].startswith("libgtk-3-0")
    assert "fonts-noto-cjk" in fields["Recommends"]


def test_windows_setup_is_per_user_bilingual_with_shortcuts_and_keeps_data() -> None:
    raw = (INSTALLER / "windows" / "crmdesk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs a BOM to read Chinese text"
    script = raw.decode("utf-8-sig")
    assert "PrivilegesRequired=lowest" in script
    assert 'MessagesFile: "compiler:Default.isl"' in script
    assert 'MessagesFile: "{#ChineseIsl}"' in script
    assert "{autoprograms}\\{#AppName}" in script
    assert "{autodesktop}\\{#AppName}" in script
    assert "SetupIconFile=" in script and "crmdesk.ico" in script
    uninstall = script.split("[UninstallDelete]", 1)[1]
    assert "{userappdata}" not in uninstall and "{localappdata}" not in uninstall
    assert "{app}" in uninstall


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_app_icon_has_every_png_size_and_an_ico() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(ICONS / f"crmdesk-{size}.png") == (size, size)
    data = (ICONS / "crmdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


@pytest.mark.parametrize("name", LINE_ICONS)
def test_line_icons_are_24px_fixed_grey_strokes(name: str) -> None:
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert 'stroke="#4a5568"' in svg
    assert "currentColor" not in svg
