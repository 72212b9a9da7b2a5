"""Importing customers: dry run, duplicates, re-import, update, undo, refusal of non-tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db.engine import Database
from crmdesk.domain.errors import UserError
from crmdesk.services.customers.imports import (
    analyse_import,
    import_customers,
    list_import_batches,
    open_import,
    run_import,
    undo_import,
)
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    count_customers,
    get_customer,
    list_customers,
)
from tests.helpers import DATA as TEST_DATA

DATA = TEST_DATA / "customers"


def test_dry_run_counts_new_duplicate_and_invalid_rows_and_writes_nothing(db: Database) -> None:
    add_customer(db, CustomerInput("张伟 (old)", phones=["13800138000"]))
    report = import_customers(db, DATA / "gbk_chinese_headers.csv", dry_run=True)
    assert (report.rows, report.new, len(report.duplicates), len(report.invalid)) == (5, 4, 1, 0)
    (dupe,) = report.duplicates
    assert (dupe.row, dupe.match, dupe.customer_name) == (2, "phone", "张伟 (old)")
    # 刘洋's phone and e-mail are unusable: he is kept, both values go to his notes, listed
    assert [(k.row, k.field, k.name) for k in report.kept] == [
        (6, "phone", "刘洋"),
        (6, "email", "刘洋"),
    ]
    assert "12ab" in report.kept[0].message and "liuyang@example" in report.kept[1].message
    assert count_customers(db) == 1
    assert list_import_batches(db) == []


def test_import_then_reimport_adds_no_duplicates(db: Database) -> None:
    first = import_customers(db, DATA / "gbk_chinese_headers.csv")
    assert (first.new, first.dry_run, first.batch_id) == (5, False, 1)
    (liu,) = list_customers(db, search="刘洋")
    notes = get_customer(db, liu.id).data.notes
    assert notes == "坏的手机和邮箱\n手机: 12ab\n邮箱: liuyang@example"
    (zhang,) = list_customers(db, search="张伟")
    assert zhang.tags == ("VIP", "批发")
    assert zhang.phone == "138-0013-8000"
    assert [r.name for r in list_customers(db, search="13700137000")] == ["陈静"]  # full-width
    again = import_customers(db, DATA / "gbk_chinese_headers.csv")
    assert (again.new, len(again.duplicates)) == (1, 4)  # 刘洋 has no phone or e-mail to match
    assert count_customers(db) == 6


def test_rows_repeating_an_earlier_row_are_skipped(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("name,email\nA,a@x.cn\nA again,A@X.CN\n", encoding="utf-8")
    report = import_customers(db, path)
    assert report.new == 1
    assert report.duplicates[0].earlier_row == 2


def test_update_mode_then_undo_puts_the_customer_back(db: Database, tmp_path: Path) -> None:
    cid = add_customer(
        db,
        CustomerInput("张伟", "旧公司", "lead", ["+86 138 0013 8000"], notes="written in the CRM"),
    )
    path = tmp_path / "u.csv"
    path.write_text(
        "姓名,公司,手机,邮箱,备注\n张伟,新公司,13800138000,zw@x.cn,from the file\n"
        "李四,,13900000000,,\n",
        encoding="utf-8",
    )
    report = import_customers(db, path, update_existing=True)
    assert (report.new, report.updated) == (1, 1)
    updated = get_customer(db, cid).data
    assert updated.company == "新公司" and updated.stage == "lead"
    assert updated.emails == ["zw@x.cn"]
    assert updated.notes == "written in the CRM\nfrom the file"
    result = undo_import(db)
    assert (result.removed, result.restored, result.binned) == (1, 1, 0)
    back = get_customer(db, cid).data
    assert (back.company, back.emails, back.notes) == ("旧公司", [], "written in the CRM")
    assert [r.name for r in list_customers(db)] == ["张伟"]
    with pytest.raises(UserError, match="already undone"):
        undo_import(db, result.batch_id)
    with pytest.raises(UserError, match="no customer import"):
        undo_import(db)


def test_undo_keeps_imported_customers_that_gained_follow_ups(db: Database) -> None:
    import datetime as dt

    from crmdesk.db.models import FollowUp

    report = import_customers(db, DATA / "utf8_bom.csv")
    (olivia,) = list_customers(db, search="olivia")
    with db.session() as s:
        s.add(FollowUp(customer_id=olivia.id, due_at=dt.datetime.now(dt.UTC), subject="call"))
    result = undo_import(db, report.batch_id)
    assert (result.removed, result.binned) == (report.new - 1, 1)
    assert [r.name for r in list_customers(db, deleted=True)] == ["Olivia Smith"]


def test_wizard_style_mapping_change(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("who,客户名称,tel\nreal name,ignored,13800138000\n", encoding="utf-8")
    source = open_import(db, path)
    assert source.mapping == [None, "name", "phone"]
    source.mapping = ["name", None, "phone"]
    assert analyse_import(db, source).new == 1
    run_import(db, source)
    assert [r.name for r in list_customers(db)] == ["real name"]


@pytest.mark.parametrize("name", ["garbage.bin", "not_customers.csv"])
def test_a_file_that_is_not_a_customer_table_exits_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    d = tmp_path / "d"
    code = main(["--data-dir", str(d), "import", "customers", str(DATA / name)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and name in err and "not a customer table" in err
    main(["--data-dir", str(d), "customers", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_cli_import_dry_run_then_import_then_undo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(tmp_path / "d")
    shutil.copy(DATA / "contacts.vcf", tmp_path / "phone.vcf")
    assert (
        main(["--data-dir", d, "import", "customers", str(tmp_path / "phone.vcf"), "--dry-run"])
        == 0
    )
    out = capsys.readouterr().out
    assert "3 new" in out and "nothing was written" in out
    assert main(["--data-dir", d, "import", "customers", str(tmp_path / "phone.vcf")]) == 0
    assert "crmdesk import undo 1" in capsys.readouterr().out
    main(["--data-dir", d, "customers", "list", "--search", "0755 8888 9999", "--json"])
    (zhang,) = json.loads(capsys.readouterr().out)
    assert zhang["name"] == "张三" and zhang["company"] == "深圳华强电子"
    assert main(["--data-dir", d, "import", "undo"]) == 0
    assert "3 customers removed" in capsys.readouterr().out
    assert main(["--data-dir", d, "import", "undo", "1"]) == 2
    assert "already undone" in capsys.readouterr().err


def test_cli_reports_invalid_rows_with_their_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(
        [
            "--data-dir",
            str(tmp_path / "d"),
            "import",
            "customers",
            str(DATA / "gbk_chinese_headers.csv"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "row 6: kept: phone: “12ab” is not a phone number: kept in the notes" in out


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        )
        return [(r[0], r[1]) for r in rows]


@pytest.mark.sqlite_only  # the rebuild is an SQLite-only speed-up
def test_a_big_first_import_rebuilds_indexes_and_a_cancel_keeps_them(
    db: Database, tmp_path: Path
) -> None:
    from crmdesk.domain.errors import Cancelled

    path = tmp_path / "big.csv"
    lines = ["name,phone,email"] + [f"P{i},1380000{i:04},p{i}@x.cn" for i in range(6000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = _indexes(db)

    def cancel_while_writing(done: int, total: int) -> None:
        if done > total // 2 + 100:  # the second half of the work is writing
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_customers(db, path, progress=cancel_while_writing)
    assert _indexes(db) == before and count_customers(db) == 0
    assert import_customers(db, path).new == 6000
    assert _indexes(db) == before
    assert [r.name for r in list_customers(db, search="13800005999")] == ["P5999"]


def test_checking_by_columns_gives_the_report_and_customers_of_the_row_by_row_check(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small chunks put odd rows on both sides of a chunk's edge; the row path is the reference."""
    from crmdesk.services.customers import imports as customer_import

    path = tmp_path / "mixed.csv"
    path.write_text(
        "姓名,手机,邮箱,标签,备注\n"
        "张伟,+86 138 0013 8000,ZW@example.cn,VIP;批发,老客户\n"
        ",13900000000,,,\n"  # no name
        "王芳,138-0013-8000,,,\n"  # the same phone as row 2
        "李娜,１３７００１３７０００,,,\n"  # full-width: the row path reads it
        "Amy,0113 496 0000; 0113 496 0001,amy@example.com,,\n"  # two phones in one cell
        "Bob,12ab,,,\n"  # not a phone
        "Cai,,zw@EXAMPLE.cn,,\n"  # row 2's e-mail in another case
        "Dan,,dan@example,,\n"  # no dot in the domain
        "'=Eve,,eve@example.com,'=x,\n",  # guarded cells
        encoding="utf-8",
    )
    with monkeypatch.context() as patch:
        patch.setattr(customer_import, "check_table", lambda mapping, rows: None)
        by_rows = import_customers(db, path, dry_run=True)
    for chunk in (2, 3, 10_000):
        monkeypatch.setattr(customer_import, "CHECK_CHUNK", chunk)
        assert import_customers(db, path, dry_run=True) == by_rows, chunk
    assert (by_rows.new, len(by_rows.duplicates), len(by_rows.invalid)) == (6, 2, 1)
    assert [(p.row, p.field) for p in by_rows.invalid] == [(3, "name")]
    assert [(p.row, p.field) for p in by_rows.kept] == [(7, "phone"), (9, "email")]
    report = import_customers(db, path)
    assert report.new == 6
    names = ["=Eve", "Amy", "Bob", "Dan", "张伟", "李娜"]
    assert sorted(c.name for c in list_customers(db)) == names
    (amy,) = list_customers(db, search="0113 496 0001")
    assert amy.name == "Amy"


