"""Translating the engine's sentences and labels, and showing money, in the planner's widgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.planning.finance import round_half_up
from crmdesk.domain.sentence import Sentence
from crmdesk.domain.spending.plantime import calendar_years
from crmdesk.ui.widgets import numbers


def tr(context: str, text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP in the domain, translated now."""
    return QCoreApplication.translate(context, text)


def render(sentence: Sentence) -> str:
    """An engine sentence in the current language, negatives with the true minus sign."""
    return numbers.minus_signs(sentence.render(QCoreApplication.translate))


def money(amount: Decimal | None, currency: str | None = None) -> str:
    """Plan money in whole units (cents are noise in a five-year plan), or an em dash."""
    return numbers.whole_money(amount, currency)


def percent(rate: Decimal | None, places: int = 2) -> str:
    """A rate with 2 decimals (as in the wizard, Compare, the dashboard and the PDF), or —."""
    return numbers.percent(rate, places)


def ratio(value: Decimal | None) -> str:
    return (
        numbers.NOT_DEFINED if value is None else numbers.true_minus(f"{round_half_up(value, 2):f}")
    )


def year_heading(year: int, go_live: dt.date | None = None) -> str:
    """A plan year as a column heading: year 0 is the investment date, "at the start"; once
    the plan has a go-live date a later year also names its calendar years, "Year 1
    (2027–2028)"."""
    if year == 0:
        return QCoreApplication.translate("PlanYears", "At the start\n(year 0)")
    if go_live is not None:
        return (
            QCoreApplication.translate("PlanYears", "Year %1\n(%2)")
            .replace("%1", str(year))
            .replace("%2", calendar_years(year, go_live))
        )
    return QCoreApplication.translate("PlanYears", "Year %1").replace("%1", str(year))
