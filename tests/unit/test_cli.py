"""The command-line contract: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk import __version__
from crmdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_data_then_list_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, "demo-data", "--customers", "25")
    assert code == 0 and "25" in out
    code, out, _ = run(capsys, "--data-dir", d, "customers", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 25
    assert {"id", "name", "company", "phone", "email"} <= set(rows[0])


def test_search_finds_two_character_chinese_names_and_phone_digits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from crmdesk.paths import DataDir
    from crmdesk.services.customers.store import CustomerInput, add_customer
    from crmdesk.services.storage import open_database

    db = open_database(DataDir(tmp_path / "d").ensure())
    add_customer(db, CustomerInput(name="张伟", phones=["+86 138-0013-8000"]))
    add_customer(db, CustomerInput(name="Olivia Smith", phones=["0113 496 0000"]))
    db.dispose()
    d = str(tmp_path / "d")
    for query, expected in (
        ("张伟", ["张伟"]),
        ("13800138000", ["张伟"]),
        ("zw", ["张伟"]),
        ("olivia", ["Olivia Smith"]),
        ("01134960000", ["Olivia Smith"]),
    ):
        code, out, _ = run(
            capsys, "--data-dir", d, "customers", "list", "--search", query, "--json"
        )
        assert code == 0
        assert [r["name"] for r in json.loads(out)] == expected, query


def test_backup_then_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    run(capsys, "--data-dir", d, "demo-data", "--customers", "3")
    target = tmp_path / "b.crmbackup"
    code, _, _ = run(capsys, "--data-dir", d, "backup", "-o", str(target))
    assert code == 0 and target.exists()
    run(capsys, "--data-dir", d, "demo-data", "--customers", "2")
    code, _, _ = run(capsys, "--data-dir", d, "restore", str(target))
    assert code == 0
    _, out, _ = run(capsys, "--data-dir", d, "customers", "list", "--json")
    assert len(json.loads(out)) == 3


def test_restoring_a_bad_file_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "restore", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and str(bad) in err and "Traceback" not in err


def test_a_damaged_database_exits_2_without_a_traceback(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    (d / "crmdesk.db").write_bytes(b"garbage" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "crmdesk.cli", "--data-dir", str(d), "customers", "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not a CRMDesk database" in result.stderr and "Traceback" not in result.stderr
    assert (d / "crmdesk.db").read_bytes() == b"garbage" * 100


def test_data_dir_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRMDESK_DATA_DIR", str(tmp_path / "env"))
    code, _, _ = run(capsys, "demo-data", "--customers", "1")
    assert code == 0 and (tmp_path / "env" / "crmdesk.db").exists()


def test_demo_data_speaks_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(tmp_path / "d")
    code, _, _ = run(capsys, "--data-dir", d, "demo-data", "--customers", "12", "--lang", "zh_CN")
    assert code == 0
    _, out, _ = run(capsys, "--data-dir", d, "customers", "list", "--json")
    names = [r["name"] for r in json.loads(out)]
    assert len(names) == 12 and all("\u4e00" <= n[0] <= "\u9fff" for n in names), names