def test_an_import_stores_each_row_as_adding_it_by_hand_would(db: Database, tmp_path: Path) -> None:
    """Several phones and e-mails in order, tags, a custom field, stage, birthday, search text."""
    from sqlalchemy import select

    from crmdesk.db.models import Customer
    from crmdesk.domain.customers.pinyin import name_sort_key
    from crmdesk.domain.customers.rows import input_from_cells
    from crmdesk.services.customers.fields import add_field
    from crmdesk.services.customers.search_text import build_search_text

    add_field(db, "Region", "choice", ("North", "South"))
    path = tmp_path / "rich.csv"
    path.write_text(
        "name,phone,phone 2,email,tags,stage,birthday,Region,notes\n"
        "曾丽霞,+86 138 0013 8000,0113 496 0000,ZLX@Example.cn; zlx@qq.com,VIP;批发,lead,"
        "1980-03-05,North,老客户\n"
        "Amelia  Jones,07700 900123,,amelia@example.com,,,,South,\n"
        "Bo,13900139000 / 13700137000,,,重点,customer,,,\n",
        encoding="utf-8",
    )
    source = open_import(db, path)
    report = run_import(db, source)
    assert (report.new, report.invalid) == (3, ())
    with db.session() as session:
        stored = session.execute(
            select(Customer.id, Customer.search_text, Customer.sort_name).order_by(Customer.id)
        ).all()
    assert len(stored) == 3
    for (cid, search_text, sort_name), cells in zip(stored, source.table.rows, strict=True):
        expected = input_from_cells(source.mapping, cells, source.custom).validated()
        data = get_customer(db, cid).data
        assert data == expected
        assert search_text == build_search_text(
            data.name, data.company, data.phones, data.emails, data.address, data.notes,
            data.tags,
        )  # fmt: skip
        assert sort_name == name_sort_key(data.name)
    first = get_customer(db, stored[0][0]).data
    assert first.phones == ["+86 138 0013 8000", "0113 496 0000"]
    assert first.emails == ["ZLX@Example.cn", "zlx@qq.com"]
    assert (first.stage, str(first.birthday), list(first.custom.values())) == (
        "lead", "1980-03-05", ["North"],
    )  # fmt: skip
    assert get_customer(db, stored[2][0]).data.phones == ["13900139000", "13700137000"]

    # a plain table: the column check settles most rows, the row path the others
    plain = tmp_path / "plain.csv"
    plain.write_text(
        "姓名,公司,手机,邮箱,地址,备注,标签\n"
        "张伟,深圳华强电子有限公司,+86 137 0013 8000,ZW@example.cn,"
        "深圳市 华强北路  1号,老客户,VIP;批发\n"
        "Olivia  Smith,ACME Ltd,07700 900456,,12  Park Row,,\n"
        "李娜,,１３６００１３６０００,ln@example.cn; ln2@example.cn,,,'=x\n",
        encoding="utf-8",
    )
    source = open_import(db, plain)
    assert run_import(db, source).new == 3
    with db.session() as session:
        stored = session.execute(
            select(Customer.id, Customer.search_text, Customer.sort_name)
            .where(Customer.id > 3)
            .order_by(Customer.id)
        ).all()
    for (cid, search_text, sort_name), cells in zip(stored, source.table.rows, strict=True):
        data = get_customer(db, cid).data
        assert data == input_from_cells(source.mapping, cells).validated()
        assert search_text == build_search_text(
            data.name, data.company, data.phones, data.emails, data.address, data.notes,
            data.tags,
        )  # fmt: skip
        assert sort_name == name_sort_key(data.name)


