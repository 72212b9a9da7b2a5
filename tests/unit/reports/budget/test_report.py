"""The budget report: figures match the engine, text survives exactly, layout grows and fits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BudgetPlan
from crmdesk.reports.budget.report import build_budget_report
from crmdesk.reports.formats import signed
from crmdesk.reports.output import ReportError
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS, flat, fonts, page_count, page_sizes, pdf_text
from tests.unit.reports.conftest import plan_files

pytestmark = pytest.mark.usefixtures("embedded_font")


def _build(plan: BudgetPlan, lang: str = "en", **kwargs: object) -> bytes:
    return build_budget_report(plan, lang=lang, generated=dt.date(2027, 3, 12), **kwargs)


@pytest.mark.parametrize("path", plan_files(), ids=lambda p: p.stem)
def test_every_headline_figure_and_cash_flow_comes_from_the_engine(path: Path, english: str):
    plan = load_plan_file(path)
    metrics = compute_metrics(plan)
    base = metrics.base
    text = flat(pdf_text(_build(plan)))
    currency = plan.currency
    for amount in (base.npv, base.total_costs, base.total_benefits, base.pv_costs):
        assert signed(format_money(amount, currency)) in text
    if base.irr.value is not None:
        assert signed(format_percent(base.irr.value)) in text
    if base.payback.years is not None:
        assert f"{base.payback.years:.2f} years" in text
    for row in base.table.rows:
        # the cash-flow table prints every year's net and cumulative figure, in cents
        assert signed(format_money(row.net)) in text
        assert signed(format_money(row.cumulative)) in text
        assert signed(format_money(row.discounted_cumulative)) in text
    if metrics.risk_adjusted is not None:
        assert signed(format_money(metrics.risk_adjusted.npv, currency)) in text
    for check in metrics.checks:
        assert check.title in text


def test_the_contract_example_prints_the_npv_the_cli_prints(english: str):
    from crmdesk.domain.planning.metrics import metrics_to_json

    plan = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    npv = Decimal(metrics_to_json(compute_metrics(plan))["npv"])
    assert f"¥{npv:,.2f}" in pdf_text(_build(plan))


def test_awkward_and_chinese_names_come_out_exactly_as_typed(english: str):
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    plan = dataclasses.replace(
        plan,
        name="A & B <Ltd> 培训 & 实施 <一期>",
        company_name="Smith & Sons <Holdings> “引号” 100% {braces}",
    )
    text = pdf_text(_build(plan))
    assert "A & B <Ltd> 培训 & 实施 <一期>" in text
    assert "Smith & Sons <Holdings> “引号” 100% {braces}" in text
    # item labels and user-written risks are user strings too
    assert "Clean & dedupe 6,000 customer records" in flat(text)
    assert "Key salesperson leaves during rollout" in flat(text)


def test_chinese_plan_keeps_every_character(english: str):
    plan = load_plan_file(REPORT_PLANS / "chinese_zh.json")
    text = flat(pdf_text(_build(plan)))
    for label in (
        "培训 & 实施 <一期> 客户管理系统预算",
        "上海示例贸易有限公司",
        "销售人员不愿意录入数据",
        "报价来自供应商三月份的报价单。",
    ):
        assert label in text


def test_the_chinese_report_has_chinese_headings_and_dates(chinese: str):
    plan = load_plan_file(REPORT_PLANS / "chinese_zh.json")
    text = flat(pdf_text(_build(plan, lang=chinese)))
    for heading in ("净现值", "内部收益率", "投资回收期", "现金流", "风险与应对措施", "附录"):
        assert heading in text
    assert "2027-03-12" in text  # ISO dates in both languages, as on screen
    assert "Net present value" not in text
    assert signed(format_money(compute_metrics(plan).base.npv, "CNY")) in text


def test_a_long_plan_takes_more_pages_and_loses_no_label(english: str):
    short = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    long = load_plan_file(REPORT_PLANS / "long_10y.json")
    short_pdf, long_pdf = _build(short), _build(long)
    assert page_count(long_pdf) > page_count(short_pdf) + 3
    text = flat(pdf_text(long_pdf))
    for item in long.costs:
        # wrapped labels come back with line breaks as spaces; every word is there
        assert flat(item.label) in text
    # eleven year columns do not fit one table: they are split into groups of years
    assert "Years 0–" in text and ", and totals" in text


def test_every_font_is_embedded(english: str):
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    used = fonts(_build(plan))
    assert used
    assert all(used.values()), used
    assert not any("Helvetica" in name for name in used)


def test_letter_paper_and_a4(english: str):
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    assert set(page_sizes(_build(plan, paper="Letter"))) == {(612.0, 792.0)}
    width, height = page_sizes(_build(plan))[0]
    assert (round(width), round(height)) == (595, 842)
    with pytest.raises(ReportError, match="Legal"):
        _build(plan, paper="Legal")


def test_header_and_footer_number_the_pages(english: str):
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    pdf = _build(plan)
    pages = page_count(pdf)
    text = pdf_text(pdf)
    assert f"Page {pages} of {pages}" in text
    assert "Generated on 2027-03-12 with CRMDesk" in text
    assert "A & B <Ltd> Trading Co. · CRM budget plan" in text


def test_scenario_comparison_and_sensitivity_when_given(english: str):
    from crmdesk.domain.planning.scenarios import compare_plans

    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    other = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    with_both = flat(pdf_text(_build(plan, comparison=compare_plans([plan, other]))))
    assert "Scenario comparison" in with_both and other.name in with_both
    assert "Sensitivity" in with_both and "Discount rate" in with_both
    without = flat(pdf_text(_build(plan, sensitivity=False)))
    assert "Scenario comparison" not in without
    assert "Where NPV is zero" not in without


def test_writing_to_a_file_is_atomic(tmp_path: Path, english: str, monkeypatch):
    plan = load_plan_file(REPORT_PLANS / "full_en.json")
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the previous report")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ReportError, match=r"plan\.pdf.*disk is full"):
        build_budget_report(plan, target)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temp file left behind
    monkeypatch.undo()
    pdf = build_budget_report(plan, target)
    assert target.read_bytes() == pdf


def test_a_missing_folder_is_named_in_the_error(tmp_path: Path, english: str):
    plan = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    with pytest.raises(ReportError, match="folder does not exist"):
        build_budget_report(plan, tmp_path / "missing" / "plan.pdf")


def test_progress_is_reported_and_can_cancel(english: str):
    from crmdesk.domain.errors import Cancelled

    plan = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    seen: list[tuple[int, int]] = []
    _build(plan, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        _build(plan, progress=cancel)


def test_a_plan_without_benefits_says_it_does_not_pay(english: str):
    plan = load_plan_file(REPORT_PLANS.parent / "plans" / "contract_example.json")
    plan = dataclasses.replace(plan, benefits=(), risk_adjustment=None)
    text = flat(pdf_text(_build(plan)))
    assert "Not viable as planned" in text
    assert "undefined: flows never change sign" in text


def test_in_a_long_plan_no_total_row_starts_a_page(english: str):
    """Every "Total costs" / "Total benefits" row shares its page with rows of its table,
    and every continued part says so."""
    import io
    import re

    from pypdf import PdfReader

    pdf = _build(load_plan_file(REPORT_PLANS / "long_10y.json"), sensitivity=False)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    checked = 0
    for page in pages:
        for label, item in (("Total costs", r"Line \d+:"), ("Total benefits", r"Benefit line")):
            for found in re.finditer(rf"^{label}(?= *\n? *[–\d$])", page, re.MULTILINE):
                checked += 1
                assert re.search(item, page[: found.start()]), page[:300]
    assert checked >= 2  # the costs and the benefits table, in each part of the years
    assert sum("(continued)" in page for page in pages) >= 3
