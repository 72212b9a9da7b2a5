"""Public holidays and closing days: business-hours due dates skip them like weekends."""

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


def list_holidays(db: Database, since: dt.date | None = None) -> list[HolidayRecord]:
    """Holidays in date order, from ``since`` on when given."""
    stmt = select(Holiday).order_by(Holiday.day)
    if since is not None:
        stmt = stmt.where(Holiday.day >= since)
    with db.session() as session:
        return [HolidayRecord(h.day, h.name) for h in session.scalars(stmt)]


def set_holiday(db: Database, day: dt.date, name: str = "") -> None:
    """Add ``day`` as a holiday, or rename it if it is one already."""
    name = name.strip()
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"is longer than {NAME_MAX} characters")
    with db.session() as session:
        row = session.get(Holiday, day)
        if row is None:
            session.add(Holiday(day=day, name=name))
        else:
            row.name = name
        activity.record(session, "holiday", None, "updated", f"{day.isoformat()} {name}".strip())


def remove_holiday(db: Database, day: dt.date) -> None:
    """Make ``day`` an ordinary day again (nothing happens if it was not a holiday)."""
    with db.session() as session:
        if session.get(Holiday, day) is not None:
            session.execute(delete(Holiday).where(Holiday.day == day))
            activity.record(session, "holiday", None, "deleted", day.isoformat())


def with_holidays(session: Session, levels: ServiceLevels) -> ServiceLevels:
    """``levels`` whose business hours skip the holidays stored in the database."""
    days = session.scalars(select(Holiday.day)).all()
    return replace(levels, hours=levels.hours.with_holidays(days))