def test_only_a_row_nothing_can_name_is_refused(db: Database, tmp_path: Path) -> None:
    """A too long name or tag, an unknown stage, a bad birthday: kept, listed; no name: refused."""
    path = tmp_path / "odd.csv"
    long_name, long_tag = "A" * 250, "T" * 70
    path.write_text(
        "name,company,email,tags,stage,birthday\n"
        f"{long_name},,,{long_tag};VIP,someday,31/31/1999\n"
        ",Acme Ltd,,,,\n"  # named by the company
        ",,only@mail.example,,,\n"  # named by the e-mail
        ",,,VIP,lead,\n",  # nothing names it
        encoding="utf-8",
    )
    report = import_customers(db, path)
    assert [(p.row, p.field) for p in report.invalid] == [(5, "name")]
    assert [(p.row, p.field) for p in report.kept] == [
        (2, "stage"),
        (2, "birthday"),
        (2, "name"),
        (2, "tags"),
    ]
    rows = {r.name: get_customer(db, r.id).data for r in list_customers(db)}
    assert set(rows) == {"A" * 200, "Acme Ltd", "only@mail.example"}
    first = rows["A" * 200]
    assert first.tags == ["VIP"] and first.stage == "customer" and first.birthday is None
    assert long_name in first.notes and long_tag in first.notes
    assert "stage: someday" in first.notes and "birthday: 31/31/1999" in first.notes
