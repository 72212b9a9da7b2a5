"""Money parsing, rounding and formatting: Decimal in, Decimal out, never float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import (
    format_money,
    format_percent,
    from_minor,
    parse_amount,
    parse_rate,
    round_cents,
    to_minor,
)
from crmdesk.domain.sentence import FieldError

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.50", D("1234.50")),
        ("1 234", D("1234")),
        ("1\u00a0234\u202f567.5", D("1234567.5")),
        ("１２，３４５．６", D("12345.6")),
        ("１２３４５", D("12345")),
        ("¥1,234", D("1234")),
        ("￥ 99.9", D("99.9")),
        ("$20", D("20")),
        ("CNY 1,000", D("1000")),
        ("300元", D("300")),
        ("  42  ", D("42")),
        (".5", D("0.5")),
        ("0", D("0")),
        ("-0", D("0")),
        (7, D("7")),
        (D("12.345"), D("12.345")),
        (0.1, D("0.1")),
    ],
)
def test_parse_amount_accepts_common_ways_of_writing_money(
    text: str | int | float | Decimal, expected: Decimal
) -> None:
    result = parse_amount(text, "amount")
    assert result == expected
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-5", "must not be negative"),
        ("−5", "must not be negative"),
        ("-¥5", "must not be negative"),
        ("¥-5", "must not be negative"),
        ("(5)", "must not be negative"),
        (-1, "must not be negative"),
        ("abc", "is not a number"),
        ("1e3", "is not a number"),
        ("NaN", "is not a number"),
        ("1_000", "is not a number"),
        ("1.2.3", "is not a number"),
        ("1,23", "thousands separators"),
        ("12 34", "thousands separators"),
        ("", "enter a value"),
        ("   ", "enter a value"),
        (True, "is not a number"),
        (D("NaN"), "is not a number"),
        ("1e20", "is not a number"),
        (10**16, "is too large"),
    ],
)
def test_parse_amount_rejects_garbage_naming_the_field(text: object, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "costs[2].amount")
    assert caught.value.field == "costs[2].amount"
    assert reason in caught.value.reason
    assert str(caught.value).startswith("costs[2].amount: ")


def test_parse_errors_carry_a_translatable_sentence() -> None:
    with pytest.raises(FieldError) as caught:
        parse_amount("-1", "x")
    assert caught.value.sentence.context == "Validation"
    assert caught.value.sentence.render(lambda _c, s: s.upper()) == "MUST NOT BE NEGATIVE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10%", D("0.10")),
        ("10 %", D("0.10")),
        ("１０％", D("0.10")),
        ("0.10", D("0.10")),
        ("0.035", D("0.035")),
        ("3.5%", D("0.035")),
        ("150%", D("1.50")),
        ("0", D("0")),
        (D("0.2"), D("0.2")),
        (0.25, D("0.25")),
    ],
)
def test_parse_rate_reads_percentages_and_fractions(
    text: str | int | float | Decimal, expected: Decimal
) -> None:
    assert parse_rate(text, "rate") == expected


@pytest.mark.parametrize("text", ["10", "1", "1.5", 10, D("1")])
def test_a_bare_rate_of_one_or_more_is_refused_not_guessed(text: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rate(text, "discount_rate")
    assert caught.value.field == "discount_rate"
    assert "10%" in caught.value.reason and "0.10" in caught.value.reason


def test_negative_rates_only_where_allowed() -> None:
    with pytest.raises(ValidationError, match="must not be negative"):
        parse_rate("-3%", "escalation")
    assert parse_rate("-3%", "escalation", allow_negative=True) == D("-0.03")
    assert parse_rate("−0.05", "escalation", allow_negative=True) == D("-0.05")
    with pytest.raises(ValidationError, match="above -100%"):
        parse_rate("-100%", "escalation", allow_negative=True)


@pytest.mark.parametrize("text", ["abc", "10%%", "%", "", "1e-2"])
def test_parse_rate_rejects_garbage(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_rate(text, "rate")


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("2.675", "2.68"),  # half-up, where banker's rounding would give 2.67... or float 2.67
        ("2.665", "2.67"),
        ("-2.675", "-2.68"),
        ("0.005", "0.01"),
        ("-0.004", "0.00"),
        ("1.2", "1.20"),
    ],
)
def test_round_cents_is_half_up(amount: str, expected: str) -> None:
    assert str(round_cents(D(amount))) == expected


def test_minor_units() -> None:
    assert to_minor(D("123.45")) == 12345
    assert to_minor(D("1.005")) == 101
    assert to_minor(D("-1.005")) == -101
    assert from_minor(12345) == D("123.45")
    assert str(from_minor(5)) == "0.05"


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_minor_units_round_trip(minor: int) -> None:
    assert to_minor(from_minor(minor)) == minor


def test_format_money() -> None:
    assert format_money(D("1234.5")) == "1,234.50"
    assert format_money(D("1234.505"), "CNY") == "¥1,234.51"
    assert format_money(D("1234.5"), "CNY", lang="zh_CN") == "¥1,234.50"
    assert format_money(D("-20"), "USD") == "-$20.00"
    assert format_money(D("1000000"), "EUR") == "€1,000,000.00"
    assert format_money(D("5"), "chf") == "CHF 5.00"
    assert format_money(D("-0.001"), "CNY") == "¥0.00"


def test_format_percent() -> None:
    assert format_percent(D("0.233752")) == "23.38%"
    assert format_percent(D("0.2337519"), 4) == "23.3752%"
    assert format_percent(D("0.1"), 0) == "10%"
    assert format_percent(D("-0.05")) == "-5.00%"
