"""``deal-planner check`` at 10,000 and 100,000 deals, as whole processes (issue 15).

Run:  .venv/bin/python tests/benchmarks/bench_check.py [--deals 10000 100000] [--runs 5]
                                                      [--before DIR]

Each size's demo file (kept under /tmp/deal-planner-bench/ as ``deals-N-schemaV.planner`` by
bench_startup.py or ``given-N-schemaV.planner``, the newest schema first; built here with
``deal-planner demo`` when missing, a few minutes at 100,000 deals) is copied, and the copy
opened once so that it has this version's schema (a read-only check of an older file would
upgrade a copy in memory each time). Then ``python -m planner check --db COPY`` runs
``--runs`` times: the median wall time, the median CPU time (all its threads and the
process it forks: what a busy machine makes one wait for) and the largest peak memory
(``getrusage`` of the child), next to the issue's target (≤ 1.2 s at 100,000 deals).

``--before DIR``: the root of another checkout (``git archive <commit> planner | tar -x -C
DIR``) run alternately with this one, so that both see the same machine: a column before
this one. Each version runs in its own root, as ``python -m`` puts the working folder first
on the path. Not collected by pytest; it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]  # this checkout
CACHE = Path("/tmp/deal-planner-bench")
TARGETS = {100_000: 1.2}


def environment(root: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8", PYTHONPATH=str(root),
               DEAL_PLANNER_DATA_DIR=str(CACHE / "data"), XDG_CONFIG_HOME=str(CACHE / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached, not compiled at each start
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "planner")], env=env, check=True)
    return env


def timed_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall time, CPU time (all its threads and the processes it waited for) and peak memory
    (MB, ``ru_maxrss``) of ``cmd``, which must pass. It runs in its checkout's root
    (``PYTHONPATH``): ``python -m`` puts the working folder first on the path."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, cwd=env["PYTHONPATH"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = child.stdout.read() if child.stdout else b""
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{output.decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def demo_file(deals: int, env: dict[str, str]) -> Path:
    """The demo file with ``deals`` deals of the newest schema kept in ``CACHE``, or a new one."""
    kept = sorted([*CACHE.glob(f"deals-{deals}-schema*.planner"), *CACHE.glob(f"given-{deals}-schema*.planner")],
                  key=lambda p: int(p.stem.rsplit("schema", 1)[1]))
    if kept:
        return kept[-1]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"deals-{deals}-check.planner"
    if not path.exists():
        print(f"building {path.name} (deal-planner demo --deals {deals}) ...", flush=True)
        subprocess.run([sys.executable, "-m", "planner", "demo", "--db", str(path), "--deals", str(deals)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
    return path


def prepared_copy(source: Path, folder: Path, env: dict[str, str]) -> Path:
    """A copy of ``source`` with this version's schema (opened once, read-write)."""
    copy = folder / source.name
    shutil.copyfile(source, copy)
    subprocess.run([sys.executable, "-c", "import sys; from planner.services import Planner; "
                    "Planner.open(sys.argv[1]).close()", str(copy)], env=env, check=True)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deals", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="root of an earlier checkout, run alternately")
    args = parser.parse_args()
    versions = {"this version": environment(HERE)}
    if args.before is not None:
        versions = {"before": environment(args.before.resolve()), **versions}
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for deals in args.deals:
            copy = prepared_copy(demo_file(deals, versions["this version"]), Path(folder),
                                 versions["this version"])
            timings: dict[str, list[tuple[float, float, float]]] = {name: [] for name in versions}
            for env in versions.values():  # the disk cache warmed for all
                timed_child([sys.executable, "-m", "planner", "check", "--db", str(copy)], env)
            for _ in range(args.runs):  # alternately, so that all see the same machine
                for name, env in versions.items():
                    timings[name].append(timed_child(
                        [sys.executable, "-m", "planner", "check", "--db", str(copy)], env))
            cells = []
            for name in versions:
                seconds = statistics.median(t for t, _, _ in timings[name])
                cpu = statistics.median(c for _, c, _ in timings[name])
                peak = max(m for _, _, m in timings[name])
                cells.append(f"{seconds:.2f} s ({cpu:.2f} s CPU), {peak:.0f} MB")
                print(f"{deals:>7,} deals, {name}: {seconds:.2f} s, {cpu:.2f} s CPU (medians of {args.runs}), "
                      f"peak {peak:.0f} MB", flush=True)
            target = TARGETS.get(deals)
            rows.append((f"`check`, {deals:,} deals", f"≤ {target:g} s" if target else "", cells))
            copy.unlink()
    head = ["figure", "target", *versions]
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for figure, target, cells in rows:
        print("| " + " | ".join([figure, target, *cells]) + " |")


if __name__ == "__main__":
    main()
