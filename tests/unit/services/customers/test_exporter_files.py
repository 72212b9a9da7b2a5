"""Real exports of other programs: each value lands in the field it belongs to.

The fixtures in tests/data/imports are built on each program's published export header, with
sample rows of our own (Chinese and English, several phones, extensions, birthdays with and
without a year).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.services.customers.duplicates import find_duplicates_for
from crmdesk.services.customers.imports import import_customers, open_import
from crmdesk.services.customers.store import get_customer, list_customers
from tests.helpers import DATA

IMPORTS = DATA / "imports"


def _imported(db: Database, name: str, folder: Path = IMPORTS) -> dict[str, CustomerInput]:
    report = import_customers(db, folder / name)
    assert report.invalid == ()
    found = {r.name: get_customer(db, r.id).data for r in list_customers(db)}
    assert len(found) == report.new
    return found


@pytest.mark.parametrize(
    ("name", "profile"),
    [
        ("google_legacy.csv", "google_legacy"),
        ("google.csv", "google"),
        ("outlook.csv", "outlook"),
        ("outlook_zh.csv", "outlook_zh"),
        ("thunderbird.csv", "thunderbird"),
        ("linkedin_connections.csv", "linkedin"),
        ("salesforce_contacts.csv", "salesforce"),
        ("hubspot_contacts.csv", "hubspot"),
        ("zoho_contacts.csv", "zoho"),
        ("odoo_contacts.csv", "odoo"),
        ("wecom_customers.csv", "wecom"),
        ("dingtalk_customers.csv", "dingtalk"),
        ("chinese_sheet.csv", "chinese_sheet"),
    ],
)
def test_the_exporter_is_recognised_from_its_header(db: Database, name: str, profile: str) -> None:
    source = open_import(db, IMPORTS / name)
    assert source.profile is not None and source.profile.key == profile


def test_google_legacy(db: Database) -> None:
    people = _imported(db, "google_legacy.csv")
    sarah = people["Sarah Jane Hughes"]
    assert sarah.company == "Hughes Bakery Ltd" and sarah.title == "Owner"
    assert sarah.emails == ["sarah@hughes-bakery.co.uk", "sjh@example.com"]  # " ::: " split
    assert sarah.phones == ["+44 7700 900123", "0113 496 0000 ext 12"]  # the types are not values
    assert sarah.address == "12 Kirkgate Leeds LS1 6BU United Kingdom"  # the formatted one
    assert sarah.birthday == dt.date(1980, 7, 14)
    assert sarah.tags == ["Trade"]  # "* myContacts" is Google's own group
    assert sarah.notes == "Prefers e-mail"
    zhang = people["张伟"]
    assert (zhang.company, zhang.birthday, zhang.phones) == (
        "深圳华强电子有限公司",
        None,
        ["+86 138 0013 8000"],
    )
    assert "--03-05" in zhang.notes  # a birthday without a year is kept as text


def test_google_current(db: Database) -> None:
    people = _imported(db, "google.csv")
    wang = people["王芳"]  # family name first, phonetic columns ignored
    assert (wang.company, wang.title) == ("广州鑫源贸易有限公司", "经理")
    assert wang.phones == ["139 1234 5678", "020-3888 0000 转 8"]
    assert wang.address == "天河区中山大道2号广州市广东省中国"
    assert wang.tags == ["批发"] and wang.birthday == dt.date(1985, 11, 2)
    tom = people["Tom A. Baker"]  # first, middle and last joined; the nickname is not the name
    assert tom.emails == ["tom.baker@example.com"] and tom.birthday is None
    assert "--07-12" in tom.notes


def test_outlook_english_gbk(db: Database) -> None:
    people = _imported(db, "outlook.csv")
    david = people["David Clarke"]
    assert (david.company, david.title) == ("Clarke & Sons", "Director")  # "Title" is Mr./Ms.
    # the business phone and mobile; not the assistant's phone or the fax
    assert david.phones == ["0113 496 0500 x204", "07700 900456"]
    assert david.emails == ["david@clarke.example"]  # not the type or the display name
    assert david.address == "4 Briggate, Leeds, LS1 5AA, United Kingdom"
    assert david.birthday is None  # Outlook's 0/0/00
    assert david.tags == ["Suppliers", "Trade"]
    assert "ACC-1" not in david.notes and "Mr." not in david.notes
    assert people["Emma Wilson"].birthday == dt.date(1980, 7, 14)  # 7/14/1980


def test_outlook_chinese_headers(db: Database) -> None:
    li = _imported(db, "outlook_zh.csv")["李强"]
    assert (li.company, li.title) == ("东莞恒达五金有限公司", "总经理")
    assert li.phones == ["0769-2233 4455 转 801", "+86 137 0013 7000"]
    assert li.emails == ["liqiang@example.cn"]
    assert li.address == "南城区3号东莞市广东省"
    assert li.birthday == dt.date(1975, 3, 8) and li.tags == ["供应商"]


def test_thunderbird(db: Database) -> None:
    people = _imported(db, "thunderbird.csv")
    olivia = people["Olivia Brown"]
    assert olivia.emails == ["olivia@brown.example", "liv@example.org"]
    assert olivia.phones == ["0113 496 0100", "07700 900111"]  # not the fax
    assert olivia.address == "1 Park Row, Flat 3, Leeds, LS1 2AB, UK"
    assert (olivia.company, olivia.title) == ("Brown Retail", "Buyer")
    assert olivia.birthday == dt.date(1990, 4, 22)  # Birth Year / Month / Day
    assert "Department: Purchasing" in olivia.notes
    assert "--12-01" in people["Jack Smith"].notes


def test_linkedin_with_its_preamble(db: Database) -> None:
    people = _imported(db, "linkedin_connections.csv")
    assert (people["Amelia Khan"].company, people["Amelia Khan"].title) == (
        "Khan Textiles",
        "Head of Sales",
    )
    assert people["Amelia Khan"].emails == ["amelia@khan.example"]
    assert people["黄晓明"].company == "深圳明达科技"


def test_salesforce_api_names(db: Database) -> None:
    grace = _imported(db, "salesforce_contacts.csv")["Grace Turner"]
    assert grace.emails == ["grace@turner.example"]  # IsEmailBounced is not an e-mail
    assert grace.phones == ["(0113) 496-0200", "07700 900222"]
    assert grace.address == "22 Call Lane, Leeds, West Yorkshire, LS1 7BT, United Kingdom"
    assert grace.title == "Procurement Manager" and grace.birthday == dt.date(1982, 9, 30)
    assert grace.company == ""  # AccountId is an ID, never the company
    assert "0015g" not in grace.notes and "Orders monthly" in grace.notes


def test_hubspot(db: Database) -> None:
    harry = _imported(db, "hubspot_contacts.csv")["Harry Patel"]
    assert harry.company == "Patel Foods"  # not the associated company's ID
    assert harry.phones == ["+44 113 496 0300", "07700 900333"]
    assert harry.stage == "prospect"  # "Opportunity"
    assert "Contact owner: Jane Doe" in harry.notes
    assert "9876543210" not in harry.notes
    assert "Marketing contact" not in harry.notes  # a billing flag, not about the person


def test_zoho_account_name_is_the_company(db: Database) -> None:
    sophie = _imported(db, "zoho_contacts.csv")["Sophie Green"]
    assert sophie.company == "Green Garden Centre"
    assert sophie.phones == ["0113 496 0400", "07700 900444"]  # not the assistant's
    assert sophie.birthday == dt.date(1988, 7, 14)  # 14.07.1988
    assert sophie.tags == ["Garden", "VIP"]
    assert "Contact Owner: Li Ming" in sophie.notes


def test_odoo_technical_names(db: Database) -> None:
    zhou = _imported(db, "odoo_contacts.csv")["周杰"]
    assert (zhou.company, zhou.title) == ("佛山宏图家具有限公司", "采购经理")
    assert zhou.phones == ["0757-8222 3333", "+86 135 0013 5000"]
    assert zhou.address == "禅城区季华路5号, 佛山市, 广东 (CN), 528000, China"
    assert zhou.tags == ["家具", "批发"] and "季度对账" in zhou.notes
    assert "base.main_company" not in zhou.notes + zhou.company


def test_wecom(db: Database) -> None:
    chen = _imported(db, "wecom_customers.csv")["陈晨"]
    assert chen.company == "中山恒通五金" and chen.phones == ["13600136000"]
    assert chen.tags == ["五金", "重要客户"]
    assert "添加人: 王小二" in chen.notes and "老客户介绍" in chen.notes
    assert "微信" not in chen.tags  # the customer type is not a value


def test_dingtalk_company_and_person(db: Database) -> None:
    zhao = _imported(db, "dingtalk_customers.csv")["赵丽"]
    assert zhao.company == "珠海海纳电子有限公司"
    assert zhao.phones == ["13500135000", "0756-3322 1100 分机 23"]
    assert "负责人: 孙经理" in zhao.notes and "客户级别: A级" in zhao.notes


def test_the_usual_chinese_sheet(db: Database) -> None:
    people = _imported(db, "chinese_sheet.csv")
    lin = people["林海"]
    assert lin.company == "汕头澄海玩具厂"
    assert lin.phones == ["+86 754 8588 1234", "0086 138 2222 3333", "0754-8588 1235"]
    assert (lin.wechat, lin.qq) == ("linhai_toys", "12345678")  # a QQ in the QQ/E-mail column
    assert lin.emails == [] and lin.birthday == dt.date(1978, 6, 1)
    assert "负责人: 张三" in lin.notes and "客户来源: 阿里巴巴" in lin.notes
    jiale = people["惠州佳乐电器"]  # no person: the company names the customer
    assert (jiale.company, jiale.emails) == ("惠州佳乐电器", ["jiale@example.cn"])


def test_any_written_form_of_a_stored_number_finds_it(db: Database) -> None:
    _imported(db, "chinese_sheet.csv")
    for query in ("+86 754 8588 1234", "0754-8588 1234", "0086 754 85881234", "13822223333"):
        assert [r.name for r in list_customers(db, search=query)] == ["林海"], query


def test_a_north_american_number_is_one_number_to_search_and_duplicates(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(
        "Name,Phone\nJean Tremblay,418-656-9254\nMarc Roy,tel:+1-418-656-9300;ext=102\n",
        encoding="utf-8",
    )
    import_customers(db, source)
    for query in ("418-656-9254", "+1 418 656 9254", "001 418 656 9254", "4186569254"):
        assert [r.name for r in list_customers(db, search=query)] == ["Jean Tremblay"], query
    assert [r.name for r in list_customers(db, search="+1 418 656 9300")] == ["Marc Roy"]
    again = CustomerInput(name="J. T.", phones=["001 418 656 9254"])
    assert [m.name for m in find_duplicates_for(db, again)] == ["Jean Tremblay"]
    # a second import of the same person written with the country code is a duplicate
    other = tmp_path / "other.csv"
    other.write_text("Name,Phone\nJ Tremblay,+1 (418) 656-9254\n", encoding="utf-8")
    assert import_customers(db, other).new == 0


def test_short_service_numbers_are_phones_not_notes(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "services.csv"
    source.write_text(
        "名称,电话\n报警,110\n工商银行,95588\n中国移动,10086\n海尔客服,400-699-9999\n",
        encoding="utf-8",
    )
    people = _imported(db, source.name, source.parent)
    assert {n: p.phones for n, p in people.items()} == {
        "报警": ["110"], "工商银行": ["95588"], "中国移动": ["10086"], "海尔客服": ["400-699-9999"],
    }  # fmt: skip
    assert all(p.notes == "" for p in people.values())
