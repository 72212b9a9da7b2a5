"""A cost breakdown that continues inside a category names it again at the top of the page:
"Other costs (continued)" / "其他成本（续）" before the category's next item."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

import pytest

from crmdesk.reports.budget.report import build_budget_report
from crmdesk.reports.budget.wording import category_label
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS

pytestmark = pytest.mark.usefixtures("embedded_font")

PLAN = REPORT_PLANS / "long_10y.json"
HEADER = {"en": ("Item", "(continued)"), "zh_CN": ("项目", "（续）")}
CONTINUED = {"en": "{name} (continued)", "zh_CN": "{name}（续）"}


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    from crmdesk import i18n

    i18n.install_translators(request.param)  # the shipped translations
    yield request.param
    i18n.install_translators("en")


def test_a_page_that_continues_a_category_starts_with_its_name(lang: str) -> None:
    from pypdf import PdfReader

    plan = load_plan_file(PLAN)
    # "Line 28: ..." / "Benefit line 11 效益" -> the name of its category, as printed
    number = re.compile(r"^((?:Benefit line|Line) \d+)\b")
    category_of = {
        number.match(item.label).group(1): category_label(item.category.value)  # type: ignore[union-attr]
        for item in (*plan.costs, *plan.benefits)
    }

    pdf = build_budget_report(plan, lang=lang, generated=dt.date(2027, 3, 12))
    item_head, continued = HEADER[lang]
    checked = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        if not lines or lines[0] != item_head:
            continue  # the page does not start in the middle of a breakdown table
        first = next(i for i, line in enumerate(lines[1:], 1) if not re.match(r"^(Year|第)", line))
        first += 1 if lines[first] in ("Subtotal", "Total", "小计", "合计") else 0
        if lines[first] in ("Total", "合计"):
            first += 1
        heading, after = lines[first], lines[first + 1]
        assert number.match(heading) is None, heading  # never an item without its category
        if not heading.endswith(continued):
            continue  # the page starts with a category (or the reserve) of its own
        item = number.match(after)
        assert item is not None, (heading, after)
        assert heading == CONTINUED[lang].format(name=category_of[item.group(1)])
        checked += 1
    assert checked >= 2  # the long plan has parts that continue inside a category
