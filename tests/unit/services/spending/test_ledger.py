"""The spending ledger: add, edit with the previous values back for undo, soft delete, filters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crmdesk.db.engine import Database
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.planning.plan import BudgetPlan, CostCategory, CostItem
from crmdesk.services.spending.actuals import plan_vs_actual
from crmdesk.services.spending.ledger import (
    SpendingInput,
    add_spending,
    delete_spending,
    get_spending,
    list_spending,
    restore_spending,
    update_spending,
)
from tests.helpers.plans import save_plan

D = Decimal
PLAN = BudgetPlan(
    name="Ledger plan",
    horizon_years=2,
    costs=(
        CostItem.one_off(CostCategory.TRAINING, D(10000)),
        CostItem.annual(CostCategory.LICENCE, D(12000), 1, 2),
    ),
)


def entry(plan_id: int | None = None, **changes: object) -> SpendingInput:
    fields: dict[str, object] = {
        "day": dt.date(2026, 3, 5),
        "category": "training",
        "amount": D("1200.50"),
        "supplier": "  深圳培训 & Co <Ltd>  ",
        "note": "",
        "plan_id": plan_id,
    }
    fields.update(changes)
    return SpendingInput(**fields)


def test_add_edit_delete_restore(db: Database) -> None:
    plan_id = save_plan(db, PLAN)
    entry_id = add_spending(db, entry(plan_id))
    record = get_spending(db, entry_id)
    assert record.supplier == "深圳培训 & Co <Ltd>"
    assert record.amount == D("1200.50")
    assert record.plan_name == "Ledger plan"

    previous = update_spending(db, entry_id, entry(plan_id, amount=D(900), category="licence"))
    assert previous.amount == D("1200.50")
    assert previous.category == "training"
    assert get_spending(db, entry_id).category == "licence"

    delete_spending(db, [entry_id])
    assert list_spending(db) == []
    assert get_spending(db, entry_id).deleted
    restore_spending(db, [entry_id])
    assert [r.id for r in list_spending(db)] == [entry_id]


def test_lists_filter_by_plan(db: Database) -> None:
    plan_id = save_plan(db, PLAN)
    linked = add_spending(db, entry(plan_id))
    loose = add_spending(db, entry(None, day=dt.date(2026, 4, 1)))
    assert [r.id for r in list_spending(db, "all")] == [loose, linked]
    assert [r.id for r in list_spending(db, plan_id)] == [linked]
    assert [r.id for r in list_spending(db, "unlinked")] == [loose]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": D(0)}, "amount"),
        ({"category": "contingency"}, "category"),
        ({"supplier": "x" * 201}, "supplier"),
        ({"plan_id": 999}, "plan"),
    ],
)
def test_bad_entries_are_refused_naming_the_field(
    db: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        add_spending(db, entry(**changes))
    assert error.value.field == field
    assert list_spending(db, include_deleted=True) == []


def test_deleted_entries_leave_plan_versus_actual(db: Database) -> None:
    plan_id = save_plan(db, PLAN, go_live=dt.date(2026, 4, 1))
    first = add_spending(db, entry(plan_id, amount=D(6000)))
    add_spending(db, entry(plan_id, amount=D(5000)))
    add_spending(db, entry(plan_id, category="licence", amount=D(1000), day=dt.date(2026, 5, 1)))
    today = dt.date(2026, 6, 1)
    result = plan_vs_actual(db, plan_id, today, dt.UTC)
    training = next(r for r in result.variance.rows if r.category == "training")
    assert training.years[0].actual == D(11000)
    assert result.spent_to_date == D(12000)
    delete_spending(db, [first])
    result = plan_vs_actual(db, plan_id, today, dt.UTC)
    training = next(r for r in result.variance.rows if r.category == "training")
    assert training.years[0].actual == D(5000)
    licence = next(r for r in result.variance.rows if r.category == "licence")
    assert licence.years[1].actual == D(1000)
    assert result.spent_to_date == D(6000)


def test_plan_versus_actual_is_measured_against_the_cost_lines(db: Database) -> None:
    plan = BudgetPlan(
        name="Reserve plan",
        horizon_years=2,
        contingency_rate=D("0.10"),
        costs=(CostItem.one_off(CostCategory.TRAINING, D(10000)),),
    )
    plan_id = save_plan(db, plan, go_live=dt.date(2026, 4, 1))
    add_spending(db, entry(plan_id, amount=D("10400.00")))
    result = plan_vs_actual(db, plan_id, dt.date(2026, 6, 1), dt.UTC)
    # ¥10,400 against ¥10,000 of training: 4% over, although under the ¥11,000 with the reserve
    assert result.budget_to_date == D(10000) and result.reserve_to_date == D(1000)
    headline = result.headline
    assert headline.variance == D(400) and headline.ratio == D("0.04")
    assert headline.reserve_used == D(400) and headline.reserve_share_used == D("0.4")
    assert "(4.00%) over the planned cost lines" in headline.spending_sentence.message
