"""The Budget planner screen and its wizard."""

from __future__ import annotations

from crmdesk.ui.planner.screen import PlannerScreen

__all__ = ["PlannerScreen"]
