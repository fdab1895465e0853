"""Time the account-plan PDF for an account with 200 open deals.

A script, not a test:  python tests/benchmarks/bench_pdf.py [deals]
Builds the AccountPlan in memory (no database), exports it in Traditional
Chinese and English, prints seconds and pages, and whether the target holds.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))

from pdf_plans import big_plan

from planner.report import write_account_plan

TARGET = 2.0


def main() -> int:
    deals = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    plan = big_plan(deals)
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        # the first export of a process also registers the fonts (about 0.1 s)
        for lang, paper, note in (("zh_TW", "a4", "first export, with font registration"),
                                  ("en", "letter", "")):
            path = Path(folder) / f"plan-{lang}.pdf"
            start = time.perf_counter()
            pages = write_account_plan(plan, path, lang, paper)
            seconds = time.perf_counter() - start
            worst = max(worst, seconds)
            size = path.stat().st_size / 1e6
            extra = f"  ({note})" if note else ""
            print(f"{deals} deals, {lang}, {paper}: {seconds:.2f} s, {pages} pages, {size:.1f} MB{extra}")
    verdict = "OK" if worst < TARGET else "SLOW"
    print(f"target < {TARGET:g} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
