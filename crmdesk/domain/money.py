"""Money and rates as ``Decimal``: parsing what a user types, cents, and display formatting.

Money is never a float. Amounts keep their full precision through every calculation and are
rounded half-up to cents only when shown or written out (``round_cents``/``format_money``).

Typed input is forgiving about how a number is written (full-width digits, ``，`` and ``．``,
currency symbols, thousands separators) but strict about what it means: grouping must be in
threes, negative amounts and garbage are refused with a ``ValidationError`` naming the field.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.sentence import field_error

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
# Large enough for any small business, small enough that cents fit a 64-bit integer column.
MAX_AMOUNT = Decimal("1e15")

REQUIRED = QT_TRANSLATE_NOOP("Validation", "enter a value")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "is not a number")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "must not be negative")
TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "is too large")
BAD_GROUPING = QT_TRANSLATE_NOOP(
    "Validation", "thousands separators must group digits in threes; use a point for decimals"
)
BARE_RATE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "write a rate as a percentage (10%) or a fraction below 1 (0.10)"
)
RATE_TOO_LOW = QT_TRANSLATE_NOOP("Validation", "must be above -100%")

# Prefixes and suffixes people paste along with an amount; NFKC has already folded ￥ into ¥.
_CURRENCY_AFFIXES = re.compile(r"^(?:US\$|HK\$|CN¥|RMB|CNY|USD|EUR|[¥$€£])|元$", re.IGNORECASE)
_PLAIN = re.compile(r"^(?:\d+(?:\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_MINUS_SIGNS = ("-", "\u2212", "\u2013")

_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}


def _normalise(text: str) -> str:
    """Fold full-width forms (１２，３４５．６ ％ ￥) to ASCII and trim spaces."""
    return unicodedata.normalize("NFKC", text).strip()


def _check_number(value: Decimal, field: str) -> Decimal:
    if not value.is_finite():
        raise field_error(field, NOT_A_NUMBER)
    if value.is_signed() and value != 0:
        raise field_error(field, NEGATIVE)
    if value >= MAX_AMOUNT:
        raise field_error(field, TOO_LARGE)
    return value + 0  # turns -0 into 0


def _number_from_python(value: object, field: str) -> Decimal:
    """Convert int/float/Decimal; bool is refused because ``True`` is not an amount."""
    if isinstance(value, bool):
        raise field_error(field, NOT_A_NUMBER)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr gives the shortest string that round-trips, so 0.1 becomes Decimal("0.1").
        try:
            return Decimal(repr(value))
        except InvalidOperation:
            raise field_error(field, NOT_A_NUMBER) from None
    raise field_error(field, NOT_A_NUMBER)


def _strip_sign(text: str) -> tuple[bool, str]:
    """Remove a leading minus (ASCII, U+2212, en dash) or accounting parentheses."""
    if text.startswith("(") and text.endswith(")"):
        return True, text[1:-1].strip()
    if text.startswith(_MINUS_SIGNS):
        return True, text[1:].strip()
    return False, text


def _parse_digits(text: str, field: str) -> Decimal:
    """Parse ``1234.5`` or ``1,234.5`` (spaces already turned into commas)."""
    if _GROUPED.match(text):
        text = text.replace(",", "")
    elif "," in text:
        raise field_error(field, BAD_GROUPING)
    if not _PLAIN.match(text):
        raise field_error(field, NOT_A_NUMBER)
    return Decimal(text)


def parse_amount(text: str | int | float | Decimal, field: str) -> Decimal:
    """Parse a non-negative money amount typed by a user.

    Accepts ``"1,234.50"``, ``"1 234"``, ``"１２，３４５．６"``, ``"¥1,234"``, ``"￥ 99"``,
    ``"$20"``, ``"300元"`` and plain ints/Decimals. Refuses negatives, exponents, NaN,
    misplaced thousands separators and anything else with a ``FieldError`` (a
    ``ValidationError``) naming ``field``. The result is exact: no rounding happens here.
    """
    if not isinstance(text, str):
        return _check_number(_number_from_python(text, field), field)
    cleaned = _normalise(text)
    if not cleaned:
        raise field_error(field, REQUIRED)
    negative, cleaned = _strip_sign(cleaned)
    cleaned = _CURRENCY_AFFIXES.sub("", cleaned).strip()
    if not negative:  # "¥-5" as well as "-¥5"
        negative, cleaned = _strip_sign(cleaned)
    # Spaces (also no-break and thin ones, folded by NFKC) group thousands like commas do.
    cleaned = re.sub(r"\s*,\s*|\s+", ",", cleaned)
    value = _parse_digits(cleaned, field)
    if negative and value != 0:
        raise field_error(field, NEGATIVE)
    return _check_number(value, field)


def parse_rate(
    text: str | int | float | Decimal, field: str, *, allow_negative: bool = False
) -> Decimal:
    """Parse a rate typed by a user and return it as a fraction (10% -> ``Decimal("0.10")``).

    ``"10%"``, ``"１０％"`` and ``"0.10"`` all mean ten per cent. A number without ``%`` is read
    as a fraction and must be below 1: ``"10"`` or ``"1"`` is refused with a message asking
    for ``10%`` or ``0.10``, because guessing between 1% and 100% on a bank document is
    worse than asking. With ``%`` any size is accepted (``"150%"``). Negative rates (a price
    cut as escalation) are only accepted with ``allow_negative`` and must stay above -100%.
    """
    if isinstance(text, str):
        cleaned = _normalise(text).replace(" ", "")
        if not cleaned:
            raise field_error(field, REQUIRED)
        negative = cleaned.startswith(_MINUS_SIGNS)
        if negative:
            cleaned = cleaned[1:]
        percent = cleaned.endswith("%")
        if percent:
            cleaned = cleaned[:-1]
        if not _PLAIN.match(cleaned):
            raise field_error(field, NOT_A_NUMBER)
        value = Decimal(cleaned)
        if negative:
            value = -value
    else:
        value = _number_from_python(text, field)
        percent = False
        if not value.is_finite():
            raise field_error(field, NOT_A_NUMBER)
    if not percent and abs(value) >= 1:
        raise field_error(field, BARE_RATE_TOO_BIG)
    if percent:
        value = value / HUNDRED
    if value < 0 and not allow_negative:
        raise field_error(field, NEGATIVE)
    if value <= -1:
        raise field_error(field, RATE_TOO_LOW)
    return value + 0


def round_cents(amount: Decimal) -> Decimal:
    """Round to cents, halves away from zero (the accountant's rule, not banker's rounding).

    A result of zero is never negative (-0.004 gives 0.00, not -0.00).
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_UP) + 0


