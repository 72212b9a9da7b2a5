"""The Budget planner screen: the list of plans and everything started from it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.scenarios import compare_plans
from crmdesk.domain.planning.sensitivity import analyse_sensitivity
from crmdesk.services.demo.sample_plan import sample_plan
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.services.planning.files import load_plan_file
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner import PlannerScreen
from crmdesk.ui.planner.compare import CompareDialog
from crmdesk.ui.planner.plan_model import PlanListModel
from crmdesk.ui.planner.recovery import offer_drafts
from crmdesk.ui.planner.sensitivity import SensitivityDialog
from crmdesk.ui.planner.wizard.page_ids import PageId
from crmdesk.ui.widgets.numbers import whole_money as format_money
from crmdesk.ui.widgets.table import ObjectRole
from tests.gui.planner.conftest import answer_next_message_box, close_quietly, field, type_into
from tests.helpers import DATA

EXAMPLE = DATA / "plans" / "contract_example.json"


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> PlannerScreen:
    widget = PlannerScreen(ctx)
    qtbot.addWidget(widget, before_close_func=_close_wizard)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _close_wizard(screen: PlannerScreen) -> None:
    if screen.wizard is not None:
        close_quietly(screen.wizard)


def saved_sample(ctx: AppContext, name: str = "") -> int:
    plan, form = sample_plan()
    if name:
        form.set("scope.name", name)
        plan = replace(plan, name=name)
    return plans.save_plan(ctx.db, plan, form=form)


def click(qtbot: QtBot, screen: PlannerScreen, name: str) -> None:
    button = screen.findChild(QAbstractButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_model_passes_qtmodeltester(qtmodeltester, ctx: AppContext) -> None:
    saved_sample(ctx)
    plans.save_plan(ctx.db, load_plan_file(EXAMPLE))
    model = PlanListModel()
    model.set_records(plans.list_plans(ctx.db))
    qtmodeltester.check(model)
    assert model.index(0, model.column_index("payback")).data() != ""


def test_an_empty_list_invites_a_first_plan(qtbot: QtBot, screen: PlannerScreen) -> None:
    assert screen.pages.currentIndex() == 1
    assert "No budget plans yet" in screen.empty_label.text()
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.wizard is not None and screen.wizard.currentId() == PageId.SCOPE


def test_the_list_shows_engine_figures_and_sorts_by_value(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    saved_sample(ctx)
    plans.save_plan(ctx.db, load_plan_file(EXAMPLE))
    screen.reload()
    assert screen.proxy.rowCount() == 2
    npv_column = screen.model.column_index("npv")
    screen.view.sortByColumn(npv_column, Qt.SortOrder.AscendingOrder)
    npvs = [screen.proxy.index(r, 0).data(ObjectRole).npv for r in range(2)]
    assert npvs == sorted(npvs)
    example = compute_metrics(load_plan_file(EXAMPLE)).base.npv
    texts = [screen.proxy.index(r, npv_column).data() for r in range(2)]
    assert format_money(example, "CNY") in texts


def test_edit_opens_at_the_summary_with_every_page_reachable(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    plan_id = saved_sample(ctx)
    screen.reload()
    screen.select_plan(plan_id)
    click(qtbot, screen, "edit_plan")
    wizard = screen.wizard
    assert wizard is not None and wizard.currentId() == PageId.SUMMARY
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.CUSTOMISATION))
    assert wizard.currentId() == PageId.CUSTOMISATION
    assert field(wizard, "custom.development.days").text() == "10"  # the driver, not only 15,000
    type_into(qtbot, wizard, "custom.development.days", "12")
    wizard.jump_to(PageId.SUMMARY)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    stored = plans.load_plan(ctx.db, plan_id)
    development = next(c for c in stored.plan.costs if c.sub_item == "development")
    assert development.amount == 12 * 1500
    assert len(plans.list_plans(ctx.db)) == 1  # edited in place, not copied


def test_duplicate_then_delete_with_undo_and_restore(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    plan_id = saved_sample(ctx)
    screen.reload()
    screen.select_plan(plan_id)
    click(qtbot, screen, "duplicate_plan")
    names = sorted(p.name for p in plans.list_plans(ctx.db))
    assert names[0].startswith("Copy of ")
    screen.select_plan(plan_id)
    click(qtbot, screen, "delete_plan")
    assert [p.id for p in plans.list_plans(ctx.db, deleted=True)] == [plan_id]
    assert screen.undo_bar.isVisible() and "Moved to deleted plans" in screen.undo_label.text()
    click(qtbot, screen, "undo_delete")
    assert plans.list_plans(ctx.db, deleted=True) == []
    screen.select_plan(plan_id)
    click(qtbot, screen, "delete_plan")
    click(qtbot, screen, "show_deleted")
    assert screen.proxy.rowCount() == 1 and screen.delete_button.text() == "Restore"
    screen.view.selectRow(0)
    click(qtbot, screen, "delete_plan")
    assert plans.list_plans(ctx.db, deleted=True) == []


def test_compare_two_plans_side_by_side_with_a_baseline(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    first = saved_sample(ctx)
    second = plans.save_plan(ctx.db, load_plan_file(EXAMPLE))
    screen.reload()
    screen.view.selectAll()
    click(qtbot, screen, "compare_plans")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog))
    qtbot.addWidget(dialog)
    loaded = [plans.load_plan(ctx.db, i).plan for i in (first, second)]
    shown = dialog.plans
    expected = compare_plans(shown)
    assert {p.name for p in shown} == {p.name for p in loaded}
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == [p.name for p in shown]
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    # the assumptions block comes first, so the figures are read like for like
    assert labels[:5] == [
        "Discount rate",
        "Horizon (years)",
        "Users",
        "Risk adjustment: benefits lower by",
        "Risk adjustment: costs higher by",
    ]
    npv_row = labels.index("NPV")
    for column, metrics in enumerate(expected.metrics):
        assert table.item(npv_row, column).text() == format_money(metrics.base.npv, "CNY")
        assert table.item(1, column).text() == str(metrics.plan.horizon_years)
    assert dialog.chart is not None and dialog.chart.objectName() == "compareChart"
    assert dialog.chart.value_title == "CNY"  # the money axis names its unit
    assert [s.name for s in dialog.chart.series] == [p.name for p in shown]
    assert "Year 1" in dialog.chart.hover_text(1)
    qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert len(dialog.plans) == 3 and dialog.baseline_combo.currentData() == 2
    # one incremental column per plan other than the baseline ("Do nothing", the third)
    incremental = dialog.incremental
    assert incremental.isVisible() and dialog.incremental_title.text() == "Against Do nothing"
    heads = [incremental.horizontalHeaderItem(c).text() for c in range(incremental.columnCount())]
    assert heads == [p.name for p in dialog.plans[:2]]
    rows = [incremental.verticalHeaderItem(r).text() for r in range(incremental.rowCount())]
    assert rows[:3] == ["Δ NPV", "Δ total cost of ownership", "Δ total benefits"]
    with_baseline = compare_plans(dialog.plans, 2)
    for column in range(2):
        case = with_baseline.incremental[column]
        assert case is not None
        assert incremental.item(0, column).text() == format_money(case.npv, "CNY")
        assert incremental.item(1, column).text() == format_money(case.total_costs, "CNY")
        assert incremental.item(2, column).text() == format_money(case.total_benefits, "CNY")
    dialog.baseline_combo.setCurrentIndex(0)  # "None": no incremental columns
    assert not incremental.isVisible()
    assert not dialog.nothing_button.isEnabled() or len(dialog.plans) < 4


def test_sensitivity_shows_every_driver_of_the_engine(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    plan_id = saved_sample(ctx)
    screen.reload()
    screen.select_plan(plan_id)
    click(qtbot, screen, "sensitivity")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SensitivityDialog))
    qtbot.addWidget(dialog)
    analysis = analyse_sensitivity(plans.load_plan(ctx.db, plan_id).plan)
    table = dialog.findChild(QTableWidget, "sensitivityTable")
    assert table.rowCount() == len(analysis.results)
    top = analysis.results[0]
    assert table.item(0, 0).text() == top.title.message  # the driver and its range
    assert table.item(0, 2).text() == format_money(top.npv_low, "CNY")
    assert dialog.chart.objectName() == "tornadoChart"
    assert dialog.chart.x_title == "NPV (CNY)"
    assert [row.label for row in dialog.chart.rows] == [r.title.message for r in analysis.results]
    # every percentage has 2 decimals: the range in the title and the low/high factors
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in (0, 1, 3)]
    shown = [m for text in cells for m in re.findall(r"[\d.]+%", text)]
    assert shown and all(re.fullmatch(r"\d+\.\d{2}%", m) for m in shown), shown
    assert "±20.00%" in " ".join(cells)


def test_open_and_save_plan_files(
    qtbot: QtBot,
    ctx: AppContext,
    screen: PlannerScreen,
    monkeypatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    click(qtbot, screen, "open_file")
    wizard = screen.wizard
    assert wizard is not None and wizard.currentId() == PageId.SUMMARY
    assert wizard.state.dirty  # not in the database until saved
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    [summary] = plans.list_plans(ctx.db)
    assert summary.name == "Sales team CRM 2027"
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen.select_plan(summary.id)
    click(qtbot, screen, "save_file")
    assert load_plan_file(target) == plans.load_plan(ctx.db, summary.id).plan


def test_a_bad_plan_file_is_explained(
    qtbot: QtBot,
    screen: PlannerScreen,
    monkeypatch,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "crmdesk-plan"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    click(qtbot, screen, "open_file")
    assert messages and "bad.json" in messages[0] and "version" in messages[0]
    assert screen.wizard is None


def test_a_draft_left_by_a_crash_is_offered_and_recovered(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    from crmdesk.domain.planning.form.model import PlanForm

    form = PlanForm()
    form.values.update({"scope.name": "After the power cut", "scope.users": "6x"})
    plan_drafts.save_draft(ctx.data_dir.drafts, plan_drafts.new_draft_id(), form)
    ctx.events.navigate.connect(lambda _key, argument: screen.activated(argument))
    seen = answer_next_message_box("Recover")
    offer_drafts(screen, ctx)
    assert seen == ["CRMDesk found a budget plan you were working on that was not saved."]
    wizard = screen.wizard
    assert wizard is not None
    wizard.jump_to(PageId.SCOPE)
    assert field(wizard, "scope.name").text() == "After the power cut"
    assert field(wizard, "scope.users").text() == "6x"  # exactly as typed
    assert wizard.currentPage().binder.widgets["scope.users"].property("invalid") is True


def test_the_start_looks_for_drafts_off_the_gui_thread_then_offers_them(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from crmdesk.app import Application
    from crmdesk.domain.planning.form.model import PlanForm
    from crmdesk.ui.planner import recovery

    readers: list[threading.Thread] = []
    offered: list[tuple[object, list[str]]] = []
    real = plan_drafts.list_drafts

    def spy(folder: Path) -> list[plan_drafts.Draft]:
        readers.append(threading.current_thread())
        return real(folder)

    monkeypatch.setattr(plan_drafts, "list_drafts", spy)
    monkeypatch.setattr(
        recovery,
        "offer_drafts",
        lambda parent, _ctx, drafts=None: offered.append((parent, [d.name for d in drafts or []])),
    )
    window = QWidget()
    qtbot.addWidget(window)
    # the two attributes look_for_drafts uses, without a second language and database set up
    application = Application.__new__(Application)
    application.ctx, application.window = ctx, window
    application.look_for_drafts()  # no drafts: nothing is offered
    qtbot.waitUntil(lambda: len(readers) == 1)
    ctx.tasks.wait_all()
    qtbot.wait(50)
    assert offered == []
    form = PlanForm()
    form.values["scope.name"] = "订货系统"
    plan_drafts.save_draft(ctx.data_dir.drafts, plan_drafts.new_draft_id(), form)
    application.look_for_drafts()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [(window, ["订货系统"])]
    assert threading.main_thread() not in readers


def test_a_discarded_draft_is_gone(qtbot: QtBot, ctx: AppContext) -> None:
    from crmdesk.domain.planning.form.model import PlanForm

    plan_drafts.save_draft(ctx.data_dir.drafts, plan_drafts.new_draft_id(), PlanForm())
    answer_next_message_box("Discard")
    offer_drafts(None, ctx)
    assert plan_drafts.list_drafts(ctx.data_dir.drafts) == []


def test_closing_the_app_asks_the_open_wizard(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    screen.new_item()
    wizard = screen.wizard
    assert wizard is not None
    type_into(qtbot, wizard, "scope.name", "Not yet saved")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    assert screen.maybe_close() is False and wizard.isVisible()
    answer_next_message_box(QMessageBox.StandardButton.Discard)
    assert screen.maybe_close() is True


def test_print_opens_the_budget_report_preview(
    qtbot: QtBot,
    ctx: AppContext,
    screen: PlannerScreen,
    monkeypatch,
) -> None:
    import crmdesk.ui.reports as reports

    asked: list[str] = []
    monkeypatch.setattr(
        reports, "preview_budget_report", lambda parent, c, plan, **k: asked.append(plan.name)
    )
    plan_id = saved_sample(ctx)
    screen.reload()
    screen.select_plan(plan_id)
    click(qtbot, screen, "print_plan")
    screen.edit_selected()
    wizard = screen.wizard
    assert wizard is not None
    print_button = wizard.currentPage().findChild(QPushButton, "print_button")
    assert print_button is not None and print_button.isVisible()
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    name = plans.load_plan(ctx.db, plan_id).plan.name
    assert asked == [name, name]


def test_the_dashboard_plan_card_selects_that_plan(
    qtbot: QtBot, ctx: AppContext, screen: PlannerScreen
) -> None:
    for name in ("First", "Second", "Third"):
        plan_id = saved_sample(ctx, name)
        if name == "Second":
            wanted = plan_id
    screen.activated(wanted)
    rows = screen.view.selectionModel().selectedRows()
    assert [screen.proxy.data(r, ObjectRole).id for r in rows] == [wanted]
