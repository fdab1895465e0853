"""The board's reads in SQL, so that its cost follows what is on screen rather than the size
of the file (issue 15): one pass per query over the deals the filter lets through gives each
column's deal ids in the chosen order and its counts and sums (``scan``); a column then reads
the cards of the ids it shows, a page at a time (``cards``).

A :class:`CardQuery` is the board's filter in plain values (no Qt, no settings): the store
turns it into one SQL condition. Search words go through ``planner.store.search`` only, which
decides how a word is found. The orders are those of ``planner.ui.board.query.sort_key``,
written in SQL: the same deals in the same order, ties broken by the deal's id.
"""

from __future__ import annotations

import json
import math
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from planner.domain.calibration import DealPath
from planner.domain.model import Account, Card, DealStatus
from planner.store import rows, search

if TYPE_CHECKING:
    from planner.store.repository import Store

# the day of a deal's last confirmed milestone (the milestones_by_deal index finds it)
LAST_MILESTONE = "(SELECT max(confirmed_on) FROM milestones WHERE deal_id = d.id)"
STARTED_ON = "date(d.created_at, 'localtime')"

# what one card shows, as Store.cards has always read it
CARD_COLUMNS = """d.id, d.title, d.stage_id, d.status, d.value, d.currency,
       d.expected_close, d.next_target, d.created_at, d.archived, d.account_id,
       date(d.created_at, 'localtime') AS started_on, a.name AS account,
       """ + LAST_MILESTONE + """ AS last_ms,
       (SELECT count(*) FROM tasks t WHERE t.deal_id = d.id AND t.stage_id = d.stage_id) AS tasks_total,
       (SELECT count(*) FROM tasks t
         WHERE t.deal_id = d.id AND t.stage_id = d.stage_id AND t.done) AS tasks_done,
       (SELECT group_concat(g.role || ' ' || g.attitude || ' ' || g.influence, ',')
          FROM deal_contacts g WHERE g.deal_id = d.id) AS people"""

CLOSE_ORDER = "d.expected_close IS NULL, d.expected_close, d.id"

# the deal's value in the home currency, NULL without a usable rate (planner.domain.money.convert)
HOME_VALUE = """(CASE WHEN :home = '' OR d.currency = :home THEN d.value * 1.0
                     ELSE d.value * (SELECT r.rate FROM board_rates r WHERE r.currency = d.currency) END)"""

ORDERS: dict[str, str] = {
    "close": CLOSE_ORDER,
    "value": f"{HOME_VALUE} IS NULL, {HOME_VALUE} DESC, d.id",
    "in_stage": f"coalesce({LAST_MILESTONE}, {STARTED_ON}), d.id",  # longest without a milestone first
    "title": "casefold(d.title), d.id",
    "newest": "d.id DESC",
}

CLOSED = None  # the "stage" of the closed lane


def card_rows(store: Store, where: str, params: Any, order: str = CLOSE_ORDER, with_text: bool = True) -> list[Card]:
    """Cards of the deals ``where`` holds for (``d`` the deal, ``a`` its account), in ``order``;
    with their search text (a model given all its cards filters on it), or without (the board's
    pages: the file found them)."""
    # the text as the index holds it: one lookup by id instead of reading the people and notes
    text = f"coalesce({search.indexed_text('d')}, '')" if with_text else "''"
    return [rows.card(r) for r in store.q(
        f"""SELECT {CARD_COLUMNS}, {text} AS search_text
            FROM deals d JOIN accounts a ON a.id = d.account_id
            WHERE {where} ORDER BY {order}""", params)]


