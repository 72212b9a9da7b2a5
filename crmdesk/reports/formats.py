"""Numbers, dates and translated words as a report shows them, per language.

Money goes through ``crmdesk.domain.money.format_money`` (rounded half-up to cents there,
never here); this module only chooses the words around figures and their signs. Both
languages group digits in threes with commas, write negative figures with the true minus
sign (U+2212, never a negative zero), dates as ISO ``2026-03-12`` (as on screen) and a figure
that is not defined as an em dash.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.finance import format_years
from crmdesk.domain.sentence import Sentence
from crmdesk.i18n import translate

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MINUS = "\u2212"
NOT_DEFINED = "\u2014"  # the one mark for a figure that is not defined, in both languages
_NEGATIVE_ZERO = re.compile(r"^-(?=[^1-9]*$)")


def signed(text: str) -> str:
    """``text`` (a formatted number) with the true minus sign U+2212 and no negative zero:
    ``-¥20.00`` -> ``−¥20.00``, ``-0.00%`` -> ``0.00%``."""
    if not text.startswith("-"):
        return text
    if _NEGATIVE_ZERO.match(text):
        return text[1:]
    return MINUS + text[1:]


_HYPHEN_MINUS = re.compile(r"(?<![\w.])-(?=[\d.¥$£€])")


def minus_signs(text: str) -> str:
    """Every hyphen used as a minus sign in ``text`` (``-5.00%``, ``-¥20``, not ``2026-03``
    or ``SR-2027``) as U+2212, and negative zeros (``-0.00``) without a sign."""
    text = re.sub(r"(?<![\w.])-(?=[¥$£€]?0\.0*(?![\d]))", "", text)
    return _HYPHEN_MINUS.sub(MINUS, text)


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
        """A domain sentence in the report's language (parameters filled after translating),
        its negative figures with the true minus sign."""
        return minus_signs(sentence.render(translate))

    # --- figures ------------------------------------------------------------------------------

    def money(self, amount: Decimal | None, symbol: bool = True) -> str:
        """``¥1,234.50``, ``−¥20.00`` (true minus sign; or without the symbol in tables whose
        heading names the currency); ``—`` for no value."""
        if amount is None:
            return NOT_DEFINED
        return signed(format_money(amount, self.currency if symbol else None, self.lang))

    def percent(self, rate: Decimal | None, places: int = 2) -> str:
        """A fraction as a percentage, half-up: ``0.1`` -> ``10.00%``, ``-0.25`` -> ``−25.00%``,
        never ``-0.00%``; ``—`` for no value."""
        if rate is None:
            return NOT_DEFINED
        return signed(format_percent(rate, places))

    @staticmethod
    def ratio(value: Decimal | None) -> str:
        """A ratio to two places, half-up: ``2.456`` -> ``2.46``; ``—`` for no value."""
        if value is None:
            return NOT_DEFINED
        return signed(f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}")

    @staticmethod
    def years(value: Decimal | None) -> str:
        """A duration in years, half-up to two places (``2.35 years``), more next to one year
        so a payback just over a year never reads "1.00" (``format_years``); ``—`` for none."""
        if value is None:
            return NOT_DEFINED
        number = signed(format_years(value))
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
        """``2026-03-12`` in both languages (the same as on screen); empty for None."""
        return self.short_date(value)

    def month(self, value: dt.date) -> str:
        """A chart's month: ``Dec 2026`` or ``2026年12月`` (as the screens' chart axes)."""
        if self.chinese:
            return f"{value.year}年{value.month}月"
        return f"{_MONTHS[value.month - 1]} {value.year}"

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
