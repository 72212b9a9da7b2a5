"""Benchmark: a 200-item, 10-year budget plan through the whole planner engine.

Measures, as the median of several runs in one process:
- baseline: the plan's NPV alone (items -> yearly flows -> NPV), the least any screen needs;
- full: every metric with the risk-adjusted case and checks, a four-way scenario comparison
  (the plan, two variants and "do nothing") and the default sensitivity analysis.
Prints both in milliseconds and the full run as a ratio to the baseline. The issue's target
is under 50 ms for the full run.

Run: python benchmarks/planner.py [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crmdesk.domain.planning.cashflow import flow_components, net_flows
from crmdesk.domain.planning.categories import BenefitCategory, CostCategory, ItemKind
from crmdesk.domain.planning.finance import npv
from crmdesk.domain.planning.metrics import compute_metrics
from crmdesk.domain.planning.plan import BenefitItem, BudgetPlan, CostItem, RiskAdjustment
from crmdesk.domain.planning.scenarios import compare_plans, do_nothing_plan
from crmdesk.domain.planning.sensitivity import analyse_sensitivity

HORIZON = 10
ITEMS = 200
TARGET_MS = 50.0


def big_plan(seed: int = 2027) -> BudgetPlan:
    """150 cost and 50 benefit items of every kind, with escalation and ramps."""
    rng = random.Random(seed)
    kinds = list(ItemKind)

    def fields(kind: ItemKind) -> dict[str, object]:
        amount = Decimal(rng.randint(100, 5_000_000)) / 100
        if kind is ItemKind.ONE_OFF:
            return {"kind": kind, "amount": amount, "year": rng.randint(0, HORIZON)}
        start = rng.randint(0, HORIZON)
        return {
            "kind": kind,
            "amount": amount,
            "from_year": start,
            "to_year": rng.randint(start, HORIZON),
            "escalation": Decimal(rng.randint(-5, 8)) / 100,
            "ramp": (Decimal("0.5"),) if rng.random() < 0.3 else (),
        }

    costs = tuple(
        CostItem(category=rng.choice(list(CostCategory)), **fields(rng.choice(kinds)))  # type: ignore[arg-type]
        for _ in range(ITEMS * 3 // 4)
    )
    benefits = tuple(
        BenefitItem(category=rng.choice(list(BenefitCategory)), **fields(rng.choice(kinds)))  # type: ignore[arg-type]
        for _ in range(ITEMS - len(costs))
    )
    return BudgetPlan(
        name="benchmark",
        horizon_years=HORIZON,
        discount_rate=Decimal("0.08"),
        users=25,
        deployment_months=5,
        contingency_rate=Decimal("0.10"),
        risk_adjustment=RiskAdjustment(Decimal("0.15"), Decimal("0.10")),
        costs=costs,
        benefits=benefits,
    )


def npv_alone(plan: BudgetPlan) -> object:
    return npv(net_flows(flow_components(plan)), plan.discount_rate)


def everything(plan: BudgetPlan) -> object:
    metrics = compute_metrics(plan)
    cheaper = dataclasses.replace(plan, name="fewer users", users=15)
    slower = dataclasses.replace(plan, name="higher rate", discount_rate=Decimal("0.12"))
    scenarios = compare_plans([plan, cheaper, slower, do_nothing_plan(plan)], baseline=3)
    sensitivity = analyse_sensitivity(plan, components=metrics.components)
    return metrics, scenarios, sensitivity


def median_ms(function: Callable[[BudgetPlan], object], plan: BudgetPlan, runs: int) -> float:
    function(plan)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(plan)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    plan = big_plan()
    baseline = median_ms(npv_alone, plan, args.runs)
    full = median_ms(everything, plan, args.runs)
    print(f"plan: {len(plan.costs) + len(plan.benefits)} items, {HORIZON} years")
    print(f"NPV alone (baseline):                         {baseline:8.2f} ms")
    print(f"metrics + 4 scenarios + sensitivity (full):   {full:8.2f} ms")
    print(f"ratio full / baseline:                        {full / baseline:8.1f} x")
    print(f"target: full under {TARGET_MS:.0f} ms -> {'met' if full < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
