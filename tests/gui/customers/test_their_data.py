"""A customer's own data, exported from the detail pane on request (PIPL access right)."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crmdesk.db.engine import Database
from crmdesk.services.customers import fields as customer_fields
from crmdesk.services.customers.store import CustomerInput, add_customer, update_customer
from crmdesk.services.followups.store import add_followup
from crmdesk.services.followups.write import FollowUpInput


def test_export_their_data_from_the_detail_pane(
    qtbot: QtBot, make_screen, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    level = customer_fields.add_field(db, "客户级别", "text")
    cid = add_customer(
        db,
        CustomerInput(
            "张伟", "深圳华强电子", "customer", ["+86 138 0013 8000"], ["zw@example.cn"],
            tags=["VIP"], notes="prefers WeChat", custom={level: "Gold"},
        ),
    )  # fmt: skip
    other = add_customer(db, CustomerInput("Olivia Smith", phones=["0113 496 0000"]))
    update_customer(
        db,
        cid,
        CustomerInput("张伟", "深圳华强电子", phones=["13800138000"], custom={level: "Gold"}),
    )
    due = dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.UTC)
    add_followup(db, FollowUpInput(customer_id=cid, due_at=due, subject="报价跟进"))
    screen = make_screen()
    screen.select_ids([cid])
    target = tmp_path / "张伟.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    screen.detail.export_data_button.click()

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "crmdesk-customer-data" and data["customer"]["id"] == cid
    assert data["customer"]["name"] == "张伟" and data["customer"]["company"] == "深圳华强电子"
    assert [p["number"] for p in data["phones"]] == ["13800138000"]
    assert data["custom_fields"] == {"客户级别": "Gold"}
    assert [f["subject"] for f in data["followups"]] == ["报价跟进"]
    assert data["followups"][0]["due_at"].startswith("2027-01-05")
    assert {a["action"] for a in data["activity"]} >= {"created", "updated"}
    assert "search_text" not in data["customer"]
    assert "Olivia" not in target.read_text(encoding="utf-8") and other != cid
    assert "张伟" in screen.message_label.text()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
