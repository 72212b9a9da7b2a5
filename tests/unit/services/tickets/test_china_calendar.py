"""Due dates across China's 2025 National Day holiday and its make-up (调休) working days.

The State Council's 2025 notice: 1-8 October off; Sunday 28 September and Saturday 11 October
worked. Business hours are 09:00-18:00 Monday-Friday; an urgent ticket is due in 8 business
hours. Each expected moment below was counted by hand on the calendar.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.tickets.service_levels import ServiceLevels
from crmdesk.services.tickets.holidays import (
    apply_china_official,
    china_official_days,
    list_holidays,
    set_holiday,
)
from crmdesk.services.tickets.store import create_ticket
from tests.unit.services.tickets.conftest import sh, ticket_input


def urgent_due(db: Database, levels: ServiceLevels, customer_id: int, now: dt.datetime) -> object:
    return create_ticket(db, ticket_input(customer_id, priority="urgent"), levels, now=now).due_at


def test_the_official_2025_national_day_days_come_from_the_package() -> None:
    days = {d.day: d for d in china_official_days(dt.date(2025, 9, 1)) if d.day.year == 2025}
    autumn = sorted(day for day in days if dt.date(2025, 9, 20) <= day <= dt.date(2025, 10, 20))
    # weekday holidays only (4 and 5 October are a weekend anyway), then the two worked days
    assert [d.isoformat() for d in autumn] == [
        "2025-09-28",
        "2025-10-01",
        "2025-10-02",
        "2025-10-03",
        "2025-10-06",
        "2025-10-07",
        "2025-10-08",
        "2025-10-11",
    ]
    assert days[dt.date(2025, 9, 28)].working and days[dt.date(2025, 10, 11)].working
    assert not days[dt.date(2025, 10, 8)].working


@pytest.mark.parametrize(
    ("opened", "official", "typed_by_hand"),
    [
        # Saturday 27 Sep: the make-up Sunday 28 Sep counts, 09:00 + 8 h
        (sh(2025, 9, 27, 10, 0), sh(2025, 9, 28, 17, 0), sh(2025, 9, 29, 17, 0)),
        # Tuesday 30 Sep 16:00: 2 h that day, 1-8 Oct off, 6 h on Thursday 9 Oct
        (sh(2025, 9, 30, 16, 0), sh(2025, 10, 9, 15, 0), sh(2025, 10, 1, 15, 0)),
        # Friday 10 Oct 16:00: 2 h that day, 6 h on the make-up Saturday 11 Oct
        (sh(2025, 10, 10, 16, 0), sh(2025, 10, 11, 15, 0), sh(2025, 10, 13, 15, 0)),
    ],
)
def test_due_dates_skip_the_holiday_and_count_the_make_up_days(
    db: Database,
    levels: ServiceLevels,
    customer_id: int,
    opened: dt.datetime,
    official: dt.datetime,
    typed_by_hand: dt.datetime,
) -> None:
    # before the preset: an ordinary Monday-Friday week
    assert urgent_due(db, levels, customer_id, opened) == typed_by_hand
    result = apply_china_official(db, dt.date(2025, 1, 1))
    assert result.holidays > 0 and result.working_days > 0 and result.last_year >= 2025
    assert urgent_due(db, levels, customer_id, opened) == official


def test_the_preset_keeps_what_the_user_typed(db: Database) -> None:
    set_holiday(db, dt.date(2025, 10, 2), "Shop closed for stocktaking")
    apply_china_official(db, dt.date(2025, 9, 1))
    again = apply_china_official(db, dt.date(2025, 9, 1))
    assert (again.holidays, again.working_days) == (0, 0)  # nothing twice
    names = {h.day: h.name for h in list_holidays(db)}
    assert names[dt.date(2025, 10, 2)] == "Shop closed for stocktaking"
    assert names[dt.date(2025, 10, 3)] == "National Day"