@dataclass(frozen=True)
class CardQuery:
    """What the board shows of one process: its filter, and what the filter needs to know."""

    process_id: int
    today: date
    words: tuple[str, ...] = ()  # case-folded, all must be found
    account_id: int | None = None
    overdue: bool = False
    stalled: bool = False
    bars: tuple[tuple[int, int], ...] = ()  # stage id -> stalled after more days than this
    idle_days: int = 14  # the bar of a stage not in ``bars``
    closing: tuple[date, date] | None = None  # expected close within (first, last day)
    value_min: float | None = None  # in the home currency
    value_max: float | None = None
    archived: bool = False  # archived deals too
    home: str = ""
    rates: tuple[tuple[str, float], ...] = field(default=())

    @property
    def narrows(self) -> bool:
        return bool(self.words or self.account_id is not None or self.overdue or self.stalled
                    or self.closing is not None or self.value_min is not None or self.value_max is not None)


class Sql(NamedTuple):
    """A condition on ``d``, what it needs before the SELECT, and the parameters."""

    where: str
    before: str
    params: dict[str, Any]


def _rates_cte(rates: Iterable[tuple[str, float]]) -> tuple[str, dict[str, Any]]:
    usable = [(c, r) for c, r in rates if isinstance(r, (int, float)) and math.isfinite(r) and r > 0]
    if not usable:
        return "board_rates(currency, rate) AS (SELECT NULL, NULL WHERE 0)", {}
    values = ", ".join(f"(:rc{i}, :rr{i})" for i in range(len(usable)))
    params: dict[str, Any] = {}
    for i, (currency, rate) in enumerate(usable):
        params[f"rc{i}"], params[f"rr{i}"] = currency, float(rate)
    return f"board_rates(currency, rate) AS (VALUES {values})", params


def kept(store: Store) -> dict[tuple[Any, ...], Any]:
    """What this open file's board read last (a search's deals, the totals without a filter),
    kept while the file is as it was: no write of this connection, no commit of another."""
    conn = store.conn
    state = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    held = _caches.get(store)
    if held is None or held[0] != state:
        held = _caches[store] = (state, {})
    return held[1]


_caches: weakref.WeakKeyDictionary[Store, tuple[tuple[int, int], dict[tuple[Any, ...], Any]]] = (
    weakref.WeakKeyDictionary())


def named(sql: str, params: Sequence[object], prefix: str) -> tuple[str, dict[str, object]]:
    """``sql`` with its "?" parameters named ``:prefix0``, ``:prefix1``… (outside quotes), so
    that a condition written with "?" (search.deal_condition) joins a query of named ones."""
    out: list[str] = []
    quote = ""
    n = 0
    for ch in sql:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append(f":{prefix}{n}")
            n += 1
            continue
        out.append(ch)
    if n != len(params):
        raise ValueError(f"{n} placeholders for {len(params)} parameters")
    return "".join(out), {f"{prefix}{i}": p for i, p in enumerate(params)}


