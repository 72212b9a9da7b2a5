"""Reading customer files: encodings, delimiters, workbooks, vCards, and files that are not."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from crmdesk.domain.errors import UserError
from crmdesk.services.customers.files import read_table
from crmdesk.services.text_files import detect_encoding, sniff_delimiter
from tests.helpers import DATA as TEST_DATA

DATA = TEST_DATA / "customers"


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "first"),
    [
        ("gbk_chinese_headers.csv", "gb18030", ",", "张伟"),
        ("utf8_bom.csv", "utf-8-sig", ",", "Olivia Smith"),
        ("big5.csv", "big5", ",", "陳大文"),
        ("utf16.txt", "utf-16", "\t", "孙丽"),
        ("semicolon.csv", "utf-8", ";", "José Müller"),
    ],
)
def test_sample_files_are_read_in_their_encoding(
    name: str, encoding: str, delimiter: str, first: str
) -> None:
    table = read_table(DATA / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.rows[0][0] == first
    assert table.numbers[0] == 2  # the row under the header, as a spreadsheet numbers it


def test_gbk_with_a_character_outside_gb2312_is_still_gbk() -> None:
    table = read_table(DATA / "gbk_chinese_headers.csv")
    assert [r[0] for r in table.rows][2] == "李喆"  # 喆 is GBK-only


def test_short_chinese_texts_are_told_apart() -> None:
    text = "姓名,电话\n张伟,13800138000\n"
    assert detect_encoding(text.encode("gbk")) == "gb18030"
    assert detect_encoding("姓名,電話\n陳大文,2345\n".encode("big5")) == "big5"
    assert detect_encoding(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == "utf-16"
    assert detect_encoding(text.encode("utf-16-le")) == "utf-16-le"


def test_western_legacy_encoding_falls_back_to_the_detector(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("Name;City\nJosé Müller;Köln\nAnaïs Dubois;Montréal\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[0] == ["José Müller", "Köln"]


def test_delimiters() -> None:
    assert sniff_delimiter("a|b|c\n1|2|3\n") == "|"
    assert sniff_delimiter("name\n张伟\n") == ","
    assert sniff_delimiter('name,notes\n"x","a;b;c"\n') == ","


def test_a_title_line_above_the_header_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("客户名单 2027,,\n\n姓名,手机,公司\n张伟,13800138000,华强\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["姓名", "手机", "公司"]
    assert table.numbers == [4]


def test_blank_rows_are_dropped_and_row_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "姓名,手机,公司\n张伟,13800138000,华强\n ,  ,\n\n,13900139000\n王芳\n", encoding="utf-8"
    )
    table = read_table(path)
    # the whitespace-only row 3 and the empty row 4 go; row 5 has only a phone, so it stays
    assert table.numbers == [2, 5, 6]
    assert table.rows == [
        ["张伟", "13800138000", "华强"],
        ["", "13900139000", ""],
        ["王芳", "", ""],
    ]


def test_vcard_contacts_become_rows() -> None:
    table = read_table(DATA / "contacts.vcf")
    assert table.kind == "vcard"
    assert [r[0] for r in table.rows] == ["张三", "Jack Taylor", "李四"]
    assert table.rows[0][3] == "138 0013 8001; 0755-8888 9999; +86 10 6666 7777"


def test_a_vcard_file_is_known_by_its_first_line_whatever_its_name(tmp_path: Path) -> None:
    text = (DATA / "contacts.vcf").read_text(encoding="utf-8").replace("BEGIN:VCARD", "begin:vcard")
    path = tmp_path / "export.csv"
    path.write_text("\ufeff\r\n\n  " + text, encoding="utf-8")
    assert read_table(path).kind == "vcard"
    path.write_text("name,note\nx,BEGIN:VCARD\n", encoding="utf-8")
    assert read_table(path).kind == "csv"


def test_xlsx_cells_become_text(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日", "公司"])
    sheet.append(["张伟", 13800138000, dt.datetime(1980, 3, 5), None])
    path = tmp_path / "c.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.rows == [["张伟", "13800138000", "1980-03-05", ""]]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        (None, ".bin", "binary data"),
        (b"", ".csv", "is empty"),
        (b"\xd0\xcf\x11\xe0rest", ".xls", ".xls"),
        (b"PK\x03\x04broken zip", ".xlsx", "not a readable .xlsx"),
        (b"%PDF-1.7 ...", ".csv", "PDF"),
    ],
)
def test_files_that_are_not_tables_are_refused_clearly(
    tmp_path: Path, content: bytes | None, suffix: str, message: str
) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes((DATA / "garbage.bin").read_bytes() if content is None else content)
    with pytest.raises(UserError, match=message) as info:
        read_table(path)
    assert path.name in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        read_table(tmp_path / "nope.csv")
