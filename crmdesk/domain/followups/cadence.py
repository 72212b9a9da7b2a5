"""Recurring contact: "stay in touch every N days / weeks / months".

The next contact is always counted from the last real contact, not from a fixed calendar: a
customer called on 3 March with a monthly cadence is due on 3 April, and if the call slips to
10 March the next one moves to 10 April. Months are calendar months, clamped to the month's
last day (31 January + 1 month = 28 or 29 February).

Storage: ``Customer.cadence_days`` holds day and week cadences in days, ``cadence_months`` holds
month cadences; :func:`to_columns` / :func:`from_columns` translate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from crmdesk.domain.dates import add_months
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

MAX_COUNT = 999


class CadenceUnit(Enum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


UNIT_LABELS: dict[CadenceUnit, str] = {
    CadenceUnit.DAYS: QT_TRANSLATE_NOOP("Cadence", "days"),
    CadenceUnit.WEEKS: QT_TRANSLATE_NOOP("Cadence", "weeks"),
    CadenceUnit.MONTHS: QT_TRANSLATE_NOOP("Cadence", "months"),
}


@dataclass(frozen=True)
class Cadence:
    """Every ``count`` ``unit``s."""

    count: int
    unit: CadenceUnit

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_COUNT:
            raise ValidationError("cadence", f"must be between 1 and {MAX_COUNT}")

    def after(self, day: dt.date) -> dt.date:
        """The day one cadence period after ``day``."""
        if self.unit is CadenceUnit.DAYS:
            return day + dt.timedelta(days=self.count)
        if self.unit is CadenceUnit.WEEKS:
            return day + dt.timedelta(weeks=self.count)
        return add_months(day, self.count)


def next_contact_day(cadence: Cadence, last_contact: dt.date | None, started: dt.date) -> dt.date:
    """The day the next contact is due.

    Counted from ``last_contact``; a customer never contacted counts from ``started`` (the day
    the cadence was set or the customer was added). A date already in the past stays in the
    past: the follow-up shows as overdue, which is the truth.
    """
    base = last_contact if last_contact is not None else started
    return cadence.after(base)


def to_columns(cadence: Cadence | None) -> tuple[int | None, int | None]:
    """(cadence_days, cadence_months) for the customers table."""
    if cadence is None:
        return None, None
    if cadence.unit is CadenceUnit.MONTHS:
        return None, cadence.count
    days = cadence.count * (7 if cadence.unit is CadenceUnit.WEEKS else 1)
    return days, None


def from_columns(days: int | None, months: int | None) -> Cadence | None:
    """The cadence stored in a customer row (weeks when the day count is a multiple of 7)."""
    if months:
        return Cadence(months, CadenceUnit.MONTHS)
    if days:
        if days % 7 == 0:
            return Cadence(days // 7, CadenceUnit.WEEKS)
        return Cadence(days, CadenceUnit.DAYS)
    return None
