"""`crmdesk plan report PLAN.json -o OUT.pdf [--lang] [--paper] [--compare]`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.planning.scenarios import compare_plans
from crmdesk.reports.formats import signed
from crmdesk.services.planning.files import load_plan_file
from tests.helpers.pdf import REPORT_PLANS, flat, page_sizes, pdf_text

PLAN = REPORT_PLANS / "full_en.json"

pytestmark = pytest.mark.usefixtures("embedded_font")


@pytest.fixture
def data_args(data_dir) -> list[str]:
    return ["--data-dir", str(data_dir.root)]


def test_writes_the_pdf_and_prints_its_path(tmp_path: Path, data_args, capsys, english):
    out = tmp_path / "plan.pdf"
    assert main([*data_args, "plan", "report", str(PLAN), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "Sales & service CRM <phase 1>" in pdf_text(out.read_bytes())
    # the cover states the funding need: year 0's outlay is the deepest point of this plan
    first_page = flat(pdf_text(out.read_bytes())).split("Rule-of-thumb checks")[0]
    assert "Funding need: ¥83,710.00, the deepest point of the cumulative cash flow" in first_page


def test_language_and_paper_options(tmp_path: Path, data_args, chinese):
    # the command installs translators itself, from the .qm the fixture points to
    out = tmp_path / "plan.pdf"
    args = [*data_args, "plan", "report", str(PLAN), "-o", str(out)]
    assert main([*args, "--lang", "zh_CN", "--paper", "Letter"]) == 0
    pdf = out.read_bytes()
    assert "净现值" in pdf_text(pdf)
    assert page_sizes(pdf)[0] == (612.0, 792.0)


def test_language_and_paper_default_to_the_settings(tmp_path: Path, data_dir, data_args, english):
    from crmdesk import settings

    options = settings.Settings(data_dir.settings_file)
    options.set(settings.REPORT_PAPER, "Letter")
    options.set(settings.LANGUAGE, "en")
    options.sync()
    out = tmp_path / "plan.pdf"
    assert main([*data_args, "plan", "report", str(PLAN), "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert page_sizes(pdf)[0] == (612.0, 792.0)
    assert "Net present value" in pdf_text(pdf)


def test_compare_adds_the_scenario_table(tmp_path: Path, data_args, english):
    other = REPORT_PLANS.parent / "plans" / "contract_example.json"
    out = tmp_path / "plan.pdf"
    args = [*data_args, "plan", "report", str(PLAN), "-o", str(out), "--compare", str(other)]
    assert main(args) == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "Scenario comparison" in text and "Sales team CRM 2027" in text
    assert "Discount rate" in text and "Equivalent annual value" in text


def test_baseline_adds_the_figures_against_it(tmp_path: Path, data_args, english):
    other = REPORT_PLANS.parent / "plans" / "contract_example.json"
    out = tmp_path / "plan.pdf"
    args = [*data_args, "plan", "report", str(PLAN), "-o", str(out), "--compare", str(other)]
    assert main([*args, "--baseline", "2"]) == 0
    text = flat(pdf_text(out.read_bytes()))
    # one incremental column (the report's plan) against the baseline (the compared plan)
    comparison = compare_plans([load_plan_file(PLAN), load_plan_file(other)], baseline=1)
    case = comparison.incremental[0]
    assert case is not None
    assert "Against Sales team CRM 2027" in text
    for label in ("Δ NPV", "Δ total cost of ownership", "Δ total benefits", "Incremental IRR"):
        assert label in text
    for amount in (case.npv, case.total_costs, case.total_benefits):
        assert signed(format_money(amount, "CNY")) in text
    if case.irr.value is not None:
        assert signed(format_percent(case.irr.value)) in text
    assert main([*args, "--baseline", "do-nothing"]) == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "Against Do nothing" in text and "Δ NPV" in text
    assert main([*args, "--baseline", str(other)]) == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--baseline", "1"], "--baseline: needs --compare"),
        (["--compare", "OTHER", "--baseline", "3"], "--baseline: give a position from 1 to 2"),
        (["--compare", "OTHER", "--baseline", "x.json"], "is not one of the plans compared"),
    ],
)
def test_a_bad_baseline_exits_2_naming_the_option(
    tmp_path: Path, data_args, capsys, extra: list[str], message: str
):
    other = str(REPORT_PLANS.parent / "plans" / "contract_example.json")
    extra = [other if e == "OTHER" else e for e in extra]
    out = tmp_path / "plan.pdf"
    assert main([*data_args, "plan", "report", str(PLAN), "-o", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("missing/plan.pdf", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_a_bad_output_path_exits_2_with_one_line(
    tmp_path: Path, data_args, capsys, output: str, message: str
):
    target = tmp_path / output
    assert main([*data_args, "plan", "report", str(PLAN), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and str(target) in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unwritable_file_exits_2(tmp_path: Path, data_args, capsys, monkeypatch, english):
    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "plan.pdf"
    assert main([*data_args, "plan", "report", str(PLAN), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "plan.pdf" in err and "open in another program" in err
    assert err.count("\n") == 1
    assert list(folder.iterdir()) == []  # no PDF, no temporary file


def test_a_bad_plan_file_exits_2(tmp_path: Path, data_args, capsys):
    bad = REPORT_PLANS.parent / "plans" / "bad_year.json"
    assert main([*data_args, "plan", "report", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "costs[2].year" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
