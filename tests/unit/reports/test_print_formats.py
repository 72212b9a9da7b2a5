"""One minus sign, no negative zero, ISO dates, one mark for "not defined", labelled ROI,
the approval block, and records that print what their headings say."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from crmdesk.reports.formats import Formats, minus_signs, signed
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS, flat, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font")

D = Decimal
NEVER_PAYS = REPORT_PLANS.parent / "plans" / "never_pays_back.json"


@pytest.mark.parametrize(
    ("method", "value", "expected"),
    [
        ("money", D("-180652.585"), "−¥180,652.59"),
        ("money", D("-0.004"), "¥0.00"),
        ("money", D("1234.5"), "¥1,234.50"),
        ("percent", D("-0.00001"), "0.00%"),
        ("percent", D("-0.25"), "−25.00%"),
        ("percent", D("0.695349"), "69.53%"),
        ("ratio", D("-0.004"), "0.00"),
        ("ratio", D("-1.235"), "−1.24"),
        ("money", None, "—"),
        ("percent", None, "—"),
        ("ratio", None, "—"),
        ("years", None, "—"),
    ],
)
def test_figures_use_one_minus_sign_no_negative_zero_and_one_dash(
    method: str, value: Decimal | None, expected: str, english: str
):
    assert getattr(Formats("en", "CNY"), method)(value) == expected


def test_sentences_get_true_minus_signs_but_dates_and_codes_keep_their_hyphens():
    assert minus_signs("NPV -¥180,652.59 at -10% on 2026-12-07 for SR-2026-0042") == (
        "NPV −¥180,652.59 at −10% on 2026-12-07 for SR-2026-0042"
    )
    assert minus_signs("change -0.00%") == "change 0.00%"
    assert signed("-0.00") == "0.00"


def test_dates_are_iso_in_both_languages():
    day = dt.date(2025, 1, 26)
    assert Formats("en").date(day) == Formats("zh_CN").date(day) == "2025-01-26"


def _budget_text(lang: str) -> str:
    from crmdesk.reports.budget.report import build_budget_report

    plan = load_plan_file(NEVER_PAYS)
    pdf = build_budget_report(
        plan, lang=lang, company="Shop Ltd", prepared_by="Li Lei", generated=dt.date(2026, 12, 7)
    )
    return flat(pdf_text(pdf))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_losing_plan_prints_true_minus_signs_iso_dates_and_no_na(lang: str, request):
    request.getfixturevalue("chinese" if lang == "zh_CN" else "english")
    text = _budget_text(lang)
    assert "−" in text  # the plan loses money
    assert re.search(r"(?<![\w.])-[\d¥$]", text) is None  # no hyphen used as a minus
    assert "-0.00" not in text and "−0.00%" not in text
    assert "n/a" not in text
    assert "2026-12-07" in text
    assert "December" not in text and "2026年12月7日" not in text


def test_the_cover_labels_roi_and_has_the_approval_block(english: str):
    text = _budget_text("en")
    assert "Return on investment" not in text
    assert "ROI, simple" in text
    cover = text[: text.index("Page 1 of")]
    for expected in ("Prepared by", "Li Lei", "Shop Ltd", "Approved by", "Signature"):
        assert expected in cover


def test_chart_months_read_as_on_screen():
    day = dt.date(2026, 12, 7)
    assert Formats("en").month(day) == "Dec 2026"
    assert Formats("zh_CN").month(day) == "2026年12月"
