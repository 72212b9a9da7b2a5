"""Customer validation, merging two customers' fields, and duplicate keys."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.domain.customers.customer import CustomerInput, merged_input
from crmdesk.domain.customers.similarity import company_key, name_key, name_reason, name_similarity
from crmdesk.domain.errors import ValidationError


def test_a_clean_copy_trims_and_sorts() -> None:
    data = CustomerInput(
        "  张  伟 ", " 华强 ", phones=[" 138 0013 8000 ", "", "138 0013 8000"], tags=["b", "a", "a"]
    ).validated()
    assert data.name == "张 伟"
    assert data.company == "华强"
    assert data.phones == ["138 0013 8000"]
    assert data.tags == ["a", "b"]


@pytest.mark.parametrize(
    ("data", "field", "hint"),
    [
        (CustomerInput(" "), "name", "needs a name"),
        (CustomerInput("x", phones=["12ab"]), "phone", "5 to 15 digits"),
        (CustomerInput("x", emails=["a@b"]), "email", "name@example.com"),
        (CustomerInput("x", stage="vip"), "stage", "lead"),
    ],
)
def test_bad_input_names_the_field_and_explains(data: CustomerInput, field: str, hint: str) -> None:
    with pytest.raises(ValidationError) as info:
        data.validated()
    assert info.value.field == field
    assert hint in str(info.value)


def test_changed_fields_are_listed() -> None:
    a = CustomerInput("张伟", phones=["1"], birthday=dt.date(1980, 1, 1))
    b = CustomerInput("张伟", phones=["2"])
    assert a.changed_fields(b) == ["phones", "birthday"]


def test_merging_unites_lists_and_takes_chosen_fields() -> None:
    keep = CustomerInput(
        "张伟",
        "华强",
        phones=["+86 138 0013 8000"],
        emails=["A@x.cn"],
        notes="n1",
        tags=["VIP"],
        custom={1: "gold"},
    )
    other = CustomerInput(
        "张 伟",
        "华强电子",
        "lead",
        phones=["13800138000", "139 0000 0000"],
        emails=["a@x.cn", "b@x.cn"],
        notes="n2",
        tags=["批发"],
        custom={1: "silver", 2: "x"},
        address="深圳",
    )
    merged = merged_input(keep, other, {"company"})
    assert merged.name == "张伟" and merged.company == "华强电子" and merged.stage == "customer"
    assert merged.phones == ["+86 138 0013 8000", "139 0000 0000"]
    assert merged.emails == ["A@x.cn", "b@x.cn"]
    assert merged.notes == "n1\nn2"
    assert merged.tags == ["VIP", "批发"]
    assert merged.custom == {1: "gold", 2: "x"}
    assert merged.address == "深圳"  # empty on the survivor: filled from the other
    assert merged_input(keep, other, {"custom:1", "notes"}).custom[1] == "silver"
    assert merged_input(keep, other, {"notes"}).notes == "n2"


def test_keys_see_through_formatting() -> None:
    assert name_key("张 伟") == name_key("张伟")
    assert name_key("ＯＬＩＶＩＡ Smith") == name_key("olivia smith")
    assert name_key("Smith, John") == name_key("john smith")
    assert company_key("深圳华强电子有限公司") == company_key("深圳 华强电子")
    assert company_key("Northern Tiles Ltd.") == company_key("northern tiles")
    assert company_key("Tesco") != company_key("Tes")


def test_names_in_the_same_company() -> None:
    assert name_reason("张伟", "华强电子有限公司", "张 伟", "华强电子") == "name"
    assert name_reason("Jonathan Smith", "Acme", "Jonathon Smith", "ACME Ltd") == "similar_name"
    assert name_reason("张伟", "华强", "张玮", "华强") is None  # different people
    assert name_reason("张伟", "华强", "张伟", "鑫源") is None  # other company
    assert name_similarity("", "x") == 0.0
