"""Importing spending from CSV: encodings, Chinese headers and habits, dry run, duplicates, undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.domain.planning.plan import BudgetPlan, CostCategory, CostItem
from crmdesk.services.spending.imports import (
    import_spending_file,
    last_spending_import,
    preview_spending_file,
    undo_spending_import,
)
from crmdesk.services.spending.ledger import list_spending
from tests.helpers.plans import save_plan

D = Decimal
CHINESE = (
    "日期,类别,金额(元),供应商,备注\n"
    '2026/3/5,培训,"￥1,200.50",深圳培训中心,第一期\n'
    "2026年3月6日,定制开发,３００元,华强软件,\n"
    "2026-03-07,Licence,99,Zoho,年费\n"
    "2026-13-01,培训,100,坏日期,\n"
    "2026-03-08,咖啡,50,茶水间,\n"
    "\n"
)


@pytest.fixture
def plan_id(db: Database) -> int:
    plan = BudgetPlan(name="Import plan", costs=(CostItem.one_off(CostCategory.TRAINING, D(5000)),))
    return save_plan(db, plan)


def write(tmp_path: Path, text: str, encoding: str, name: str = "spending.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_gbk_file_with_chinese_headers_previews_without_writing(
    db: Database, plan_id: int, tmp_path: Path
) -> None:
    path = write(tmp_path, CHINESE, "gbk")
    preview = preview_spending_file(db, path, plan_id)
    assert preview.encoding == "gb18030"
    assert (preview.new, preview.duplicates, preview.invalid) == (3, 0, 2)
    first, second, third, bad_date, bad_category = preview.rows
    assert first.entry is not None
    assert (first.entry.day, first.entry.category, first.entry.amount) == (
        dt.date(2026, 3, 5),
        "training",
        D("1200.50"),
    )
    assert first.entry.supplier == "深圳培训中心"
    assert second.entry is not None and second.entry.amount == D(300)
    assert second.entry.category == "customisation"
    assert third.entry is not None and third.entry.category == "licence"
    assert bad_date.problem is not None
    assert bad_date.problem.field == "row 5, 日期"
    assert bad_category.problem is not None
    assert bad_category.problem.field == "row 6, 类别"
    assert "咖啡" in str(bad_category.problem)
    assert list_spending(db, include_deleted=True) == []


def test_import_adds_valid_rows_and_a_second_import_adds_nothing(
    db: Database, plan_id: int, tmp_path: Path
) -> None:
    path = write(tmp_path, CHINESE, "gbk")
    result = import_spending_file(db, path, plan_id)
    assert (result.added, result.duplicates, result.invalid) == (3, 0, 2)
    rows = list_spending(db, plan_id)
    assert sorted(r.amount for r in rows) == [D(99), D(300), D("1200.50")]
    assert all(r.import_batch_id == result.batch_id for r in rows)
    again = import_spending_file(db, path, plan_id)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(list_spending(db, plan_id)) == 3


def test_undo_removes_exactly_the_imported_entries(
    db: Database, plan_id: int, tmp_path: Path
) -> None:
    from crmdesk.services.spending.ledger import SpendingInput, add_spending

    kept = add_spending(db, SpendingInput(dt.date(2026, 1, 1), "training", D(10), plan_id=plan_id))
    result = import_spending_file(db, write(tmp_path, CHINESE, "gbk"), plan_id)
    last = last_spending_import(db)
    assert last is not None and last.batch_id == result.batch_id
    assert last.file_name == "spending.csv"
    assert undo_spending_import(db, result.batch_id) == 3
    assert [r.id for r in list_spending(db, include_deleted=True)] == [kept]
    assert last_spending_import(db) is None
    with pytest.raises(UserError, match="already undone"):
        undo_spending_import(db, result.batch_id)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", "Date;Category;Amount;Supplier\n2026-03-05;training;12,50;x\n"),
        ("utf-16", "Date\tCategory\tAmount\n2026-03-05\t培训\t1250\n"),
        ("big5", "日期,類別,金額,供應商\n2026-03-05,培訓,1250,台北訓練\n"),
    ],
)
def test_other_encodings_and_delimiters(
    db: Database, plan_id: int, tmp_path: Path, encoding: str, text: str
) -> None:
    preview = preview_spending_file(db, write(tmp_path, text, encoding), plan_id)
    assert len(preview.rows) == 1
    if encoding == "utf-8-sig":
        # a comma as the decimal mark is refused, not guessed
        assert preview.rows[0].problem is not None
        assert preview.rows[0].problem.field == "row 2, Amount"
    else:
        entry = preview.rows[0].entry
        assert entry is not None and entry.amount == D(1250)


def test_file_without_the_needed_columns_is_refused(
    db: Database, plan_id: int, tmp_path: Path
) -> None:
    path = write(tmp_path, "name,phone\n张伟,13800138000\n", "utf-8", "customers.csv")
    with pytest.raises(UserError, match=r"customers\.csv, line 1: no column for day, category"):
        import_spending_file(db, path, plan_id)
    assert list_spending(db, include_deleted=True) == []
    assert last_spending_import(db) is None


def test_binary_file_is_refused(db: Database, plan_id: int, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UserError, match=r"photo\.csv: this is not a text"):
        preview_spending_file(db, path, plan_id)
