"""The Budget planner screen and its wizard.

The screen module is imported on first use (the main window creates screens lazily), so that
the start-up's look for unsaved drafts (``recovery``) does not load the whole planner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crmdesk.ui.planner.screen import PlannerScreen

__all__ = ["PlannerScreen"]


def __getattr__(name: str) -> Any:
    if name == "PlannerScreen":
        from crmdesk.ui.planner.screen import PlannerScreen

        return PlannerScreen
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
