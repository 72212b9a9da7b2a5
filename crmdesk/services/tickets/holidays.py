"""Public holidays and closing days: business-hours due dates skip them like weekends.

A day may also be a make-up working day (China's 调休: a weekend worked to bridge a long
holiday), which due dates count like a weekday. ``apply_china_official`` fills both from the
``chinesecalendar`` package (the State Council's notices, 2004 up to the year its release
knows); the user can still add, rename or remove any day afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import Holiday
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services import activity

NAME_MAX = 100


@dataclass(frozen=True)
class HolidayRecord:
    day: dt.date
    name: str
    working: bool = False  # a make-up working day rather than a closing day


def list_holidays(db: Database, since: dt.date | None = None) -> list[HolidayRecord]:
    """Holidays in date order, from ``since`` on when given."""
    stmt = select(Holiday).order_by(Holiday.day)
    if since is not None:
        stmt = stmt.where(Holiday.day >= since)
    with db.session() as session:
        return [HolidayRecord(h.day, h.name, h.working) for h in session.scalars(stmt)]


def set_holiday(db: Database, day: dt.date, name: str = "", working: bool = False) -> None:
    """Add ``day`` as a holiday (or, ``working``, a make-up working day), or update it."""
    name = name.strip()
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"is longer than {NAME_MAX} characters")
    with db.session() as session:
        row = session.get(Holiday, day)
        if row is None:
            session.add(Holiday(day=day, name=name, working=working))
        else:
            row.name = name
            row.working = working
        activity.record(session, "holiday", None, "updated", f"{day.isoformat()} {name}".strip())


def remove_holiday(db: Database, day: dt.date) -> None:
    """Make ``day`` an ordinary day again (nothing happens if it was not a holiday)."""
    with db.session() as session:
        if session.get(Holiday, day) is not None:
            session.execute(delete(Holiday).where(Holiday.day == day))
            activity.record(session, "holiday", None, "deleted", day.isoformat())


def with_holidays(session: Session, levels: ServiceLevels) -> ServiceLevels:
    """``levels`` whose business hours skip the stored holidays and work the make-up days."""
    rows = session.execute(select(Holiday.day, Holiday.working)).all()
    closed = [day for day, working in rows if not working]
    worked = [day for day, working in rows if working]
    return replace(levels, hours=levels.hours.with_holidays(closed, worked))


@dataclass(frozen=True)
class OfficialCalendar:
    """What ``apply_china_official`` added: counts, and the last year the source knows."""

    holidays: int
    working_days: int
    last_year: int


def china_official_days(since: dt.date) -> list[HolidayRecord]:
    """China's official holidays and make-up working days from ``since`` on, in date order.

    Only days that change a Monday-Friday week are listed: holidays on weekdays and make-up
    days on weekends. Names are the ``chinesecalendar`` English holiday names.
    """
    import chinese_calendar

    days: list[HolidayRecord] = []
    for day, name in sorted(chinese_calendar.holidays.items()):
        if day >= since and day.weekday() < 5:
            days.append(HolidayRecord(day, str(name), False))
    for day, name in sorted(chinese_calendar.workdays.items()):
        if day >= since and day.weekday() >= 5:
            days.append(HolidayRecord(day, str(name), True))
    return sorted(days, key=lambda record: record.day)


def apply_china_official(db: Database, since: dt.date) -> OfficialCalendar:
    """Add China's official holidays and 调休 working days from ``since`` on, one transaction.

    Days the user typed keep their own name and kind; only days not stored yet are added.
    """
    import chinese_calendar

    official = china_official_days(since)
    added_holidays = added_working = 0
    with db.session() as session:
        known = set(session.scalars(select(Holiday.day).where(Holiday.day >= since)))
        for record in official:
            if record.day in known:
                continue
            session.add(Holiday(day=record.day, name=record.name, working=record.working))
            if record.working:
                added_working += 1
            else:
                added_holidays += 1
        activity.record(
            session, "holiday", None, "updated", f"China (official) from {since.isoformat()}"
        )
    last = max(chinese_calendar.holidays).year
    return OfficialCalendar(added_holidays, added_working, last)