def condition(query: CardQuery) -> Sql:
    """The board's filter as SQL (the search words through ``search.deal_condition``)."""
    rates_cte, params = _rates_cte(query.rates)
    params |= {"process": query.process_id, "home": query.home}
    # a search reads the deals its index finds (the unary + keeps SQLite from the process's
    # index, which would test every deal of the process against them: 13 ms against 10 for a
    # word at 100,000 deals, 61 ms against 47 for one letter); otherwise the process's index
    parts = ["+d.process_id = :process" if search.uses_index(query.words) else "d.process_id = :process"]
    ctes = [rates_cte]
    if not query.archived:
        parts.append("NOT d.archived")
    if query.account_id is not None:
        parts.append("d.account_id = :account")
        params["account"] = query.account_id
    if query.words:
        found, words = named(*search.deal_condition(query.words, "d"), "w")
        parts.append(f"({found})")
        params |= words
    if query.overdue:
        parts.append("d.status = 'open' AND d.expected_close IS NOT NULL AND d.expected_close < :today")
        params["today"] = query.today.isoformat()
    if query.stalled:
        # days in stage > bar  <=>  entered the stage before (today - bar days)
        cutoffs = [(stage, (query.today - timedelta(days=days)).isoformat()) for stage, days in query.bars]
        if cutoffs:
            ctes.append("board_bars(stage_id, cutoff) AS (VALUES "
                        + ", ".join(f"(:bs{i}, :bc{i})" for i in range(len(cutoffs))) + ")")
            for i, (stage, cutoff) in enumerate(cutoffs):
                params[f"bs{i}"], params[f"bc{i}"] = stage, cutoff
        else:
            ctes.append("board_bars(stage_id, cutoff) AS (SELECT NULL, NULL WHERE 0)")
        params["idle_cutoff"] = (query.today - timedelta(days=query.idle_days)).isoformat()
        parts.append(f"""d.status = 'open' AND coalesce({LAST_MILESTONE}, {STARTED_ON})
                         < coalesce((SELECT b.cutoff FROM board_bars b WHERE b.stage_id = d.stage_id), :idle_cutoff)""")
    if query.closing is not None:
        parts.append("d.expected_close BETWEEN :close_from AND :close_to")
        params["close_from"], params["close_to"] = query.closing[0].isoformat(), query.closing[1].isoformat()
    if query.value_min is not None or query.value_max is not None:
        parts.append(f"{HOME_VALUE} IS NOT NULL")
        if query.value_min is not None:
            parts.append(f"{HOME_VALUE} >= :value_min")
            params["value_min"] = query.value_min
        if query.value_max is not None:
            parts.append(f"{HOME_VALUE} <= :value_max")
            params["value_max"] = query.value_max
    return Sql(" AND ".join(parts), "WITH " + ", ".join(ctes), params)


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _prepare(store: Store) -> None:
    # for the TITLE order only: a read-time function, never one a trigger or index relies on
    store.conn.create_function("casefold", 1, _casefold, deterministic=True)


class Sums(NamedTuple):
    """One column's (or the closed lane's, by status) deals that pass the filter."""

    deals: int
    values: dict[str, float]  # currency -> sum of the deals' values in it


@dataclass
class BoardTotals:
    """What the filter lets through, counted and summed per stage and per closed status."""

    stages: dict[int, Sums] = field(default_factory=dict)
    closed: dict[DealStatus, Sums] = field(default_factory=dict)

    def stage(self, stage_id: int) -> Sums:
        return self.stages.get(stage_id, Sums(0, {}))

    def status(self, status: DealStatus) -> Sums:
        return self.closed.get(status, Sums(0, {}))

    @property
    def open_deals(self) -> int:
        return sum(s.deals for s in self.stages.values())

    @property
    def closed_deals(self) -> int:
        return sum(s.deals for s in self.closed.values())


@dataclass
class BoardScan:
    """The deals the filter lets through, in the chosen order: their ids per stage (the open
    ones) or in one list (the closed ones), and their counts and sums. Ids only: a column
    reads the cards of the ids it shows (``cards``)."""

    stages: dict[int, list[int]] = field(default_factory=dict)
    closed: list[int] = field(default_factory=list)
    totals: BoardTotals = field(default_factory=BoardTotals)
    # cards read with the scan (``scan``'s ``first``): each column's first ones, by deal id
    ready: dict[int, Card] = field(default_factory=dict)
    # the list of deals' ids read with it (a search typed with the list open): what they were
    # read for, (its order, closed deals too), and the ids in that order
    listed: tuple[Any, bool, list[int]] | None = None

    def ids(self, stage_id: int | None) -> list[int]:
        """One column's ids in order (``CLOSED``: the closed lane's)."""
        return self.closed if stage_id is CLOSED else self.stages.get(stage_id, [])


