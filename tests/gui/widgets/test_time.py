"""One date and time format on every screen, in both languages, and plural forms in English."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from crmdesk.i18n import install_translators
from crmdesk.ui.widgets.time import (
    format_agenda,
    format_date,
    format_local,
    month_label,
)

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
# 2026-12-01 01:05 UTC is 09:05 in Shenzhen: single-digit day, hour and minute all padded
EARLY = dt.datetime(2026, 12, 1, 1, 5, tzinfo=dt.UTC)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_dates_and_times_are_iso_zero_padded_24_hour_in_both_languages(language: str) -> None:
    assert format_local(EARLY, SHANGHAI) == "2026-12-01 09:05"
    assert format_local(EARLY + dt.timedelta(hours=12), SHANGHAI) == "2026-12-01 21:05"
    assert format_local(EARLY, SHANGHAI, with_date=False) == "09:05"
    assert format_local(EARLY, dt.UTC) == "2026-12-01 01:05"
    assert format_date(dt.date(2027, 3, 5)) == "2027-03-05"
    assert format_local(None, SHANGHAI) == "" and format_date(None) == ""


def test_chart_months_read_as_owners_say_them(language: str) -> None:
    expected = {"en": "Dec 2026", "zh_CN": "2026年12月"}[language]
    assert month_label(dt.date(2026, 12, 1)) == expected
    assert month_label(dt.date(2027, 2, 1)) == expected.replace("Dec", "Feb").replace(
        "2026年12月", "2027年2月"
    ).replace("2026", "2027")


def test_the_agenda_says_today_tomorrow_and_weekdays(language: str) -> None:
    now = dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC)  # Monday 09:00 in Shenzhen
    assert format_agenda(now + dt.timedelta(hours=2), now, SHANGHAI) == "11:00"
    tomorrow = format_agenda(now + dt.timedelta(days=1), now, SHANGHAI)
    assert tomorrow == {"en": "tomorrow 09:00", "zh_CN": "明天 09:00"}[language]
    thursday = format_agenda(now + dt.timedelta(days=3), now, SHANGHAI)
    assert thursday == {"en": "Thu 09:00", "zh_CN": "周四 09:00"}[language]
    assert format_agenda(now + dt.timedelta(days=10), now, SHANGHAI) == "2026-12-17 09:00"
    # a past day is never a bare weekday
    assert format_agenda(now - dt.timedelta(days=2), now, SHANGHAI) == "2026-12-05 09:00"


def test_english_counts_have_real_plurals() -> None:
    install_translators("en")
    tr = QCoreApplication.translate
    assert tr("CustomersScreen", "%n customer(s)", None, 1) == "1 customer"
    assert tr("CustomersScreen", "%n customer(s)", None, 500) == "500 customers"
    assert tr("FilePage", "%n row(s) found (%1).", None, 6).startswith("6 rows found")


def test_the_ticket_list_shows_the_one_format(db) -> None:
    from zoneinfo import ZoneInfo

    from crmdesk.domain.tickets.business_hours import BusinessHours
    from crmdesk.domain.tickets.service_levels import ServiceLevels, ServiceTargets
    from crmdesk.services.customers.store import CustomerInput, add_customer
    from crmdesk.services.tickets.queries import TicketQuery
    from crmdesk.services.tickets.store import TicketInput, create_ticket
    from crmdesk.ui.tickets.model import TicketTableModel

    shanghai = ZoneInfo("Asia/Shanghai")
    levels = ServiceLevels(BusinessHours(), ServiceTargets.default(), shanghai)
    customer = add_customer(db, CustomerInput(name="王芳"))
    create_ticket(db, TicketInput(customer, "Pump"), levels, now=EARLY)
    model = TicketTableModel(db, shanghai)
    model.set_query(TicketQuery("all"))
    created = model.index(0, model.column_index("created")).data()
    assert created == "2026-12-01 09:05"


def test_chinese_text_has_chinese_punctuation() -> None:
    from crmdesk.ui.widgets.text import list_text

    install_translators("zh_CN")
    try:
        assert list_text(["企业与范围", "许可费"]) == "企业与范围、许可费"
    finally:
        install_translators("en")
    assert list_text(["Scope", "Licence"]) == "Scope, Licence"
    # one ellipsis in Chinese: no "..." left in any translation
    from tests.helpers import ROOT

    ts = (ROOT / "resources" / "i18n" / "crmdesk_zh_CN.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation>(.*?)</translation>", ts, re.S)
    assert translations and not [t for t in translations if "..." in t]
