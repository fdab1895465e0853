"""The record calibration reads: every deal's path through its process, in two queries.

Two queries for the whole file (not one per deal): 100,000 deals read in a fraction of a
second. Milestone dates are read only for won deals, the only ones timed in a stage.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.domain.calibration import DealPath
from planner.domain.model import DealStatus
from planner.store.rows import Reader

if TYPE_CHECKING:
    from planner.store.repository import Store

_STATUSES = {s.value: s for s in DealStatus}


def deal_paths(store: Store, process_id: int | None = None) -> list[DealPath]:
    """Every deal (of ``process_id``, or of all processes) with its won milestones' dates.

    The day a deal started is the local date of ``created_at``, as the day a milestone is
    confirmed is a local date (the file's triggers compare it with ``date('now', 'localtime')``).
    """
    where, params = ("WHERE d.process_id = ?", [process_id]) if process_id is not None else ("", [])
    dated: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for r in store.q(
        f"""SELECT m.id, m.deal_id, m.stage_id, m.confirmed_on FROM milestones m
            JOIN deals d ON d.id = m.deal_id {where} {"AND" if where else "WHERE"} d.status = 'won'
            ORDER BY m.deal_id, m.confirmed_on, m.id""", params):
        dated[r["deal_id"]].append((_integer("milestones", r, "stage_id"), _day("milestones", r, "confirmed_on")))
    out = []
    for r in store.q(
        f"""SELECT d.id, d.process_id, d.stage_id, d.status, d.created_at,
                   date(d.created_at, 'localtime') AS started_on
            FROM deals d {where} ORDER BY d.id""", params):
        status = _STATUSES.get(r["status"])
        if status is None:
            raise Reader("deals", r).bad("status")
        if not isinstance(r["started_on"], str):  # date() gives NULL for what is not a timestamp
            raise Reader("deals", r).bad("created_at")
        deal_id = _integer("deals", r, "id")
        out.append(DealPath(deal_id, _integer("deals", r, "process_id"), _integer("deals", r, "stage_id"),
                            status, _day("deals", r, "started_on", "created_at"), tuple(dated.get(deal_id, ()))))
    return out


def _integer(table: str, row: dict[str, Any], column: str) -> int:
    value = row[column]
    if type(value) is not int:
        raise Reader(table, row).bad(column)
    return value


def _day(table: str, row: dict[str, Any], column: str, named: str | None = None) -> date:
    try:
        return date.fromisoformat(row[column])
    except (TypeError, ValueError):
        raise Reader(table, row).bad(named or column) from None
