"""The search as the board asks for it, at 100,000 deals: before and after the index (issue 15).

Run:  .venv/bin/python tests/benchmarks/bench_search.py [--source FILE] [--runs 9] [--fresh]

Copies the demo file (``--source``, by default the 100,000-deal file bench_startup.py builds)
to /tmp/bench-search-<n>.planner once (``--fresh``: again), brings the copy up to the
version before "0011_search" and times that step alone: the seconds it takes and how much
the file grows. Then, for each word the start-up benchmark types, the deals of the largest
process counted per stage (what a board's lanes show), interleaved run by run:

* before: the old definition, ``instr(lower(text), word)`` over the text built per deal
  (the account joined, its contacts and the stage notes read for every deal);
* after: ``search.deal_condition``, the account joined as the board does;
* after, no join: the same without the account (the condition no longer needs it).

The first line is the count without a search, the least any keystroke costs. Each count
is checked equal before and after. For the words of one or two characters, the
paths they could take (the trigrams they begin, chosen; ``instr`` over the indexed text of
each deal of the process; ``LIKE`` on the FTS5 table, which scans it). Also the cost of
``search.problems`` (the check's comparison of the index with the deals). Not collected by
pytest: it prints.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

from planner.store import search
from planner.store.migration_steps import MIGRATION_NAMES, migrations
from planner.store.upgrade import utils_view

SOURCE = Path("/tmp/deal-planner-bench/deals-100000-schema9.planner")
WORDS = ["s", "sy", "sys", "syst", "syste", "system", "系", "系統", "台", "台北", "logistics", "#17"]
STEP = "0011_search"


def _old(words: list[str]) -> tuple[str, list[object]]:
    """The definition before the index: the text built per deal, searched with instr."""
    text = search.search_text("d")
    return " AND ".join(f"instr({text}, ?) > 0" for _ in words), list(words)


def _counts(conn: sqlite3.Connection, condition: tuple[str, list[object]], process: int,
            join: bool = True) -> tuple[float, dict[int, int]]:
    sql, params = condition
    account = "JOIN accounts a ON a.id = d.account_id" if join else ""
    start = time.perf_counter()
    rows = conn.execute(f"SELECT d.stage_id, count(*) FROM deals d {account} "
                        f"WHERE d.process_id = ? AND {sql} GROUP BY d.stage_id", [process, *params]).fetchall()
    return (time.perf_counter() - start) * 1000, dict(rows)


def _size(path: Path) -> int:
    return path.stat().st_size + sum(p.stat().st_size for p in (Path(f"{path}-wal"),) if p.exists())


def prepare(source: Path, fresh: bool) -> tuple[Path, dict[str, float]]:
    """A copy of ``source`` with every step up to the index applied; the index step timed."""
    work = Path(f"/tmp/bench-search-{source.stem}.planner")
    figures: dict[str, float] = {}
    if fresh or not work.exists():
        for stale in work.parent.glob(work.name + "*"):
            stale.unlink()
        shutil.copy(source, work)
        conn = sqlite3.connect(work, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        migrations().apply(utils_view(conn), stop_before=STEP)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _size(work)
        start = time.perf_counter()
        migrations().apply(utils_view(conn))
        figures["step_s"] = time.perf_counter() - start
        conn.execute(f"PRAGMA user_version = {len(MIGRATION_NAMES)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        figures["before_mb"], figures["after_mb"] = before / 1e6, _size(work) / 1e6
    return work, figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    work, figures = prepare(args.source, args.fresh)
    if figures:
        grown = figures["after_mb"] - figures["before_mb"]
        print(f"{STEP}: {figures['step_s']:.2f} s, file {figures['before_mb']:.1f} MB -> "
              f"{figures['after_mb']:.1f} MB (+{grown:.1f} MB, {100 * grown / figures['before_mb']:.1f} %)")
    conn = sqlite3.connect(work, isolation_level=None)
    deals = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
    process, in_process = conn.execute(
        "SELECT process_id, count(*) FROM deals GROUP BY process_id ORDER BY 2 DESC LIMIT 1").fetchone()
    print(f"{deals:,} deals; process {process} holds {in_process:,}; {args.runs} runs, interleaved; ms")
    print(f"{'word':<10} {'found':>6} | {'before med':>10} {'worst':>7} | {'after med':>9} {'worst':>7} | "
          f"{'no join med':>11} {'worst':>7}")
    # the same count without a search: what any keystroke costs at least
    floor: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(args.runs):
        for join in floor:
            floor[join].append(_counts(conn, ("1", []), process, join)[0])
    print(f"{'(none)':<10} {in_process:>6} | {'':>10} {'':>7} | " + " | ".join(
        f"{statistics.median(floor[j]):>{w}.1f} {max(floor[j]):>7.1f}" for j, w in ((True, 9), (False, 11))))
    for word in WORDS:
        times: dict[str, list[float]] = {"before": [], "after": [], "bare": []}
        for _ in range(args.runs):
            spent, old = _counts(conn, _old([word]), process)
            times["before"].append(spent)
            spent, new = _counts(conn, search.deal_condition([word]), process)
            times["after"].append(spent)
            spent, bare = _counts(conn, search.deal_condition([word]), process, join=False)
            times["bare"].append(spent)
            assert old == new == bare, (word, old, new, bare)
        cells = [f"{statistics.median(t):>{w}.1f} {max(t):>7.1f}"
                 for t, w in ((times["before"], 10), (times["after"], 9), (times["bare"], 11))]
        print(f"{word:<10} {sum(old.values()):>6} | " + " | ".join(cells))
    # the paths a word of one or two characters could take (no trigram of its own), no join
    short = {
        "trigrams (chosen)": lambda w: search.deal_condition([w]),
        "instr by id": lambda w: (f"instr({search.indexed_text('d')}, ?) > 0", [w]),
        "LIKE on FTS5": lambda w: (f"d.id IN (SELECT rowid FROM {search.TABLE} WHERE text LIKE ? ESCAPE '!')",
                                   ["%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"]),
    }
    print(f"{'short word':<10} | " + " | ".join(f"{name + ' med':>22} {'worst':>7}" for name in short))
    for word in (w for w in WORDS if len(w) < 3):
        ways: dict[str, list[float]] = {name: [] for name in short}
        counts = []
        for _ in range(args.runs):
            for name, condition in short.items():
                spent_ms, got = _counts(conn, condition(word), process, join=False)
                ways[name].append(spent_ms)
                counts.append(got)
        assert all(c == counts[0] for c in counts), word
        print(f"{word:<10} | " + " | ".join(f"{statistics.median(t):>22.1f} {max(t):>7.1f}" for t in ways.values()))
    checks: list[float] = []
    for _ in range(3):
        start = time.perf_counter()
        assert search.problems(conn) == []
        checks.append(time.perf_counter() - start)
    print(f"search.problems (integrity-check and every deal's text compared): "
          f"median {statistics.median(checks):.2f} s of 3")
    conn.close()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
