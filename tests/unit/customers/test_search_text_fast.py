"""The import's search text (normalised phones, cached fields) equals build_search_text's."""

from __future__ import annotations

import random

from crmdesk.domain.customer import CustomerInput
from crmdesk.domain.normalize import fold, normalize_phone
from crmdesk.services.search_text import build_search_text, search_text_of_normalized

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
    address = rng.choice(("深圳市华强北路12号", "12 Park Row, Leeds", "ＮＯ．５ 长安街", ""))
    tags = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
    company, notes = rng.choice(COMPANIES), rng.choice(NOTES)
    return name, company, phones, emails[: rng.randint(0, 1)], address, notes, tags


def test_import_search_text_is_byte_identical_to_build_search_text() -> None:
    rng = random.Random(11)
    for i in range(4000):
        name, company, phones, emails, address, notes, tags = _row(rng, i)
        expected = build_search_text(name, company, phones, emails, address, notes, tags)
        normalized = [normalize_phone(p) for p in phones]
        folded = [fold(e) for e in emails]
        got = search_text_of_normalized(name, company, normalized, folded, address, notes, tags)
        assert got == expected, (name, company, phones)


def test_what_an_import_checks_gives_the_same_search_text() -> None:
    """The forms CustomerInput.checked() returns give build_search_text's text of the row."""
    rng = random.Random(5)
    for i in range(2000):
        name, company, phones, emails, address, notes, tags = _row(rng, i)
        data, phone_keys, _, folded = CustomerInput(
            name, company, phones=phones, emails=emails, address=address, notes=notes, tags=tags
        ).checked()
        expected = build_search_text(
            data.name, data.company, data.phones, data.emails, data.address, data.notes, data.tags
        )
        got = search_text_of_normalized(
            data.name, data.company, phone_keys, folded, data.address, data.notes, data.tags
        )
        assert got == expected, (name, phones, emails)


def test_repeated_rows_give_the_same_text_from_the_caches() -> None:
    args = ("重庆 张伟", "重庆银行", ["13800138000"], ["a@b.cn"], "ＮＯ．５", "VIP", ["重点"])
    first = search_text_of_normalized(*args)
    assert search_text_of_normalized(*args) == first
    assert "zw" in first and "chongqing" in first and "13800138000" in first


def test_released_caches_are_empty_and_the_text_stays_the_same() -> None:
    from crmdesk.services import search_text

    args = ("王芳", "Acme Ltd", [], [], "", "VIP", ["重点"])
    before = search_text_of_normalized(*args)
    assert search_text._NAMES and search_text._FOLDED
    search_text.release_import_caches()
    assert not search_text._NAMES and not search_text._FOLDED
    assert search_text_of_normalized(*args) == before
