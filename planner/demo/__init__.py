"""A realistic demo file, in one language or bilingual, with two to three years of sales history, and large
files for benchmarks (``deal-planner demo --deals N``).

The history is planned first from a fixed seed (``history``), then written as it happened,
day by day, in one transaction (``bulk``: the rows the services would write, each judged by
the file's triggers; ``replay`` writes the same plan through the services themselves, and
tests compare the two files row for row): the same ``today`` gives the same file. The file is
written under a temporary name beside its target and moved into place once complete (``place``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.demo import bulk, content, place
from planner.services import Planner

DEFAULT_DEALS = 120  # enough closed deals for calibration to have something to say


def write(path: Path, deals: int | None = None, today: date | None = None, language: str | None = None) -> int:
    """Write a new demo file at ``path``: the hand-written deals and a history around them,
    ``deals`` deals in all (never fewer than the hand-written ones); return how many.
    ``language`` ("en", "zh_TW"): everything the demo says in that language; None: each
    customer in its own. A file already at ``path`` is refused (``FileRefused``); on any
    failure or interruption nothing is left at ``path`` nor beside it."""
    total = DEFAULT_DEALS if deals is None else max(deals, len(content.DEALS))
    partial = place.Partial(Path(path))
    with partial as temporary:
        planner = Planner.open(temporary, create=True)
        try:
            partial.hold()
            bulk.build(planner, total, today or date.today(), language)
            count = sum(p.deals for p in planner.processes.summaries())  # counted, not read
        finally:
            planner.close()
        partial.move()
    return count


def build(path: Path, deals: int | None = None, today: date | None = None, language: str | None = None) -> Planner:
    """``write``, then the new file opened."""
    write(path, deals, today, language)
    return Planner.open(path)
