"""Normalising what people type, so that search and duplicate checks see through formatting.

Full-width characters (ＡＢＣ１２３), spaces, dashes and the +86 prefix do not make two phone
numbers or names different.
"""

from __future__ import annotations

import re
import unicodedata

_NON_DIGITS = re.compile(r"\D+")
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
"""What a normalised e-mail address must look like: a name, @ and a domain with a dot."""
EMAIL_SHAPE = re.compile(EMAIL_PATTERN)

HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"
"""The CJK Unified Ideographs block: the Chinese characters of names, companies and addresses
(hot loops compare ``HAN_FIRST <= ch <= HAN_LAST`` inline; everything else calls the helpers)."""
HAN = re.compile(f"[{HAN_FIRST}-{HAN_LAST}]")


def is_han(char: str) -> bool:
    """Whether one character is a Chinese character (CJK Unified Ideographs)."""
    return HAN_FIRST <= char <= HAN_LAST


def has_han(text: str) -> bool:
    """Whether ``text`` holds at least one Chinese character."""
    return HAN.search(text) is not None


def han_of(text: str) -> list[str]:
    """The Chinese characters of ``text``, in order."""
    return HAN.findall(text)


_NOT_PHONE = re.compile(r"[^\d\s()+\-./*]")


def fold(text: str) -> str:
    """Half-width, lower case, single spaces: the form every search compares."""
    text = text or ""
    if text.isascii():  # same result, twice as fast: imports fold every cell of 100,000 rows
        return " ".join(text.lower().split())
    # str.split() breaks on exactly the characters that \s matches
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# what str.split() splits on but " " and the line break; one character class scans fast
_OTHER_SPACES = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _spacing_changes(lines: str) -> bool:
    """Whether fold() changes the spacing of a line: two spaces, one at an end, another kind."""
    return (
        "  " in lines
        or " \n" in lines
        or "\n " in lines
        or lines.startswith(" ")
        or lines.endswith(" ")
        or _OTHER_SPACES.search(lines) is not None
    )


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, folding the list as one text: an import folds a column.

    Normalisation and case folding see a line break as a boundary, so the joined text folds
    line by line; only the lines whose spacing fold() changes are visited one by one.
    """
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text holds a line break itself
        return [fold(text) for text in texts]
    if joined.isascii():
        joined = joined.lower()
    else:
        joined = unicodedata.normalize("NFKC", joined).casefold()
    lines = joined.split("\n")
    if len(lines) != len(texts):  # normalisation made a line break (no known character does)
        return [fold(text) for text in texts]
    if _spacing_changes(joined):
        return [" ".join(line.split()) for line in lines]
    return lines


# an extension after the number: 转 8, 分机 8, ext. 8, x8, #8, ;ext=8 (tel: URIs)
_EXTENSION = re.compile(
    r"\s*(?:转|轉|分机|分機|ext\.?|extension|x|#|;\s*ext=)\s*(\d{1,6})\s*$", re.IGNORECASE
)
# the numbers +44 and +86 dial at home with a trunk 0 ("(0)" is often written in between)
_TRUNK_ZERO = {"44"}
# a North American number written at home (418-656-9254): area code and exchange from 2-9.
# 400 and 800 numbers are Chinese hotlines written the same way, so they stay Chinese.
_NANP_HOME = re.compile(r"(?!400|800)[2-9]\d\d[2-9]\d{6}")
# emergency and service numbers too short for the 5-digit rule: 110, 114, 119, 120, 122
# (China), 101, 111, 112, 999 (UK), 911
_SHORT_SERVICE = re.compile(r"1[0-2]\d|999|911")


def split_extension(number: str) -> tuple[str, str]:
    """``(number without its extension, extension digits or "")``."""
    match = _EXTENSION.search(number)
    if match is None or not any(ch.isdigit() for ch in number[: match.start()]):
        return number, ""
    return number[: match.start()], match[1]


def normalize_phone(number: str) -> str:
    """One form for every way of writing a number: digits, the home form of +86/+44 numbers.

    "+86 139 1234 5678", "0086 139-1234-5678" and "13912345678" give 13912345678;
    "+86 10 6552 9988" and "010-6552-9988" give 01065529988; an extension follows a "#".
    Other countries' numbers take their E.164 form: "+1 418 656 9254", "001 418 656 9254"
    and "418-656-9254" (a North American number written at home) give +14186569254.
    """
    number = number or ""
    if not number.isascii():  # NFKC leaves ASCII as it is; most numbers are ASCII
        number = unicodedata.normalize("NFKC", number)
    if number.isdigit():
        return _digits(number, False)
    main, extension = split_extension(number.strip().removeprefix("tel:"))
    key = _digits(main, main.lstrip(" (").startswith("+"))
    return f"{key}#{extension}" if extension and key else key


def _digits(number: str, plus: bool) -> str:
    digits = _NON_DIGITS.sub("", number)
    if digits.startswith("00"):
        digits, plus = digits[2:], True
    if plus and digits.startswith("86"):
        rest = digits[2:]
        if rest.startswith(("0", "400", "800")) or (len(rest) == 11 and rest[0] == "1"):
            return rest
        return "0" + rest if len(rest) >= 5 else digits  # a landline: 10 6552 9988
    if plus and digits[:2] in _TRUNK_ZERO:
        rest = digits[2:]
        return rest if rest.startswith("0") else "0" + rest
    if plus:
        return _international(digits)
    if len(digits) == 13 and digits.startswith("86"):
        return digits[2:]
    if len(digits) == 10 and _NANP_HOME.match(digits) and _is_north_american(digits):
        return "+1" + digits
    return digits


def _international(digits: str) -> str:
    """``+`` and the E.164 digits of a number of another country, as libphonenumber reads it.

    The "+" keeps it apart from Chinese numbers (+1 312 555 0100 is not 131-2555-0100); the
    country's trunk prefix written after the code ("+33 (0)1 ...") is dropped. A number the
    library cannot read keeps its bare digits.
    """
    import phonenumbers  # only numbers from other countries need it: not at start-up

    try:
        parsed = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(parsed):
        return digits
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _is_north_american(digits: str) -> bool:
    import phonenumbers

    parsed = phonenumbers.parse(digits, "US")
    return phonenumbers.is_valid_number(parsed)


def normalize_email(email: str) -> str:
    return fold(email).replace(" ", "")


def is_valid_email(email: str) -> bool:
    return email_forms(email) is not None


def is_valid_phone(number: str) -> bool:
    """A phone has 5 to 15 digits once separators are removed (E.164 allows 15), or is a
    short service number (110, 120, 999)."""
    return phone_key(number) is not None


def phone_key(number: str) -> str | None:
    """``normalize_phone(number)`` if ``number`` is a valid phone, else None.

    Checking and normalising in one pass: an import does both for every row. A valid phone
    has 5 to 15 digits before its extension (service numbers such as 10086 and 95588 too),
    or is a 3-digit emergency or service number (110, 114, 119, 120, 999, 911).
    """
    if number.isascii():
        lowered = number.lower()
    else:
        number = unicodedata.normalize("NFKC", number)
        lowered = number.casefold()  # what fold() gives, but for its spacing
    main = split_extension(lowered.strip().removeprefix("tel:"))[0]
    if _NOT_PHONE.search(main):  # the pattern allows any whitespace: spacing is irrelevant
        return None
    key = normalize_phone(number)
    digits = key.partition("#")[0].removeprefix("+")
    if 5 <= len(digits) <= 15 or _SHORT_SERVICE.fullmatch(digits):
        return key
    return None


def email_forms(email: str) -> tuple[str, str] | None:
    """``(fold(email), normalize_email(email))`` if ``email`` is a valid address, else None.

    The folded form goes into the search text, the normalised one into the duplicate check.
    """
    folded = fold(email)
    key = folded.replace(" ", "")
    return (folded, key) if EMAIL_SHAPE.match(key) else None