def scan(store: Store, query: CardQuery, order: str, closed: bool | None, first: int = 0) -> BoardScan:
    """One pass over what the filter lets through (the open deals, the ``closed`` ones, or
    with None both: a search finds both at once), in ``order``: each column's ids and its
    counts and sums by currency; with ``first``, the cards of each column's first ``first``
    ids too (``ready``: a search read in a thread leaves the window only cards to show).
    The board without a filter is read once while the file stays as it is."""
    cache = kept(store)
    key = ("scan", query, order, closed)
    if key in cache:
        held: BoardScan = cache[key]
        return held
    found = BoardScan()
    if closed and (query.overdue or query.stalled):
        return found  # only an open deal is overdue or stalled
    _prepare(store)
    sql = condition(query)
    status = {True: "AND d.status <> 'open'", False: "AND d.status = 'open'", None: ""}[closed]
    sums: dict[Any, tuple[int, dict[str, float]]] = {}
    for deal_id, status_text, stage_id, currency, value in store.each(
        f"""{sql.before} SELECT d.id, d.status, d.stage_id, d.currency, d.value
            FROM deals d WHERE {sql.where} {status}
            ORDER BY {ORDERS[order]}""", sql.params):
        state = _STATUSES.get(status_text)
        if (state is None or type(value) not in (int, float) or type(currency) is not str
                or type(deal_id) is not int):
            r = {"id": deal_id, "status": status_text, "stage_id": stage_id, "currency": currency, "value": value}
            raise rows.Reader("deals", r).bad("id" if type(deal_id) is not int else "status" if state is None
                                              else "value" if type(currency) is str else "currency")
        group: Any = stage_id if state == DealStatus.OPEN else state
        if state == DealStatus.OPEN:
            found.stages.setdefault(group, []).append(deal_id)
        else:
            found.closed.append(deal_id)
        deals, values = sums.get(group) or (0, {})
        values[currency] = values.get(currency, 0.0) + value
        sums[group] = (deals + 1, values)
    for group, (deals, values) in sums.items():
        (found.totals.stages if type(group) is int else found.totals.closed)[group] = Sums(deals, values)
    if first:
        heads = [i for ids in (*found.stages.values(), found.closed) for i in ids[:first]]
        found.ready = {c.deal_id: c for c in cards(store, heads)}
    elif not query.narrows:  # a search's scan is read once per keystroke anyway
        cache[key] = found
    return found


def cards(store: Store, ids: Sequence[int]) -> list[Card]:
    """The cards of ``ids``, in that order (a deal gone meanwhile is left out)."""
    ids = [i for i in ids if type(i) is int]  # a deal's id, as scan gives them (it names any other)
    if not ids:
        return []
    found = {c.deal_id: c for c in card_rows(store, "d.id IN (SELECT value FROM json_each(:ids))",
                                             {"ids": json.dumps(ids)}, "d.id", with_text=False)}
    return [found[i] for i in ids if i in found]


_STATUSES = {s.value: s for s in DealStatus}


# grouped as the deals_by_process_account index runs: read from it alone, with no sorting
CENSUS = """SELECT account_id, status, archived, count(*) FROM deals
            WHERE process_id = ? GROUP BY account_id, status, archived"""


# the currency most deals are in, counted from the deals_by_currency index
USUAL_CURRENCY = "SELECT currency FROM deals GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1"


def _census(store: Store, process_id: int) -> dict[tuple[int, bool, bool], int]:
    """A process's deals counted by (account, closed, archived), in one pass over them: the
    status bar's counts and the account filter's accounts from the same read, kept until the
    file changes."""
    cache = kept(store)
    key = ("census", process_id)
    if key not in cache:
        counted: dict[tuple[int, bool, bool], int] = {}
        for account_id, status, archived, n in store.tuples(CENSUS, [process_id]):
            key_of = (account_id, status != DealStatus.OPEN.value, bool(archived))
            counted[key_of] = counted.get(key_of, 0) + int(n)
        cache[key] = counted
    census: dict[tuple[int, bool, bool], int] = cache[key]
    return census


COUNT = """SELECT count(*) FROM deals WHERE process_id = :process
           AND (status = 'open') = :open AND (:archived OR NOT archived)"""


def count(store: Store, process_id: int, archived: bool, closed: bool) -> int:
    """How many open (or ``closed``) deals a process has, filter or not (archived ones with
    ``archived``): from the census once it is read (the account filter reads it), else
    counted alone, a quarter of the census's time (the status bar at start-up)."""
    cache = kept(store)
    if ("census", process_id) in cache:
        return sum(n for (_account, shut, put_away), n in _census(store, process_id).items()
                   if shut == closed and (archived or not put_away))
    key = ("count", process_id, archived, closed)
    if key not in cache:
        (n,), = store.tuples(COUNT, {"process": process_id, "open": not closed, "archived": archived})
        cache[key] = int(n)
    counted: int = cache[key]
    return counted


