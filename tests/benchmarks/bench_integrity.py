"""Time the integrity checks on a large planner file: schema comparison and hash chain.

A script, not a test:  python tests/benchmarks/bench_integrity.py [--deals N] [--db FILE]
Without --db it writes a demo file with N generated deals (default 10,000) through
``deal-planner demo`` (about a minute for 10,000). Prints, against the targets:
the schema check per open (and the reference schema it is built from, once per process),
sealing when nothing is new, sealing the whole history at once (what the migration does to
an existing file), verifying the whole chain, and the fingerprint.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from planner.store import chain, tamper

TARGETS = {"schema check per open": 0.005, "seal, nothing new": 0.001, "verify": 1.0}


def timed(action: Callable[[], object], runs: int = 1) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def show(name: str, seconds: tuple[float, float], extra: str = "") -> None:
    target = TARGETS.get(name)
    verdict = ""
    if target is not None:
        verdict = f"  target < {target * 1000:g} ms: {'OK' if seconds[0] < target else 'SLOW'}"
    print(f"{name:28} {seconds[0] * 1000:9.1f} ms wall {seconds[1] * 1000:9.1f} ms CPU{extra}{verdict}")


def demo(folder: Path, deals: int) -> Path:
    path = folder / "bench.planner"
    exe = Path(sys.executable).with_name("deal-planner")
    start = time.perf_counter()
    subprocess.run([str(exe), "demo", "--db", str(path), "--deals", str(deals)], check=True)
    print(f"demo file with {deals} deals written in {time.perf_counter() - start:.1f} s")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="an existing planner file (read only)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or demo(Path(folder), args.deals)
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn = sqlite3.connect(":memory:", isolation_level=None)  # a copy: the file stays as it is
        source.backup(conn)
        source.close()
        rows = conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
        print(f"{path}: {rows:,} sealed rows (milestones, corrections, events)")

        show("reference schema (once)", timed(tamper.expected))
        differences = tamper.differences(conn)
        show("schema check per open", timed(lambda: tamper.differences(conn), runs=21),
             f"  ({len(differences)} differences)")
        show("seal, nothing new", timed(lambda: chain.seal(conn), runs=101))

        result: list[list[object]] = []
        seconds = timed(lambda: result.append(list(chain.verify(conn))))
        show("verify", seconds, f"  ({rows / seconds[0]:,.0f} rows/s; {len(result[0])} problems)")
        show("fingerprint", timed(lambda: chain.fingerprint(conn), runs=21), f"  ({chain.fingerprint(conn)})")

        # the migration's work on an existing file: seal every row at once
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'ledger' "
                                "AND type = 'trigger'").fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DELETE FROM ledger")
        for _, sql in triggers:
            conn.execute(sql)

        def seal_all() -> None:
            conn.execute("BEGIN")
            chain.seal(conn)
            conn.execute("COMMIT")

        show("seal all (migration)", timed(seal_all), f"  ({rows:,} rows)")
        assert chain.verify(conn) == [], "sealing again gave a chain that does not verify"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
