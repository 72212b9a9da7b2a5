"""Money and rates as owners read them: minus sign, em dash, whole units, 万, 2-decimal %."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D  # noqa: N817 - short in worked examples

import pytest

from crmdesk.i18n import install_translators
from crmdesk.ui.widgets.numbers import axis_unit, card_money, money, percent, whole_money


@pytest.fixture
def chinese() -> Iterator[None]:
    install_translators("zh_CN")
    yield
    install_translators("en")


def test_ledger_money_keeps_cents_with_a_true_minus() -> None:
    assert money(D("1234.5"), "CNY") == "¥1,234.50"
    assert money(D("-20"), "USD") == "\u2212$20.00"
    assert money(D("-0.004"), "CNY") == "¥0.00"  # no negative zero
    assert money(None) == "\u2014"


def test_plan_money_is_in_whole_units_half_up() -> None:
    assert whole_money(D("331346.16"), "CNY") == "¥331,346"
    assert whole_money(D("0.5")) == "1"
    assert whole_money(D("-7641.07"), "CNY") == "\u2212¥7,641"
    assert whole_money(D("-0.4")) == "0"
    assert whole_money(D(0)) == "0"


def test_percentages_have_two_decimals() -> None:
    assert percent(D("0.695325")) == "69.53%"
    assert percent(D("-0.045")) == "\u22124.50%"
    assert percent(None) == "\u2014"


def test_english_cards_never_use_wan() -> None:
    assert card_money(D("331346.16"), "CNY") == "¥331,346"
    assert axis_unit("CNY", D(500000)) == ("CNY", D(1))


def test_chinese_cards_and_axes_count_in_wan(chinese: None) -> None:
    assert card_money(D("331346.16"), "CNY") == "¥33.13万"
    assert card_money(D("-1200000"), "CNY") == "\u2212¥120万"
    assert card_money(D("99999"), "CNY") == "¥99,999"  # under 10万 the digits read fine
    assert axis_unit("CNY", D(500000)) == ("万元（CNY）", D(10000))
    assert axis_unit("CNY", D(5000)) == ("CNY", D(1))


def test_a_chinese_money_axis_counts_in_wan_and_says_so(qtbot, chinese: None) -> None:
    from crmdesk.ui.dashboard.plots import Chart
    from crmdesk.ui.widgets.chart_axes import ValueAxis

    chart = Chart()
    qtbot.addWidget(chart)
    chart.set_money_axis("CNY", D(350000))
    assert chart.value_title == "万元（CNY）"
    ticks = ValueAxis(-50000.0, 200000.0, 100000.0, (100000.0, 200000.0, -50000.0))
    assert chart.tick_texts(ticks) == ["10", "20", "\u22125"]


def test_an_english_money_axis_names_its_currency(qtbot) -> None:
    from crmdesk.ui.dashboard.plots import Chart
    from crmdesk.ui.widgets.chart_axes import ValueAxis

    chart = Chart()
    qtbot.addWidget(chart)
    chart.set_money_axis("GBP", D(350000))
    assert chart.value_title == "GBP"
    assert chart.tick_texts(ValueAxis(0.0, 100000.0, 100000.0, (100000.0,))) == ["100,000"]


def _tornado(results_npv: list[tuple[str, str]], base: str):  # type: ignore[no-untyped-def]
    from crmdesk.domain.planning.sensitivity import Driver, DriverKind, DriverResult
    from crmdesk.domain.sentence import verbatim
    from crmdesk.ui.planner.charts import tornado_chart

    driver = Driver("users", verbatim("Users"), DriverKind.USERS, D(8), D(10), D(12))
    results = [
        DriverResult(driver, D(low), D(high), None, verbatim("")) for low, high in results_npv
    ]
    return tornado_chart(results, D(base), "t", "NPV (%1)", "CNY")


def _ticks(*values: float):  # type: ignore[no-untyped-def]
    from crmdesk.ui.widgets.chart_axes import ValueAxis

    return ValueAxis(min(values), max(values), 100000.0, values)


def test_the_tornado_money_axis_names_the_currency(qtbot) -> None:
    chart = _tornado([("120000", "480000")], "300000")
    qtbot.addWidget(chart)
    assert chart.x_title == "NPV (CNY)"
    assert chart.tick_texts(_ticks(300000.0, -50000.0)) == ["300,000", "\u221250,000"]


def test_a_chinese_tornado_axis_counts_in_wan(qtbot, chinese: None) -> None:
    chart = _tornado([("120000", "480000")], "300000")
    qtbot.addWidget(chart)
    assert chart.x_title == "NPV (万元（CNY）)"  # the caller's template; the unit in 万
    assert chart.tick_texts(_ticks(300000.0, 100000.0)) == ["30", "10"]
    small = _tornado([("1200", "4800")], "3000")  # under 10万: plain yuan
    qtbot.addWidget(small)
    assert small.x_title == "NPV (CNY)"


def test_screen_sentences_get_the_true_minus_but_dates_and_codes_keep_hyphens() -> None:
    from crmdesk.domain.money import format_money
    from crmdesk.domain.sentence import Sentence
    from crmdesk.ui.planner.text import render as plan_render
    from crmdesk.ui.spending.common import render as spending_render
    from crmdesk.ui.widgets.numbers import minus_signs

    assert format_money(D(-1000), "CNY") == "-¥1,000.00"  # the CLI and files keep ASCII
    sentence = Sentence(
        "Variance",
        "{actual} was spent after the plan's horizon and is not compared to a budget.",
        {"actual": format_money(D(-1000), "CNY")},
    )
    for render in (plan_render, spending_render):
        assert render(sentence).startswith("\u2212¥1,000.00 was spent")
    assert minus_signs("-10.50% on 2026-12-07, ticket SR-2027, -0.00, -¥0.00") == (
        "\u221210.50% on 2026-12-07, ticket SR-2027, 0.00, ¥0.00"
    )
    assert minus_signs("net -$20.00 (-5)") == "net \u2212$20.00 (\u22125)"
