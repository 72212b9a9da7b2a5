"""Small pieces the spending window's pages share: labels, money text, colours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor

from crmdesk.domain.money import format_percent
from crmdesk.domain.planning.categories import (
    BENEFIT_CATEGORY_LABELS,
    CONTINGENCY,
    COST_CATEGORY_LABELS,
    CostCategory,
)
from crmdesk.domain.sentence import Sentence
from crmdesk.ui.widgets import numbers

translate = QCoreApplication.translate

OVER_COLOUR = QColor("#fde0dc")  # more than 10% over budget
NEAR_COLOUR = QColor("#fff4d6")  # over budget, within 10%
GOOD_TEXT = QColor("#2e7d32")
BAD_TEXT = QColor("#c62828")

COST_KEYS = tuple(c.value for c in CostCategory)


def category_label(key: str) -> str:
    """A cost category's name in the interface language."""
    source = COST_CATEGORY_LABELS.get(key)
    return translate("Plan", source) if source else key


def benefit_label(key: str) -> str:
    source = BENEFIT_CATEGORY_LABELS.get(key)
    return translate("Plan", source) if source else key


def translated_categories() -> dict[str, str]:
    """Category names as shown in this language -> keys (so an import accepts them too)."""
    return {category_label(key): key for key in COST_CATEGORY_LABELS if key != CONTINGENCY}


def money(amount: Decimal | None, currency: str = "") -> str:
    return numbers.money(amount, currency or None)  # ledger entries keep their cents


def percent(ratio: Decimal | None, places: int = 2) -> str:
    return (
        numbers.NOT_DEFINED if ratio is None else numbers.true_minus(format_percent(ratio, places))
    )


def signed_percent(ratio: Decimal | None) -> str:
    if ratio is None:
        return numbers.NOT_DEFINED
    text = numbers.true_minus(format_percent(ratio, 2))  # two places, as the headline and PDF
    return f"+{text}" if ratio > 0 else text


def render(sentence: Sentence) -> str:
    """A domain sentence in the interface language."""
    return numbers.minus_signs(sentence.render(translate))  # −¥20.00, as the figures beside it


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
