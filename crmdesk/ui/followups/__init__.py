"""The Follow-ups screen package.

The main window imports ``FollowUpsScreen`` from here when the screen is first shown; the
import is lazy so that :mod:`crmdesk.ui.followups.hooks` (loaded with the main window) does not
build the screen's module at start-up.

Entry points for other screens:
- ``crmdesk.ui.followups.dialogs.quick_add_followup(parent, ctx, customer_id=...)``
- ``crmdesk.ui.followups.dialogs.FollowUpDialog.ask(parent, ctx, customer_id=...)``
- ``crmdesk.ui.followups.plan_dialogs.CadenceDialog.run(parent, ctx, customer_id)``
- ``crmdesk.ui.followups.plan_dialogs.SatisfactionCallDialog.run(parent, ctx, ticket_id,
  customer_id)``
"""

from __future__ import annotations

from typing import Any

__all__ = ["FollowUpsScreen"]


def __getattr__(name: str) -> Any:
    if name == "FollowUpsScreen":
        from crmdesk.ui.followups.screen import FollowUpsScreen

        return FollowUpsScreen
    raise AttributeError(name)
