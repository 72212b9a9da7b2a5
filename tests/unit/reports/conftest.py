"""Fixtures for the report tests: plans, the report font, and Chinese translations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.pdf import REPORT_PLANS, STRINGS_TSV, build_qm


@pytest.fixture(scope="session")
def embedded_font() -> None:
    """Skip tests that need an embedded CJK TrueType font when the machine has none."""
    from crmdesk.reports.fonts import report_fonts

    if not report_fonts().embedded:
        pytest.skip("no Chinese TrueType font installed (apt install fonts-wqy-microhei)")


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """zh_CN translators installed from a .qm compiled here from the report strings file."""
    from crmdesk import i18n

    qm = build_qm(STRINGS_TSV, tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda lang: str(qm))
    assert i18n.install_translators("zh_CN")
    yield "zh_CN"
    i18n.install_translators("en")


@pytest.fixture
def english() -> str:
    """English: no translators installed (the previous test may have left Chinese ones)."""
    from crmdesk import i18n

    i18n.install_translators("en")
    return "en"


def plan_files() -> list[Path]:
    """Every valid example plan: the engine's (tests/data/plans) and the report's own."""
    from crmdesk.services.planning.files import PlanFileError, load_plan_file

    found = sorted((REPORT_PLANS.parent / "plans").glob("*.json"))
    found += sorted(REPORT_PLANS.glob("*.json"))
    valid = []
    for path in found:
        try:
            load_plan_file(path)
        except PlanFileError:
            continue  # the engine's examples of invalid files
        valid.append(path)
    return valid
