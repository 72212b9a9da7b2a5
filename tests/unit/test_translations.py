"""The zh_CN translation covers every visible string, and the shipped .qm matches the .ts."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ROOT

I18N = ROOT / "resources" / "i18n"


def _build_module():
    spec = importlib.util.spec_from_file_location("i18n_build", I18N / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_in_the_code_has_a_chinese_translation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = _build_module().main(["--check"])
    out = capsys.readouterr().out
    assert status == 0, out


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_shipped_qm_is_built_from_the_current_ts(tmp_path: Path, lang: str) -> None:
    build = _build_module()
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [build.tool("lrelease"), str(I18N / f"crmdesk_{lang}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (I18N / f"crmdesk_{lang}.qm").read_bytes(), (
        "run: python resources/i18n/build.py"
    )


def test_english_resolves_plural_forms() -> None:
    from PySide6.QtCore import QCoreApplication

    from crmdesk.i18n import install_translators

    install_translators("en")
    count = QCoreApplication.translate
    assert count("CustomersScreen", "%n customer(s)", None, 1) == "1 customer"
    assert count("CustomersScreen", "%n customer(s)", None, 500) == "500 customers"
    # every %n message of the English file has both forms, none left as "(s)"
    text = (I18N / "crmdesk_en.ts").read_text(encoding="utf-8")
    assert text.count('numerus="yes"') >= 20
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", text)
    assert forms and not [form for form in forms if "(s)" in form or not form]


def test_chinese_is_loaded_by_the_app() -> None:
    from PySide6.QtCore import QCoreApplication

    from crmdesk.i18n import install_translators

    assert install_translators("zh_CN")
    try:
        assert QCoreApplication.translate("Navigation", "Customers") == "客户"
    finally:
        install_translators("en")
    assert QCoreApplication.translate("Navigation", "Customers") == "Customers"
