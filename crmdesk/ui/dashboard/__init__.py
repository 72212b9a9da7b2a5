"""The Dashboard screen (the first screen at start-up): see ``screen``."""

from __future__ import annotations

from crmdesk.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
