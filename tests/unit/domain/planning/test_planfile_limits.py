"""Hostile plan files: small inputs that used to cause unbounded work or tracebacks."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.planfile import plan_from_json
from tests.helpers import DATA


def _contract() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "plans" / "contract_example.json").read_text())
    return data


def _refused(text: str) -> ValidationError:
    started = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        plan_from_json(text)
    assert time.perf_counter() - started < 1.0  # refused at once, not after the work
    return info.value


def test_a_776_byte_plan_with_an_absurd_exponent_is_refused_at_once() -> None:
    text = json.dumps(_contract()).replace('"horizon_years": 5', '"horizon_years": 1e999999999')
    assert "1e999999999" in text
    error = _refused(text)
    assert "1e999999999" in str(error) and "too long or too large" in str(error)


@pytest.mark.parametrize("number", ["9" * 5000, "1" + "0" * 41, "1." + "5" * 60, "1e-999999"])
def test_numbers_too_long_to_be_money_are_refused(number: str) -> None:
    text = json.dumps(_contract()).replace('"users": 8', f'"users": {number}')
    assert number in text
    assert "too long or too large" in str(_refused(text))


def test_a_decimal_string_with_5000_digits_is_refused_naming_the_field() -> None:
    data = _contract()
    data["costs"][0]["amount"] = "1" * 5000
    error = _refused(json.dumps(data))
    assert error.field == "costs[0].amount"


@pytest.mark.parametrize("depth", [17, 100_000])
def test_deep_nesting_is_refused(depth: int) -> None:
    text = json.dumps(_contract())[:-1] + ', "notes": ' + "[" * depth + "]" * depth + "}"
    assert "nested more than 16 levels" in str(_refused(text))


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    data = _contract()
    data["notes"] = '[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{{{{{ quoted \\" ['
    assert plan_from_json(json.dumps(data)).notes == data["notes"]


def test_a_lone_surrogate_in_a_name_is_refused_naming_the_field() -> None:
    data = _contract()
    data["costs"][1]["label"] = "ERP link"
    text = json.dumps(data).replace("ERP link", "ERP \\ud800link")
    error = _refused(text)
    assert error.field == "costs[1].label" and "d800" in str(error)


def test_a_surrogate_pair_is_a_real_character_and_reads_fine() -> None:
    data = _contract()
    text = json.dumps(data).replace('"Sales team CRM 2027"', '"Sales \\ud83d\\ude80 2027"')
    assert plan_from_json(text).name == "Sales \U0001f680 2027"
