"""Starting with Windows: the value under HKCU\\...\\Run, through a stand-in for winreg."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from crmdesk.domain.errors import UserError
from crmdesk.services import autostart


class FakeWinreg:
    """The few winreg calls autostart makes, over a dict (one key: the Run key)."""

    HKEY_CURRENT_USER = object()
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self, fail: bool = False) -> None:
        self.values: dict[str, Any] = {}
        self.fail = fail
        self.opened: list[str] = []

    def OpenKey(self, root: object, path: str, reserved: int = 0, access: int = 0):
        if self.fail:
            raise PermissionError(5, "Access is denied")
        assert root is self.HKEY_CURRENT_USER
        self.opened.append(path)
        return self

    def __enter__(self) -> FakeWinreg:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def SetValueEx(self, key: object, name: str, reserved: int, kind: int, value: str):
        assert kind == self.REG_SZ
        self.values[name] = value

    def DeleteValue(self, key: object, name: str) -> None:
        if name not in self.values:
            raise FileNotFoundError(2, "not found")
        del self.values[name]

    def QueryValueEx(self, key: object, name: str) -> tuple[str, int]:
        if name not in self.values:
            raise FileNotFoundError(2, "not found")
        return self.values[name], self.REG_SZ


@pytest.fixture
def winreg(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    fake = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", fake)
    return fake


EXE = r"C:\Program Files\CRMDesk\crmdesk.exe"
DATA = "C:\\Users\\李伟 Li\\AppData\\Roaming\\CRMDesk"


def test_the_run_value_starts_this_exe_on_this_data_folder_minimised(winreg: FakeWinreg):
    where = autostart.set_autostart(
        True, [EXE, "--data-dir", DATA, "--minimised"], platform="win32"
    )
    assert where == r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run\CRMDesk"
    assert winreg.opened == [autostart.RUN_KEY]
    assert winreg.values["CRMDesk"] == f'"{EXE}" --data-dir "{DATA}" --minimised'
    assert autostart.is_autostart_enabled(platform="win32")


def test_turning_it_off_removes_the_value_and_twice_is_fine(winreg: FakeWinreg):
    autostart.set_autostart(True, [EXE], platform="win32")
    assert autostart.set_autostart(False, [EXE], platform="win32") is None
    assert "CRMDesk" not in winreg.values
    assert autostart.set_autostart(False, [EXE], platform="win32") is None
    assert not autostart.is_autostart_enabled(platform="win32")


def test_a_folder_ending_in_a_backslash_stays_one_argument():
    line = autostart.windows_command_line([EXE, "--data-dir", "D:\\CRM data\\"])
    # the Microsoft C runtime reads \\" as a backslash then the closing quote
    assert line == f'"{EXE}" --data-dir "D:\\CRM data\\\\"'


def test_a_refused_registry_write_is_a_user_error(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "winreg", FakeWinreg(fail=True))
    with pytest.raises(UserError, match="Windows start-up entry"):
        autostart.set_autostart(True, [EXE], platform="win32")
