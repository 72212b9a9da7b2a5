"""The Service screen (after-sales tickets) and its main-window hooks (the overdue badge).

The screen module is imported on first use (the main window creates screens lazily), so that
installing the badge hook at start-up does not load the whole screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crmdesk.ui.tickets.hooks import install_service, publish_overdue_badge

if TYPE_CHECKING:
    from crmdesk.ui.tickets.screen import ServiceScreen

__all__ = ["ServiceScreen", "install_service", "publish_overdue_badge"]


def __getattr__(name: str) -> Any:
    if name == "ServiceScreen":
        from crmdesk.ui.tickets.screen import ServiceScreen

        return ServiceScreen
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
