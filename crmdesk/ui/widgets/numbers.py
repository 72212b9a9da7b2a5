"""Numbers as owners read them on screen: one module every screen formats money and rates with.

- negative amounts and rates carry the true minus sign (U+2212), never ``-0.00``;
- "not defined" is an em dash;
- percentages have 2 decimals, half-up, everywhere;
- plan tables, cards and charts show whole units (cents are noise in a five-year plan), ledger
  entries keep the cents; Chinese cards and chart axes count large amounts in 万 (10,000).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from crmdesk.domain.money import currency_symbol, format_money, format_percent

MINUS = "\u2212"
NOT_DEFINED = "\u2014"
WAN = Decimal(10000)
WAN_FROM = Decimal(100000)  # 10万 and more reads better in 万 than as six digits


def true_minus(text: str) -> str:
    """``-1,200`` as ``−1,200``; a negative zero (``-0.00``) loses its sign."""
    if not text.startswith("-"):
        return text
    rest = text[1:]
    if not any(ch in "123456789" for ch in rest):
        return rest
    return MINUS + rest


_HYPHEN_MINUS = re.compile(r"(?<![\w.])-(?=[\d.¥$£€])")
_NEGATIVE_ZERO = re.compile(r"(?<![\w.])-(?=[¥$£€]?0\.0*(?!\d))")


def minus_signs(text: str) -> str:
    """Every hyphen used as a minus sign in a sentence (``-¥20.00``, ``-5.00%``; not
    ``2026-03`` or ``SR-2027``) as U+2212, and ``-0.00`` without a sign. Domain sentences
    carry ``format_money``'s ASCII "-" (the CLI and files keep it machine-readable); every
    screen renders them through this, as the PDF does."""
    return _HYPHEN_MINUS.sub(MINUS, _NEGATIVE_ZERO.sub("", text))


def money(amount: Decimal | None, currency: str | None = None) -> str:
    """Money with its cents (ledger entries, invoices): ``¥1,234.50``, ``−$20.00``, ``—``."""
    if amount is None:
        return NOT_DEFINED
    return true_minus(format_money(amount, currency))


def whole_money(amount: Decimal | None, currency: str | None = None) -> str:
    """Money in whole units for plan tables, cards and charts: ``¥331,346``."""
    if amount is None:
        return NOT_DEFINED
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = true_minus(format_money(whole, currency))
    return text[:-3] if text.endswith(".00") else text


def chinese() -> bool:
    """True when the interface speaks Chinese (install_translators sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def card_money(amount: Decimal | None, currency: str | None = None) -> str:
    """A large figure on a card: whole units, and in Chinese ``¥33.13万`` from 10万 up."""
    if amount is None or not chinese() or abs(amount) < WAN_FROM:
        return whole_money(amount, currency)
    wan = (amount / WAN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    digits = true_minus(f"{wan:,.2f}".rstrip("0").rstrip("."))
    symbol = currency_symbol(currency) if currency else ""
    if currency and symbol is None:
        symbol = f"{currency.upper()} "
    sign = MINUS if digits.startswith(MINUS) else ""
    return QCoreApplication.translate("Numbers", "%1万", "amount in ten-thousands").replace(
        "%1", f"{sign}{symbol}{digits.removeprefix(MINUS)}"
    )


def axis_unit(currency: str | None, largest: Decimal) -> tuple[str, Decimal]:
    """The unit a money axis states and the divisor its values are shown in:
    ``("CNY", 1)``, or in Chinese ``("万元 (CNY)", 10000)`` when amounts reach 10万."""
    code = (currency or "").upper()
    if chinese() and abs(largest) >= WAN_FROM:
        return QCoreApplication.translate("Numbers", "万 (%1)").replace("%1", code), WAN
    return code, Decimal(1)


def percent(rate: Decimal | None, places: int = 2) -> str:
    """A fraction as a percentage with 2 decimals, ``−4.50%``, or ``—``."""
    if rate is None:
        return NOT_DEFINED
    return true_minus(format_percent(rate, places))
