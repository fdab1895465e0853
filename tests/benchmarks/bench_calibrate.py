"""Time of ``calibrate`` (the services' figures, the win/loss analysis, and the whole command) at
10,000 and 100,000 deals.

Run: .venv/bin/python tests/benchmarks/bench_calibrate.py   (builds the files with `deal-planner demo --deals N`)
Target: well under a few seconds at 100,000 deals.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from planner.services import Planner


def main() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        for deals in (10_000, 100_000):
            path = Path(folder) / f"{deals}.planner"
            subprocess.run([sys.executable, "-m", "planner", "demo", "--db", str(path), "--deals", str(deals)],
                           check=True, env=env, capture_output=True)
            planner = Planner.open(path, read_only=True)
            best = win_loss = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                found = planner.reports.calibration()
                best = min(best, time.perf_counter() - start)
                start = time.perf_counter()
                planner.reports.win_loss()
                win_loss = min(win_loss, time.perf_counter() - start)
            planner.close()
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "planner", "calibrate", "--db", str(path), "--format", "json"],
                           check=True, env=env, capture_output=True)
            whole = time.perf_counter() - start
            print(f"{deals:>7,} deals, {len(found)} processes: reports.calibration() {best * 1000:6.0f} ms; "
                  f"reports.win_loss() {win_loss * 1000:6.0f} ms; "
                  f"`deal-planner calibrate --format json` {whole:5.2f} s (target: well under a few seconds)")


if __name__ == "__main__":
    main()
