"""The crmdesk-plan v1 format: the contract example, strict validation, round trips."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.planning.categories import CostCategory, ItemKind
from crmdesk.domain.planning.plan import BudgetPlan, CostItem, plan_problems, validate_plan
from crmdesk.domain.planning.planfile import (
    plan_from_dict,
    plan_from_json,
    plan_to_dict,
    plan_to_json,
)
from crmdesk.services.planning.files import PlanFileError, load_plan_file, save_plan_file
from tests.helpers import DATA
from tests.helpers.plan_strategies import plans

PLANS = DATA / "plans"
CONTRACT = PLANS / "contract_example.json"


def contract() -> dict[str, Any]:
    return json.loads(CONTRACT.read_text(encoding="utf-8"))


def test_contract_example_reads_and_round_trips_exactly() -> None:
    plan = plan_from_dict(contract())
    assert plan.name == "Sales team CRM 2027"
    assert plan.discount_rate == Decimal("0.10")
    assert plan.risk_adjustment is not None and plan.risk_adjustment.costs == Decimal("0.10")
    licence = plan.costs[0]
    assert licence.kind is ItemKind.PER_USER_MONTH and licence.escalation == Decimal("0.03")
    assert plan.costs[1] == CostItem.one_off(
        CostCategory.CUSTOMISATION, Decimal("40000"), 0, "ERP link"
    )
    assert plan_to_dict(plan) == contract()
    assert plan_from_json(plan_to_json(plan)) == plan


def test_numbers_are_accepted_for_amounts_and_rates() -> None:
    data = contract()
    data["discount_rate"] = 0.1
    data["costs"][1]["amount"] = 40000
    data["benefits"][0]["amount"] = 60000.5
    plan = plan_from_dict(data)
    assert plan.discount_rate == Decimal("0.1")
    assert plan.costs[1].amount == Decimal(40000)
    assert plan.benefits[0].amount == Decimal("60000.5")
    json_plan = plan_from_json(json.dumps(data))
    assert json_plan.benefits[0].amount == Decimal("60000.5")  # parsed as Decimal, not float


def mutate(path: str, value: Any) -> dict[str, Any]:
    """The contract example with the value at ``path`` (a.b[2].c) set, or deleted if ...."""
    data = copy.deepcopy(contract())
    parts = path.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last: Any = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"),
    [
        ("format", "something-else", "format", "not a CRMDesk plan file"),
        ("version", 2, "version", "version 2 is not supported"),
        ("version", "1", "version", "not supported"),
        ("version", True, "version", "not supported"),
        ("colour", "blue", "colour", "is not a known field"),
        ("costs[2].colour", "blue", "costs[2].colour", "is not a known field"),
        ("risk_adjustment.other", "0.1", "risk_adjustment.other", "is not a known field"),
        ("name", ..., "name", "is required"),
        ("costs[0].amount", ..., "costs[0].amount", "is required"),
        ("costs[2].amount", "-9000", "costs[2].amount", "must not be negative"),
        ("costs[2].amount", -1, "costs[2].amount", "must not be negative"),
        ("benefits[0].amount", "abc", "benefits[0].amount", "must be a decimal number"),
        ("benefits[0].amount", "1,000", "benefits[0].amount", "must be a decimal number"),
        ("benefits[0].amount", True, "benefits[0].amount", "must be a decimal number"),
        ("costs[1].year", 6, "costs[1].year", "between 0 and 5"),
        ("costs[1].year", -1, "costs[1].year", "between 0 and 5"),
        ("costs[2].to_year", 7, "costs[2].to_year", "between 0 and 5"),
        ("costs[2].from_year", 4, None, None),
        ("costs[2].from_year", 6, "costs[2].from_year", "between 0 and 5"),
        ("costs[1].year", ..., "costs[1].year", "is required for one_off items"),
        ("costs[1].from_year", 1, "costs[1].from_year", "does not apply to one_off items"),
        ("costs[1].year", "0", "costs[1].year", "must be a whole number"),
        ("costs[1].year", 0.5, "costs[1].year", "must be a whole number"),
        ("costs[0].kind", "monthly", "costs[0].kind", "must be one of: one_off, annual"),
        ("costs[0].category", "contingency", "costs[0].category", "must be one of: licence"),
        ("benefits[0].category", "licence", "benefits[0].category", "must be one of: revenue"),
        ("horizon_years", 11, "horizon_years", "between 1 and 10"),
        ("horizon_years", 0, "horizon_years", "between 1 and 10"),
        ("discount_rate", "1.5", "discount_rate", "between 0 and 1"),
        ("currency", "yuan", "currency", "three-letter currency code"),
        ("users", -1, "users", "between 0 and"),
        ("costs", {}, "costs", "must be a list"),
        ("costs[0]", "licence", "costs[0]", "must be an object"),
        ("costs[0].escalation", "-0.9", "costs[0].escalation", "between -0.5 and 1"),
        ("costs[1].escalation", "0.1", "costs[1].escalation", "does not apply to one_off"),
        ("costs[0].ramp", ["0.5", "1.5"], "costs[0].ramp[1]", "between 0 and 1"),
        ("costs[0].ramp", ["1"] * 6, "costs[0].ramp", "more factors than the item has years"),
        ("costs[2].users", 3, "costs[2].users", "does not apply to annual items"),
        ("costs[2].sub_item", "development", "costs[2].sub_item", "not a sub-item of maintenance"),
        ("amounts_include_vat", "yes", "amounts_include_vat", "must be true or false"),
        ("risks", [{"mitigation": "x"}], "risks[0].risk", "is required"),
        ("intangibles", ["  "], "intangibles[0]", "must not be empty"),
        ("name", " ", "name", "must not be empty"),
        ("name", 5, "name", "must be text"),
    ],
)
def test_bad_values_are_rejected_naming_the_field(
    path: str, value: Any, field: str | None, reason: str | None
) -> None:
    data = mutate(path, value)
    if field is None:
        assert plan_from_dict(data)  # a valid change: the case proves the neighbour is strict
        return
    with pytest.raises(ValidationError) as caught:
        plan_from_dict(data)
    assert caught.value.field == field
    assert reason is not None and reason in caught.value.reason


def test_from_year_after_to_year_is_rejected() -> None:
    data = mutate("costs[2].from_year", 5)
    data["costs"][2]["to_year"] = 3
    with pytest.raises(ValidationError) as caught:
        plan_from_dict(data)
    assert caught.value.field == "costs[2].from_year"
    assert "after to_year (3)" in caught.value.reason


def test_extensions_round_trip() -> None:
    data = contract()
    data.update(
        company_name="示例贸易有限公司",
        industry="wholesale",
        staff=25,
        amounts_include_vat=False,
        vat_note="excl. 6% VAT",
        modules=["customer_information", "sales_followup"],
        intangibles=["Better decisions"],
        risks=[{"risk": "low_adoption"}, {"risk": "Key staff leave", "mitigation": "Document"}],
        notes="draft",
    )
    data["costs"][0].update(users=5, ramp=["0.5"], sub_item="per_user_subscription")
    data["benefits"][0].update(ramp=["0.5", "0.8"], notes="margin only")
    plan = plan_from_dict(data)
    assert plan.costs[0].users == 5 and plan.benefits[0].ramp == (Decimal("0.5"), Decimal("0.8"))
    assert plan_to_dict(plan) == data


def test_json_level_errors() -> None:
    with pytest.raises(ValidationError, match=r"is not valid JSON: .* at line 1, column"):
        plan_from_json('{"format": ')
    with pytest.raises(ValidationError, match='the key "name" appears twice'):
        plan_from_json('{"name": "a", "name": "b"}')
    with pytest.raises(ValidationError, match="NaN is not allowed"):
        plan_from_json('{"amount": NaN}')
    with pytest.raises(ValidationError, match="not a CRMDesk plan file"):
        plan_from_json("[1, 2]")


def test_plan_problems_lists_every_broken_item() -> None:
    plan = BudgetPlan(
        name="",
        horizon_years=3,
        costs=(
            CostItem.one_off(CostCategory.OTHER, Decimal(-1)),
            CostItem.annual(CostCategory.OTHER, Decimal(1), 2, 9),
        ),
    )
    fields = [p.field for p in plan_problems(plan)]
    assert fields == ["name", "costs[0].amount", "costs[1].to_year"]
    with pytest.raises(ValidationError):
        validate_plan(plan)


@settings(max_examples=150, deadline=None)
@given(plans())
def test_any_valid_plan_round_trips_through_json(plan: BudgetPlan) -> None:
    assert plan_problems(plan) == []
    assert plan_from_json(plan_to_json(plan)) == plan


# --- files -----------------------------------------------------------------------------------


def test_save_and_load_a_plan_file(tmp_path: Path) -> None:
    plan = plan_from_dict(contract())
    target = tmp_path / "plan.json"
    save_plan_file(plan, target)
    assert load_plan_file(target) == plan
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]  # no temp file left behind
    save_plan_file(plan, target)  # overwriting works too
    assert load_plan_file(target) == plan


def test_a_plan_file_with_a_bom_and_chinese_text(tmp_path: Path) -> None:
    data = contract()
    data["name"] = "销售团队 CRM"
    target = tmp_path / "计划.json"
    target.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert load_plan_file(target).name == "销售团队 CRM"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{", "is not UTF-8 text"),
        (b"{not json", "is not valid JSON"),
        (json.dumps({"format": "crmdesk-plan", "version": 1}).encode(), "name: is required"),
    ],
)
def test_bad_plan_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "bad.json"
    target.write_bytes(content)
    with pytest.raises(UserError) as caught:
        load_plan_file(target)
    assert str(caught.value).startswith(f"{target}: ")
    assert message in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="file not found"):
        load_plan_file(tmp_path / "nope.json")
    with pytest.raises(PlanFileError, match="is a folder"):
        load_plan_file(tmp_path)


def test_field_of_an_invalid_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text(json.dumps(mutate("costs[2].year", 1)), encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(target)
    assert caught.value.field == "costs[2].year"


def test_saving_into_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="cannot be written"):
        save_plan_file(plan_from_dict(contract()), tmp_path / "missing" / "plan.json")
