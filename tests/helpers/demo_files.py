"""A demo file with what the board's and the list's SQL must get right: a rate for USD, some
deals archived and one in yen (no rate)."""

from __future__ import annotations

from pathlib import Path

from planner import demo
from planner.domain.model import Deal
from planner.services import Planner


def varied_demo(path: Path, deals: int, archive_every: int) -> Planner:
    """The demo with ``deals`` deals, every ``archive_every``-th archived, USD at 31.5 and a
    deal in yen; open (the caller closes it)."""
    planner = demo.build(path, deals=deals)
    planner.rates.set("USD", 31.5)
    made = planner.deals.all()
    for deal in made[::archive_every]:
        planner.deals.archive(deal.id)  # type: ignore[arg-type]  # stored deals have ids
    planner.deals.create(Deal(made[1].account_id, made[1].process_id, "Yen deal", value=5_000_000, currency="JPY"))
    return planner
