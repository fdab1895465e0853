"""The board's reads in SQL: its cards a page at a time, in the order the user chose, and the
counts and sums of what the filter lets through, so that the board's cost follows what is on
screen rather than the size of the file (issue 15).

A :class:`CardQuery` is the board's filter in plain values (no Qt, no settings): the store
turns it into one SQL condition. Search words go through ``planner.store.search`` only, which
decides how a word is found. The orders are those of ``planner.ui.board.query.sort_key``,
written in SQL: the same deals in the same order, ties broken by the deal's id.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from planner.domain.calibration import DealPath
from planner.domain.model import Card, DealStatus
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


def card_rows(store: Store, where: str, params: Any, order: str = CLOSE_ORDER, tail: str = "",
              before: str = "") -> list[Card]:
    """Cards of the deals ``where`` holds for (``d`` the deal, ``a`` its account), in ``order``."""
    text = search.search_text()  # the card keeps the text it was found by (the list view filters on it)
    return [rows.card(r) for r in store.q(
        f"""{before} SELECT {CARD_COLUMNS}, {text} AS search_text
            FROM deals d JOIN accounts a ON a.id = d.account_id
            WHERE {where} ORDER BY {order} {tail}""", params)]


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
    """A condition on ``d`` (and ``a``), what it needs before the SELECT, and the parameters."""

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


def condition(query: CardQuery) -> Sql:
    """The board's filter as SQL (the search words through ``search.deal_condition``)."""
    rates_cte, params = _rates_cte(query.rates)
    params |= {"process": query.process_id, "home": query.home}
    parts = ["d.process_id = :process"]
    ctes = [rates_cte]
    if not query.archived:
        parts.append("NOT d.archived")
    if query.account_id is not None:
        parts.append("d.account_id = :account")
        params["account"] = query.account_id
    if query.words:
        found, words = search.deal_condition(query.words, "d")
        # deal_condition numbers its parameters with "?": named here so they mix with ours
        for i, word in enumerate(words):
            found = found.replace("?", f":w{i}", 1)
            params[f"w{i}"] = word
        parts.append(f"({found})")
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


def _column(stage_id: int | None) -> tuple[str, dict[str, Any]]:
    if stage_id is CLOSED:
        return "d.status <> 'open'", {}
    return "d.status = 'open' AND d.stage_id = :stage", {"stage": stage_id}


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _prepare(store: Store) -> None:
    # for the TITLE order only: a read-time function, never one a trigger or index relies on
    store.conn.create_function("casefold", 1, _casefold, deterministic=True)


def page(store: Store, query: CardQuery, stage_id: int | None, order: str, offset: int, limit: int) -> list[Card]:
    """``limit`` cards of one column (a stage's open deals, or ``CLOSED``) from ``offset`` on."""
    _prepare(store)
    sql = condition(query)
    column, params = _column(stage_id)
    return card_rows(store, f"{sql.where} AND {column}", sql.params | params | {"limit": limit, "offset": offset},
                     ORDERS[order], "LIMIT :limit OFFSET :offset", sql.before)


def position(store: Store, query: CardQuery, stage_id: int | None, order: str, deal_id: int) -> int:
    """Where ``deal_id`` stands in its column's order (-1: the filter leaves it out)."""
    _prepare(store)
    sql = condition(query)
    column, params = _column(stage_id)
    row = store.one(
        f"""{sql.before}, ranked AS (
                SELECT d.id, row_number() OVER (ORDER BY {ORDERS[order]}) - 1 AS place
                FROM deals d JOIN accounts a ON a.id = d.account_id WHERE {sql.where} AND {column})
            SELECT place FROM ranked WHERE id = :deal""", sql.params | params | {"deal": deal_id})
    return int(row["place"]) if row else -1


def matches(store: Store, query: CardQuery, deal_id: int) -> bool:
    """Whether the filter lets ``deal_id`` through (one row: after an edit)."""
    sql = condition(query)
    return store.one(f"""{sql.before} SELECT 1 AS found FROM deals d JOIN accounts a ON a.id = d.account_id
                         WHERE {sql.where} AND d.id = :deal""", sql.params | {"deal": deal_id}) is not None


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


def totals(store: Store, query: CardQuery) -> BoardTotals:
    """Counts and value sums by currency of what the filter lets through, in one GROUP BY."""
    sql = condition(query)
    found = BoardTotals()
    for r in store.q(
        f"""{sql.before} SELECT d.status, CASE WHEN d.status = 'open' THEN d.stage_id END AS stage,
                   d.currency, count(*) AS n, total(d.value) AS v
            FROM deals d JOIN accounts a ON a.id = d.account_id WHERE {sql.where}
            GROUP BY 1, 2, 3""", sql.params):
        status = DealStatus(r["status"]) if r["status"] in {s.value for s in DealStatus} else None
        if status is None:
            continue  # a status no screen shows: the cards' own read names it
        into = found.stages if status == DealStatus.OPEN else found.closed
        key: Any = r["stage"] if status == DealStatus.OPEN else status
        before = into.get(key, Sums(0, {}))
        values = dict(before.values)
        values[str(r["currency"])] = values.get(str(r["currency"]), 0.0) + float(r["v"])
        into[key] = Sums(before.deals + int(r["n"]), values)
    return found


def counts(store: Store, process_id: int, archived: bool) -> tuple[int, int]:
    """(open, closed) deals of a process, filter or not (archived ones with ``archived``)."""
    row = store.one(f"""SELECT count(*) FILTER (WHERE status = 'open') AS open,
                              count(*) FILTER (WHERE status <> 'open') AS closed
                       FROM deals WHERE process_id = ? {"" if archived else "AND NOT archived"}""", [process_id])
    return (int(row["open"]), int(row["closed"])) if row else (0, 0)


def won_paths(store: Store, process_id: int) -> list[DealPath]:
    """The won deals of a process with their milestones' dates: all the stall bars need
    (the time in stage counts won deals only; see domain.calibration), without reading
    the process's other deals."""
    dated: dict[int, list[tuple[int, date]]] = {}
    for r in store.q(
        """SELECT m.deal_id, m.stage_id, m.confirmed_on FROM milestones m JOIN deals d ON d.id = m.deal_id
           WHERE d.process_id = ? AND d.status = 'won' ORDER BY m.deal_id, m.confirmed_on, m.id""", [process_id]):
        reader = rows.Reader("milestones", r, "deal_id")
        milestone = (reader.integer("stage_id"), _day(reader, "confirmed_on"))
        dated.setdefault(reader.integer("deal_id"), []).append(milestone)
    out = []
    for r in store.q(
        """SELECT d.id, d.stage_id, d.created_at, date(d.created_at, 'localtime') AS started_on
           FROM deals d WHERE d.process_id = ? AND d.status = 'won' ORDER BY d.id""", [process_id]):
        reader = rows.Reader("deals", r)
        deal_id = reader.integer("id")
        out.append(DealPath(deal_id, process_id, reader.integer("stage_id"), DealStatus.WON,
                            _day(reader, "started_on", "created_at"), tuple(dated.get(deal_id, ()))))
    return out


def _day(reader: rows.Reader, column: str, named: str | None = None) -> date:
    try:
        return date.fromisoformat(reader.row[column])
    except (TypeError, ValueError):
        raise reader.bad(named or column) from None


def rates_of(rates: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted(rates.items()))
