"""Driving the budget wizard as an owner would: type, press Next and Back, read the summary."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D  # noqa: N817 - short in worked examples

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from crmdesk.domain.planning import estimates
from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.planning.form.from_plan import form_from_plan, same_plan
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BudgetPlan, CostItem, RiskAdjustment
from crmdesk.domain.planning.risks import default_risks
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.services.spending.actuals import set_go_live
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.text import year_heading
from crmdesk.ui.planner.wizard.dialog import PlanWizard
from crmdesk.ui.planner.wizard.page_ids import PageId
from crmdesk.ui.widgets.numbers import percent
from crmdesk.ui.widgets.numbers import whole_money as format_money
from tests.gui.planner.conftest import (
    MINIMAL,
    answer_next_message_box,
    click_back,
    click_next,
    close_quietly,
    prefill,
    type_into,
)


def expected_plan() -> BudgetPlan:
    """The plan ``type_full_plan`` types, built by hand from the estimates (not the form)."""
    ramp = (D("0.5"),)
    learning, fees = estimates.training(8, D(16), D(75), D(3000))
    return BudgetPlan(
        name="Sales team CRM",
        company_name="Pudsey Bakery",
        users=8,
        deployment_months=4,
        contingency_rate=D("0.10"),
        risk_adjustment=RiskAdjustment(D("0.10"), D("0.10")),
        costs=(
            estimates.subscription(D(120), to_year=5, escalation=D("0.03")),
            estimates.customisation(D(10), D(1500), sub_item="design"),
            CostItem(
                category=CostCategory.DATA_MIGRATION,
                kind=estimates.ItemKind.ONE_OFF,
                amount=D(2500),
                year=0,
                sub_item="cleaning",
            ),
            learning,
            fees,
            CostItem(
                category=CostCategory.MAINTENANCE,
                kind=estimates.ItemKind.ANNUAL,
                amount=D(9000),
                from_year=1,
                to_year=5,
                sub_item="technical_support",
            ),
            CostItem(
                category=CostCategory.PROJECT_MANAGEMENT,
                kind=estimates.ItemKind.ONE_OFF,
                amount=D(4000),
                year=0,
                sub_item="planning",
            ),
        ),
        benefits=(
            estimates.revenue_uplift(D(2000000), D("0.05"), D("0.30"), to_year=5, ramp=ramp),
            estimates.cost_saving(D(3000), to_year=5, sub_item="printing", ramp=ramp),
        ),
        risks=default_risks(),
    )


def type_full_plan(qtbot: QtBot, wizard: PlanWizard) -> None:
    pages = [
        {
            "scope.name": "Sales team CRM",
            "scope.company": "Pudsey Bakery",
            "scope.users": "8",
            "scope.deployment_months": "4",
        },
        {"licence.price": "120", "licence.escalation": "3%"},
        {
            "custom.day_rate": "1,500",
            "custom.design.days": "10",
            "custom.cleaning.amount": "2 500",
        },
        {
            "training.people": "8",
            "training.hours": "16",
            "training.hourly_cost": "75",
            "training.course_fees": "３，０００",
        },
        {"maint.technical_support.yearly": "9000"},
        {"other.planning.once": "¥4,000"},
        {
            "benefits.revenue": "2,000,000",
            "benefits.uplift": "5%",
            "benefits.margin": "30%",
            "benefits.printing.yearly": "3000",
        },
    ]
    for page in pages:
        for key, text in page.items():
            type_into(qtbot, wizard, key, text)
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.SUMMARY


def figure(wizard: PlanWizard, key: str) -> str:
    label = wizard.currentPage().findChild(QLabel, f"figure_{key}")
    assert label is not None
    return label.text()


def test_a_full_plan_typed_page_by_page_shows_the_engines_figures(
    qtbot: QtBot, ctx: AppContext, wizard: PlanWizard
) -> None:
    type_full_plan(qtbot, wizard)
    metrics = compute_metrics(expected_plan())
    base = metrics.base
    assert figure(wizard, "npv") == f"{format_money(base.npv, 'CNY')} at 10%"
    assert figure(wizard, "total_costs") == format_money(base.total_costs, "CNY")
    assert figure(wizard, "total_benefits") == format_money(base.total_benefits, "CNY")
    assert figure(wizard, "risk_adjusted") == format_money(metrics.risk_adjusted.npv, "CNY")
    assert figure(wizard, "irr") == percent(base.irr.value)  # 2 decimals, as Compare and PDF
    assert re.fullmatch(r"\d+\.\d\d%", figure(wizard, "irr"))
    roi = r"\u2212?[\d,]+\.\d\d% simple, \u2212?[\d,]+\.\d\d% discounted"
    assert re.fullmatch(roi, figure(wizard, "roi"))
    assert figure(wizard, "bcr") == f"{base.bcr:.2f}"
    table = wizard.currentPage().findChild(QTableWidget, "cashFlowTable")
    headers = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    total_row = headers.index("Total costs")
    for year, row in enumerate(base.table.rows):
        assert table.item(total_row, year).text() == format_money(row.costs)
    assert table.item(total_row, len(base.table.rows)).text() == format_money(
        base.total_costs, "CNY"
    )
    # each rule check has its mark: this plan pays back late and has benefits under 2x costs
    marks = {c.id: c.passed for c in metrics.checks}
    for check_id, passed in marks.items():
        mark = wizard.currentPage().findChild(QLabel, f"mark_{check_id}")
        assert mark.property("passed") == ("" if passed is None else str(passed).lower())
    assert marks["contingency_present"] is True and marks["business_costs_present"] is True

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.saved_id is not None
    stored = plans.load_plan(ctx.db, wizard.saved_id)
    assert same_plan(stored.plan, expected_plan())
    assert stored.form is not None and stored.form.get("custom.design.days") == "10"
    assert plan_drafts.list_drafts(ctx.data_dir.drafts) == []


def test_next_refuses_empty_and_bad_fields_and_says_why(qtbot: QtBot, wizard: PlanWizard) -> None:
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.SCOPE
    page = wizard.currentPage()
    assert "Plan name: enter a value" in page.banner.text()
    assert "CRM users: enter a value" in page.banner.text()
    name = page.binder.widgets["scope.name"]
    assert name.property("invalid") is True
    type_into(qtbot, wizard, "scope.name", "Trial")
    assert name.property("invalid") is False  # typing clears the mark
    type_into(qtbot, wizard, "scope.users", "2.5")
    type_into(qtbot, wizard, "scope.discount_rate", "10")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.SCOPE
    text = page.banner.text()
    assert "CRM users: must be a whole number" in text
    assert "Discount rate: write a rate as a percentage (10%) or a fraction below 1" in text
    type_into(qtbot, wizard, "scope.users", "3")
    type_into(qtbot, wizard, "scope.discount_rate", "8%")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENCE


def test_labour_rows_refuse_days_and_an_amount_together(qtbot: QtBot, wizard: PlanWizard) -> None:
    prefill(wizard, MINIMAL)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    type_into(qtbot, wizard, "custom.testing.days", "3")
    type_into(qtbot, wizard, "custom.testing.amount", "900")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CUSTOMISATION
    banner = wizard.currentPage().banner.text()
    assert "Testing (unit, integration, stress) (or amount): fill in either person-days" in banner
    type_into(qtbot, wizard, "custom.testing.amount", "")
    click_next(qtbot, wizard)
    banner = wizard.currentPage().banner.text()
    assert "Day rate: enter the day rate to price person-days" in banner
    type_into(qtbot, wizard, "custom.day_rate", "800")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.TRAINING


def test_back_keeps_what_was_typed(qtbot: QtBot, wizard: PlanWizard) -> None:
    type_into(qtbot, wizard, "scope.name", "Keep me")
    type_into(qtbot, wizard, "scope.users", "4")
    click_next(qtbot, wizard)
    type_into(qtbot, wizard, "licence.price", "99")
    type_into(qtbot, wizard, "licence.seats", "3x")  # half typed: kept as it is
    click_back(qtbot, wizard)
    assert wizard.currentId() == PageId.SCOPE
    assert wizard.currentPage().binder.widgets["scope.name"].text() == "Keep me"
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page.binder.widgets["licence.price"].text() == "99.00"
    assert page.binder.widgets["licence.seats"].text() == "3x"


def test_amounts_take_chinese_input_and_show_formatted_money(
    qtbot: QtBot, wizard: PlanWizard
) -> None:
    edit = type_into(qtbot, wizard, "scope.users", "１２")
    assert edit.text() == "12"
    prefill(wizard, {"scope.name": "x"})
    click_next(qtbot, wizard)
    assert type_into(qtbot, wizard, "licence.price", "１２，０００．５").text() == "12,000.50"
    assert type_into(qtbot, wizard, "licence.escalation", "０.０３").text() == "3%"


def test_the_running_total_follows_typing(qtbot: QtBot, wizard: PlanWizard) -> None:
    prefill(wizard, MINIMAL)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    totals = wizard.currentPage().totals
    assert totals.item(0, 0).text() == "0"
    type_into(qtbot, wizard, "custom.development.amount", "5000")
    qtbot.waitUntil(lambda: totals.item(0, 0).text() == "5,000")
    assert totals.item(0, 6).text() == "¥5,000"  # this page, all years
    assert totals.verticalHeaderItem(0).text() == "This page"
    explanation = wizard.currentPage().explanations
    type_into(qtbot, wizard, "custom.day_rate", "1200")
    type_into(qtbot, wizard, "custom.design.days", "2.5")
    qtbot.waitUntil(lambda: totals.item(0, 0).text() == "8,000")
    shown = [label.text() for label in explanation.values() if label.text()]
    assert "2.5 person-days x ¥1,200.00 = ¥3,000.00" in shown


def test_the_page_list_reaches_any_page(qtbot: QtBot, wizard: PlanWizard) -> None:
    prefill(wizard, MINIMAL)
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.SUMMARY))
    assert wizard.currentId() == PageId.SUMMARY
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.TRAINING))
    assert wizard.currentId() == PageId.TRAINING
    prefill(wizard, {"licence.price": ""})
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.LICENCE))
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.BENEFITS))
    assert wizard.currentId() == PageId.LICENCE  # stops where a required field is empty
    assert "Price per user per month: enter a value" in wizard.currentPage().banner.text()


def test_closing_with_changes_asks_and_can_keep_editing(
    qtbot: QtBot, ctx: AppContext, wizard: PlanWizard
) -> None:
    type_into(qtbot, wizard, "scope.name", "Unsaved")
    seen = answer_next_message_box(QMessageBox.StandardButton.Cancel)
    wizard.reject()
    assert seen == ["Save the changes to this plan before closing?"]
    assert wizard.isVisible()
    seen = answer_next_message_box(QMessageBox.StandardButton.Discard)
    wizard.reject()
    assert seen and not wizard.isVisible()
    assert plans.list_plans(ctx.db) == []
    assert plan_drafts.list_drafts(ctx.data_dir.drafts) == []


def test_typing_leaves_a_draft_and_save_from_the_close_question_commits(
    qtbot: QtBot, ctx: AppContext, wizard: PlanWizard
) -> None:
    type_into(qtbot, wizard, "scope.name", "Drafted")
    type_into(qtbot, wizard, "scope.users", "5")
    click_next(qtbot, wizard)  # a page change writes the draft at once
    [draft] = plan_drafts.list_drafts(ctx.data_dir.drafts)
    assert draft.name == "Drafted" and draft.form.get("scope.users") == "5"
    type_into(qtbot, wizard, "licence.price", "50")
    answer_next_message_box(QMessageBox.StandardButton.Save)
    wizard.reject()
    assert [p.name for p in plans.list_plans(ctx.db)] == ["Drafted"]
    assert plan_drafts.list_drafts(ctx.data_dir.drafts) == []


def test_save_refused_while_a_page_has_problems(qtbot: QtBot, wizard: PlanWizard) -> None:
    prefill(wizard, MINIMAL)
    wizard.jump_to(PageId.SUMMARY)
    prefill(wizard, {"maint.upgrades.yearly": "12,34"})
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.saved_id is None
    banner = wizard.currentPage().banner.text()
    assert "Maintenance and operations \u2013 Upgrades (Per year): thousands separators" in banner
    assert not wizard.pages[PageId.MAINTENANCE].built  # named without ever being shown


def test_extra_lines_table_adds_a_line_the_rows_do_not_cover(
    qtbot: QtBot, wizard: PlanWizard
) -> None:
    prefill(wizard, MINIMAL)
    wizard.jump_to(PageId.OTHER)
    page = wizard.currentPage()
    qtbot.mouseClick(page.lines.findChild(QPushButton, "add_line_other"), Qt.MouseButton.LeftButton)
    table = page.lines.table
    table.item(0, 0).setText("Office move")
    table.item(0, 3).setText("7,000")
    table.item(0, 4).setText("1")
    wizard.state.recompute()
    costs = wizard.state.result.plan.costs
    move = next(c for c in costs if c.label == "Office move")
    assert (move.category, move.amount, move.year) == (CostCategory.OTHER, D(7000), 1)
    table.item(0, 4).setText("9")  # after the 5-year horizon
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.OTHER
    assert table.item(0, 4).background().color().name() == "#ffd7d7"


def test_a_plan_without_benefits_says_what_is_missing(qtbot: QtBot, wizard: PlanWizard) -> None:
    prefill(wizard, MINIMAL)  # costs only
    wizard.jump_to(PageId.SUMMARY)
    assert wizard.currentId() == PageId.SUMMARY
    for key in ("irr", "roi"):
        assert figure(wizard, key) == "Add costs and benefits to see the return."
    shown = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert "never change sign" not in shown and "\u2013 simple" not in shown
    table = wizard.currentPage().findChild(QTableWidget, "cashFlowTable")
    assert table.horizontalHeaderItem(0).text() == "At the start\n(year 0)"
    assert table.horizontalHeaderItem(1).text() == "Year 1"


def test_a_plan_that_went_live_heads_its_years_with_calendar_years(
    qtbot: QtBot, ctx: AppContext
) -> None:
    plan_id = plans.save_plan(ctx.db, expected_plan())
    headings: dict[str, list[str]] = {}
    for live in (None, dt.date(2027, 3, 1)):
        set_go_live(ctx.db, plan_id, live)
        w = PlanWizard(ctx, form=form_from_plan(expected_plan()), plan_id=plan_id)
        qtbot.addWidget(w, before_close_func=close_quietly)
        w.show()
        w.jump_to(PageId.SUMMARY)
        table = w.currentPage().findChild(QTableWidget, "cashFlowTable")
        headings[str(live)] = [
            table.horizontalHeaderItem(c).text() for c in range(table.columnCount() - 1)
        ]
    assert headings["None"][:3] == ["At the start\n(year 0)", "Year 1", "Year 2"]
    assert headings["2027-03-01"][:3] == [
        "At the start\n(year 0)",
        "Year 1\n(2027\u20132028)",
        "Year 2\n(2028\u20132029)",
    ]
    assert year_heading(3, dt.date(2027, 1, 1)) == "Year 3\n(2029)"


def test_the_running_total_shows_its_last_row_under_the_two_line_heading(
    qtbot: QtBot, wizard: PlanWizard
) -> None:
    totals = wizard.currentPage().totals
    assert totals is not None and "\n" in totals.horizontalHeaderItem(0).text()
    qtbot.waitUntil(lambda: totals.horizontalHeader().height() > 0)
    last = totals.rowCount() - 1
    bottom = totals.rowViewportPosition(last) + totals.rowHeight(last)
    assert bottom <= totals.viewport().height()  # the "Net" row is not cut off
