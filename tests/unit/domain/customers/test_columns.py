"""The column-by-column check of an import agrees with the row-by-row one on every row."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crmdesk.domain.customers.columns import check_table
from crmdesk.domain.customers.customer import Checked
from crmdesk.domain.customers.rows import input_from_cells
from crmdesk.domain.errors import ValidationError

FIELDS = ["name", "company", "title", "address", "notes", "phone", "email", "tags", None]

# cells made of what real files hold, odd ones included: full-width digits, several values in
# a cell, spreadsheet guards, line breaks, letters in phones, long tags
PHONE = st.sampled_from(
    ["+86 138 0013 8000", "13800138000", "0086 139-1234-5678", "8613800138000", "0113 496 0000",
     "0113 496 0000 EXT 12", "＋８６　１３８００１３８０００", "138/139",
     "138 0013 8000; 139 1234 5678", "1234", "n/a", "无", "'+86 138", "(020) 8765-4321",
     "+44 7700 900123", "٣٣٣٣٣٣", "138\n139",
     "138-0013-8000 (mobile)", "  ", "", "12345678901234567", "86 755 8888 999", "13800138000/1"]
)  # fmt: skip
EMAIL = st.sampled_from(
    ["amy@example.com", "Amy.Lee@Example.COM", "ａｍｙ＠ｅｘａｍｐｌｅ．ｃｏｍ", "a@b", "a b@c.com",
     "x@y.cn; z@w.cn", "@x.com", "王@例子.中国", "'=a@b.cn", "a@b.c\n", "", " ", "İ@x.com",
     "a,b@c.com", "u1@example.cn"]
)  # fmt: skip
NAME = st.sampled_from(
    ["张伟", " 王  芳 ", "Amelia  Jones", "", "  ", "'=cmd", "'", "x" * 201, "x" * 200, "曾丽霞",
     "Ｚｏｅ", "a\tb", "O'Brien"]
)  # fmt: skip
TAGS = st.sampled_from(
    ["", "VIP", "VIP;批发", "批发；VIP；VIP", "#a#b", "t" * 61, "a, b ,,c", " 老客户 ", "'-x"]
)
TEXT = st.sampled_from(["", "深圳华强电子有限公司", " ACME Ltd ", "'+1", "line\nbreak", "a\tb"])
ANY = st.one_of(PHONE, EMAIL, NAME, TAGS, TEXT, st.text(max_size=8))
CELLS = {"phone": PHONE, "email": EMAIL, "name": NAME, "tags": TAGS}


def row_path(mapping: list[str | None], row: list[str]) -> Checked | str:
    try:
        return input_from_cells(mapping, row).checked()
    except ValidationError as exc:
        return f"error in {exc.field}"


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str | None], list[list[str]]]:
    extra = draw(st.lists(st.sampled_from(FIELDS[1:]), max_size=6, unique=True))
    mapping: list[str | None] = draw(st.permutations(["name", *extra]))
    # mostly the column's own kind of value; now and then a column of anything at all
    columns = [
        ANY if field is None or draw(st.integers(0, 5)) == 0 else CELLS.get(field, TEXT)
        for field in mapping
    ]
    rows = draw(st.lists(st.tuples(*columns).map(list), max_size=8))
    return mapping, rows


@settings(max_examples=400)
@given(tables())
@example((["name", "phone", "email"], [["张伟", "+86 138 0013 8000", "A@B.cn"]]))
@example((["phone", "name"], [["138\n139", "x"], ["13800138000", "y"]]))
@example((["name", "phone"], [["x", "13800138000/1"], ["y", "86 755 8888 999"]]))
def test_every_row_the_columns_settle_is_what_the_row_path_gives(
    table: tuple[list[str | None], list[list[str]]],
) -> None:
    mapping, rows = table
    checked = check_table(mapping, rows)
    assert checked is not None
    assert len(checked) == len(rows)
    for row, fast in zip(rows, checked, strict=True):
        if fast is not None:
            assert fast == row_path(mapping, row), row


def test_plain_rows_are_settled_without_the_row_path() -> None:
    mapping: list[str | None] = ["name", "company", "phone", "email", "address", "notes", "tags"]
    rows = [
        ["张伟", "深圳华强电子有限公司", "+86 138 0013 8000", "zw@example.cn", "深圳市华强北路1号",
         "老客户", "VIP;批发"],
        ["Amelia Jones", "ACME Ltd", "0113 496 0000", "Amelia@Example.com", "1 Park Row, Leeds",
         "", ""],
    ]  # fmt: skip
    checked = check_table(mapping, rows)
    assert checked == [row_path(mapping, row) for row in rows]
    first = checked[0]
    assert first is not None
    assert first.phone_keys == ["13800138000"]
    assert first.data.tags == ["VIP", "批发"]


def test_rows_it_cannot_settle_are_left_to_the_row_path() -> None:
    mapping: list[str | None] = ["name", "phone", "email", "tags"]
    rows = [
        ["", "13800138000", "", ""],  # no name: the row path names the field
        ["a", "1234", "", ""],  # too few digits
        ["b", "138 0013 8000; 139 1234 5678", "", ""],  # two phones in one cell
        ["c", "", "x@y.cn y@z.cn", ""],  # two e-mails
        ["d", "", "not-an-address", ""],
        ["e", "＋８６　１３８００１３８０００", "", "t" * 61],  # full-width phone, a tag too long
        ["f", "13800138000", "f@example.cn", "VIP"],
    ]
    checked = check_table(mapping, rows)
    assert checked is not None
    assert checked[:-1] == [None] * 6
    assert checked[-1] == row_path(mapping, rows[-1])


def test_mappings_it_does_not_read_go_to_the_row_path() -> None:
    rows = [["x", "lead"]]
    assert check_table(["name", "stage"], rows) is None
    assert check_table(["first_name", "last_name"], rows) is None
    assert check_table(["name", "custom:3"], rows) is None
    assert check_table(["phone", "phone"], rows) is None  # two phone columns, no name
    assert check_table(["name", "notes", "notes"], [["x", "a", "b"]]) is None
