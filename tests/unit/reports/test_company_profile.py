"""Every report prints the business's company profile: name, address, tax ID, phone, e-mail
and logo (issue 18: "the company profile ... is what reports print")."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.domain.company import CompanyProfile
from crmdesk.domain.tickets.work_order import WorkOrderData
from crmdesk.reports.budget.report import build_budget_report
from crmdesk.reports.customers.listing import CustomerListData, CustomerListRow, build_customer_list
from crmdesk.reports.customers.record import CustomerRecordData, build_customer_record
from crmdesk.reports.tickets.work_order import build_work_order
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS, flat, pdf_text

pytestmark = pytest.mark.usefixtures("embedded_font")


def png_logo(width: int = 120, height: int = 40) -> bytes:
    """A small two-colour PNG, made here (Pillow)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (20, 60, 120))
    ImageDraw.Draw(image).rectangle((10, 10, width - 10, height - 10), fill=(240, 180, 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_logo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 30)).save(buffer, format="JPEG")
    return buffer.getvalue()


PROFILES = {
    "en": CompanyProfile(
        name="Pudsey Repairs Ltd",
        address="12 Lowtown, Pudsey, Leeds LS28 7AA",
        tax_id="GB 123 4567 89",
        phone="0113 496 0000",
        email="office@pudsey-repairs.example",
        logo=png_logo(),
    ),
    "zh_CN": CompanyProfile(
        name="上海恒达维修有限公司",
        address="上海市浦东新区世纪大道100号8楼",
        tax_id="91310115MA1K3Y2X0B",
        phone="021-5888 6666",
        email="service@hengda.example.cn",
        logo=jpeg_logo(),
    ),
}
LABELS = {
    "en": ("Tax ID: ", "Phone: ", "E-mail: "),
    "zh_CN": ("税号：", "电话：", "电子邮件："),
}


def images_on_first_page(pdf: bytes) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image drawn on page 1."""
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return [(image.image.width, image.image.height) for image in page.images]


def budget(profile: CompanyProfile) -> bytes:
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    return build_budget_report(
        plan, None, lang="en", sensitivity=False, generated=dt.date(2027, 1, 4), profile=profile
    )


def customer_list(profile: CompanyProfile) -> bytes:
    rows = [CustomerListRow("王小明", "明达贸易", "+86 138 0013 8000")]
    return build_customer_list(CustomerListData(rows, profile=profile))


def customer_record(profile: CompanyProfile) -> bytes:
    return build_customer_record(
        CustomerRecordData(name="王小明", company="明达贸易", phones=("+86 138",), profile=profile)
    )


def work_order(profile: CompanyProfile) -> bytes:
    data = WorkOrderData(
        number="SR-2027-0042",
        subject="Printer jams",
        customer_name="王小明",
        total=Decimal("265"),
        generated=dt.date(2027, 3, 3),
        profile=profile,
    )
    return build_work_order(data)


BUILDERS: dict[str, Callable[[CompanyProfile], bytes]] = {
    "budget": budget,
    "customer list": customer_list,
    "customer record": customer_record,
    "work order": work_order,
}


def _check(pdf: bytes, profile: CompanyProfile, lang: str, logo_size: tuple[int, int]) -> None:
    first_page = flat(pdf_text(pdf)).split("Page 1 of")[0].split("第 1 页")[0]
    text = flat(pdf_text(pdf))
    tax, phone, email = LABELS[lang]
    assert profile.name in text
    assert profile.address in text
    assert f"{tax}{profile.tax_id}" in text
    assert f"{phone}{profile.phone}" in text
    assert f"{email}{profile.email}" in text
    # the letterhead is on the first page
    assert profile.address in first_page
    assert logo_size in images_on_first_page(pdf)


@pytest.mark.parametrize("report", list(BUILDERS))
def test_every_report_prints_the_company_profile_in_english(report: str, english: str) -> None:
    _check(BUILDERS[report](PROFILES["en"]), PROFILES["en"], "en", (120, 40))


@pytest.mark.parametrize("report", list(BUILDERS))
def test_every_report_prints_the_company_profile_in_chinese(report: str, chinese: str) -> None:
    _check(BUILDERS[report](PROFILES["zh_CN"]), PROFILES["zh_CN"], "zh_CN", (64, 64))


@pytest.mark.parametrize("report", list(BUILDERS))
def test_without_a_profile_there_is_no_letterhead(report: str, english: str) -> None:
    pdf = BUILDERS[report](CompanyProfile())
    assert images_on_first_page(pdf) == []
    assert "Tax ID" not in pdf_text(pdf)


def test_a_broken_logo_leaves_the_rest_of_the_profile(english: str) -> None:
    profile = CompanyProfile(name="Pudsey Repairs Ltd", phone="0113 496 0000", logo=b"not an image")
    pdf = work_order(profile)
    assert images_on_first_page(pdf) == []
    assert "Phone: 0113 496 0000" in flat(pdf_text(pdf))


def test_the_budget_approval_block_is_filled_from_the_profile(english: str) -> None:
    profile = PROFILES["en"]
    text = flat(pdf_text(budget(profile)))
    cover = text.split("Rule-of-thumb checks")[1].split("Page 1 of")[0]
    prepared = cover.split("Prepared by")[1].split("Approved by")[0]
    assert profile.name in prepared
    assert profile.phone in prepared
    assert profile.email in prepared


def test_a_profile_with_a_tall_logo_keeps_it_within_the_letterhead(english: str) -> None:
    from pypdf import PdfReader

    pdf = work_order(CompanyProfile(name="Tall", logo=png_logo(50, 400)))
    assert (50, 400) in images_on_first_page(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_cli_reports_print_the_profile_from_the_database(
    tmp_path: Path, data_dir, db, english: str
) -> None:
    from crmdesk import settings
    from crmdesk.cli import main
    from crmdesk.domain.planning.plan import BudgetPlan, CostCategory, CostItem
    from crmdesk.services.business import DatabaseBusinessStore
    from tests.helpers.plans import save_plan

    options = settings.Settings(data_dir.settings_file)
    options.attach_store(DatabaseBusinessStore(lambda: db))
    profile = PROFILES["en"]
    options.set(settings.COMPANY_NAME, profile.name)
    options.set(settings.COMPANY_ADDRESS, profile.address)
    options.set(settings.COMPANY_TAX_ID, profile.tax_id)
    options.set(settings.COMPANY_PHONE, profile.phone)
    options.set(settings.COMPANY_EMAIL, profile.email)
    options.set(settings.COMPANY_LOGO, profile.logo)
    save_plan(
        db,
        BudgetPlan(
            name="Shop CRM",
            horizon_years=3,
            costs=(CostItem.one_off(CostCategory.TRAINING, Decimal(10000)),),
        ),
    )
    args = ["--data-dir", str(data_dir.root), "plan"]
    actual, report = tmp_path / "actual.pdf", tmp_path / "report.pdf"
    assert main([*args, "actual", "Shop CRM", "--as-of", "2026-02-28", "-o", str(actual)]) == 0
    plan_file = REPORT_PLANS / "full_en.json"
    assert main([*args, "report", str(plan_file), "-o", str(report)]) == 0
    for out in (actual, report):
        _check(out.read_bytes(), profile, "en", (120, 40))