def to_minor(amount: Decimal) -> int:
    """Amount in integer minor units (cents/fen) for storage, rounded half-up."""
    return int(round_cents(amount) * HUNDRED)


def from_minor(minor: int) -> Decimal:
    """Inverse of ``to_minor``: ``12345`` -> ``Decimal("123.45")``."""
    return Decimal(minor).scaleb(-2)


def currency_symbol(currency: str) -> str | None:
    """The symbol used before amounts in ``currency`` (``"¥"`` for CNY), or None if none."""
    return _SYMBOLS.get(currency.upper())


def format_money(amount: Decimal, currency: str | None = None, lang: str = "en") -> str:
    """Format for display: ``"1,234.50"``, ``"¥1,234.50"``, ``"-$20.00"``, ``"CHF 5.00"``.

    Both supported languages (``en`` and ``zh_CN``) group digits in threes with commas and
    use a decimal point, so ``lang`` currently changes nothing; it is accepted so callers
    pass it now and the format can differ later without touching them.
    """
    del lang
    rounded = round_cents(amount)
    sign = "-" if rounded < 0 else ""
    digits = f"{abs(rounded):,.2f}"
    if currency is None:
        return f"{sign}{digits}"
    symbol = currency_symbol(currency)
    if symbol is None:
        return f"{sign}{currency.upper()} {digits}"
    return f"{sign}{symbol}{digits}"


def format_percent(rate: Decimal, places: int = 2) -> str:
    """A fraction as a percentage, half-up: ``Decimal("0.233752")`` -> ``"23.38%"``."""
    scaled = (rate * HUNDRED).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{scaled:,.{places}f}%"
