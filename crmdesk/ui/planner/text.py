"""Translating the engine's sentences and labels, and showing money, in the planner's widgets."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.finance import round_half_up
from crmdesk.domain.sentence import Sentence


def tr(context: str, text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP in the domain, translated now."""
    return QCoreApplication.translate(context, text)


def render(sentence: Sentence) -> str:
    """An engine sentence in the current language."""
    return sentence.render(QCoreApplication.translate)


def money(amount: Decimal | None, currency: str | None = None) -> str:
    """Money for display (the engine's rounding and grouping), or a dash when undefined."""
    return "\u2013" if amount is None else format_money(amount, currency)


def percent(rate: Decimal | None, places: int = 1) -> str:
    return "\u2013" if rate is None else format_percent(rate, places)


def ratio(value: Decimal | None) -> str:
    return "\u2013" if value is None else f"{round_half_up(value, 2):f}"
