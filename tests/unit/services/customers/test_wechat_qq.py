"""WeChat ID and QQ: stored, searched, exported and imported back, and in the JSON listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db.engine import Database
from crmdesk.services.customers.export import export_customers
from crmdesk.services.customers.imports import import_customers
from crmdesk.services.customers.store import (
    CustomerInput,
    add_customer,
    get_customer,
    list_customers,
    update_customer,
)
from tests.helpers import DATA


def test_stored_searched_exported_and_imported_back(db: Database, tmp_path: Path) -> None:
    cid = add_customer(db, CustomerInput("林海", wechat="linhai_toys", qq="12345678"))
    assert [r.id for r in list_customers(db, search="linhai_toys")] == [cid]
    assert [r.id for r in list_customers(db, search="12345678")] == [cid]
    data = get_customer(db, cid).data
    assert (data.wechat, data.qq) == ("linhai_toys", "12345678")
    update_customer(db, cid, CustomerInput("林海", wechat="lin_hai", qq=""))
    assert list_customers(db, search="linhai_toys") == []
    path = tmp_path / "out.csv"
    export_customers(db, path)
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "wechat" in header and "qq" in header
    from crmdesk.paths import DataDir
    from crmdesk.services.storage import open_database

    fresh = open_database(DataDir(tmp_path / "fresh").ensure())
    try:
        import_customers(fresh, path)
        (back,) = list_customers(fresh)
        assert get_customer(fresh, back.id).data.wechat == "lin_hai"
    finally:
        fresh.dispose()


def test_customers_list_json_carries_every_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(tmp_path / "d")
    sheet = DATA / "imports" / "chinese_sheet.csv"
    assert main(["--data-dir", d, "import", "customers", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "customers", "list", "--search", "林海", "--json"]) == 0
    (lin,) = json.loads(capsys.readouterr().out)
    assert lin["name"] == "林海" and lin["company"] == "汕头澄海玩具厂"
    assert lin["phone"] == "+86 754 8588 1234"
    assert lin["phones"] == ["+86 754 8588 1234", "0086 138 2222 3333", "0754-8588 1235"]
    assert (lin["wechat"], lin["qq"], lin["emails"]) == ("linhai_toys", "12345678", [])
    assert lin["birthday"] == "1978-06-01" and lin["address"] == "汕头市澄海区"
    assert lin["stage"] == "customer" and lin["tags"] == [] and lin["title"] == ""
    assert "负责人: 张三" in lin["notes"]
