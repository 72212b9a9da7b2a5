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
