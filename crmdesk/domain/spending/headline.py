"""The plan-versus-actual headline: spending against the planned cost lines, and the reserve.

The contingency reserve is not a cost line: it is money held back for overruns. So spending
is measured against the budget of the cost lines alone, and the reserve is reported beside
it: how much of the overrun it absorbs and what is left. (Counting the reserve as budget
made an overrun of 4.6% read "2.5% under budget".)
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP
from crmdesk.domain.money import format_money, format_percent
from crmdesk.domain.sentence import Sentence

ZERO = Decimal(0)

_OVER = QT_TRANSLATE_NOOP(
    "Variance",
    "Spending to date is {variance} ({ratio}) over the planned cost lines of {budget}.",
)
_UNDER = QT_TRANSLATE_NOOP(
    "Variance",
    "Spending to date is {variance} ({ratio}) under the planned cost lines of {budget}.",
)
_ON_BUDGET = QT_TRANSLATE_NOOP(
    "Variance", "Spending to date matches the planned cost lines of {budget}."
)
_NOTHING_BUDGETED = QT_TRANSLATE_NOOP(
    "Variance", "No cost lines are budgeted to date; {spent} has been spent."
)
_RESERVE_UNTOUCHED = QT_TRANSLATE_NOOP(
    "Variance", "The contingency reserve of {reserve} is untouched."
)
_RESERVE_USED = QT_TRANSLATE_NOOP(
    "Variance",
    "The contingency reserve of {reserve} covers the overrun: {used} of it is used ({share}),"
    " {left} is left.",
)
_RESERVE_EXCEEDED = QT_TRANSLATE_NOOP(
    "Variance",
    "The contingency reserve of {reserve} is used up and {beyond} of the overrun is not covered.",
)
_NO_RESERVE = QT_TRANSLATE_NOOP("Variance", "The plan has no contingency reserve.")


@dataclass(frozen=True)
class SpendingHeadline:
    """Spent to date against the cost lines' budget to date, and the reserve beside it."""

    budget: Decimal  # planned cost lines to date, without the contingency reserve
    spent: Decimal
    reserve: Decimal  # the contingency reserve available to date
    currency: str

    @property
    def variance(self) -> Decimal:
        """Spent - budget: positive is an overrun."""
        return self.spent - self.budget

    @property
    def ratio(self) -> Decimal | None:
        """Variance / budget (0.046 = 4.6% over); None without a budget."""
        return self.variance / self.budget if self.budget else None

    @property
    def reserve_used(self) -> Decimal:
        """The part of the overrun the reserve absorbs (0 when under budget)."""
        return min(max(self.variance, ZERO), self.reserve)

    @property
    def reserve_left(self) -> Decimal:
        return self.reserve - self.reserve_used

    @property
    def reserve_share_used(self) -> Decimal | None:
        """Reserve used / reserve; None without a reserve."""
        return self.reserve_used / self.reserve if self.reserve else None

    @property
    def uncovered(self) -> Decimal:
        """Overrun beyond the reserve."""
        return max(self.variance - self.reserve, ZERO)

    def _money(self, amount: Decimal) -> str:
        return format_money(amount, self.currency)

    @property
    def spending_sentence(self) -> Sentence:
        """Over or under the cost lines, truthfully, with the amount and the percentage."""
        budget = self._money(self.budget)
        if not self.budget:
            return Sentence("Variance", _NOTHING_BUDGETED, {"spent": self._money(self.spent)})
        if not self.variance:
            return Sentence("Variance", _ON_BUDGET, {"budget": budget})
        params: dict[str, str | Sentence] = {
            "variance": self._money(abs(self.variance)),
            "ratio": format_percent(abs(self.ratio or ZERO), 2),
            "budget": budget,
        }
        return Sentence("Variance", _OVER if self.variance > 0 else _UNDER, params)

    @property
    def reserve_sentence(self) -> Sentence:
        """What the overrun has taken from the contingency reserve."""
        if not self.reserve:
            return Sentence("Variance", _NO_RESERVE)
        reserve = self._money(self.reserve)
        if self.uncovered > 0:
            params: dict[str, str | Sentence] = {
                "reserve": reserve,
                "beyond": self._money(self.uncovered),
            }
            return Sentence("Variance", _RESERVE_EXCEEDED, params)
        if not self.reserve_used:
            return Sentence("Variance", _RESERVE_UNTOUCHED, {"reserve": reserve})
        params = {
            "reserve": reserve,
            "used": self._money(self.reserve_used),
            "share": format_percent(self.reserve_share_used or ZERO, 2),
            "left": self._money(self.reserve_left),
        }
        return Sentence("Variance", _RESERVE_USED, params)
