"""Actual spending: the ledger, plan versus actual and realised return (``SpendingDialog``).

Other screens open it with ``SpendingDialog.open(parent, ctx, plan_id, page)``, ``page``
being ``"ledger"``, ``"variance"`` or ``"realised"``.
"""

from __future__ import annotations

from crmdesk.ui.spending.window import SpendingDialog

__all__ = ["SpendingDialog"]
