"""What a service work order prints: one ticket as plain values, for the report to lay out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.company import CompanyProfile


@dataclass(frozen=True)
class WorkOrderLine:
    """A part or a labour line. ``amount`` is the line total the caller computed."""

    description: str
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class WorkOrderEvent:
    """One entry of the ticket history (``when`` is an aware datetime, shown in local time)."""

    when: dt.datetime
    text: str
    author: str = ""


@dataclass(frozen=True)
class WorkOrderData:
    """Everything a work order shows. Empty strings and None are left out of the page.

    ``category``, ``priority``, ``status`` and ``channel`` are display texts (translated by
    the caller). ``lines`` are parts and labour; ``total`` is their sum as the service
    computed it (None: no total row). ``satisfaction`` is 1..5 or None (then the page offers
    boxes to tick). ``issuer`` is the user's own company, printed in the header.
    """

    number: str
    subject: str
    customer_name: str
    company: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    category: str = ""
    priority: str = ""
    status: str = ""
    channel: str = ""
    assignee: str = ""
    product: str = ""
    serial_number: str = ""
    warranty_end: dt.date | None = None
    opened_at: dt.datetime | None = None
    response_due_at: dt.datetime | None = None
    due_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    description: str = ""
    resolution: str = ""
    lines: tuple[WorkOrderLine, ...] = ()
    total: Decimal | None = None
    currency: str = "CNY"
    events: tuple[WorkOrderEvent, ...] = ()
    satisfaction: int | None = None
    satisfaction_comment: str = ""
    issuer: str = ""
    generated: dt.date | None = None
    # the business's own profile, printed as the letterhead (``issuer`` names it in the header)
    profile: CompanyProfile | None = None
