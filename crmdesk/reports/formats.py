"""Numbers, dates and translated words as a report shows them, per language.

Money goes through ``crmdesk.domain.money.format_money`` (rounded half-up to cents there,
never here); this module only chooses the words around figures and the date style. Both
languages group digits in threes with commas; Chinese dates read 2026年3月12日.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.finance import format_years
from crmdesk.domain.sentence import Sentence
from crmdesk.i18n import translate

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Formats:
    """Formatting for one report in ``lang`` (``en`` or ``zh_CN``)."""

    def __init__(self, lang: str, currency: str | None = None) -> None:
        self.lang = lang
        self.currency = currency
        self.chinese = lang.startswith("zh")

    # --- words --------------------------------------------------------------------------------

    def join(self, parts: list[str], separator: str = "; ") -> str:
        """Join phrases with ``"; "`` or ``", "`` (``；``/``，`` in Chinese) or sentences with
        ``" "`` (nothing in Chinese, whose full stops need no space)."""
        if self.chinese:
            separator = {"; ": "；", ", ": "，", " ": ""}.get(separator, separator)
        return separator.join(parts)

    @staticmethod
    def sentence(sentence: Sentence) -> str:
        """A domain sentence in the report's language (parameters filled after translating)."""
        return sentence.render(translate)

    # --- figures ------------------------------------------------------------------------------

    def money(self, amount: Decimal | None, symbol: bool = True) -> str:
        """``¥1,234.50`` (or ``1,234.50`` in tables whose heading names the currency)."""
        if amount is None:
            return translate("Report", "n/a")
        return format_money(amount, self.currency if symbol else None, self.lang)

    def percent(self, rate: Decimal | None, places: int = 2) -> str:
        """A fraction as a percentage: ``0.1`` -> ``10.00%``."""
        if rate is None:
            return translate("Report", "n/a")
        return format_percent(rate, places)

    @staticmethod
    def ratio(value: Decimal | None) -> str:
        """A ratio to two places, half-up: ``2.456`` -> ``2.46``."""
        if value is None:
            return translate("Report", "n/a")
        return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"

    @staticmethod
    def years(value: Decimal | None) -> str:
        """A duration in years, half-up to two places (``2.35 years``), more next to one year
        so a payback just over a year never reads "1.00" (``format_years``)."""
        if value is None:
            return translate("Report", "n/a")
        number = format_years(value)
        return translate("Report", "{years} years").format(years=number)

    @staticmethod
    def year_heading(year: int) -> str:
        """Column heading of a plan year (0 = the investment date)."""
        return translate("Report", "Year {year}").format(year=year)

    @staticmethod
    def count(value: int) -> str:
        """A whole number with thousands separators."""
        return f"{value:,}"

    # --- dates --------------------------------------------------------------------------------

    def date(self, value: dt.date | None) -> str:
        """``12 March 2026`` or ``2026年3月12日``; empty for None."""
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        if self.chinese:
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def short_date(self, value: dt.date | None) -> str:
        """``2026-03-12`` (both languages; used in dense tables)."""
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        return value.isoformat()

    def datetime(self, value: dt.datetime | None) -> str:
        """An aware datetime in local time, ``2026-03-12 14:05``; empty for None."""
        if value is None:
            return ""
        if value.tzinfo is not None:
            value = value.astimezone()
        return value.strftime("%Y-%m-%d %H:%M")
