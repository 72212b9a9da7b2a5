"""``crmdesk plan wizard [PLAN.json]``: the budget wizard on its own, without the main window.

Support staff use it to open a customer's plan file; tests use it to drive the wizard. It
starts Qt like the GUI does (same data folder, settings, language and crash dialog), saves to
the database on Finish and, when a file was given, writes the finished plan back to it.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from crmdesk import APP_NAME, ORG_NAME, settings
from crmdesk.i18n import install_translators, resolve_language
from crmdesk.paths import DataDir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WizardOutcome:
    """What the standalone wizard did: the plan's id if saved, the file written back."""

    plan_id: int | None
    file: Path | None


def run_wizard(data_dir: DataDir, plan_file: Path | None, lang: str | None) -> WizardOutcome:
    """Open the wizard (on ``plan_file`` at its summary, or blank) and wait until it closes.

    Raises ``UserError`` (a bad plan file, a database that cannot be opened) before any window
    appears, so the command line can report it on one line.
    """
    from crmdesk.domain.planning.form.build import build_plan
    from crmdesk.services.planning.files import save_plan_file
    from crmdesk.services.storage import open_database
    from crmdesk.settings import Settings
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.crash import install_excepthook
    from crmdesk.ui.planner.wizard.dialog import PlanWizard, open_file_form
    from crmdesk.ui.tasks import TaskRunner

    form = open_file_form(plan_file) if plan_file is not None else None
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(ORG_NAME)
    options = Settings(data_dir.settings_file)
    language = resolve_language(lang or options.get(settings.LANGUAGE))
    install_translators(language)
    install_excepthook(data_dir.logs / "crmdesk.log", show_dialog=True)
    db = open_database(data_dir)
    ctx = AppContext(data_dir, db, options, TaskRunner(), language=language)
    wizard = PlanWizard(ctx, form)
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()  # without it a desktop with no window manager gives no keyboard focus
    if form is not None:
        wizard.advance()
        wizard.state.dirty = True  # the file is not in the database yet
    wizard.exec()
    ctx.tasks.wait_all()
    written = None
    if wizard.saved_id is not None and plan_file is not None:
        written = save_plan_file(build_plan(wizard.state.form).plan, plan_file)
    db.dispose()
    log.info("standalone wizard closed (saved plan %s)", wizard.saved_id)
    return WizardOutcome(wizard.saved_id, written)
