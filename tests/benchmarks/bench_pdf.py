"""Time the account-plan PDF for an account with 200 open deals: the internal plan and the
customer's compact copy; then one deal with a note as long as the app allows (100,000 characters).

A script, not a test:  python tests/benchmarks/bench_pdf.py [deals]
Builds the AccountPlan in memory (no database), exports it in Traditional Chinese and English
for both audiences, prints seconds and pages, and whether the targets hold: the internal plan
under 2 s, the customer's copy under 1 s and in at most half the internal plan's pages.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))

from pdf_plans import big_plan, small_plan

from planner.domain.rules import MAX_TEXT
from planner.report import write_account_plan

TARGETS = {"internal": 2.0, "customer": 1.0}  # seconds


def main() -> int:
    deals = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    plan = big_plan(deals)
    worst = dict.fromkeys(TARGETS, 0.0)
    pages: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        write_account_plan(big_plan(1), Path(folder) / "warm.pdf", "zh_TW", "a4")  # registers the fonts (~0.1 s)
        for audience in TARGETS:
            for lang, paper in (("zh_TW", "a4"), ("en", "letter")):
                path = Path(folder) / f"plan-{audience}-{lang}.pdf"
                start = time.perf_counter()
                written = write_account_plan(plan, path, lang, paper, audience)
                seconds = time.perf_counter() - start
                worst[audience] = max(worst[audience], seconds)
                pages[audience] = max(pages.get(audience, 0), int(written))
                size = path.stat().st_size / 1e6
                print(f"{deals} deals, {audience:8s} {lang:5s} {paper:6s}: {seconds:.2f} s, {int(written):3d} pages, "
                      f"{size:.1f} MB")
    for audience, target in TARGETS.items():
        print(f"{audience}: target < {target:g} s: {'OK' if worst[audience] < target else 'SLOW'}")
    compact = pages["customer"] * 2 <= pages["internal"]
    print(f"customer copy: {pages['customer']} pages against {pages['internal']}: "
          f"{'OK' if compact else 'NOT COMPACT'} (at most half)")
    long_note()
    return 0


def long_note() -> None:
    """One deal whose note is as long as the app lets a note be (100,000 characters, 4,761
    lines): 24 s when reportlab split it as one paragraph at every page, about 2 s now."""
    line = "長長的備註 long note line\n"
    plan = small_plan(deal_notes=line * (MAX_TEXT // len(line)))
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        written = write_account_plan(plan, Path(folder) / "long-note.pdf", "zh_TW", "a4")
        seconds = time.perf_counter() - start
    print(f"one deal with a 100,000-character note: {seconds:.2f} s, {int(written)} pages "
          f"({seconds / int(written) * 1000:.0f} ms a page)")


if __name__ == "__main__":
    raise SystemExit(main())
