"""The PDF prints years the way the JSON and the checks do: half-up, never "1.00" for a
payback just over a year."""

from __future__ import annotations

from decimal import Decimal

from crmdesk.reports.formats import Formats

D = Decimal


def test_years_round_half_up_and_never_hide_the_limit(english) -> None:
    f = Formats("en", "CNY")
    assert f.years(D("1.125")) == "1.13 years"  # banker's rounding would print 1.12
    assert f.years(D("1.004")) == "1.004 years"
    assert f.years(D("2.345")) == "2.35 years"
    assert f.years(D(1)) == "1.00 years"
