"""Start-up of the frozen app against ``python main.py``, to a shown main window.

    python installer/startup.py [--runs 7] [--exe dist/crmdesk/crmdesk]

Both run as separate processes with the same data (one warm-up run each first, which
creates the database and fills the OS file cache), timed from launch until the app prints
"shown" (CRMDESK_STARTUP_PROBE, as benchmarks/startup.py uses) or, for a build without the
probe, until --smoke makes it exit. Median of N runs. Target: frozen within 1.5x of source.
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
PROBE = "CRMDESK_STARTUP_PROBE"
TARGET_RATIO = 1.5


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"{command} exited with status {proc.returncode}")
    return elapsed if elapsed is not None else time.perf_counter() - start


def compare(frozen: Path, runs: int = 7) -> dict[str, float]:
    """Median seconds to a shown window for the frozen app and the source, and their ratio."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env[PROBE] = "1"
    with tempfile.TemporaryDirectory() as frozen_data, tempfile.TemporaryDirectory() as src_data:
        frozen_cmd = [str(frozen), "--data-dir", frozen_data, "--smoke"]
        source_cmd = [sys.executable, "main.py", "--data-dir", src_data, "--smoke"]
        time_to_shown(frozen_cmd, env)
        time_to_shown(source_cmd, env)
        frozen_times, source_times = [], []
        for _ in range(runs):
            frozen_times.append(time_to_shown(frozen_cmd, env))
            source_times.append(time_to_shown(source_cmd, env))
    frozen_s = statistics.median(frozen_times)
    source_s = statistics.median(source_times)
    return {"frozen_s": frozen_s, "source_s": source_s, "ratio": frozen_s / source_s}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    default_exe = ROOT / "dist" / "crmdesk" / ("crmdesk-cli.exe" if os.name == "nt" else "crmdesk")
    parser.add_argument("--exe", type=Path, default=default_exe)
    args = parser.parse_args()
    if not args.exe.exists():
        print(f"{args.exe} does not exist: run python installer/build.py first", file=sys.stderr)
        return 2
    result = compare(args.exe, args.runs)
    print(f"from source : {result['source_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"frozen      : {result['frozen_s'] * 1000:7.0f} ms")
    print(f"ratio       : {result['ratio']:.2f}x (target <= {TARGET_RATIO}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
