"""``crmdesk plan wizard [PLAN.json]`` and draft recovery through the main window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.cli import main
from crmdesk.domain.planning.form.from_plan import same_plan
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.paths import DataDir
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.services.planning.files import load_plan_file
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.wizard.dialog import PlanWizard
from crmdesk.ui.planner.wizard.page_ids import PageId
from tests.gui.planner.conftest import answer_next_message_box, close_quietly
from tests.helpers import DATA

EXAMPLE = DATA / "plans" / "contract_example.json"


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch) -> list[PlanWizard]:
    """No global crash hook from a test; the wizard "runs" by pressing Save plan at once."""
    import crmdesk.ui.crash

    monkeypatch.setattr(crmdesk.ui.crash, "install_excepthook", lambda *a, **k: None)
    opened: list[PlanWizard] = []

    def run(wizard: PlanWizard) -> int:
        opened.append(wizard)
        wizard.jump_to(PageId.SUMMARY)
        wizard.accept()
        close_quietly(wizard)
        return 1

    monkeypatch.setattr(PlanWizard, "exec", run)
    return opened


def test_plan_wizard_on_a_file_saves_it_and_writes_it_back(
    qtbot: QtBot, tmp_path: Path, quiet_start: list[PlanWizard], capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "plan.json"
    shutil.copy(EXAMPLE, plan_file)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "plan", "wizard", str(plan_file)]) == 0
    [wizard] = quiet_start
    assert wizard.saved_id is not None
    assert capsys.readouterr().out.strip() == f"saved plan {wizard.saved_id} and {plan_file}"
    db_dir = DataDir(data)
    from crmdesk.services.storage import open_database

    db = open_database(db_dir)
    try:
        stored = plans.load_plan(db, wizard.saved_id).plan
    finally:
        db.dispose()
    assert same_plan(stored, load_plan_file(EXAMPLE))
    assert same_plan(load_plan_file(plan_file), stored)


def test_plan_wizard_on_a_bad_file_exits_2_with_one_line(
    tmp_path: Path, quiet_start: list[PlanWizard], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.json"
    assert main(["--data-dir", str(tmp_path / "d"), "plan", "wizard", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.json" in err and "not found" in err
    assert quiet_start == []


def test_a_draft_is_recovered_into_the_planner_screen_of_the_main_window(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.planner import PlannerScreen
    from crmdesk.ui.planner.recovery import offer_drafts

    form = PlanForm()
    form.values.update({"scope.name": "Half done", "scope.users": "4"})
    plan_drafts.save_draft(ctx.data_dir.drafts, plan_drafts.new_draft_id(), form)
    window = MainWindow(ctx)
    window.closing_without_asking = True
    qtbot.addWidget(window)
    window.show()
    answer_next_message_box("Recover")
    offer_drafts(window, ctx)
    assert window.current_key() == "planner"
    screen = window.screens["planner"]
    assert isinstance(screen, PlannerScreen) and screen.wizard is not None
    assert screen.wizard.state.form.get("scope.name") == "Half done"
    close_quietly(screen.wizard)
