"""Time of the pipeline forecast at 10,000 and 100,000 deals: ``reports.pipeline()`` (what the
forecast view and ``deal-planner forecast`` compute), the whole command, and the PDF export.

Run: .venv/bin/python tests/benchmarks/bench_forecast.py [--no-pdf]
The files are built with `deal-planner demo --deals N` (100,000 takes minutes) and kept in
$TMPDIR/deal-planner-bench/ for the next run; delete them to rebuild.
Targets: reports.pipeline() well under a second at 10,000 deals (the view opens on it) and
under a second at 100,000; the command within a second or two (opening the file includes
SQLite's quick check). The PDF lists every open deal: its time grows with their number.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from planner.services import Planner

CACHE = Path(tempfile.gettempdir()) / "deal-planner-bench"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def demo_file(deals: int) -> Path:
    """The demo with ``deals`` deals, built once and kept (a half-built file is never kept)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"forecast-{deals}.planner"
    if not path.exists():
        partial = CACHE / f"forecast-{deals}.building.planner"
        for leftover in CACHE.glob(f"{partial.name}*"):
            leftover.unlink()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planner", "demo", "--db", str(partial), "--deals", str(deals)],
                       check=True, env=ENV, capture_output=True)
        partial.rename(path)
        print(f"  (built {path} in {time.perf_counter() - start:.0f} s)")
    return path


def best_of(runs: int, work) -> tuple[float, object]:  # noqa: ANN001 - a callable
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    pdf = "--no-pdf" not in sys.argv
    for deals in (10_000, 100_000):
        path = demo_file(deals)
        planner = Planner.open(path, read_only=True)
        try:
            seconds, found = best_of(3, planner.reports.pipeline)
            quarter, _ = best_of(3, lambda p=planner: p.reports.pipeline("quarter"))
            calibration, _ = best_of(3, planner.reports.calibration)  # what the forecast no longer runs
            total = found.total()  # type: ignore[attr-defined]
            print(f"{deals:>7,} deals, {total.deals:,} open in the forecast, {len(found.periods)} periods: "  # type: ignore[attr-defined]
                  f"reports.pipeline() {seconds * 1000:5.0f} ms (by quarter {quarter * 1000:5.0f} ms; "
                  f"reports.calibration() for comparison {calibration * 1000:5.0f} ms)")
            if pdf:
                from planner.export import export_forecast

                with tempfile.TemporaryDirectory() as folder:
                    for lang in ("zh_TW", "en"):
                        target = Path(folder) / f"forecast-{lang}.pdf"
                        start = time.perf_counter()
                        pages = export_forecast(planner, target, lang, "a4")
                        took = time.perf_counter() - start
                        print(f"{'':>16}PDF ({lang}): {took:6.2f} s, {int(pages):,} pages, "
                              f"{target.stat().st_size / 1e6:.1f} MB")
        finally:
            planner.close()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planner", "forecast", "--db", str(path), "--format", "json"],
                       check=True, env=ENV, capture_output=True)
        print(f"{'':>16}`deal-planner forecast --format json` {time.perf_counter() - start:5.2f} s (whole command)")


if __name__ == "__main__":
    main()
