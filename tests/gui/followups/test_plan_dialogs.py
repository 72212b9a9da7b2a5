"""Stay in touch, greetings and the satisfaction call, through their dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.db.models import ServiceTicket
from crmdesk.domain.followups.cadence import Cadence, CadenceUnit
from crmdesk.services.followups.plans import get_cadence
from crmdesk.services.followups.store import list_followups
from crmdesk.ui.context import AppContext
from crmdesk.ui.followups.dialogs import FollowUpDialog
from crmdesk.ui.followups.plan_dialogs import CadenceDialog, GreetingsDialog, SatisfactionCallDialog
from crmdesk.ui.main_window import MainWindow
from tests.helpers.dialogs import when_dialog


def test_stay_in_touch_every_two_weeks(qtbot: QtBot, ctx: AppContext, customer: int) -> None:
    def choose(dialog: CadenceDialog) -> None:
        dialog.count.setValue(2)
        dialog.unit.setCurrentIndex(dialog.unit.findData(CadenceUnit.WEEKS))
        assert dialog.on.isChecked()
        dialog.accept()

    seen = when_dialog(choose, CadenceDialog)
    assert CadenceDialog.run(None, ctx, customer)
    assert seen == ["handled"]
    assert get_cadence(ctx.db, customer) == Cadence(2, CadenceUnit.WEEKS)
    planned = list_followups(ctx.db, customer_id=customer)
    assert [f.occasion for f in planned] == ["cadence"]
    today = dt.datetime.now(dt.UTC).date()
    assert 13 <= (planned[0].due_at.date() - today).days <= 15


def test_plan_mid_autumn_greetings(
    qtbot: QtBot, ctx: AppContext, customer: int, monkeypatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: messages.append(text))
    )

    def choose(dialog: GreetingsDialog) -> None:
        dialog.occasion.setCurrentIndex(dialog.occasion.findData("mid_autumn"))
        assert dialog.when.text()[:2] == "20"  # a real date is shown
        dialog.accept()

    when_dialog(choose, GreetingsDialog)
    GreetingsDialog.run(None, ctx)
    assert messages == ["Planned 1 greetings (0 skipped)."]
    assert [f.occasion for f in list_followups(ctx.db)] == ["mid_autumn"]


def test_satisfaction_call_is_proposed_and_saved(
    qtbot: QtBot, ctx: AppContext, customer: int
) -> None:
    with ctx.db.session() as session:
        ticket = ServiceTicket(number="SR-2027-0007", customer_id=customer, subject="Oven repair")
        session.add(ticket)
        session.flush()
        ticket_id = ticket.id

    def confirm(dialog: FollowUpDialog) -> None:
        assert dialog.customer.customer_id == customer
        assert "SR-2027-0007" in dialog.subject.text()
        dialog.accept()

    seen = when_dialog(confirm, FollowUpDialog)
    followup_id = SatisfactionCallDialog.run(None, ctx, ticket_id, customer)
    assert seen == ["handled"] and followup_id is not None
    saved = list_followups(ctx.db)[0]
    assert (saved.occasion, saved.ticket_id) == ("satisfaction", ticket_id)
    # closing the ticket again proposes nothing new
    assert SatisfactionCallDialog.run(None, ctx, ticket_id, customer) is None


def test_start_minimised_without_a_tray_minimises(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.followups.minimise()
    if window.followups.tray is None:
        qtbot.waitUntil(window.isMinimized)
    else:
        assert not window.isVisible()
