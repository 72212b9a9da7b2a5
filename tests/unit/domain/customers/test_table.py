"""Header mapping, cell splitting, the CSV-injection guard, custom values, vCards."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.domain.customers.custom_fields import clean_value, parse_date
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.customers.rows import input_from_cells, update_from_row
from crmdesk.domain.customers.table import (
    CustomColumn,
    guard_cell,
    guess_field,
    has_name_column,
    map_headers,
    split_values,
    unguard_cell,
)
from crmdesk.domain.customers.vcard import parse_vcards
from crmdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"),
        ("客户名称", "name"),
        ("联系人", "name"),
        ("Name", "name"),
        ("  NAME ", "name"),
        ("\ufeffname", "name"),
        ("Full Name", "name"),
        ("公司", "company"),
        ("单位", "company"),
        ("Company Name", "company"),
        ("phone", "phone"),
        ("Mobile", "phone"),
        ("手机号码", "phone"),
        ("电话", "phone"),
        ("Phone 2", "phone"),
        ("電話", "phone"),
        ("Company Phone", "phone"),
        ("邮箱", "email"),
        ("电子邮件", "email"),
        ("E-mail", "email"),
        ("地址", "address"),
        ("公司地址", "address"),
        ("备注", "notes"),
        ("标签", "tags"),
        ("First Name", "first_name"),
        ("Last Name", "last_name"),
        ("amount", None),
        ("客户类型", None),
        ("", None),
    ],
)
def test_headers_in_english_or_chinese_are_recognised(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_a_custom_field_column_is_recognised_by_its_name() -> None:
    custom = [CustomColumn(7, "Customer source", "text")]
    assert map_headers(["姓名", "customer source"], custom) == ["name", "custom:7"]


def test_second_name_column_is_ignored_but_phones_add_up() -> None:
    mapping = map_headers(["姓名", "联系人", "手机", "电话", "公司"])
    assert mapping == ["name", None, "phone", "phone", "company"]
    assert has_name_column(mapping)
    assert not has_name_column(map_headers(["date", "amount"]))


def test_several_values_in_one_cell_are_split() -> None:
    assert split_values("phone", "138 0013 8000；139-1234-5678/0755 1234") == [
        "138 0013 8000",
        "139-1234-5678",
        "0755 1234",
    ]
    assert split_values("tags", "VIP，批发、零售") == ["VIP", "批发", "零售"]
    assert split_values("email", "a@x.cn b@y.cn") == ["a@x.cn", "b@y.cn"]


@pytest.mark.parametrize("text", ["=1+2", "+86 138", "-5", "@SUM(A1)", "\tx"])
def test_formula_cells_are_guarded_and_come_back(text: str) -> None:
    guarded = guard_cell(text)
    assert guarded == "'" + text
    assert unguard_cell(guarded) == text


def test_plain_cells_are_left_alone() -> None:
    assert guard_cell("张伟") == "张伟"
    assert unguard_cell("'quoted'") == "'quoted'"


def test_a_row_becomes_a_customer_input() -> None:
    mapping = map_headers(["First Name", "Last Name", "手机", "标签", "阶段", "生日"])
    data = input_from_cells(
        mapping, ["伟", "张", "138 0013 8000；139 0000 0000", "VIP,批发", "意向客户", "1980/3/5"]
    )
    assert data.name == "张伟"
    assert data.phones == ["138 0013 8000", "139 0000 0000"]
    assert data.tags == ["VIP", "批发"]
    assert data.stage == "prospect"
    assert data.birthday == dt.date(1980, 3, 5)
    latin = input_from_cells(mapping[:2], ["Olivia", "Smith"])
    assert latin.name == "Olivia Smith"


def test_an_unknown_stage_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        input_from_cells(["name", "stage"], ["张伟", "VIP"])
    assert info.value.field == "stage"
    assert "VIP" in str(info.value)


def test_updating_from_a_row_keeps_what_the_file_does_not_have() -> None:
    old = CustomerInput("张伟", "华强", "lead", ["+86 138 0013 8000"], ["a@x.cn"], notes="old note")
    row = CustomerInput("张伟", "", "customer", ["13800138000", "139 0000 0000"], notes="new note")
    merged = update_from_row(old, row, ["name", "phone", "notes"])
    assert merged.company == "华强"  # no company column: kept
    assert merged.stage == "lead"  # no stage column: kept, not reset to "customer"
    assert merged.phones == ["+86 138 0013 8000", "139 0000 0000"]  # same number not doubled
    assert merged.notes == "old note\nnew note"


@pytest.mark.parametrize(
    ("kind", "text", "stored"),
    [
        ("number", "1,200.50", "1200.5"),
        ("number", "１２", "12"),
        ("date", "2027年3月5日", "2027-03-05"),
        ("date", "2027/3/5", "2027-03-05"),
        ("choice", "gold", "Gold"),
        ("text", "  any  ", "any"),
        ("number", "", ""),
    ],
)
def test_custom_values_are_stored_in_one_form(kind: str, text: str, stored: str) -> None:
    assert clean_value("Level", kind, ("Gold", "Silver"), text) == stored


@pytest.mark.parametrize(
    ("kind", "text"), [("number", "abc"), ("date", "5/3/27"), ("choice", "Bronze")]
)
def test_bad_custom_values_name_the_field(kind: str, text: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_value("Level", kind, ("Gold", "Silver"), text)
    assert info.value.field == "Level"


def test_dates_must_exist() -> None:
    assert parse_date("2027-02-30") is None
    assert parse_date("2027-02-28 00:00:00") == dt.date(2027, 2, 28)


def test_vcards_of_versions_2_3_and_4() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=\r\n=B8=89\r\n"
        "TEL;CELL:138 0013 8001\r\nTEL;WORK:0755-8888 9999\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Taylor;Jack;;;\r\nORG:Kirkstall Motors;Sales\r\n"
        "NOTE:line one\\nline\r\n  two\r\nCATEGORIES:a,b\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:李;四;;;\r\nTEL;VALUE=uri:tel:+86-139-0000-4444\r\nEND:VCARD\r\n"
    )
    first, second, third = parse_vcards(text)
    assert first.name == "张三"
    assert first.phones == ["138 0013 8001", "0755-8888 9999"]
    assert second.name == "Jack Taylor" and second.company == "Kirkstall Motors"
    assert second.notes == "line one\nline two"
    assert second.tags == ["a", "b"]
    assert third.name == "李四" and third.phones == ["+86-139-0000-4444"]


def test_cells_become_input_as_a_plain_reading_of_the_columns_would() -> None:
    """input_from_cells against the obvious per-column reading, on awkward cells."""
    mapping = ("name", "phone", "email", "tags", "company", "phone", "notes", "notes")
    # fmt: off
    rows = [
        ["张伟", "+86 138 0013 8000", "a@b.cn", "VIP", "华强", "", "老客户", ""],
        ["  Olivia ", "0113 496 0000; 07700 900123", "x@y.cn, z@y.cn", "VIP；批发", "", "1380",
         "a", "b"],
        ["'=HYPERLINK(1)", "'+8613800138000", "'@me@x.cn", "'-5", "'\t", "", "'=1+1", ""],
        ["王芳", "  ", "", " ; ", "  Acme ", "13900139000", "", "  "],
    ]
    # fmt: on

    def plain(cells: list[str]) -> CustomerInput:
        lists: dict[str, list[str]] = {"phone": [], "email": [], "tags": [], "notes": []}
        single: dict[str, str] = {}
        for field, cell in zip(mapping, cells, strict=True):
            text = unguard_cell(cell.strip()).strip()
            if not text:
                continue
            if field == "notes":
                lists["notes"].append(text)
            elif field in lists:
                lists[field].extend(split_values(field, text))
            else:
                single.setdefault(field, text)
        return CustomerInput(
            single.get("name", ""), single.get("company", ""), phones=lists["phone"],
            emails=lists["email"], tags=lists["tags"], notes="\n".join(lists["notes"]),
        )  # fmt: skip

    for cells in rows:
        assert input_from_cells(mapping, cells) == plain(cells), cells
    formula = input_from_cells(mapping, rows[2])
    assert formula.name == "=HYPERLINK(1)" and formula.phones == ["+8613800138000"]
    assert formula.tags == ["-5"] and formula.notes == "=1+1"
    assert formula.company == "'"  # the tab goes with the strip; a lone apostrophe stays
