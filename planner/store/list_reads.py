"""The board's list of deals in SQL (issue 15): for the board's filter, the ids of every
shown deal in the order of the clicked column, in one query; the list then reads the cards
of the rows in view (``board_reads.cards``), so that its cost follows the screen.

Each column sorts on what it shows, as the list sorted it in Python (the value itself, not
its text): the title and the account case-folded, the stage by its place in the process, the
value in the home currency (a deal without a rate below zero), the expected close (undated
after every date), the days since the last milestone (a closed deal below any open one), the
share of the stage's tasks done (none: below zero), and the status by the order of its words
in the user's language (given by the caller). Either way round, equal keys keep the deals'
ids in rising order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.store.board_reads import HOME_VALUE, LAST_MILESTONE, STARTED_ON, CardQuery, condition, kept

if TYPE_CHECKING:
    from planner.store.repository import Store

# the share of the stage's tasks done, in one look at them (NULL without tasks: sum() of none)
TASKS_DONE = """(SELECT CAST(sum(t.done <> 0) AS REAL) / count(*) FROM tasks t
                 WHERE t.deal_id = d.id AND t.stage_id = d.stage_id)"""

# each column's key: one or more SQL expressions on ``d`` (the deal), sorted the same way round
KEYS: dict[str, tuple[str, ...]] = {
    "title": ("list_casefold(d.title)",),
    "account": ("(SELECT list_casefold(a.name) FROM accounts a WHERE a.id = d.account_id)",),
    "stage": ("coalesce((SELECT s.position FROM stages s WHERE s.id = d.stage_id), -1)",),
    "value": (f"coalesce({HOME_VALUE}, -1.0)",),
    "close": ("d.expected_close IS NULL", "d.expected_close"),
    # whole days between two dates at midnight: the same number as the card's
    "in_stage": (f"""CASE WHEN d.status = 'open'
                     THEN julianday(:today) - julianday(coalesce({LAST_MILESTONE}, {STARTED_ON})) ELSE -1 END""",),
    "tasks": (f"coalesce({TASKS_DONE}, -1.0)",),
    "status": ("list_status",),  # written per query from the caller's order of the statuses
}


@dataclass(frozen=True)
class ListOrder:
    """The clicked column (a key of ``KEYS``), which way round, and for ``status`` the
    (status, archived) pairs in the order their words sort in the user's language."""

    column: str
    descending: bool = False
    statuses: tuple[tuple[str, bool], ...] = ()


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _status_key(order: ListOrder) -> tuple[str, dict[str, Any]]:
    """The status column's key: each (status, archived) pair's place in ``order.statuses``
    (a pair not given after them all)."""
    params: dict[str, Any] = {}
    cases = []
    for i, (status, archived) in enumerate(order.statuses):
        params[f"ls{i}"], params[f"la{i}"] = status, int(archived)
        cases.append(f"WHEN d.status = :ls{i} AND d.archived = :la{i} THEN {i}")
    if not cases:
        return "0", params
    return f"CASE {' '.join(cases)} ELSE {len(cases)} END", params


def ids(store: Store, query: CardQuery, order: ListOrder, closed: bool) -> list[int]:
    """The ids of the deals ``query`` lets through (the open ones; with ``closed`` the closed
    ones too), in ``order``. The last list read without a filter is kept while the file stays
    as it is (a search taken back reads nothing); one list only, whatever the orders asked."""
    cache = kept(store)
    key = (query, order, closed)
    held: tuple[Any, list[int]] | None = cache.get(("list",))
    if held is not None and held[0] == key:
        return held[1]
    if order.column not in KEYS:
        raise ValueError(f"no list order {order.column!r}")
    store.conn.create_function("list_casefold", 1, _casefold, deterministic=True)
    sql = condition(query)
    params = dict(sql.params)
    keys = KEYS[order.column]
    if order.column == "status":
        status, more = _status_key(order)
        keys, params = (status,), params | more
    if order.column == "in_stage":
        params["today"] = query.today.isoformat()
    way = " DESC" if order.descending else ""
    status_filter = "" if closed else "AND d.status = 'open'"
    found = [deal for (deal,) in store.tuples(
        f"""{sql.before} SELECT d.id FROM deals d WHERE {sql.where} {status_filter}
            ORDER BY {", ".join(k + way for k in keys)}, d.id""", params)]
    if not query.narrows:  # a search's ids are read once per keystroke anyway
        cache[("list",)] = (key, found)
    return found

