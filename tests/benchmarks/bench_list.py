"""The board's list of deals (Ctrl+2) at scale: opening it, typing a search with it open,
sorting by a column and going to its end, and the memory all that takes (issue 15).

Run:  .venv/bin/python tests/benchmarks/bench_list.py [--db FILE] [--runs 5]

``--db`` is a planner file (by default a copy of the 100,000-deal file of bench_startup.py,
made once at /tmp/bench-list-100000.planner; the original is never written). Each run is one
whole process with its own settings folder, so the board starts in its columns every time:

* open: the window up and the board's cards painted, then the list asked for (Ctrl+2, the
  ``list_action``) and painted;
* keystroke: the search typed and taken back with the list open, one filter per keystroke
  (the time to its results on screen, and the window's longest frame meanwhile),
  each followed by a paint (as the board benchmark types);
* sort: a click on each column's heading, ascending then descending, painted;
* Ctrl+End: the last row made current and painted;
* closed: the closed deals shown too (the list open), then the search typed again with the
  list sorted by title;
* peak memory: the process's resident peak after all of it (start-up included).

Medians over the runs; the worst of each. Not collected by pytest: it prints.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

CACHE = Path("/tmp/deal-planner-bench")  # bench_startup.py's files: deals-N-schemaV or given-N-schemaV


def source() -> Path:
    """The 100,000-deal file of the newest schema that bench_startup.py keeps."""
    kept = [p for pattern in ("deals-100000-schema*.planner", "given-100000-schema*.planner") for p in CACHE.glob(pattern)]
    if not kept:
        raise SystemExit("no 100,000-deal file: run tests/benchmarks/bench_startup.py first, or give --db")
    return max(kept, key=lambda p: int(p.stem.rpartition("schema")[2]))
COPY = Path("/tmp/bench-list-100000.planner")
WORDS = ["s", "sy", "sys", "syst", "syste", "system", "syst", "", "系", "系統", "台", "台北", "logistics", "#17", ""]

IN_PROCESS = textwrap.dedent("""
    import json, resource, sys, time
    from planner.ui.app import make_application
    app = make_application()
    from PySide6.QtCore import Qt
    from planner import i18n
    from planner.services import Planner
    from planner.ui.main_window import MainWindow
    i18n.install("en")

    window = MainWindow(Planner.open(sys.argv[1]), with_workspace=False)
    window.resize(1280, 800)
    window.show()
    while window.board.waiting:
        app.processEvents()
    window.repaint()
    board = window.board

    def timed(action):
        t = time.perf_counter()
        action()
        window.repaint()
        return (time.perf_counter() - t) * 1000

    frames = []  # per keystroke, the window's longest frame: the key's, or the results'

    def search(text):  # the file is searched in a thread: until what it found is shown
        t = time.perf_counter()
        board.search.setText(text)
        app.processEvents()  # the key's frame
        longest = (time.perf_counter() - t) * 1000
        while board.typed.busy:
            a = time.perf_counter()
            app.processEvents()
            if not board.typed.busy:
                window.repaint()  # the results' frame
                longest = max(longest, (time.perf_counter() - a) * 1000)
            else:
                time.sleep(0.0002)
        frames.append(longest)

    opened = timed(board.list_action.trigger)
    view = board.list_view
    rows = view.model().rowCount()
    typed = [timed(lambda text=text: search(text)) for text in json.loads(sys.argv[2])]
    sorted_ms = []
    for column in range(view.model().columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorted_ms.append(timed(lambda c=column, o=order: view.sortByColumn(c, o)))
    view.setFocus()
    from PySide6.QtTest import QTest
    end = timed(lambda: QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier))
    closed = timed(board.show_closed_action.trigger)  # the closed deals too, the list open
    rows_closed = view.model().rowCount()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    closed_typed = [timed(lambda text=text: search(text)) for text in json.loads(sys.argv[2])]
    words = len(json.loads(sys.argv[2]))
    typed_frames, closed_frames = frames[:words], frames[words:]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"open": opened, "rows": rows, "typed": typed, "sort": sorted_ms, "end": end,
                      "closed": closed, "rows_closed": rows_closed, "closed_typed": closed_typed,
                      "typed_frames": typed_frames, "closed_frames": closed_frames,
                      "peak_mb": peak}))
""")


def run_once(path: Path, folder: Path) -> dict[str, object]:
    """One whole process on ``path`` with fresh settings in ``folder``; what it measured."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(folder / "data"),
               XDG_CONFIG_HOME=str(folder / "config"), LANG="en_US.UTF-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(path), json.dumps(WORDS)], env=env,
                         capture_output=True, text=True, check=True).stdout
    found: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="the file to open (default: a copy of the 100,000-deal file)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = args.db
    if path is None:
        if not COPY.exists():
            shutil.copy(source(), COPY)
        path = COPY
    folder = Path(tempfile.mkdtemp(prefix="bench-list-"))
    runs = [run_once(path, folder / str(i)) for i in range(args.runs)]
    shutil.rmtree(folder, ignore_errors=True)

    def figures(name: str) -> list[float]:
        return [float(v) for r in runs for v in (r[name] if isinstance(r[name], list) else [r[name]])]  # type: ignore[union-attr]

    opened, typed, sort, end, closed, closed_typed, peak, typed_frames, closed_frames = (
        figures(n) for n in ("open", "typed", "sort", "end", "closed", "closed_typed", "peak_mb",
                             "typed_frames", "closed_frames"))
    print(f"{path}: {runs[0]['rows']:,} rows in the list; {args.runs} runs, one process each")
    print(f"open the list (Ctrl+2):        median {statistics.median(opened):7.1f} ms, worst {max(opened):7.1f} ms")
    print(f"search keystroke, list open:   median {statistics.median(typed):7.1f} ms, worst {max(typed):7.1f} ms"
          f"  (results on screen; {len(WORDS)} keystrokes a run)")
    print(f"  the window's longest frame:  median {statistics.median(typed_frames):7.1f} ms,"
          f" worst {max(typed_frames):7.1f} ms  (the key's, or the results')")
    print(f"sort by a column (each way):   median {statistics.median(sort):7.1f} ms, worst {max(sort):7.1f} ms")
    print(f"Ctrl+End (the last row):       median {statistics.median(end):7.1f} ms, worst {max(end):7.1f} ms")
    print(f"closed deals shown too ({runs[0]['rows_closed']:,} rows): median {statistics.median(closed):7.1f} ms,"
          f" worst {max(closed):7.1f} ms")
    print(f"  then a keystroke, by title:  median {statistics.median(closed_typed):7.1f} ms,"
          f" worst {max(closed_typed):7.1f} ms; its longest frame: median"
          f" {statistics.median(closed_frames):7.1f} ms, worst {max(closed_frames):7.1f} ms")
    print(f"peak memory:                   median {statistics.median(peak):7.0f} MB, worst {max(peak):7.0f} MB")


if __name__ == "__main__":
    main()
