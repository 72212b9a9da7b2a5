"""The Dashboard screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crmdesk.ui.context import AppContext
from crmdesk.ui.screen import PlaceholderScreen


class DashboardScreen(PlaceholderScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.heading = self.tr("Dashboard")
        self.blurb = self.tr("This part of CRMDesk is coming in a later update.")
        super().__init__(ctx, parent)
