"""The wizard's shared state: the form being typed, and the plan the engine builds from it.

Every page edits the same ``PlanForm``; after each keystroke (debounced a little) the form is
rebuilt with ``build_plan`` and ``recomputed`` tells the pages to refresh their totals and
explanations. Nothing here does arithmetic.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from crmdesk.domain.planning.form.build import FormResult, build_plan
from crmdesk.domain.planning.form.model import PlanForm

RECOMPUTE_DELAY_MS = 120


class WizardState(QObject):
    """The form, its latest build result, and whether it changed since it was opened."""

    recomputed = Signal()
    changed = Signal()

    def __init__(self, form: PlanForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.go_live: dt.date | None = None  # a saved plan's go-live date, for year headings
        self.dirty = False
        self._result = build_plan(form)
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)

    @property
    def result(self) -> FormResult:
        """The build of the form as it is now (rebuilt at once if an edit is pending)."""
        if self._stale:
            self.recompute()
        return self._result

    @property
    def currency(self) -> str:
        return self._result.plan.currency

    def edited(self) -> None:
        """A field changed: mark the form dirty and rebuild shortly."""
        self.dirty = True
        self._stale = True
        self.changed.emit()
        self._timer.start()

    def recompute(self) -> None:
        self._timer.stop()
        self._stale = False
        self._result = build_plan(self.form)
        self.recomputed.emit()
