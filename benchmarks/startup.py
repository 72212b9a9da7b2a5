"""Start-up time to a shown main window, as a ratio to an empty QMainWindow in the same run.

    python benchmarks/startup.py [--runs 7]

Both are separate processes timed from launch until the window's first paint (the app prints
"shown" then when CRMDESK_STARTUP_PROBE is set; work deferred past the first paint, such as
reminders and badges, is not counted, as the user already sees the window). Median of N runs,
after one warm-up run each (which also creates the database). Target (issue 25): ratio <= 1.8.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMPTY_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("shown", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication([])
window = Window()
window.resize(1280, 760)
window.show()
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} exited without showing a window")
    proc.wait(timeout=60)
    return elapsed


def measure(runs: int) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CRMDESK_STARTUP_PROBE"] = "1"
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "main.py", "--data-dir", data]
        empty = [sys.executable, "-c", EMPTY_WINDOW]
        time_to_shown(app, env)  # warm-up: creates the database, fills OS caches
        time_to_shown(empty, env)
        app_times, empty_times = [], []
        for _ in range(runs):
            empty_times.append(time_to_shown(empty, env))
            app_times.append(time_to_shown(app, env))
    baseline = statistics.median(empty_times)
    crmdesk = statistics.median(app_times)
    return {"empty_window_s": baseline, "crmdesk_s": crmdesk, "ratio": crmdesk / baseline}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from bytecode import compile_installed

    compile_installed()  # an installed app runs from bytecode (see bytecode.py)
    result = measure(args.runs)
    print(f"empty QMainWindow : {result['empty_window_s'] * 1000:7.0f} ms (median)")
    print(f"CRMDesk main window: {result['crmdesk_s'] * 1000:7.0f} ms (median)")
    print(f"ratio             : {result['ratio']:.2f}x (target <= 1.8x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
