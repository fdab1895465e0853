"""Start-up as the user feels it, from 1,000 to 100,000 deals (issue 15).

Run:  .venv/bin/python tests/benchmarks/bench_startup.py [--deals 1000 10000 100000] [--runs 11]
                                                        [--save NAME] [--compare NAME]

Builds each file once with ``deal-planner demo --deals N`` (timed) and keeps it under
/tmp/deal-planner-bench/ (one file per size and schema version; ``--rebuild`` makes them
again); ``--file N=PATH`` takes a file made earlier instead (copied first: opening it may
migrate it), e.g. one of an older schema rather than waiting for a new demo. Then, as whole
processes, interleaved so that both see the same machine:

* ``deal-planner --db FILE --quit-after-startup``, which ends once the board of the shown
  process has its cards painted (what a user sees as "started"), against an empty
  ``QMainWindow`` that quits on its first paint; the median of each, their ratio, and the
  app's peak memory (``getrusage`` of the child);
* at the largest size: filtering as the user types, in one process that keeps the window
  open, with that process's peak memory. The file is searched in a thread: per keystroke,
  the window's longest frame (the key handled and painted, or the results applied and
  painted when they come back) and the time from the key to its results on screen;
* ``deal-planner check`` at the largest size.

One table, the measured figures next to the issue's targets. ``--save NAME`` keeps the
figures (in /tmp/deal-planner-bench/NAME.json), ``--compare NAME`` adds them as a column:
before and after a change. Not collected by pytest; it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

BIN = Path(sys.executable).parent
DEAL_PLANNER = BIN / ("deal-planner.exe" if os.name == "nt" else "deal-planner")
CACHE = Path("/tmp/deal-planner-bench")

EMPTY_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QCoreApplication.exit(0)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    sys.exit(app.exec())
""")

# One process on the file, the window kept open: what a keystroke in the search costs. The
# search is read in a thread (planner/ui/board/typed_search.py): for each keystroke, the
# window's frame when it is typed (the key handled, what it changed painted), the frame
# that shows what was found (the answer applied, the whole window painted), and the time
# from the key to those results on screen. A search answered at once (a file read in
# memory) counts whole in the key's frame.
TYPING = textwrap.dedent("""
    import json, resource, sys, time
    from planner.ui.app import make_application
    app = make_application()
    from planner import i18n
    from planner.services import Planner
    from planner.ui.main_window import MainWindow
    i18n.install("en")
    window = MainWindow(Planner.open(sys.argv[1]), with_workspace=False)
    window.resize(1280, 800)
    window.show()
    while not window.started:
        app.processEvents()
    settled = time.perf_counter() + 1.0  # what start-up left for later (the agenda's count) is done first
    while time.perf_counter() < settled:
        app.processEvents()
    window.repaint()
    board = window.board
    typed, applied, shown = [], [], []
    # letters of the demo's titles and customers, typed and taken back as a user does
    for text in ["s", "sy", "sys", "syst", "syste", "system", "syst", "", "系", "系統", "台", "台北",
                 "logistics", "#17", ""]:
        t = time.perf_counter()
        board.search.setText(text)  # as typing does
        app.processEvents()  # the key's frame: what it changed on screen (the search box) painted
        typed.append((time.perf_counter() - t) * 1000)
        frame = 0.0
        while board.typed.busy:  # the answer comes back from the reading thread
            a = time.perf_counter()
            app.processEvents()
            if not board.typed.busy:
                window.repaint()  # the results' frame, the whole window painted again (at most)
                frame = (time.perf_counter() - a) * 1000
            else:
                time.sleep(0.0005)
        applied.append(frame)
        shown.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"typed": typed, "applied": applied, "shown": shown,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "counts": board.counts()}))
""")


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time, peak memory (MB) and stdout of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = child.stdout.read() if child.stdout else ""
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024, out  # ru_maxrss is in KiB on Linux


