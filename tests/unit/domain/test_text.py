"""The one-pass phone and e-mail checks agree with the separate check and normalisation."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from crmdesk.domain.text import (
    _NOT_PHONE,
    EMAIL_SHAPE,
    email_forms,
    fold,
    fold_all,
    is_valid_phone,
    normalize_email,
    normalize_phone,
    phone_key,
    split_extension,
)

# what phone and e-mail cells are made of, full-width and odd spaces included
PHONE_CHARS = st.sampled_from(list("0123456789０１２３４５６７８９ +-()./#*ext＋－（）　\t٣x"))
EMAIL_CHARS = st.sampled_from(list("abcXYZ09._-+@ ＠．ａＢ　\t中"))


SERVICE_NUMBERS = {str(n) for n in range(100, 130)} | {"999", "911"}


def slow_is_valid_phone(number: str) -> bool:
    """The definition phone_key shortcuts: 5 to 15 digits (or a 3-digit service number:
    100-129, 999, 911) before an extension, and only phone characters."""
    digits = normalize_phone(number).partition("#")[0]
    main = split_extension(fold(number).removeprefix("tel:"))[0]
    long_enough = 5 <= len(digits) <= 15 or digits in SERVICE_NUMBERS
    return long_enough and not _NOT_PHONE.search(main)


@given(st.text(PHONE_CHARS, max_size=24) | st.text(max_size=12))
@example("+86 138 0013 8000")
@example("＋８６　１３８００１３８０００")
@example("0113 496 0000 ext 12")
@example("1234")
@example("100")
@example("138-0013-8000 (mobile)")
def test_phone_key_is_the_normalised_number_of_a_valid_phone(number: str) -> None:
    expected = normalize_phone(number) if slow_is_valid_phone(number) else None
    assert phone_key(number) == expected


@given(st.text(EMAIL_CHARS, max_size=20) | st.text(max_size=12))
@example("Olivia.Smith@Example.COM")
@example("ｕ1@ｅｘａｍｐｌｅ．ｃｎ")
@example("a b@x.cn")
@example("no-at-sign.cn")
def test_email_forms_are_the_folded_and_normalised_address(email: str) -> None:
    valid = bool(EMAIL_SHAPE.match(normalize_email(email)))
    expected = (fold(email), normalize_email(email)) if valid else None
    assert email_forms(email) == expected


def test_the_examples_mean_what_they_say() -> None:
    assert phone_key("+86 138 0013 8000") == "13800138000"
    assert phone_key("＋８６　１３８００１３８０００") == "13800138000"
    assert phone_key("1234") is None  # too short
    assert phone_key("138-0013-8000 (mobile)") is None  # words are not a phone
    assert email_forms("a b@X.cn") == ("a b@x.cn", "ab@x.cn")
    assert email_forms("no-at-sign.cn") is None
    assert phone_key("0113 496 0000 ext 12") == "01134960000#12"
    assert phone_key("+44 (0)113 496 0000") == "01134960000"
    assert phone_key("021-5888 0000 转 8") == "02158880000#8"
    assert phone_key("tel:+1-418-656-9254;ext=102") == "+14186569254#102"
    # every written form of one landline is one number
    forms = ["010-6552-9988", "+86 10 6552 9988", "0086 10 6552 9988", "(010) 65529988"]
    assert {phone_key(f) for f in forms} == {"01065529988"}
    assert {phone_key(f) for f in ["+86 139 1234 5678", "0086 139-1234-5678"]} == {"13912345678"}
    assert phone_key("+86 400 820 8820") == phone_key("400-820-8820") == "4008208820"


def test_a_foreign_number_is_one_number_however_it_is_written() -> None:
    # at home, with its country code after "+" or "00", in a tel: URI
    forms = ["418-656-9254", "(418) 656-9254", "+1 418 656 9254", "001 418 656 9254"]
    assert {phone_key(f) for f in forms} == {"+14186569254"}
    assert phone_key("tel:+1-418-656-9254;ext=102") == "+14186569254#102"
    # the "+" keeps a Chicago number apart from the Chinese mobile 131-2555-0100
    assert phone_key("+1 312 555 0100") == "+13125550100" != phone_key("131 2555 0100")
    # the trunk prefix written after a country code is dropped where the country drops it
    assert phone_key("+33 (0)1 23 45 67 89") == phone_key("0033 1 23 45 67 89") == "+33123456789"
    assert phone_key("+39 06 1234 5678") == "+390612345678"  # Italy keeps its 0
    # Chinese 400/800 hotlines look North American but stay Chinese
    assert phone_key("800-810-1234") == "8008101234"
    # a 10-digit number that is no North American number keeps its digits
    assert phone_key("555-123-4567") == "5551234567"


def test_short_service_numbers_are_phones() -> None:
    for number in ("110", "120", "999", "911", "95588", "10086", "12315", "400-820-8820"):
        assert phone_key(number) is not None, number
    assert phone_key("110") == "110" and is_valid_phone("114")
    for not_a_number in ("12", "1", "555", "4321"):
        assert phone_key(not_a_number) is None, not_a_number


@given(st.lists(st.text(max_size=6) | st.text(EMAIL_CHARS, max_size=6), max_size=8))
@example(["a", "\u0301b", "e\u0301", "ｅ\u0301"])  # a combining mark just after a line break
@example(["Straße", "İ", "Ⅻ", "x\u00a8", " ", "a\tb", "a  b"])
@example(["line\nbreak", "x"])
@example([])
def test_folding_a_column_at_once_is_folding_each_text(texts: list[str]) -> None:
    assert fold_all(texts) == [fold(t) for t in texts]


def test_the_spaces_a_column_fold_looks_for_are_all_that_split_splits_on() -> None:
    from crmdesk.domain.text import _OTHER_SPACES

    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    found = {chr(c) for c in range(0x110000) if _OTHER_SPACES.match(chr(c))}
    assert found == spaces - {" ", "\n"}


def test_han_helpers_see_chinese_characters_only() -> None:
    from crmdesk.domain.text import han_of, has_han, is_han

    assert is_han("张") and is_han("一") and is_han("\u9fff")
    assert not is_han("A") and not is_han("，") and not is_han("〇") and not is_han("ア")
    assert has_han("Zhang 伟") and not has_han("Zhang Wei, 13912345678")
    assert han_of("深圳 Shenzhen 华强北路 8 号") == list("深圳华强北路号")
