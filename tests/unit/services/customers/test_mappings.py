"""Saved column mappings: reused for a file with the same header, and only for that."""

from __future__ import annotations

from pathlib import Path

from crmdesk.db.engine import Database
from crmdesk.services.customers.imports import import_customers, open_import
from crmdesk.services.customers.mappings import forget_mapping, save_mapping, saved_mapping
from crmdesk.services.customers.store import get_customer, list_customers


def test_a_saved_mapping_is_used_for_the_same_header_only(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text("Name,Telefon,Gruppe\nAnn,13800138000,VIP\n", encoding="utf-8")
    first = open_import(db, path)
    assert not first.saved and first.mapping == ["name", None, None]
    save_mapping(db, ["name", " Telefon ", "GRUPPE"], ["name", "phone", "tags"])
    again = open_import(db, path)  # the header compared folded
    assert again.saved and again.mapping == ["name", "phone", "tags"]
    import_customers(db, path)
    (ann,) = list_customers(db)
    assert get_customer(db, ann.id).data.tags == ["VIP"]
    assert saved_mapping(db, ["Name", "Telefon"]) is None  # another header
    save_mapping(db, ["Name", "Telefon", "Gruppe"], ["name", "phone", "notes"])  # replaced
    assert saved_mapping(db, ["Name", "Telefon", "Gruppe"]) == ["name", "phone", "notes"]
    assert forget_mapping(db, ["Name", "Telefon", "Gruppe"])
    assert not open_import(db, path).saved
