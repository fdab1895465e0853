"""The forecast window at 10,000 and 100,000 deals: opening it from Tools › Forecast…, switching
month/quarter and process, and the Charts tab (the first time with QtCharts' import); and what
QtCharts costs on its own.

Run:  .venv/bin/python tests/benchmarks/bench_forecast_view.py [--deals 10000 100000] [--runs 5]
The files come from bench_forecast.py's cache ($TMPDIR/deal-planner-bench/, built with
`deal-planner demo --deals N` the first time). Target: the window open and painted well under
a second at 10,000 deals. Not collected by pytest; it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap

from bench_forecast import demo_file  # the same cached demo files

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# Runs in its own process per file: a window on the file, then the forecast as a user opens it.
IN_PROCESS = textwrap.dedent("""
    import json, statistics, sys, time
    from planner.ui.app import make_application
    app = make_application()
    from planner import i18n
    from planner.services import Planner
    from planner.ui.main_window import MainWindow
    i18n.install("en")

    def settle():
        for _ in range(3):
            app.processEvents()

    window = MainWindow(Planner.open(sys.argv[1]), with_workspace=False)
    window.show()
    while not window.started:
        app.processEvents()
    action, runs, opened = window.actions_by_name["forecast"], int(sys.argv[2]), []
    for _ in range(runs):  # a new window each time: what the first Tools › Forecast… costs
        window.dialogs.forecast = None
        start = time.perf_counter()
        action.trigger()
        view = window.dialogs.forecast
        view.repaint()
        opened.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
        settle()
    action.trigger()
    view = window.dialogs.forecast
    settle()

    def timed(work):
        start = time.perf_counter()
        work()
        view.repaint()
        return time.perf_counter() - start

    quarter = timed(lambda: view.set_by("quarter"))
    month = timed(lambda: view.set_by("month"))
    one = timed(lambda: view.set_process(view.processes.itemData(1)))
    every = timed(lambda: view.set_process(None))
    charts_loaded = "PySide6.QtCharts" in sys.modules
    first_charts = timed(lambda: (view.tabs.setCurrentWidget(view.charts_page), settle()))
    again = timed(lambda: view.set_by("quarter"))
    total = view.forecast.total()
    print(json.dumps({"open": opened, "quarter": quarter, "month": month, "one": one, "every": every,
                      "charts_loaded_before": charts_loaded, "first_charts": first_charts,
                      "charts_again": again, "deals": total.deals, "periods": len(view.forecast.periods)}))
""")

QTCHARTS_IMPORT = "import PySide6.QtWidgets, time; s = time.perf_counter(); import PySide6.QtCharts; " \
                  "print(time.perf_counter() - s)"


def qtcharts_import(runs: int = 7) -> float:
    """Median time of `import PySide6.QtCharts` after QtWidgets, in fresh processes."""
    found = [float(subprocess.run([sys.executable, "-c", QTCHARTS_IMPORT], env=ENV, check=True,
                                  capture_output=True, text=True).stdout) for _ in range(runs)]
    return statistics.median(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"import PySide6.QtCharts (after QtWidgets): {qtcharts_import() * 1000:.1f} ms (median of 7 processes)")
    for deals in args.deals:
        path = demo_file(deals)
        done = subprocess.run([sys.executable, "-c", IN_PROCESS, str(path), str(args.runs)], env=ENV, check=True,
                              capture_output=True, text=True)
        found = json.loads(done.stdout.strip().splitlines()[-1])
        ms = {k: v * 1000 for k, v in found.items() if isinstance(v, float)}
        opened = [t * 1000 for t in found["open"]]
        print(f"{deals:>7,} deals ({found['deals']:,} open):")
        print(f"  Tools › Forecast… to a painted window: median {statistics.median(opened):.0f} ms, "
              f"first {opened[0]:.0f} ms, best {min(opened):.0f} ms  (target: well under 1,000 ms at 10,000)")
        print(f"  by quarter {ms['quarter']:.0f} ms, by month {ms['month']:.0f} ms, one process {ms['one']:.0f} ms, "
              f"all processes {ms['every']:.0f} ms")
        print(f"  QtCharts loaded before the Charts tab: {found['charts_loaded_before']}; Charts tab first shown "
              f"(QtCharts imported, charts built) {ms['first_charts']:.0f} ms, redrawn {ms['charts_again']:.0f} ms")


if __name__ == "__main__":
    main()
