"""Chinese line-breaking rules, numbers with units and formulas, in paragraphs and table cells."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from crmdesk.reports.linebreak import NO_END, NO_START, Para, break_lines, break_opportunities
from tests.helpers.pdf import flat, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font")

PIECES = (
    "结论：",
    "本方案",
    "在第 1 年回本",
    "，",
    "净现值为¥180,652.59",
    "；",
    "内部收益率（IRR）为 23.38%",
    "。",
    "按《服务协议》：年付",
    "15 个用户",
    "……",
    "！",
    "？",
    "“收益”与「成本」分列【附录】",
    "、",
    "CFₜ = Bₜ − Cₜ",
    "（PIPL）",
    "爬坡期：第 1 年",
    "——",
)


def dense_chinese(seed: int, pieces: int = 120) -> str:
    """Generated Chinese text with punctuation every few characters."""
    rng = random.Random(seed)
    return "开头" + "".join(rng.choice(PIECES) for _ in range(pieces))


def test_no_break_before_closing_or_after_opening_punctuation():
    text = "甲，乙：丙）丁》戊！己？庚……辛（壬《癸"
    allowed = break_opportunities(text)
    for i, ch in enumerate(text):
        if ch in NO_START:
            assert not allowed[i], ch
        if i + 1 < len(text) and ch in NO_END:
            assert not allowed[i + 1], ch
    assert allowed[text.index("乙")]  # after the comma: the comma stays on the line before


def test_numbers_stay_with_their_units_and_operators_with_their_terms():
    for text, whole in (
        ("共有 15 个用户参加", "15 个用户"),
        ("爬坡期第 1 年结束", "第 1 年"),
        ("It takes 2.35 years to pay back", "2.35 years"),
        ("CFₜ = Bₜ − Cₜ holds", "− Cₜ"),
        ("费用 9,000 元每年", "9,000 元"),
        ("增长 23.38% 以上", "23.38%"),
    ):
        start = text.index(whole)
        allowed = break_opportunities(text)
        assert not any(allowed[start + 1 : start + len(whole)]), whole


def test_a_line_breaks_between_chinese_characters_and_after_spaces():
    text = "客户管理 system"
    allowed = break_opportunities(text)
    assert allowed[1] and allowed[text.index("s")]
    assert not allowed[text.index("y")]  # never inside a Latin word


def test_break_lines_never_starts_with_a_forbidden_character_and_loses_nothing():
    for seed in range(30):
        text = dense_chinese(seed)
        widths = [10.0] * len(text)
        for width in (45.0, 83.0, 131.0, 257.0):
            lines = break_lines(text, widths, [width])
            pieces = [text[a:b] for a, b in lines]
            assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
            for piece in pieces[1:]:
                assert piece[0] not in NO_START, (seed, width, piece)
            for piece in pieces[:-1]:
                assert piece[-1] not in NO_END, (seed, width, piece)


def test_a_word_wider_than_the_column_is_cut_rather_than_overflowing():
    text = "A" * 40
    lines = break_lines(text, [10.0] * 40, [95.0])
    assert [b - a for a, b in lines] == [9, 9, 9, 9, 4]


def _lines_of(pdf: bytes) -> list[str]:
    return [line.strip() for line in pdf_text(pdf).splitlines() if len(line.strip()) > 1]


def _render(paragraph_class: type, text: str) -> bytes:
    from reportlab.platypus import Spacer

    from crmdesk.reports.blocks import data_table
    from crmdesk.reports.document import PageFrame, render
    from crmdesk.reports.styles import report_styles
    from crmdesk.reports.text import escape

    styles = report_styles()
    flow = []
    for width in (120, 190, 260, 330, 470):
        flow.append(paragraph_class(escape(text), styles.body))
        flow.append(Spacer(1, 6))
        sentences = [dense_chinese(seed, 25) for seed in range(4)]
        cells = [[paragraph_class(escape(s), styles.cell)] for s in sentences]
        flow.append(data_table(["表"], cells, styles, [width]))
    info = PageFrame("公司", "文档", "主题", dt.date(2026, 12, 7), "zh_CN")
    return render(flow, info, styles)


def test_no_printed_line_starts_with_a_forbidden_character():
    text = dense_chinese(7)
    lines = _lines_of(_render(Para, text))
    assert len(lines) > 100
    bad = [line for line in lines if line[0] in NO_START or line[-1] in NO_END]
    assert bad == []
    assert "15 个用户" in flat(pdf_text(_render(Para, text)))


def test_reportlabs_own_cjk_wrapping_breaks_the_rules_on_the_same_text():
    """The check above can fail: plain reportlab puts ： and ， at the start of lines."""
    from reportlab.platypus import Paragraph

    lines = _lines_of(_render(Paragraph, dense_chinese(7)))
    assert any(line[0] in NO_START for line in lines)


@pytest.mark.parametrize("plan", ["chinese_zh.json", "long_10y.json"])
def test_the_chinese_budget_report_has_no_line_starting_with_a_forbidden_character(plan: str):
    """With the shipped zh_CN translation (verdict, IRR paragraph, appendix, tables)."""
    from crmdesk import i18n
    from crmdesk.reports.budget.report import build_budget_report
    from crmdesk.services.planning.files import load_plan_file
    from tests.helpers.pdf import REPORT_PLANS

    assert i18n.install_translators("zh_CN")
    try:
        pdf = build_budget_report(load_plan_file(REPORT_PLANS / plan), lang="zh_CN")
    finally:
        i18n.install_translators("en")
    lines = _lines_of(pdf)
    assert sum("，" in line for line in lines) > 20  # Chinese text dense with punctuation
    assert [line for line in lines if line[0] in NO_START or line[-1] in NO_END] == []
