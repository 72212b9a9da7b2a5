"""The Customers screen (see :mod:`crmdesk.ui.customers.screen`)."""

from __future__ import annotations

from crmdesk.ui.customers.screen import CustomersScreen

__all__ = ["CustomersScreen"]
