"""Where the data folder is by default on each system (no Qt)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from crmdesk import paths


def test_windows_data_folder_is_appdata_crmdesk(monkeypatch: pytest.MonkeyPatch) -> None:
    roaming = r"C:\Users\Li Wei\AppData\Roaming"
    folders = {"CSIDL_APPDATA": roaming, "CSIDL_LOCAL_APPDATA": r"C:\Users\Li Wei\AppData\Local"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # os.path is posixpath on this machine, so compare the parts the way Windows would
    found = PureWindowsPath(str(paths.default_data_dir()).replace("/", "\\"))
    assert found == PureWindowsPath(roaming, "CRMDesk")


def test_linux_data_folder_is_under_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from platformdirs.unix import Unix

    monkeypatch.setattr(platformdirs, "PlatformDirs", Unix)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.default_data_dir() == tmp_path / "CRMDesk"


def test_option_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve_data_dir(tmp_path / "opt") == (tmp_path / "opt").resolve()
    assert paths.resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.resolve_data_dir(None) == paths.default_data_dir()
