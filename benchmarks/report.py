"""Budget report build time, as a ratio to an empty one-page reportlab document in the same run.

    python benchmarks/report.py [--runs 7] [--plan tests/data/reports/full_en.json]

Two figures, medians of N runs:
- cold: a fresh process that imports CRMDesk and reportlab, finds and registers the Chinese
  font, computes the metrics and the sensitivity, and writes the PDF (what `crmdesk plan
  report` costs); against a fresh process that imports reportlab and writes an empty page.
- warm: the same build again inside one process (fonts registered: the app's second report);
  against building the empty page in that process.
Target (issue 6): a 5-year plan report in under 1 s, cold.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "tests" / "data" / "reports" / "full_en.json"

EMPTY_PAGE = """
import io, time
start = time.perf_counter()
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.lib.styles import getSampleStyleSheet
buffer = io.BytesIO()
SimpleDocTemplate(buffer).build([Paragraph("Empty", getSampleStyleSheet()["Normal"])])
print(time.perf_counter() - start)
"""

REPORT = """
import io, sys, time
start = time.perf_counter()
from crmdesk.i18n import install_translators
from crmdesk.reports.budget.report import build_budget_report
from crmdesk.services.planning.files import load_plan_file
install_translators("en")
build_budget_report(load_plan_file(sys.argv[1]), io.BytesIO())
print(time.perf_counter() - start)
"""


def in_fresh_process(code: str, *args: str) -> float:
    """Seconds the snippet measured itself (interpreter start-up excluded for both)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def empty_page() -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    SimpleDocTemplate(io.BytesIO()).build([Paragraph("Empty", getSampleStyleSheet()["Normal"])])


def timed(function: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--plan", type=Path, default=DEFAULT_PLAN)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    in_fresh_process(REPORT, str(args.plan))  # warm-up: font cache, .pyc files
    cold_report = statistics.median(
        in_fresh_process(REPORT, str(args.plan)) for _ in range(args.runs)
    )
    cold_empty = statistics.median(in_fresh_process(EMPTY_PAGE) for _ in range(args.runs))

    from crmdesk.i18n import install_translators
    from crmdesk.reports.budget.report import build_budget_report
    from crmdesk.services.planning.files import load_plan_file

    install_translators("en")
    plan = load_plan_file(args.plan)
    pdf = build_budget_report(plan, io.BytesIO())
    warm_report = timed(lambda: build_budget_report(plan, io.BytesIO()), args.runs)
    empty_page()
    warm_empty = timed(empty_page, args.runs)

    print(f"plan: {args.plan.name} ({plan.horizon_years} years, {len(pdf):,} bytes of PDF)")
    print(
        f"cold: report {cold_report:.3f} s, empty page {cold_empty:.3f} s,"
        f" ratio {cold_report / cold_empty:.1f}x"
    )
    print(
        f"warm: report {warm_report:.3f} s, empty page {warm_empty:.4f} s,"
        f" ratio {warm_report / warm_empty:.0f}x"
    )
    verdict = "met" if cold_report < 1.0 else "MISSED"
    print(f"target: cold report under 1 s: {verdict}")
    return 0 if cold_report < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
