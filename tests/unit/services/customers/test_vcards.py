"""vCards as phones write them: 2.1 quoted-printable (UTF-8 labelled gb2312, GBK), iPhone 3.0,
4.0 with tel: URIs; every value in its field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crmdesk.db.engine import Database
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.services.customers.imports import import_customers
from crmdesk.services.customers.store import get_customer, list_customers
from tests.helpers import DATA

IMPORTS = DATA / "imports"


def _imported(db: Database, name: str) -> dict[str, CustomerInput]:
    report = import_customers(db, IMPORTS / name)
    assert report.invalid == ()
    return {r.name: get_customer(db, r.id).data for r in list_customers(db)}


def test_the_phone_that_wrote_a_vcard_is_named(db: Database) -> None:
    from crmdesk.services.customers.imports import open_import

    iphone = open_import(db, IMPORTS / "iphone_3.0.vcf").profile
    assert iphone is not None and iphone.key == "apple_vcard"
    android = open_import(db, IMPORTS / "android_2.1_qp.vcf").profile
    assert android is not None and android.key == "android_vcard"
    assert open_import(db, IMPORTS / "vcard_4.0_tel_uri.vcf").profile is None


def test_iphone_3_0(db: Database) -> None:
    people = _imported(db, "iphone_3.0.vcf")
    zhang = people["张伟"]
    assert (zhang.company, zhang.title) == ("深圳华强电子有限公司", "采购经理")
    assert zhang.phones == ["+86 138 0013 8000", "0755-8888 0000 转 8"]
    assert zhang.birthday == dt.date(1980, 7, 14)
    # "批发\, 零售": an escaped comma is part of the tag, not a separator
    assert zhang.tags == ["VIP", "批发, 零售"]
    assert (zhang.wechat, zhang.qq) == ("zhangwei_sz", "10001")
    assert "华强北路1号" in zhang.address
    # a card with only an e-mail is named by it, not refused
    assert people["info@onlyemail.example"].emails == ["info@onlyemail.example"]


def test_vcard_4_0_tel_uris_with_extensions(db: Database) -> None:
    lucy = _imported(db, "vcard_4.0_tel_uri.vcf")["Lucy Hall"]
    assert lucy.phones == ["+44-113-496-0700;ext=55", "+44-7700-900555"]
    assert "--07-12" in lucy.notes and lucy.birthday is None
    assert [r.name for r in list_customers(db, search="0113 496 0700")] == ["Lucy Hall"]


def test_android_2_1_quoted_printable_utf8_labelled_gb2312_and_gbk(db: Database) -> None:
    people = _imported(db, "android_2.1_qp.vcf")
    assert sorted(people) == ["李娜", "王强"]  # UTF-8 bytes read as UTF-8, GBK as GBK
    assert people["李娜"].phones == ["139-0013-9000", "020-8765 4321"]
    assert people["李娜"].birthday == dt.date(1985, 3, 2)
    assert [r.name for r in list_customers(db, search="+86 136 0013 6001")] == ["王强"]


def test_one_category_with_an_escaped_comma_is_one_tag_and_a_yearless_birthday_speaks_chinese(
    db: Database, tmp_path: Path
) -> None:
    card = tmp_path / "one.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nTEL:13912345678\r\n"
        "CATEGORIES:批发\\, 零售\r\nBDAY:--07-12\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Hill\r\nTEL:01134960000\r\n"
        "BDAY:--03-05\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    import_customers(db, card)
    people = {r.name: get_customer(db, r.id).data for r in list_customers(db)}
    assert people["王芳"].tags == ["批发, 零售"]
    assert "生日: --07-12" in people["王芳"].notes and "Birthday" not in people["王芳"].notes
    assert "Birthday: --03-05" in people["Tom Hill"].notes
