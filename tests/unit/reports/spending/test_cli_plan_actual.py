"""`crmdesk plan actual PLAN -o OUT.pdf [--as-of DATE]`: the plan-versus-actual report with
the realised return measured up to a stated day, so a reprint for that day is identical."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.db.models import Customer
from crmdesk.domain.planning.plan import (
    BenefitCategory,
    BenefitItem,
    BudgetPlan,
    CostCategory,
    CostItem,
)
from crmdesk.services.spending.ledger import SpendingInput, add_spending
from tests.helpers.pdf import flat, pdf_text
from tests.helpers.plans import save_plan

pytestmark = pytest.mark.usefixtures("embedded_font")
D = Decimal
PLAN = BudgetPlan(
    name="Shop CRM",
    horizon_years=3,
    contingency_rate=D("0.10"),
    costs=(CostItem.one_off(CostCategory.TRAINING, D(10000)),),
    benefits=(BenefitItem.annual(BenefitCategory.REVENUE, D(12000), 1, 3),),
)
BASELINE = {"measures": {"new_customers_per_month": "2"}, "values": {"margin_per_customer": "800"}}


def test_a_reprint_for_the_same_day_is_identical(tmp_path: Path, data_dir, db, english) -> None:
    created = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    plan_id = save_plan(db, PLAN, go_live=dt.date(2026, 2, 1), created=created, baseline=BASELINE)
    add_spending(
        db,
        SpendingInput(
            day=dt.date(2026, 1, 20),
            category="training",
            amount=D(10400),
            supplier="x",
            note="",
            plan_id=plan_id,
        ),
    )
    with db.session() as session:
        for day in range(1, 28):
            moment = dt.datetime(2026, 2, day, 12, tzinfo=dt.UTC)
            session.add(Customer(name="c", created_at=moment, updated_at=moment))
    args = ["--data-dir", str(data_dir.root), "plan", "actual", "Shop CRM", "--as-of", "2026-02-28"]
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main([*args, "-o", str(first)]) == 0
    with db.session() as session:  # a customer after the as-of day changes nothing
        moment = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
        session.add(Customer(name="late", created_at=moment, updated_at=moment))
    assert main([*args, "-o", str(second)]) == 0
    text = flat(pdf_text(first.read_bytes()))
    assert text == flat(pdf_text(second.read_bytes()))
    assert "to the end of 28 February 2026" in text or "to the end of 2026-02-28" in text
    # ¥10,400 against ¥10,000 of training: 4% over the cost lines, the reserve takes ¥400
    assert "Spending to date is ¥400.00 (4.00%) over the planned cost lines" in text
    assert "¥400.00 of it is used (40.00%)" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["Shop CRM", "--as-of", "2026-02-30"], "--as-of: 2026-02-30 is not a date"),
        (["No such plan"], "No such plan: no saved plan has this number or name"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, data_dir, db, capsys, extra: list[str], message: str
) -> None:
    save_plan(db, PLAN)
    out = tmp_path / "a.pdf"
    assert main(["--data-dir", str(data_dir.root), "plan", "actual", *extra, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_overrun_warning_prints_its_ratio_with_two_decimals(
    tmp_path: Path, data_dir, db, english
) -> None:
    created = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    plan_id = save_plan(db, PLAN, go_live=dt.date(2026, 2, 1), created=created, baseline=BASELINE)
    spent = SpendingInput(
        day=dt.date(2026, 1, 20),
        category="training",
        amount=D(13000),
        supplier="x",
        note="",
        plan_id=plan_id,
    )
    add_spending(db, spent)
    out = tmp_path / "over.pdf"
    args = ["--data-dir", str(data_dir.root), "plan", "actual", "Shop CRM", "--as-of", "2026-02-28"]
    assert main([*args, "-o", str(out)]) == 0
    text = flat(pdf_text(out.read_bytes()))
    # ¥13,000 against ¥10,000 of training: (13000 - 10000) / 10000 = 30%
    assert "(30.00% over)" in text
    assert re.findall(r"(?<![\d.,])\d+(?:\.\d)?%", text) == []
