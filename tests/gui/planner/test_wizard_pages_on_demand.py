"""The wizard builds a page when it is first shown: opening costs one page, and pages never
shown still validate, save, feed the summary and come back from a draft."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D  # noqa: N817 - short in worked examples

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from crmdesk.domain.planning import estimates
from crmdesk.domain.planning.categories import CostCategory
from crmdesk.domain.planning.form.from_plan import form_from_plan, same_plan
from crmdesk.domain.planning.form.model import PlanForm
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.services.planning import store as plans
from crmdesk.ui.context import AppContext
from crmdesk.ui.planner.screen import PlannerScreen
from crmdesk.ui.planner.wizard.dialog import PlanWizard
from crmdesk.ui.planner.wizard.page_ids import PageId
from crmdesk.ui.widgets.numbers import whole_money as format_money
from tests.gui.planner.conftest import (
    MINIMAL,
    click_back,
    click_next,
    close_quietly,
    field,
    prefill,
    type_into,
)
from tests.gui.planner.test_wizard import expected_plan


def built(wizard: PlanWizard) -> list[PageId]:
    return [page_id for page_id, page in wizard.pages.items() if page.built]


def open_at_summary(qtbot: QtBot, ctx: AppContext, form: PlanForm, plan_id: int) -> PlanWizard:
    """As the planner screen's Edit does: walk to the summary before showing the wizard."""
    wizard = PlanWizard(ctx, form=form, plan_id=plan_id)
    qtbot.addWidget(wizard, before_close_func=close_quietly)
    wizard.advance()
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_a_new_plan_builds_its_first_page_and_the_next_when_it_is_reached(
    qtbot: QtBot, wizard: PlanWizard
) -> None:
    assert built(wizard) == [PageId.SCOPE]
    type_into(qtbot, wizard, "scope.name", "Lazy")
    type_into(qtbot, wizard, "scope.users", "3")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.LICENCE
    assert built(wizard) == [PageId.SCOPE, PageId.LICENCE]
    assert field(wizard, "licence.price").isVisible()
    click_back(qtbot, wizard)
    assert field(wizard, "scope.name").text() == "Lazy"


def test_editing_opens_at_the_summary_with_only_the_summary_built(
    qtbot: QtBot, ctx: AppContext
) -> None:
    plan_id = plans.save_plan(ctx.db, expected_plan())
    stored = plans.load_plan(ctx.db, plan_id)
    wizard = open_at_summary(qtbot, ctx, form_from_plan(stored.plan, stored.form), plan_id)
    assert wizard.currentId() == PageId.SUMMARY
    assert built(wizard) == [PageId.SUMMARY]
    # built after the wizard sized its pages, the body still takes the page's whole height
    qtbot.waitUntil(lambda: wizard.currentPage().scroll.height() > 0.6 * wizard.height())
    # the summary reads the plan the form builds, not the widgets of pages never shown
    npv = wizard.currentPage().findChild(QLabel, "figure_npv").text()
    assert npv == f"{format_money(compute_metrics(expected_plan()).base.npv, 'CNY')} at 10%"
    click_back(qtbot, wizard)  # Back onto a page the opening only walked past
    assert wizard.currentId() == PageId.BENEFITS
    assert PageId.BENEFITS in built(wizard)
    assert field(wizard, "benefits.printing.yearly").text() == "3,000.00"
    assert field(wizard, "benefits.ramp").text() == "50%"
    wizard.nav.itemClicked.emit(wizard.nav.item(PageId.LICENCE))  # the page list
    assert wizard.currentId() == PageId.LICENCE
    assert field(wizard, "licence.price").text() == "120.00"
    type_into(qtbot, wizard, "licence.price", "130")
    wizard.jump_to(PageId.SUMMARY)
    assert built(wizard) == [PageId.LICENCE, PageId.BENEFITS, PageId.SUMMARY]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    # the new price, and nothing lost from the pages that were never built
    expected = expected_plan()
    new_price = estimates.subscription(D(130), to_year=5, escalation=D("0.03"))
    costs = tuple(new_price if c.category is CostCategory.LICENCE else c for c in expected.costs)
    assert same_plan(plans.load_plan(ctx.db, plan_id).plan, replace(expected, costs=costs))


def test_a_problem_on_a_page_never_shown_stops_there_naming_the_field(
    qtbot: QtBot, ctx: AppContext
) -> None:
    plan_id = plans.save_plan(ctx.db, expected_plan())
    stored = plans.load_plan(ctx.db, plan_id)
    form = form_from_plan(stored.plan, stored.form)
    form.set("training.hours", "16h")
    wizard = open_at_summary(qtbot, ctx, form, plan_id)
    assert wizard.currentId() == PageId.TRAINING
    assert built(wizard) == [PageId.TRAINING]
    page = wizard.currentPage()
    assert "Hours each: " in page.banner.text()
    assert page.banner.isVisible()
    hours = field(wizard, "training.hours")
    assert hours.text() == "16h" and hours.property("invalid") is True


def test_a_recovered_draft_shows_its_typing_on_pages_built_after_recovery(
    qtbot: QtBot, ctx: AppContext
) -> None:
    form = PlanForm()
    form.values.update(
        {**MINIMAL, "other.planning.once": "4,000", "maint.technical_support.yearly": "9000"}
    )
    plan_drafts.save_draft(ctx.data_dir.drafts, plan_drafts.new_draft_id(), form)
    screen = PlannerScreen(ctx)
    qtbot.addWidget(screen, before_close_func=lambda s: s.wizard and close_quietly(s.wizard))
    [draft] = plan_drafts.list_drafts(ctx.data_dir.drafts)
    screen.open_draft(draft)
    wizard = screen.wizard
    assert wizard is not None and wizard.currentId() == PageId.SUMMARY
    assert built(wizard) == [PageId.SUMMARY] and wizard.state.dirty
    wizard.jump_to(PageId.MAINTENANCE)
    assert field(wizard, "maint.technical_support.yearly").text() == "9000"
    wizard.jump_to(PageId.OTHER)
    assert field(wizard, "other.planning.once").text() == "4,000"
    # a draft written now still holds what sits on pages that were never built
    prefill(wizard, {"scope.name": "Recovered"})
    wizard.save_draft()
    [again] = plan_drafts.list_drafts(ctx.data_dir.drafts)
    assert again.form.get("licence.price") == "10" and again.form.get("scope.name") == "Recovered"
    assert not wizard.pages[PageId.LICENCE].built


def test_next_on_the_first_page_checks_the_form_without_building_the_next_pages(
    qtbot: QtBot, wizard: PlanWizard
) -> None:
    prefill(wizard, MINIMAL)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert built(wizard) == [PageId.SCOPE, PageId.LICENCE, PageId.CUSTOMISATION]
