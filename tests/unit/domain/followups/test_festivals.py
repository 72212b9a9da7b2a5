"""Festival dates checked by a second method, not by a copy of a table.

Spring Festival is lunar 1/1 and Mid-Autumn lunar 8/15, so the day 14 days before Mid-Autumn and
Spring Festival itself must be days of a new moon in Beijing time (UTC+8). The new moons here
come from Jean Meeus' *Astronomical Algorithms* (chapter 49, the main periodic terms: a few
minutes' error), so a wrong day in the library or a table would show, except when a new moon
falls within the error of midnight, where either day is accepted.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.followups import greetings

BEIJING = dt.timedelta(hours=8)
J2000 = dt.datetime(2000, 1, 1, 12)  # JD 2451545.0
MARGIN = dt.timedelta(minutes=45)  # the truncated series and TT - UT stay well within this


def new_moon_near(day: dt.date) -> dt.datetime:
    """The new moon (UTC, naive) nearest to ``day`` by Meeus' algorithm."""
    years = (day - dt.date(2000, 1, 6)).days / 365.25
    k = round(years * 12.3685)
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t
    m = math.radians(2.5534 + 29.10535670 * k)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
    omega = math.radians(124.7746 - 1.56375588 * k)
    jde += (
        -0.40720 * math.sin(mp)
        + 0.17241 * e * math.sin(m)
        + 0.01608 * math.sin(2 * mp)
        + 0.01039 * math.sin(2 * f)
        + 0.00739 * e * math.sin(mp - m)
        - 0.00514 * e * math.sin(mp + m)
        + 0.00208 * e * e * math.sin(2 * m)
        - 0.00111 * math.sin(mp - 2 * f)
        - 0.00057 * math.sin(mp + 2 * f)
        + 0.00056 * e * math.sin(2 * mp + m)
        - 0.00042 * math.sin(3 * mp)
        + 0.00042 * e * math.sin(m + 2 * f)
        + 0.00038 * e * math.sin(m - 2 * f)
        - 0.00024 * e * math.sin(2 * mp - m)
        - 0.00017 * math.sin(omega)
    )
    return J2000 + dt.timedelta(days=jde - 2451545.0)


def new_moon_days(day: dt.date) -> set[dt.date]:
    """The Beijing calendar day(s) the nearest new moon may fall on."""
    moment = new_moon_near(day) + BEIJING
    return {(moment - MARGIN).date(), (moment + MARGIN).date()}


YEARS = range(1930, 2100)  # before 1929 China kept Beijing local mean time, not UTC+8


def test_the_method_finds_a_published_new_moon() -> None:
    # Meeus' example 49.a: new moon 1977 February 18, 3h37m TD
    moment = new_moon_near(dt.date(1977, 2, 18))
    assert abs(moment - dt.datetime(1977, 2, 18, 3, 37)) < dt.timedelta(minutes=3)


@pytest.mark.parametrize("year", YEARS)
def test_spring_festival_is_the_new_moon_between_21_january_and_20_february(year: int) -> None:
    day = greetings.spring_festival(year)
    assert dt.date(year, 1, 21) <= day <= dt.date(year, 2, 20)
    assert day in new_moon_days(day)


@pytest.mark.parametrize("year", YEARS)
def test_mid_autumn_is_the_15th_of_the_month_holding_the_equinox(year: int) -> None:
    day = greetings.mid_autumn(year)
    month_start = day - dt.timedelta(days=14)
    assert month_start in new_moon_days(month_start)
    # lunar month 8 holds the autumn equinox (22-24 September in Beijing over these years)
    assert month_start <= dt.date(year, 9, 24)
    assert dt.date(year, 9, 22) < month_start + dt.timedelta(days=30)


def test_a_few_dates_everyone_knows() -> None:
    assert greetings.spring_festival(2025) == dt.date(2025, 1, 29)
    assert greetings.mid_autumn(2024) == dt.date(2024, 9, 17)


def test_years_outside_the_calendar_are_refused_by_name() -> None:
    with pytest.raises(ValidationError, match=r"spring_festival.*2100"):
        greetings.spring_festival(2100)
    assert greetings.spring_festival(2099).year == 2099