def schema_version(env: dict[str, str]) -> int:
    out = subprocess.run([sys.executable, "-c", "from planner.store.migration_steps import SCHEMA_VERSION as v; "
                          "print(v)"], env=env, capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def demo_file(deals: int, env: dict[str, str], rebuild: bool, given: dict[int, Path]) -> tuple[Path, float]:
    """The file with ``deals`` deals, built now or earlier (or a copy of the one ``--file``
    gave, migrated once by opening it), and the seconds its build took (NaN: not built here)."""
    if deals in given:
        copy = CACHE / f"given-{deals}-schema{schema_version(env)}.planner"
        if not copy.exists():
            shutil.copyfile(given[deals], copy)
            subprocess.run([sys.executable, "-c", "import sys; from planner.services import Planner; "
                            "Planner.open(sys.argv[1]).close()", str(copy)], env=env, check=True)
        return copy, float("nan")
    path = CACHE / f"deals-{deals}-schema{schema_version(env)}.planner"
    timing = path.with_suffix(".json")
    if rebuild or not path.exists() or not timing.exists():
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        seconds = run([str(DEAL_PLANNER), "demo", "--db", str(path), "--deals", str(deals)], env)[0]
        timing.write_text(json.dumps({"seconds": seconds}))
        print(f"built {path.name} in {seconds:.1f} s", flush=True)
    return path, float(json.loads(timing.read_text())["seconds"])


def startup(path: Path, runs: int, env: dict[str, str]) -> dict[str, float]:
    empty, app, peaks = [], [], []
    run([sys.executable, "-c", EMPTY_WINDOW], env)  # the disk cache warmed for both
    run([str(DEAL_PLANNER), "--db", str(path), "--quit-after-startup"], env)
    for _ in range(runs):  # interleaved, so both see the same machine
        empty.append(run([sys.executable, "-c", EMPTY_WINDOW], env)[0])
        seconds, peak, _ = run([str(DEAL_PLANNER), "--db", str(path), "--quit-after-startup"], env)
        app.append(seconds)
        peaks.append(peak)
    e, a = statistics.median(empty), statistics.median(app)
    return {"empty": e, "app": a, "ratio": a / e, "peak_mb": max(peaks)}


def measure(args: argparse.Namespace, env: dict[str, str]) -> dict[str, float]:
    found: dict[str, float] = {}
    largest = max(args.deals)
    for deals in sorted(args.deals):
        path, built = demo_file(deals, env, args.rebuild, args.given)
        if deals == largest:
            found["demo_s"] = built
        for key, value in startup(path, args.runs, env).items():
            found[f"{key}@{deals}"] = value
        print(f"{deals:>7,} deals: usable board {found[f'app@{deals}']:.3f} s, empty window "
              f"{found[f'empty@{deals}']:.3f} s, {found[f'ratio@{deals}']:.2f}x, "
              f"{found[f'peak_mb@{deals}']:.0f} MB", flush=True)
    path, _ = demo_file(largest, env, False, args.given)
    typing = json.loads(run([sys.executable, "-c", TYPING, str(path)], env)[2].strip().splitlines()[-1])
    frames = [max(k, a) for k, a in zip(typing["typed"], typing["applied"], strict=True)]
    found["keystroke_ms"] = statistics.median(frames)  # the window's longest frame per keystroke
    found["keystroke_worst_ms"] = max(frames)
    found["results_ms"] = statistics.median(typing["shown"])  # from the key to its results on screen
    found["results_worst_ms"] = max(typing["shown"])
    found["peak_in_use_mb"] = typing["peak_mb"]
    checks = [run([str(DEAL_PLANNER), "check", "--db", str(path)], env)[0] for _ in range(3)]
    found["check_s"] = statistics.median(checks)
    return found


def table(found: dict[str, float], deals: list[int], before: dict[str, float] | None, label: str) -> str:
    """The issue's table: figure, target, measured (and the figures before, when given)."""
    rows: list[tuple[str, str, str]] = []  # figure, target, key

    def fmt(key: str, figures: dict[str, float] | None) -> str:
        if figures is None or key not in figures or figures[key] != figures[key]:  # NaN: not measured
            return "–"
        value = figures[key]
        if key.startswith("ratio"):
            return f"{value:.2f}x"
        if "mb" in key:
            return f"{value:.0f} MB"
        if key.endswith("_ms"):
            return f"{value:.1f} ms"
        return f"{value:.2f} s"

    for n in sorted(deals):
        rows.append((f"usable board, {n:,} deals", "", f"app@{n}"))
        rows.append((f"empty QMainWindow, {n:,} deals", "", f"empty@{n}"))
        target = {10_000: "≤ 2.0x", 100_000: "≤ 2.5x"}.get(n, "")
        rows.append((f"ratio, {n:,} deals", target, f"ratio@{n}"))
        rows.append((f"peak memory at start, {n:,} deals", "< 100 MB" if n == 100_000 else "", f"peak_mb@{n}"))
    largest = f"{max(deals):,} deals"
    rows += [(f"filter keystroke, the window's longest frame (median), {largest}", "≤ 16 ms", "keystroke_ms"),
             (f"filter keystroke, the window's longest frame (worst), {largest}", "", "keystroke_worst_ms"),
             (f"filter keystroke, its results on screen (median), {largest}", "", "results_ms"),
             (f"filter keystroke, its results on screen (worst), {largest}", "", "results_worst_ms"),
             (f"peak memory in use, {largest}", "< 100 MB", "peak_in_use_mb"),
             (f"`check`, {largest}", "≤ 1.2 s", "check_s"),
             (f"`demo --deals {max(deals)}`", "< 60 s", "demo_s")]
    head = ["figure", "target"] + (["before"] if before is not None else []) + [label]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for figure, target, key in rows:
        cells = [figure, target] + ([fmt(key, before)] if before is not None else []) + [fmt(key, found)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deals", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--rebuild", action="store_true", help="build the demo files again")
    parser.add_argument("--file", action="append", default=[], metavar="N=PATH",
                        help="a demo file of N deals made earlier (copied and migrated), instead of building one")
    parser.add_argument("--save", help="keep the figures under this name")
    parser.add_argument("--compare", help="figures saved earlier under this name, shown beside")
    parser.add_argument("--table-only", action="store_true", help="print the saved figures (--save) again")
    args = parser.parse_args()
    args.given = {int(n): Path(p) for n, p in (f.split("=", 1) for f in args.file)}
    CACHE.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(CACHE / "data"),
               XDG_CONFIG_HOME=str(CACHE / "config"), LANG="en_US.UTF-8")
    # this checkout's planner, wherever the venv's editable install points
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")])
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached, not compiled at each start
    if args.table_only:
        found = json.loads((CACHE / f"{args.save}.json").read_text())
    else:
        found = measure(args, env)
        if args.save:
            (CACHE / f"{args.save}.json").write_text(json.dumps(found, indent=1))
    before = json.loads((CACHE / f"{args.compare}.json").read_text()) if args.compare else None
    print()
    print(table(found, args.deals, before, args.save or "measured"))


if __name__ == "__main__":
    main()
