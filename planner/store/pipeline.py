"""The record the forecast reads: every open deal that is not archived, in one query.

One query for the whole file (the PDF's list of deals by account is a second one): 100,000
open deals read in a fraction of a second. The observed rates need only how many deals got
to each stage and how they ended: one aggregate query (``outcomes``), not every deal's path.
The usual row is checked inline; one that fails goes through ``Reader`` to name the column
that cannot be read.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.domain.forecast import ListedDeal, OpenDeal
from planner.domain.model import DealStatus
from planner.store.rows import Reader, bounded

if TYPE_CHECKING:
    from planner.store.repository import Store

_STATUSES = {s.value: s for s in DealStatus}
_COLUMNS = ("id", "account_id", "process_id", "stage_id", "value", "currency", "expected_close")


def _shown(process_id: int | None) -> tuple[str, list[Any]]:
    """The deals the forecast counts: open, not archived, of ``process_id`` or of every
    process that is not archived."""
    if process_id is not None:
        return "d.status = 'open' AND d.archived = 0 AND d.process_id = ?", [process_id]
    return "d.status = 'open' AND d.archived = 0 AND d.process_id IN (SELECT id FROM processes WHERE archived = 0)", []


def open_deals(store: Store, process_id: int | None = None) -> list[OpenDeal]:
    """Open, not archived deals of ``process_id``, or of every process that is not archived."""
    where, params = _shown(process_id)
    rows = store.q(
        f"""SELECT d.id, d.account_id, d.process_id, d.stage_id, d.value, d.currency, d.expected_close
            FROM deals d WHERE {where} ORDER BY d.id""", params)
    days: dict[str, date] = {}  # a date read once, however many deals close on it
    return [_open_deal(row, days) for row in rows]


def listed_deals(store: Store, process_id: int | None = None) -> list[ListedDeal]:
    """The same deals with their titles and account names, by account, then expected close."""
    where, params = _shown(process_id)
    days: dict[str, date] = {}
    out = []
    for row in store.q(
        f"""SELECT d.id, d.account_id, d.process_id, d.stage_id, d.value, d.currency, d.expected_close,
                   d.title, a.name AS account
            FROM deals d JOIN accounts a ON a.id = d.account_id WHERE {where}
            ORDER BY a.name COLLATE NOCASE, a.id, d.expected_close IS NULL, d.expected_close, d.id""", params):
        deal = _open_deal(row, days)
        title, account = row["title"], row["account"]
        if type(title) is not str:
            raise Reader("deals", row).bad("title")
        if type(account) is not str:
            raise Reader("accounts", {"id": row["account_id"], "name": account}).bad("name")
        out.append(ListedDeal(deal.deal_id, deal.account_id, bounded(account), bounded(title), deal.process_id,
                              deal.stage_id, deal.value, deal.currency, deal.expected_close))
    return out


def outcomes(store: Store, process_id: int | None = None) -> list[tuple[int, int, DealStatus, int, int]]:
    """(process id, stage id, status, deals, one of their ids) for every deal of ``process_id``
    or of the file, archived or not: where deals are and how they ended, as calibration counts
    them, in one aggregate query (no milestone is read)."""
    where, params = ("WHERE d.process_id = ?", [process_id]) if process_id is not None else ("", [])
    out = []
    for row in store.q(
        f"""SELECT d.process_id, d.stage_id, d.status, count(*) AS n, min(d.id) AS id
            FROM deals d {where} GROUP BY d.process_id, d.stage_id, d.status ORDER BY 1, 2, 3""", params):
        reader = Reader("deals", row)
        status = _STATUSES.get(row["status"])
        if status is None:
            raise reader.bad("status")
        out.append((reader.integer("process_id"), reader.integer("stage_id"), status, row["n"], row["id"]))
    return out


def _open_deal(row: dict[str, Any], days: dict[str, date]) -> OpenDeal:
    """A row as an open deal; ``days`` keeps the dates read (a date is parsed once)."""
    deal_id, account_id, process, stage_id, value, currency, expected = (row[c] for c in _COLUMNS)
    try:
        if not (type(deal_id) is int and type(account_id) is int and type(process) is int
                and type(stage_id) is int and type(value) in (int, float) and math.isfinite(value)
                and value >= 0 and type(currency) is str and (expected is None or type(expected) is str)):
            raise ValueError
        day = None if expected is None else days.get(expected) or days.setdefault(
            expected, date.fromisoformat(expected))
    except (ValueError, TypeError):
        raise _bad(row) from None
    return OpenDeal(deal_id, account_id, process, stage_id, float(value), currency, day)


def _bad(row: dict[str, Any]) -> Exception:
    """The unreadable column of a row that failed the quick test."""
    reader = Reader("deals", row)
    for column in ("id", "account_id", "process_id", "stage_id"):
        reader.integer(column)
    value = reader.number("value")
    if value < 0:
        return reader.bad("value")
    reader.text("currency")
    try:
        if row["expected_close"] is not None:
            date.fromisoformat(row["expected_close"])
    except (TypeError, ValueError):
        return reader.bad("expected_close")
    return reader.bad("id")  # not reached: the quick test failed on one of the above
