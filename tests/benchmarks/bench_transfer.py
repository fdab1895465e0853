"""The full export and its import on a 10,000-deal file, and whether every row came back.

A script, not a test:  python tests/benchmarks/bench_transfer.py [deals]
Builds a demo file (about a quarter of a minute for 10,000 deals), exports it as JSON,
imports the JSON into a new file, then compares the two files table by table and row by
row, checks the copy (``planner.file.check``) and its fingerprint, and prints the seconds
of each step and the targets. The test suite does the same on the demo file and on 2,000
deals (tests/transfer/test_full_export.py).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

EXPORT_TARGET, IMPORT_TARGET = 5.0, 30.0  # seconds, on the 2-core machine of DESIGN.md


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name <> '_sqlite_migrations'")]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()


def main() -> int:
    deals = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DEAL_PLANNER_DATA_DIR"] = str(Path(folder) / "data")
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translations need one
        from planner import demo
        from planner.services import Planner
        from planner.transfer import full_export, full_import

        base = Path(folder)
        source, document, again = base / "big.planner", base / "big.json", base / "again.planner"
        start = time.perf_counter()
        demo.build(source, deals=deals).close()
        built = time.perf_counter() - start
        planner = Planner.open(source, read_only=True)
        start = time.perf_counter()
        counts = full_export.export(planner, document)
        exported = time.perf_counter() - start
        fingerprint = planner.file.fingerprint()
        planner.close()
        start = time.perf_counter()
        full_import.import_file(document, again)
        imported = time.perf_counter() - start
        same = dump(source) == dump(again)
        copy = Planner.open(again, read_only=True)
        problems = copy.file.check()
        same_fingerprint = copy.file.fingerprint() == fingerprint
        copy.close()
        rows = sum(counts.values())
        size = document.stat().st_size / 1e6
        print(f"demo file of {deals} deals built in {built:.1f} s; {rows} rows, JSON {size:.1f} MB")
        print(f"export: {exported:.1f} s (target {EXPORT_TARGET} s)")
        print(f"import: {imported:.1f} s (target {IMPORT_TARGET} s)")
        print(f"every row reproduced: {same}; check: {problems or 'OK'}; same fingerprint: {same_fingerprint}")
        ok = same and not problems and same_fingerprint and exported <= EXPORT_TARGET and imported <= IMPORT_TARGET
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
