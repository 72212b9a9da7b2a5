"""The sort key that puts Chinese names among Latin ones by pinyin, on every write path."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer
from crmdesk.domain.customers.pinyin import name_sort_key
from crmdesk.domain.text import fold
from crmdesk.services.customers.imports import import_customers
from crmdesk.services.customers.store import list_customers
from crmdesk.services.demo.data import generate_demo


def test_a_surname_read_its_own_way_sorts_and_searches_by_that_reading(db: Database) -> None:
    from crmdesk.services.customers.store import CustomerInput, add_customer

    assert name_sort_key("曾伟") == "zeng wei\x1f曾伟"  # not ceng
    assert sorted(["张伟", "曾伟", "陈平", "蔡飞"], key=name_sort_key) == [
        "蔡飞",
        "陈平",
        "曾伟",
        "张伟",
    ]
    for name in ("曾伟", "单丽", "陈平"):
        add_customer(db, CustomerInput(name))
    assert [c.name for c in list_customers(db, search="zw")] == ["曾伟"]
    assert [c.name for c in list_customers(db, search="cw")] == ["曾伟"]  # the usual reading too
    assert [c.name for c in list_customers(db, search="shanli")] == ["单丽"]
    assert [c.name for c in list_customers(db)] == ["陈平", "单丽", "曾伟"]  # chen, shan, zeng


def test_examples() -> None:
    assert name_sort_key("张伟") == "zhang wei\x1f张伟"
    assert name_sort_key("Amelia Brown") == "amelia brown"
    assert name_sort_key("李 Lee") == "li lee\x1f李 lee"
    assert name_sort_key("ＡＢＣ  Ltd") == "abc ltd"  # full-width and spacing fold away
    ordered = sorted(
        ["张伟", "Zara", "Zoë", "王芳", "amelia", "Bob", "章伟", "wang"], key=name_sort_key
    )
    assert ordered == ["amelia", "Bob", "wang", "王芳", "Zara", "张伟", "章伟", "Zoë"]


@given(st.text(st.characters(max_codepoint=0x2FFF), max_size=20))
@example("⼀")  # the Kangxi radical ONE folds to 一, which is Chinese: yi
def test_a_name_without_chinese_sorts_as_its_folded_self(name: str) -> None:
    folded = fold(name)
    if re.search("[\u4e00-\u9fff]", folded):
        assert name_sort_key(name).endswith("\x1f" + folded)
    else:
        assert name_sort_key(name) == folded


@given(st.text(st.sampled_from(list("张王李赵章伟芳娜 ab")), min_size=1, max_size=6))
def test_names_with_the_same_key_are_the_same_folded_name(name: str) -> None:
    key = name_sort_key(name)
    assert key.split("\x1f")[-1] == fold(name)  # the characters settle ties after the pinyin
    assert "\x1f" not in key or key.split("\x1f")[0].replace(" ", "").isascii()


def _stored_keys(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {c.name: c.sort_name for c in session.query(Customer)}


def test_the_import_and_the_demo_store_the_same_key_as_an_edit(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("姓名,手机\n章伟,13800138000\nZoe Lee,07700900123\n重庆 Chen,13900139000\n")
    import_customers(db, path)
    generate_demo(db, 40)
    stored = _stored_keys(db)
    assert len(stored) > 3
    assert all(key == name_sort_key(name) for name, key in stored.items())
    listed = [c.name for c in list_customers(db)]
    assert listed == sorted(listed, key=lambda n: (name_sort_key(n), listed.index(n)))
