"""The Windows font look-up (msyh/simsun under %WINDIR%\\Fonts) and the no-font message."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from crmdesk.reports import fonts as font_module
from crmdesk.reports.fonts import FontSet, find_font_set, no_font_message

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
needs_wqy = pytest.mark.skipif(not WQY.exists(), reason="fonts-wqy-microhei is not installed")


@pytest.fixture(autouse=True)
def no_user_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOCALAPPDATA", raising=False)


def windows_fonts(root: Path, *names: str) -> Path:
    """A fake %WINDIR% whose Fonts folder has these files (copies of a real CJK collection)."""
    folder = root / "Fonts"
    folder.mkdir(parents=True)
    for name in names:
        shutil.copyfile(WQY, folder / name)
    return root


@needs_wqy
def test_microsoft_yahei_is_preferred_on_windows(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WINDIR", str(windows_fonts(tmp_path, "simsun.ttc", "msyh.ttc")))
    found = find_font_set(font_module._windows_candidates(), prefix="TestYaHei")
    assert found.embedded and "msyh.ttc" in found.source


@needs_wqy
def test_simsun_is_used_when_yahei_is_missing(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WINDIR", str(windows_fonts(tmp_path, "simsun.ttc")))
    found = find_font_set(font_module._windows_candidates(), prefix="TestSimSun")
    assert found.embedded and "simsun.ttc" in found.source


@needs_wqy
def test_a_chinese_collection_installed_for_the_user_alone_is_found(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("WINDIR", str(windows_fonts(tmp_path / "win")))
    local = tmp_path / "local"
    windows_fonts(local / "Microsoft" / "Windows", "wqy-microhei.ttc")
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    found = find_font_set(font_module._windows_candidates(), prefix="TestUserFont")
    assert found.embedded and "wqy-microhei.ttc" in found.source


@needs_wqy
def test_the_named_windows_fonts_come_before_other_collections(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("WINDIR", str(windows_fonts(tmp_path, "aaa-other.ttc", "simsun.ttc")))
    found = find_font_set(font_module._windows_candidates(), prefix="TestOrder")
    assert "simsun.ttc" in found.source


def test_no_windows_font_says_where_it_looked_and_what_to_do(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    monkeypatch.setenv("WINDIR", str(tmp_path))
    (tmp_path / "Fonts").mkdir()
    with caplog.at_level(logging.WARNING, logger=font_module.__name__):
        found = find_font_set(font_module._windows_candidates(), prefix="TestNoWinFont")
    assert not found.embedded
    message = no_font_message("win32")
    assert "msyh.ttc" in message and "simsun.ttc" in message
    assert str(tmp_path / "Fonts") in message
    assert "Supplemental Fonts" in message and "not embedded" in message
    assert "not embedded" in caplog.text


def test_the_linux_message_names_the_package_to_install():
    assert "fonts-wqy-microhei" in no_font_message("linux")
    assert "msyh" not in no_font_message("linux")


def test_plan_report_warns_on_stderr_when_the_font_is_not_embedded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    from crmdesk.cli import main
    from tests.helpers.pdf import REPORT_PLANS

    cid = FontSet("STSong-Light", "STSong-Light", False, False, "STSong-Light")
    monkeypatch.setattr(font_module, "report_fonts", lambda: cid)
    out = tmp_path / "plan.pdf"
    args = ["--data-dir", str(tmp_path / "data"), "plan", "report"]
    assert main([*args, str(REPORT_PLANS / "full_en.json"), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert captured.err.startswith("warning: no Chinese font found")
