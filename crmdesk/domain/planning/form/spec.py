"""The building blocks of the wizard's form: field kinds, fields, rows and their cells.

A field is one input (``scope.users``); a row is a usual sub-item of a category shown as a line
with cells (person-days and amount, or one-off and yearly amounts). The tables of actual fields
and rows are in ``plan_form_fields`` and ``plan_form_rows``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, sub_item_label
from crmdesk.domain.planning.form.keys import PageKey


class FieldKind(str, Enum):
    """How a field's text is read."""

    TEXT = "text"
    AMOUNT = "amount"  # money, parse_amount
    NUMBER = "number"  # a non-negative quantity: days, hours, weeks
    COUNT = "count"  # a whole number: users, people, months, years
    RATE = "rate"  # a percentage or fraction, parse_rate
    SIGNED_RATE = "signed_rate"  # a rate that may be negative (a yearly price cut)
    CHOICE = "choice"


@dataclass(frozen=True)
class FormField:
    """One input. ``low``/``high`` bound COUNT fields; ``choices`` are CHOICE values."""

    key: str
    label: str
    help: str
    kind: FieldKind
    required: bool = False
    default: str = ""
    placeholder: str = ""
    low: int = 0
    high: int = 1_000_000
    choices: tuple[str, ...] = ()

    @property
    def page(self) -> PageKey:
        return PageKey(self.key.split(".", 1)[0])


class RowLayout(str, Enum):
    LABOUR = "labour"  # cells: days, amount -> one-off in year 0
    ONCE_YEARLY = "once_yearly"  # cells: once (year 0), yearly (years 1..horizon)
    YEARLY = "yearly"  # cell: yearly (benefits from the start year)


CELLS: dict[RowLayout, tuple[str, ...]] = {
    RowLayout.LABOUR: ("days", "amount"),
    RowLayout.ONCE_YEARLY: ("once", "yearly"),
    RowLayout.YEARLY: ("yearly",),
}


@dataclass(frozen=True)
class FormRow:
    """A usual line of a category (a sub-item) with the cells its layout has."""

    key: str
    category: CostCategory | BenefitCategory
    sub_item: str
    layout: RowLayout
    help: str

    @property
    def label(self) -> str:
        """The sub-item's label (context "Plan"): the same words the PDF prints."""
        return sub_item_label(self.category, self.sub_item) or self.sub_item

    @property
    def page(self) -> PageKey:
        return PageKey(self.key.split(".", 1)[0])

    def cell(self, name: str) -> str:
        return f"{self.key}.{name}"


LICENCE_MODELS = ("subscription", "perpetual", "module", "free")
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD")
VAT_CHOICES = ("", "yes", "no")
MODULE_SLOTS = 4
