"""Does the window keep answering with a big database? Every event-loop stall of a session.

    python benchmarks/responsiveness.py [--data-dir DIR] [--customers 100000]
                                        [--followups 300000] [--tickets 50000] [--settle 1.5]

Fills DIR like benchmarks/dashboard.py (kept and reused between runs), opens the real main
window offscreen and drives a scripted session as a user would: start, every screen, customer
searches (a 2-character Chinese name, phone digits, pinyin), a customer and its timeline, the
agenda's groups, completing a follow-up, the wizard on the sample plan, a report preview and
the reminder check, in a fresh process started as the app starts. A 10 ms timer records its own
lateness the whole time: every gap over
50 ms is a stall, reported with the step that was running. The baseline is the budget the
issue sets, 100 ms: the figure is the longest stall as a ratio to it (target <= 1.0x). The
synchronous part of building and showing the window is reported beside it, as the window
cannot answer before it exists. Peak memory (max RSS) is printed too (target < 250 MB).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SESSION_MARK = "session-result: "
BUDGET_MS = 100.0
STALL_MS = 50.0
TICK_MS = 10


@dataclass
class Watchdog:
    """A timer that notes how late it fires; the gap is how long the event loop was busy."""

    step: str = "start"
    stalls: list[tuple[float, str]] = field(default_factory=list)
    last: float = 0.0
    timer: Any = None

    def start(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        if gap > STALL_MS:
            self.stalls.append((gap, self.step))
        self.last = now


@dataclass
class Sampler:
    """Where the GUI thread is while the watchdog is late: a thread samples its stack.

    Every 5 ms, if the watchdog has not ticked for more than the stall threshold, the main
    thread's innermost CRMDesk frame (and the outermost one, which names the entry point) is
    counted against the running step. ``--where`` prints the most frequent ones per step.
    """

    dog: Watchdog
    samples: dict[str, collections.Counter[str]] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self.main = threading.main_thread().ident
        threading.Thread(target=self.run, daemon=True).start()

    def run(self) -> None:
        while not self.stop.wait(0.005):
            if (time.perf_counter() - self.dog.last) * 1000 <= STALL_MS:
                continue
            frame = sys._current_frames().get(self.main or 0)
            if frame is None:
                continue
            # names and line numbers only, read straight off the frames: no linecache and no
            # FrameSummary objects while the GUI thread runs (fewer chances to race it)
            stack: list[tuple[str, int, str]] = []
            while frame is not None:
                code = frame.f_code
                stack.append((code.co_filename, frame.f_lineno or 0, code.co_name))
                frame = frame.f_back
            del frame
            ours = [f for f in stack if "crmdesk" in f[0] or "benchmarks" in f[0]]
            inner = stack[0]
            where = f"{Path(inner[0]).name}:{inner[1]} {inner[2]}"
            if ours:
                own = ours[0]
                where = f"{Path(own[0]).name}:{own[1]} {own[2]} -> {where}"
            counter = self.samples.setdefault(self.dog.step, collections.Counter())
            counter[where] += 1


def session_steps(window: Any, ctx: Any) -> list[tuple[str, Callable[[], None]]]:
    """The scripted session, as (what the user does, how) pairs."""
    from crmdesk.ui.main_window import SCREEN_KEYS

    steps: list[tuple[str, Callable[[], None]]] = []
    for key in SCREEN_KEYS:
        steps.append((f"switch to {key}", lambda k=key: window.show_screen(k)))
    steps.append(("switch to followups again", lambda: window.show_screen("followups")))

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            window.show_screen("customers")
            screen = window.screens["customers"]
            screen.search_edit.setText(text)
            screen.reload()

        return run

    for text in ("张伟", "139", "zw", "olivia"):
        steps.append((f"search customers {text!r}", search(text)))

    def open_customer() -> None:
        screen = window.screens["customers"]
        screen.search_edit.setText("")
        screen.reload()

        def pick() -> None:
            ids = screen.model.ids()[:1] if hasattr(screen.model, "ids") else []
            if ids:
                screen.select_ids(ids)

        if getattr(screen, "loading", False):  # the list is read off the GUI thread
            from PySide6.QtCore import Qt

            screen.loaded.connect(pick, Qt.ConnectionType.SingleShotConnection)
        else:
            pick()

    steps.append(("open a customer and its timeline", open_customer))

    def expand_agenda() -> None:
        window.show_screen("followups")
        tree = window.screens["followups"].tree
        tree.expandAll()

    steps.append(("expand the agenda groups", expand_agenda))

    def complete_followup() -> None:
        # as the user does it: the first follow-up on the agenda, Complete, OK in the dialog
        from crmdesk.ui.followups import dialogs

        screen = window.screens["followups"]
        model = screen.model
        for group in range(model.rowCount()):
            parent = model.index(group, 0)
            if model.rowCount(parent) and model.record(model.index(0, 0, parent)) is not None:
                screen.tree.setCurrentIndex(model.index(0, 0, parent))
                break
        if screen.current_record() is None:
            raise RuntimeError("no follow-up on the agenda to complete")
        asked = dialogs.CompleteDialog.ask
        dialogs.CompleteDialog.ask = classmethod(  # type: ignore[method-assign]
            lambda cls, *args, **kwargs: dialogs.CompleteResult("benchmark", None)
        )
        try:
            screen.on_complete_action_triggered()
        finally:
            dialogs.CompleteDialog.ask = asked  # type: ignore[method-assign]

    steps.append(("complete a follow-up", complete_followup))

    def open_wizard() -> None:
        from crmdesk.services.planning.store import list_plans, load_plan

        window.show_screen("planner")
        plans = list_plans(ctx.db)
        if plans:
            stored = load_plan(ctx.db, plans[0].id)
            window.screens["planner"].open_wizard(stored.form, plans[0].id, at_summary=True)

    def close_wizard() -> None:
        wizard = getattr(window.screens.get("planner"), "wizard", None)
        if wizard is not None:
            wizard.done(0)

    steps.append(("open the wizard on the sample plan", open_wizard))
    steps.append(("close the wizard", close_wizard))

    def preview() -> None:
        from crmdesk.services.planning.store import list_plans, load_plan
        from crmdesk.ui.reports import preview_budget_report

        plans = list_plans(ctx.db)
        if plans:
            preview_budget_report(window, ctx, load_plan(ctx.db, plans[0].id).plan)

    steps.append(("open a report preview", preview))

    def close_dialogs() -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)

    steps.append(("close the preview", close_dialogs))
    steps.append(("reminder check", lambda: window.followups.reminders.check()))
    steps.append(("switch to dashboard", lambda: window.show_screen("dashboard")))
    return steps


def run_session(data_dir: Path, settle: float, where: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    dog = Watchdog()
    started = time.perf_counter()
    from crmdesk import settings
    from crmdesk.app import AFTER_FIRST_PAINT_MS, Application
    from crmdesk.paths import DataDir

    root = DataDir(data_dir)
    # started as crmdesk.app starts a window: the language, the context, the window, then
    # after its first paint the single-instance server, the drafts a crash left and the
    # daily backup (the first start of a day makes one)
    application = Application(app, root, "en")
    application.settings.set(settings.LAST_SCREEN, "dashboard")
    # the worst start of a day: the daily backup runs during the session every time
    application.settings.set(settings.LAST_BACKUP_DATE, "")
    application.show_window()
    window = application.window
    assert window is not None
    ctx = application.ctx
    window.resize(1366, 768)
    server = f"crmdesk-benchmark-{os.getpid()}"
    window.first_painted.connect(
        lambda: QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: application.listen(server)),
        Qt.ConnectionType.SingleShotConnection,
    )
    window.first_painted.connect(
        lambda: QTimer.singleShot(AFTER_FIRST_PAINT_MS, application.after_show),
        Qt.ConnectionType.SingleShotConnection,
    )
    build_ms = (time.perf_counter() - started) * 1000
    dog.start()
    sampler = Sampler(dog)
    if where:
        sampler.start()

    steps = session_steps(window, ctx)
    errors: list[str] = []
    position = {"i": 0}

    def next_step() -> None:
        i = position["i"]
        if i >= len(steps):
            app.quit()
            return
        name, action = steps[i]
        position["i"] = i + 1
        dog.step = name
        try:
            action()
        except Exception as error:  # a step that no longer fits the app is reported, not fatal
            errors.append(f"{name}: {type(error).__name__}: {error}")
        QTimer.singleShot(int(settle * 1000), next_step)

    QTimer.singleShot(int(settle * 1000), next_step)  # "start": the window settles first
    app.exec()
    dog.timer.stop()
    sampler.stop.set()
    window.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "build_ms": build_ms,
        "stalls": dog.stalls,
        "errors": errors,
        "peak_mb": peak_kb / 1024,
        "where": sampler.samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--followups", type=int, default=300_000)
    parser.add_argument("--tickets", type=int, default=50_000)
    parser.add_argument("--settle", type=float, default=1.5, help="seconds between steps")
    parser.add_argument(
        "--where", action="store_true", help="sample the GUI thread's stack during stalls"
    )
    parser.add_argument("--session", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / (
        f"crmdesk-bench-{args.customers}-{args.followups}-{args.tickets}"
    )
    if args.session:
        # the child: a fresh process, so "start" pays what the app's start pays (SQLAlchemy
        # and the services are not loaded yet, as filling the database loaded them here)
        result = run_session(data_dir, args.settle, args.where)
        result["where"] = {k: dict(v) for k, v in result["where"].items()}
        print(SESSION_MARK + json.dumps(result))
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    from bytecode import compile_installed
    from dashboard import fill

    compile_installed()  # an installed app runs from bytecode (see bytecode.py)

    fill(data_dir, args.customers, args.followups, args.tickets)
    command = [sys.executable, __file__, "--session", "--data-dir", str(data_dir)]
    command += ["--settle", str(args.settle)] + (["--where"] if args.where else [])
    child = subprocess.run(command, capture_output=True, text=True)
    lines = [line for line in child.stdout.splitlines() if line.startswith(SESSION_MARK)]
    if child.returncode != 0 or not lines:
        hint = ""
        if args.where and child.returncode < 0:
            # reading a running thread's frames from another one is not safe in CPython 3.11:
            # the earlier sampler (traceback.extract_stack) crashed the child in about 1 run of
            # 5; the frame walk now used has not so far, but the figures come from plain runs
            hint = "--where reads the GUI thread's frames from another thread; run it again\n"
        sys.exit(f"the session failed (exit {child.returncode}):\n{hint}{child.stderr[-4000:]}")
    result = json.loads(lines[-1][len(SESSION_MARK) :])
    result["stalls"] = [tuple(stall) for stall in result["stalls"]]
    result["where"] = {k: collections.Counter(v) for k, v in result["where"].items()}
    stalls: list[tuple[float, str]] = result["stalls"]
    print(f"window built and shown synchronously in {result['build_ms']:.0f} ms")
    by_step: dict[str, list[float]] = {}
    for gap, step in stalls:
        by_step.setdefault(step, []).append(gap)
    print(f"stalls over {STALL_MS:.0f} ms ({len(stalls)}):")
    for step, gaps in sorted(by_step.items(), key=lambda kv: -max(kv[1])):
        listed = ", ".join(f"{g:.0f}" for g in sorted(gaps, reverse=True)[:6])
        print(f"  {step:40s} longest {max(gaps):7.0f} ms  ({len(gaps)}: {listed})")
    for step, counter in result["where"].items():
        print(f"  where, {step} (5 ms samples):")
        for spot, count in counter.most_common(8):
            print(f"    {count:4d}  {spot}")
    for error in result["errors"]:
        print(f"  step failed: {error}")
    longest = max((gap for gap, _ in stalls), default=0.0)
    print(f"peak memory {result['peak_mb']:.0f} MB (target < 250 MB)")
    print(
        f"longest stall {longest:.0f} ms = {longest / BUDGET_MS:.2f}x the {BUDGET_MS:.0f} ms "
        "budget (target <= 1.00x)"
    )


if __name__ == "__main__":
    main()
