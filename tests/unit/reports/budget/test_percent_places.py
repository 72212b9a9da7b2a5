"""Every percentage a budget report computes prints with two decimals (issue 21).

Sensitivity steps ("±20.00%"), the factors of the amount drivers ("80.00%" / "120.00%"), the
risk adjustment, the contingency rate and ramp-up shares used to print "±20%" / "10%".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from crmdesk.reports.budget.report import build_budget_report
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS, flat, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font")

# fixed wording that states a rule, not a figure of the plan
RULES = (
    "above −100%",
    "within the 40%",
    "near 40%",
    "(for example 10%)",
    "(6% VAT",
    "含6%增值税",
    "−100%",
    "40%",
    "10%）",
)
SHORT_PERCENT = re.compile(r"(?<![\d.,])[−-]?\d+(?:\.\d)?%")


def _short_percentages(text: str) -> list[str]:
    for rule in RULES:
        text = text.replace(rule, "")
    return SHORT_PERCENT.findall(text)


@pytest.mark.parametrize("name", ["full_en.json", "long_10y.json", "chinese_zh.json"])
def test_no_percentage_prints_with_fewer_than_two_decimals(name: str, english: str) -> None:
    plan = load_plan_file(REPORT_PLANS / name)
    text = flat(pdf_text(build_budget_report(plan, lang="en", generated=dt.date(2027, 3, 12))))
    assert "(±20.00%)" in text  # the sensitivity step beside the drivers
    assert "80.00%" in text and "120.00%" in text  # the amount drivers' factors
    assert _short_percentages(text) == []


def test_the_chinese_report_too(chinese: str) -> None:
    plan = load_plan_file(REPORT_PLANS / "chinese_zh.json")
    text = flat(pdf_text(build_budget_report(plan, lang="zh_CN", generated=dt.date(2027, 3, 12))))
    assert "80.00%" in text and "120.00%" in text
    assert _short_percentages(text) == []
