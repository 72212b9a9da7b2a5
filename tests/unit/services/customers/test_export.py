"""Export: CSV with BOM and the formula guard, XLSX as text, and both import back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.paths import DataDir
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.export import export_customers
from crmdesk.services.customers.imports import import_customers
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    count_customers,
    customer_ids,
    delete_customers,
    get_customer,
    list_customers,
)
from crmdesk.services.storage import open_database


@pytest.fixture
def filled(db: Database) -> Database:
    level = customer_fields.add_field(db, "Level", "choice", "Gold, Silver")
    add_customer(
        db,
        CustomerInput(
            "张伟",
            "深圳华强电子",
            "lead",
            ["+86 138 0013 8000", "0755-1234"],
            ["zw@x.cn"],
            "深圳",
            "多行\n备注",
            ["VIP", "批发"],
            custom={level: "Gold"},
        ),
    )
    add_customer(db, CustomerInput('=HYPERLINK("http://evil")', "@corp", notes="-1+1"))
    return db


def test_csv_has_a_bom_and_guards_formulas(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert export_customers(filled, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].endswith(",Level")
    assert "'=HYPERLINK" in text and "'@corp" in text and "'-1+1" in text
    assert "'+86 138 0013 8000; 0755-1234" in text


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trip(filled: Database, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    export_customers(filled, path)
    other = open_database(DataDir(tmp_path / "other").ensure())
    try:
        customer_fields.add_field(other, "Level", "choice", "Gold, Silver")
        report = import_customers(other, path)
        assert (report.new, report.invalid) == (2, ())
        before = {r.name: get_customer(filled, r.id).data for r in list_customers(filled)}
        after = {r.name: get_customer(other, r.id).data for r in list_customers(other)}
        assert before.keys() == after.keys()
        for name, data in before.items():
            again = after[name]
            assert (
                again.company,
                again.stage,
                again.phones,
                again.emails,
                again.address,
                again.notes,
                again.tags,
            ) == (
                data.company,
                data.stage,
                data.phones,
                data.emails,
                data.address,
                data.notes,
                data.tags,
            )
            assert list(again.custom.values()) == list(data.custom.values())
    finally:
        other.dispose()


def test_xlsx_cells_are_text_not_formulas(filled: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    export_customers(filled, path)
    sheet = load_workbook(path).active
    cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row if c.value}
    assert cells['=HYPERLINK("http://evil")'] == "s"


def test_selection_only_and_deleted_left_out(filled: Database, tmp_path: Path) -> None:
    ids = customer_ids(filled)
    assert export_customers(filled, tmp_path / "one.csv", ids=ids[:1]) == 1
    delete_customers(filled, ids[:1])
    assert export_customers(filled, tmp_path / "rest.csv") == 1
    assert count_customers(filled) == 1


def test_bad_targets_are_refused_and_leave_no_file(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.csv or \.xlsx"):
        export_customers(filled, tmp_path / "out.pdf")
    with pytest.raises(UserError, match="cannot be written"):
        export_customers(filled, tmp_path / "missing" / "out.csv")
    assert list(tmp_path.glob("**/*.part")) == []


def test_cli_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo-data", "--customers", "12"])
    capsys.readouterr()
    target = tmp_path / "all.xlsx"
    assert main(["--data-dir", d, "export", "customers", str(target)]) == 0
    assert "exported 12 customers" in capsys.readouterr().out
    e = tmp_path / "e"
    assert main(["--data-dir", str(e), "import", "customers", str(target)]) == 0
    capsys.readouterr()
    main(["--data-dir", str(e), "customers", "list", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 12
