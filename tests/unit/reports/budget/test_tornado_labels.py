"""The tornado chart draws every driver's whole label, range included, in both languages.

Labels used to be cut with "…" to a third of the width, so the widest bar lost "(±20%)".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crmdesk.domain.planning.sensitivity import analyse_sensitivity
from crmdesk.reports.budget.sections import sensitivity_section
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import report_styles
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS

pytestmark = pytest.mark.usefixtures("embedded_font")

WIDTH = 480.0


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    from crmdesk import i18n

    i18n.install_translators(request.param)  # the shipped translations
    yield request.param
    i18n.install_translators("en")


def _label_strings(drawing) -> list[tuple[float, str]]:
    """(y, text) of the strings drawn right-aligned at the left of the bars (the labels)."""
    from reportlab.graphics.shapes import String

    found = [
        (s.y, s.text, s.x)
        for s in drawing.contents
        if isinstance(s, String) and s.textAnchor == "end" and s.fontSize == 8
    ]
    left = min(x for _, _, x in found)
    return sorted(((y, text) for y, text, x in found if x == left), key=lambda p: -p[0])


@pytest.mark.parametrize("name", ["full_en.json", "long_10y.json", "chinese_zh.json"])
def test_every_bar_label_is_drawn_whole_with_its_range(name: str, lang: str) -> None:
    plan = load_plan_file(REPORT_PLANS / name)
    analysis = analyse_sensitivity(plan)
    f = Formats(lang, plan.currency)
    chart = sensitivity_section(analysis, f, report_styles(), WIDTH)[1]
    drawn = _label_strings(chart)
    assert all("…" not in text for _, text in drawn)
    labels = [f.sentence(r.title) for r in analysis.results]
    assert any("±20.00%" in label for label in labels)
    # the lines, top to bottom, spell the labels in order (a break drops only spaces)
    assert "".join(t for _, t in drawn).replace(" ", "") == "".join(labels).replace(" ", "")
    for label in labels:  # each label's range stays on one line
        bracket = label[label.rfind("(") :] if "(" in label else label[label.rfind("（") :]
        assert any(bracket.replace(" ", "") in t.replace(" ", "") for _, t in drawn), bracket
    # no line runs into the bars: each fits the label area left of the axis labels
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = report_styles().fonts.regular
    xs = [s.x for s in chart.contents if getattr(s, "textAnchor", None) == "end"]
    assert all(stringWidth(t, font, 8) <= min(xs) + 1 for _, t in drawn)
