"""The plan-versus-actual headline against the cost lines, the reserve reported beside it."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.spending.headline import SpendingHeadline

D = Decimal


def test_the_issue_example_reads_over_budget_not_under() -> None:
    # Cost lines ¥121,624 + reserve ¥8,836 = ¥130,460 budgeted; ¥127,255.20 spent. Against the
    # whole ¥130,460 it looked 2.5% under; against the cost lines it is 4.63% over.
    headline = SpendingHeadline(D(121_624), D("127255.20"), D(8836), "CNY")
    assert headline.variance == D("5631.20")
    assert round(headline.ratio or 0, 6) == D("0.046300")  # 5,631.20 / 121,624 by hand
    assert headline.spending_sentence.message == (
        "Spending to date is ¥5,631.20 (4.63%) over the planned cost lines of ¥121,624.00."
    )
    assert headline.reserve_used == D("5631.20")
    assert headline.reserve_left == D("3204.80")
    assert headline.reserve_sentence.message == (
        "The contingency reserve of ¥8,836.00 covers the overrun: ¥5,631.20 of it is used"
        " (63.73%), ¥3,204.80 is left."  # 5,631.20 / 8,836 = 0.637301...
    )


def test_under_on_and_beyond_the_reserve() -> None:
    under = SpendingHeadline(D(1000), D(900), D(100), "GBP")
    assert under.spending_sentence.message == (
        "Spending to date is £100.00 (10.00%) under the planned cost lines of £1,000.00."
    )
    assert under.reserve_sentence.message == "The contingency reserve of £100.00 is untouched."
    beyond = SpendingHeadline(D(1000), D(1150), D(100), "GBP")
    assert beyond.uncovered == D(50) and beyond.reserve_used == D(100)
    assert "is used up and £50.00 of the overrun is not covered" in beyond.reserve_sentence.message
    exact = SpendingHeadline(D(1000), D(1000), D(0), "GBP")
    assert exact.spending_sentence.message.startswith("Spending to date matches")
    assert exact.reserve_sentence.message == "The plan has no contingency reserve."
    nothing = SpendingHeadline(D(0), D(5), D(0), "GBP")
    assert nothing.ratio is None and "£5.00 has been spent" in nothing.spending_sentence.message


cents = st.integers(min_value=0, max_value=10**10).map(lambda c: D(c) / 100)


@given(cents, cents, cents)
def test_the_word_over_or_under_follows_the_sign(budget: D, spent: D, reserve: D) -> None:
    headline = SpendingHeadline(budget, spent, reserve, "CNY")
    text = headline.spending_sentence.message
    if budget and spent > budget:
        assert " over the planned" in text
    elif budget and spent < budget:
        assert " under the planned" in text
    assert headline.reserve_used + headline.uncovered == max(spent - budget, D(0))
    assert 0 <= headline.reserve_used <= reserve
