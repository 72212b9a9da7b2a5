"""The wizard's "other lines" tables: any cost or benefit line, typed as text, and back.

Fixed rows cover the usual sub-items; everything else (and any line of an opened plan file that
no row reproduces exactly) is an ``ExtraLine``. ``extra_item`` reads one with errors naming
``extra.<page>[i].<field>``; ``line_from_item`` writes an item back so that reading it again
gives the very same item.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import parse_amount, parse_rate
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.form.keys import ExtraLine
from crmdesk.domain.planning.plan import BenefitItem, CostItem
from crmdesk.domain.sentence import field_error

ZERO = Decimal(0)
CENT = Decimal("0.01")

_REQUIRED = QT_TRANSLATE_NOOP("Validation", "enter a value")
_NOT_A_CHOICE = QT_TRANSLATE_NOOP("Validation", "choose one of the offered values")
_YEAR = QT_TRANSLATE_NOOP("Validation", "must be a whole year between 0 and {horizon}")
_FROM_AFTER_TO = QT_TRANSLATE_NOOP("Validation", "must not be after the last year ({to_year})")


def amount_text(amount: Decimal) -> str:
    """An exact amount as the user would type it: grouped digits, no rounding (``12,345.5``)."""
    text = f"{amount:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money_text(amount: Decimal) -> str:
    """An exact amount as money to type: cents shown (``12,345.50``) unless it has more
    decimals, which are kept (``119.005``) so reading it back gives the same value."""
    if amount == amount.quantize(CENT):
        return f"{amount.quantize(CENT):,f}"
    return amount_text(amount)


def rate_text(rate: Decimal) -> str:
    """A fraction as a percentage to type (``Decimal("0.10")`` -> ``10%``), exact."""
    text = f"{rate * 100:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


def _year(text: str, field: str, horizon: int) -> int:
    cleaned = text.strip()
    if not cleaned:
        raise field_error(field, _REQUIRED)
    value = parse_amount(cleaned, field)
    if value != value.to_integral_value() or value > horizon:
        raise field_error(field, _YEAR, horizon=str(horizon))
    return int(value)


def extra_item(line: ExtraLine, key: str, horizon: int) -> CostItem | BenefitItem:
    """The plan item an extra line describes; ``FieldError`` names ``<key>.<field>``."""
    benefit = key.startswith("extra.benefits")
    try:
        category: CostCategory | BenefitCategory = (
            BenefitCategory(line.category) if benefit else CostCategory(line.category)
        )
        kind = ItemKind(line.kind)
    except ValueError:
        raise field_error(f"{key}.category", _NOT_A_CHOICE) from None
    amount = parse_amount(line.amount, f"{key}.amount")
    fields: dict[str, Any] = {
        "kind": kind,
        "amount": amount,
        "label": line.label,
        "sub_item": line.keep.get("sub_item"),
        "notes": str(line.keep.get("notes", "")),
    }
    if kind is ItemKind.ONE_OFF:
        fields["year"] = _year(line.year, f"{key}.year", horizon)
    else:
        first = _year(line.from_year, f"{key}.from_year", horizon)
        last = _year(line.to_year or str(horizon), f"{key}.to_year", horizon)
        if first > last:
            raise field_error(f"{key}.from_year", _FROM_AFTER_TO, to_year=str(last))
        escalation = line.escalation.strip()
        fields.update(
            from_year=first,
            to_year=last,
            escalation=parse_rate(escalation, f"{key}.escalation", allow_negative=True)
            if escalation
            else ZERO,
            ramp=tuple(Decimal(str(f)) for f in line.keep.get("ramp", ())),
        )
        if kind is ItemKind.PER_USER_MONTH and line.keep.get("users") is not None:
            fields["users"] = int(line.keep["users"])
    if isinstance(category, BenefitCategory):
        return BenefitItem(category=category, **fields)
    return CostItem(category=category, **fields)


def line_from_item(item: CostItem | BenefitItem, horizon: int) -> ExtraLine:
    """An extra line that reads back as exactly ``item`` (hidden attributes kept aside)."""
    keep: dict[str, Any] = {}
    if item.sub_item is not None:
        keep["sub_item"] = item.sub_item
    if item.notes:
        keep["notes"] = item.notes
    if item.ramp:
        keep["ramp"] = [f"{f:f}" for f in item.ramp]
    if item.users is not None:
        keep["users"] = item.users
    one_off = item.kind is ItemKind.ONE_OFF
    return ExtraLine(
        category=item.category.value,
        kind=item.kind.value,
        label=item.label,
        amount=money_text(item.amount),
        year=str(item.year if one_off and item.year is not None else 0),
        from_year=str(item.from_year if item.from_year is not None else 1),
        to_year=str(item.to_year if item.to_year is not None else horizon),
        escalation=rate_text(item.escalation) if item.escalation else "",
        keep=keep,
    )
