"""At start-up, offer the wizard drafts a crash (or a power cut) left behind."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.services.planning import drafts as plan_drafts
from crmdesk.ui.context import AppContext
from crmdesk.ui.widgets.time import format_system_local

log = logging.getLogger(__name__)


def offer_drafts(
    parent: QWidget | None, ctx: AppContext, drafts: list[plan_drafts.Draft] | None = None
) -> None:
    """For each left-over draft (``drafts``, else those in the data folder), newest first:
    recover it in the wizard, discard it, or keep it for later. Recovering opens the planner
    screen with the wizard on the draft."""
    if drafts is None:
        try:
            drafts = plan_drafts.list_drafts(ctx.data_dir.drafts)
        except OSError as error:
            log.warning("could not look for drafts: %s", error)
            return
    for draft in drafts:
        title = QCoreApplication.translate("PlanRecovery", "Unsaved budget plan")
        name = draft.name or QCoreApplication.translate("PlanRecovery", "(no name yet)")
        when = format_system_local(draft.saved_at)
        box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
        box.setText(
            QCoreApplication.translate(
                "PlanRecovery",
                "CRMDesk found a budget plan you were working on that was not saved.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PlanRecovery", "\u201c%1\u201d, last saved automatically on %2. Open it now?"
            )
            .replace("%1", name)
            .replace("%2", when)
        )
        recover = box.addButton(
            QCoreApplication.translate("PlanRecovery", "Recover"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("PlanRecovery", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("PlanRecovery", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(recover)
        box.exec()
        clicked = box.clickedButton()
        if clicked is recover:
            ctx.events.navigate.emit("planner", draft)
            return
        if clicked is discard:
            plan_drafts.delete_draft(ctx.data_dir.drafts, draft.id)
