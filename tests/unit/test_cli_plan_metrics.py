"""`crmdesk plan metrics PLAN.json [--json]`: the contract as scripts see it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.cli import main
from tests.helpers import DATA

PLANS = DATA / "plans"
GOOD = ["contract_example", "domain_example", "two_irrs", "dips_again", "never_pays_back"]


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "plan", "metrics", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", GOOD)
def test_json_output_has_the_contract_keys(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    code, out, err = run(capsys, tmp_path, str(PLANS / f"{name}.json"), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    for key in ("npv", "pv_benefits", "pv_costs", "total_costs", "total_benefits"):
        assert isinstance(data[key], str) and data[key].split(".")[1].isdigit()
        assert len(data[key].split(".")[1]) == 2
    for key in ("bcr", "roi_simple", "roi_discounted", "irr", "mirr"):
        assert data[key] is None or isinstance(data[key], float)
    for key in ("payback_years", "discounted_payback_years"):
        assert data[key] is None or isinstance(data[key], float)
    assert isinstance(data["irr_note"], str)
    assert all(
        set(row) >= {"year", "costs", "benefits", "net", "cumulative"} for row in data["cash_flows"]
    )
    assert all(set(c) == {"id", "passed", "message"} for c in data["checks"])


def test_json_figures_of_the_worked_examples(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = run(capsys, tmp_path, str(PLANS / "domain_example.json"), "--json")
    data = json.loads(out)
    assert (data["pv_costs"], data["break_even_annual_benefit"]) == ("1682341.62", "443797.48")
    _, out, _ = run(capsys, tmp_path, str(PLANS / "two_irrs.json"), "--json")
    assert json.loads(out)["irr_note"] == "multiple: 10.0000%, 20.0000%"
    _, out, _ = run(capsys, tmp_path, str(PLANS / "dips_again.json"), "--json")
    data = json.loads(out)
    assert data["payback_years"] == 1.67 and data["payback_final_years"] == 3.83
    _, out, _ = run(capsys, tmp_path, str(PLANS / "never_pays_back.json"), "--json")
    data = json.loads(out)
    assert data["payback_years"] is None
    assert data["payback_note"] == "Not paid back within the 3-year horizon."
    assert "risk_adjusted" not in data


def test_readable_table_by_default(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path, str(PLANS / "contract_example.json"))
    assert code == 0
    assert "NPV" in out and "¥103,220.17" in out
    assert "Risk-adjusted" in out and "[FAIL] Payback within 12 months" in out
    assert "   1  20,520.00  60,000.00   39,480.00" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "file not found"),
        ((PLANS / "bad_year.json").read_text(), "costs[2].year: must be between 0 and 3"),
        ("{", "is not valid JSON"),
        ('{"format": "crmdesk-plan", "version": 9}', "version: version 9 is not supported"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_file_and_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, expected: str
) -> None:
    target = tmp_path / "plan.json"
    if content is not None:
        target.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, tmp_path, str(target), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(target) in err and expected in err


def test_the_installed_command_line_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crmdesk.cli",
            "--data-dir",
            str(tmp_path),
            "plan",
            "metrics",
            str(PLANS / "bad_year.json"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith("costs[2].year: must be between 0 and 3 (the horizon)")
    assert "Traceback" not in result.stderr