def card_accounts(store: Store, process_id: int) -> tuple[dict[int, str], list[Account]]:
    """The accounts of a process's deals, open or closed (id -> name: the board's account
    filter), and, to tell two accounts of one name apart, those and every account sharing a
    name with one of them (name and industry only: two light reads, not every account row)."""
    ids = {account for account, _closed, _archived in _census(store, process_id)}
    every = []
    for r in store.q("SELECT id, name, industry FROM accounts"):
        reader = rows.Reader("accounts", r)
        every.append(Account(name=reader.name("name"), industry=reader.text("industry"), id=reader.integer("id")))
    names = {a.name.strip().casefold() for a in every if a.id in ids}  # as ui.kit.formats.account_labels
    listed = {a.id: a.name for a in every if a.id in ids and a.id is not None}
    return listed, [a for a in every if a.name.strip().casefold() in names]


def won_paths(store: Store, process_id: int) -> list[DealPath]:
    """The won deals of a process with their milestones' dates: all the stall bars need
    (the time in stage counts won deals only; see domain.calibration), without reading
    the process's other deals."""
    try:
        return _won_paths(store, process_id)
    except (TypeError, ValueError):  # a value no deal can have: read again to name it
        return _won_paths(store, process_id, checked=True)


_WON_MILESTONES = """SELECT m.deal_id, m.stage_id, m.confirmed_on FROM milestones m JOIN deals d ON d.id = m.deal_id
                     WHERE d.process_id = ? AND d.status = 'won' ORDER BY m.deal_id, m.confirmed_on, m.id"""
_WON_DEALS = """SELECT d.id, d.stage_id, d.created_at, date(d.created_at, 'localtime') AS started_on
                FROM deals d WHERE d.process_id = ? AND d.status = 'won' ORDER BY d.id"""


def _won_paths(store: Store, process_id: int, checked: bool = False) -> list[DealPath]:
    """``won_paths`` from tuples (thousands of milestones at 100,000 deals), or, ``checked``,
    each value read through ``rows.Reader``, which names the first bad one."""
    dated: dict[int, list[tuple[int, date]]] = {}
    out = []
    if checked:
        for r in store.q(_WON_MILESTONES, [process_id]):
            reader = rows.Reader("milestones", r, "deal_id")
            milestone = (reader.integer("stage_id"), _day(reader, "confirmed_on"))
            dated.setdefault(reader.integer("deal_id"), []).append(milestone)
        for r in store.q(_WON_DEALS, [process_id]):
            reader = rows.Reader("deals", r)
            deal_id = reader.integer("id")
            out.append(DealPath(deal_id, process_id, reader.integer("stage_id"), DealStatus.WON,
                                _day(reader, "started_on", "created_at"), tuple(dated.get(deal_id, ()))))
        return out
    day = date.fromisoformat
    for deal_id, stage_id, confirmed_on in store.tuples(_WON_MILESTONES, [process_id]):
        if type(deal_id) is not int or type(stage_id) is not int:
            raise TypeError("not an id")
        dated.setdefault(deal_id, []).append((stage_id, day(confirmed_on)))
    for deal_id, stage_id, _created, started_on in store.tuples(_WON_DEALS, [process_id]):
        if type(deal_id) is not int or type(stage_id) is not int:
            raise TypeError("not an id")
        out.append(DealPath(deal_id, process_id, stage_id, DealStatus.WON, day(started_on),
                            tuple(dated.get(deal_id, ()))))
    return out


def _day(reader: rows.Reader, column: str, named: str | None = None) -> date:
    try:
        return date.fromisoformat(reader.row[column])
    except (TypeError, ValueError):
        raise reader.bad(named or column) from None
