"""The import's search texts and sort keys (a chunk at once) equal build_search_text's."""

from __future__ import annotations

import random

from crmdesk.domain.customers.customer import Checked, CustomerInput
from crmdesk.domain.customers.pinyin import name_sort_key
from crmdesk.services.customers.search_text import build_search_text, import_texts

SURNAMES = "张王李赵刘陈杨黄周吴重单曾乐"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英行长"
COMPANIES = (
    "深圳华强电子有限公司", "重庆银行", "ＡＢＣ　Trading Ｌｔｄ", "Acme Ltd", "", "北京长城科技",
    "〇号工作室", "Café  Müller", "上海  乐 行 贸易",
)  # fmt: skip
NOTES = ("", "老客户，每月订货", "prefers e-mail", "ＶＩＰ 客户", "  two\tspaces  ")
TAGS = ("VIP", "经销商", "ｗｈｏｌｅｓａｌｅ", "重点", "Leeds")


def _phone(rng: random.Random) -> str:
    digits = f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10**7, 10**8 - 1)}"
    return rng.choice(
        (
            f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}",
            f"0086-{digits}",
            f"86{digits}",
            "".join(chr(ord(c) + 0xFEE0) for c in digits),  # full-width digits
            f"＋８６ {digits}",
            f"(0113) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        )
    )


def _row(rng: random.Random, i: int) -> tuple[str, str, list[str], list[str], str, str, list[str]]:
    if rng.random() < 0.6:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 3)))
    elif rng.random() < 0.5:
        name = rng.choice(("Olivia Smith", "ＪＯＨＮ  Brown", "Zoë Ng", "李 Lee", "重庆 Chen"))
    else:
        name = "".join(rng.choice(SURNAMES + GIVEN + "Ａａ 　") for _ in range(rng.randint(2, 12)))
    phones = [_phone(rng) for _ in range(rng.choice((0, 1, 1, 2)))]
    emails = [rng.choice((f"U{i}@Example.CN", f"ｕ{i}@ｅｘａｍｐｌｅ．ｃｎ", f"x{i}@qq.com"))]
    address = rng.choice(
        ("深圳市华强北路12号", "12 Park Row, Leeds", "ＮＯ．５ 长安街", "", "12  Park\tRow",
         "Ⅻ　号", "Straße 5", "ＡＢＣ", "İstanbul")
    )  # fmt: skip
    tags = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
    company, notes = rng.choice(COMPANIES), rng.choice(NOTES)
    return name, company, phones, emails[: rng.randint(0, 1)], address, notes, tags


def _checked_rows(seed: int, count: int) -> list[Checked]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        name, company, phones, emails, address, notes, tags = _row(rng, i)
        rows.append(
            CustomerInput(
                name, company, phones=phones, emails=emails, address=address, notes=notes,
                tags=tags,
            ).checked()
        )  # fmt: skip
    return rows


def test_import_texts_are_byte_identical_to_build_search_text_and_the_sort_key() -> None:
    """What checked() returns gives build_search_text's text and name_sort_key's key."""
    rows = _checked_rows(5, 4000)
    for start in range(0, len(rows), 700):  # chunks, as the import writes them
        chunk = rows[start : start + 700]
        texts, keys = import_texts(chunk)
        assert len(texts) == len(keys) == len(chunk)
        for (data, *_), text, key in zip(chunk, texts, keys, strict=True):
            expected = build_search_text(
                data.name, data.company, data.phones, data.emails, data.address, data.notes,
                data.tags,
            )  # fmt: skip
            assert text == expected, data
            assert key == name_sort_key(data.name), data.name


def test_repeated_rows_give_the_same_text_from_the_caches() -> None:
    row = CustomerInput(
        "重庆 张伟", "重庆银行", phones=["13800138000"], emails=["a@b.cn"], address="ＮＯ．５",
        notes="VIP", tags=["重点"],
    ).checked()  # fmt: skip
    (first,), _ = import_texts([row])
    assert import_texts([row, row])[0] == [first, first]
    assert "zw" in first and "chongqing" in first and "13800138000" in first


def test_released_caches_are_empty_and_the_text_stays_the_same() -> None:
    from crmdesk.services.customers import search_text

    row = CustomerInput("王芳", "Acme Ltd", notes="VIP", tags=["重点"]).checked()
    before = import_texts([row])
    assert search_text._NAMES and search_text._FOLDED and search_text._COMPANIES
    search_text.release_import_caches()
    assert not search_text._NAMES and not search_text._FOLDED and not search_text._COMPANIES
    assert import_texts([row]) == before
