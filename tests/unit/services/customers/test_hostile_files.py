"""Files that would hang or trick the importer are refused with a clear message (exit 2)."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.services.customers.imports import import_customers

SHEET_HEAD = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def _workbook(path: Path, sheet: str, doctype: str = "") -> Path:
    """A minimal .xlsx with one sheet whose XML is ``doctype`` + ``sheet``."""
    ns = "http://schemas.openxmlformats.org"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="' + ns + '/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="' + ns + '/package/2006/relationships">'
            '<Relationship Id="rId1" Type="' + ns + "/officeDocument/2006/relationships/"
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0"?><workbook xmlns="' + ns + '/spreadsheetml/2006/main" '
            'xmlns:r="' + ns + '/officeDocument/2006/relationships"><sheets><sheet name="S" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="' + ns + '/package/2006/relationships">'
            '<Relationship Id="rId1" Type="' + ns + "/officeDocument/2006/relationships/"
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": '<?xml version="1.0"?>' + doctype + sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def _row(n: int, *values: str) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in values)
    return f'<row r="{n}">{cells}</row>'


def test_a_plain_workbook_built_this_way_imports(db: Database, tmp_path: Path) -> None:
    sheet = SHEET_HEAD + _row(1, "姓名", "手机") + _row(2, "张伟", "13800138000")
    path = _workbook(tmp_path / "ok.xlsx", sheet + "</sheetData></worksheet>")
    assert import_customers(db, path).new == 1


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',  # XXE
        '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',  # billion laughs
    ],
)
def test_xml_entities_are_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doctype: str
) -> None:
    sheet = SHEET_HEAD + _row(1, "name") + _row(2, "&c;") + "</sheetData></worksheet>"
    path = _workbook(tmp_path / "evil.xlsx", sheet, doctype)
    code = main(["--data-dir", str(tmp_path / "d"), "import", "customers", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "evil.xlsx" in err and "entities" in err and "Traceback" not in err


def test_a_zip_bomb_is_refused_in_a_second(db: Database, tmp_path: Path) -> None:
    padding = " " * (40 * 1024 * 1024)  # 40 MB of XML that packs into some kilobytes
    sheet = SHEET_HEAD + _row(1, "name") + padding + "</sheetData></worksheet>"
    path = _workbook(tmp_path / "bomb.xlsx", sheet)
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(UserError, match="unpacks to 40 MB"):
        import_customers(db, path, dry_run=True)
    assert time.perf_counter() - started < 2


def test_an_unterminated_quote_is_reported_with_its_line(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        'name,phone,notes\nAnn,13800138000,fine\nBob,13900139000,"says hi\n'
        "Cai,13700137000,lost\nDan,13600136000,lost too\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="line 3: a quote opens and is never closed"):
        import_customers(db, path, dry_run=True)


def test_a_quoted_line_break_in_notes_is_still_fine(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text('name,notes\nAnn,"two\nlines"\nBob,x\n', encoding="utf-8")
    assert import_customers(db, path, dry_run=True).new == 2


def test_a_file_mixing_utf8_and_gbk_lines_reads_each_line_right_and_says_so(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crmdesk.services.customers.store import list_customers

    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "姓名,手机\n张伟,13800138000\n".encode("gbk")
        + "王芳,13900139000\n".encode()  # a line pasted in from a UTF-8 file
        + "李娜,13700137000\n陈静,13600136000\n".encode("gbk")
    )
    report = import_customers(db, path)
    assert sorted(r.name for r in list_customers(db)) == sorted(["张伟", "王芳", "李娜", "陈静"])
    (warning,) = report.warnings
    assert "line(s) 3 are UTF-8 in a GB18030 file" in warning.message
    main(["--data-dir", str(tmp_path / "d"), "import", "customers", str(path), "--dry-run"])
    assert "warning: The file mixes encodings" in capsys.readouterr().out


def test_a_vcard_without_end_is_kept_and_reported_with_its_line(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nTEL:13800138000\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bob Ray\n"
        'ADR;TYPE=work;LABEL="Floor 2: Unit B":;;1 Park Row;Leeds;;LS1 2AB;UK\n'
        "END:VCARD\n",
        encoding="utf-8",
    )
    report = import_customers(db, path)
    assert report.new == 2
    (warning,) = report.warnings
    assert "starts on line 1 has no END:VCARD" in warning.message
    from crmdesk.services.customers.store import get_customer, list_customers

    bob = next(r for r in list_customers(db) if r.name == "Bob Ray")
    assert get_customer(db, bob.id).data.address == "1 Park Row Leeds LS1 2AB UK"


def test_a_huge_photo_is_read_in_linear_time(db: Database, tmp_path: Path) -> None:
    photo = "\n ".join(["A" * 74] * 60_000)  # 4.4 MB of base64, folded as phones do
    path = tmp_path / "photo.vcf"
    path.write_text(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\n"
        "TEL:13800138000\nEND:VCARD\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    assert import_customers(db, path, dry_run=True).new == 1
    assert time.perf_counter() - started < 3


def test_duplicate_headers_are_both_offered_and_reported(db: Database, tmp_path: Path) -> None:
    from crmdesk.services.customers.imports import open_import

    path = tmp_path / "dup.csv"
    path.write_text("Name,Phone,Phone,Name\nAnn,13800138000,13900139000,Ann B\n", encoding="utf-8")
    source = open_import(db, path)
    assert source.table.headers == ["Name", "Phone", "Phone", "Name"]
    assert source.mapping == ["name", "phone", "phone", None]  # both phones kept
    assert [w.params["name"] for w in source.table.warnings] == ["Phone", "Name"]
    assert "Two columns are named “Name”" in source.table.warnings[1].message
