"""Time ``deal-planner demo --deals N`` as whole processes, against the target of issue #15.

A script, not a test:  python tests/benchmarks/bench_demo.py [--deals 10000 100000] [--runs 1]
                                                             [--check] [--source DIR]
Each run writes a new demo file in a temporary folder with ``python -m planner demo`` and
prints its wall-clock seconds, CPU seconds (of both processes: from 5,000 deals on, a second
one makes the statements), deals per second and peak memory (the larger process's maximum
resident set); with several runs, the medians. The machine's load changes the wall clock a
lot: run it on a quiet machine. ``--check`` also runs ``deal-planner
check`` on the file (invariants, tamper, hash chain) and prints its verdict. ``--source DIR``
times another checkout (e.g. the main branch before a change) with the same interpreter.
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
from typing import NamedTuple

TARGET = 60.0  # seconds for 100,000 deals (issue #15)
ROOT = Path(__file__).resolve().parents[2]


class Run(NamedTuple):
    wall: float
    cpu: float
    peak_mb: float


def run(args: list[str], source: Path) -> Run:
    """One whole process: wall-clock, CPU (user + system) and peak memory of that process."""
    env = {**os.environ, "PYTHONPATH": str(source), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "planner", *args], env=env, cwd=source,
                               stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode})")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="run deal-planner check on each file")
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to time (default: this one)")
    args = parser.parse_args()
    print(f"{'deals':>8} {'wall':>8} {'CPU':>8} {'deals/s':>8} {'peak MB':>8}  target: 100,000 deals < {TARGET:g} s")
    for deals in args.deals:
        runs = []
        with tempfile.TemporaryDirectory() as folder:
            for n in range(args.runs):
                path = Path(folder) / f"demo-{n}.planner"
                runs.append(run(["demo", "--db", str(path), "--deals", str(deals)], args.source))
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            peak = max(r.peak_mb for r in runs)
            # the target is for 100,000 deals; a smaller file shows its pace only
            verdict = f"< {TARGET:g} s: {'OK' if wall < TARGET else 'SLOW'}" if deals == 100_000 else ""
            print(f"{deals:8,} {wall:7.1f}s {cpu:7.1f}s {deals / wall:8,.0f} {peak:8.0f}  {verdict}", flush=True)
            if args.check:
                checked = subprocess.run([sys.executable, "-m", "planner", "check", "--db", str(path)],
                                         env={**os.environ, "PYTHONPATH": str(args.source)}, cwd=args.source,
                                         capture_output=True, text=True)
                print(f"{'':8} check: {checked.stdout.strip() or checked.stderr.strip()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
