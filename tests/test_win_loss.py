"""Win/loss end to end: the services' figures equal the README's SQL on a generated demo file."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner import demo
from planner.domain.model import Deal, DealStatus, Outcome
from planner.domain.reasons import ReasonCategory
from planner.domain.winloss import ClosedDeal, Outcomes, Tally, analyse
from planner.services import Confirmation, Planner

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
QUERIES = {m.group(1): m.group(0) for m in re.finditer(r"-- win/loss: ([^\n]+)\n.*?;\n", README, re.DOTALL)}
VIEW = QUERIES["closed deals, their value in the home currency (NULL: no rate for their currency)"]
BY_CATEGORY = QUERIES["lost and abandoned deals by reason category"]
BY_STAGE = QUERIES["lost and abandoned deals by the stage they closed in"]
BY_PROCESS = QUERIES["closed deals by process"]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """The demo with 300 deals, a rate for USD, and a lost deal in euros (no rate)."""
    planner = demo.build(tmp_path_factory.mktemp("winloss") / "demo.planner", deals=300)
    planner.rates.set("USD", 31.5)
    deal = planner.deals.all()[0]
    euro = planner.deals.create(Deal(deal.account_id, deal.process_id, "Euro deal", value=5000, currency="EUR"))
    planner.milestones.confirm(euro, [Confirmation(planner.deals.get(euro).stage_id, date.today(), "Letter",  # type: ignore[arg-type]
                                                   Outcome.AGAINST, decision="Chose a rival")],
                               close_category=planner.reasons.all()[1].id)
    yield planner
    planner.close()


@pytest.fixture(scope="module")
def sql(recorded: Planner) -> Iterator[sqlite3.Connection]:
    """A connection of its own, as a user's SQLite tool would open the file."""
    conn = sqlite3.connect(recorded.path)
    conn.execute(VIEW)
    yield conn
    conn.close()


def unconverted(conn: sqlite3.Connection, where: str) -> dict[object, dict[str, float]]:
    """Amounts without a rate, by the first column of the query's group and by currency."""
    out: dict[object, dict[str, float]] = defaultdict(dict)
    for key, currency, value in conn.execute(
            f"SELECT {where}, currency, total(value) FROM closed_deals WHERE home_value IS NULL "
            f"AND status IN ('lost', 'abandoned') GROUP BY 1, 2"):
        out[key][currency] = value
    return out


def same(t: Tally, value: float, apart: dict[str, float]) -> bool:
    return t.value == pytest.approx(value) and dict(t.unconverted) == pytest.approx(apart) \
        and set(t.unconverted) == set(apart)


def test_by_category_equals_the_readmes_sql(recorded: Planner, sql: sqlite3.Connection) -> None:
    found = recorded.reports.win_loss()
    rows = sql.execute(BY_CATEGORY).fetchall()
    apart = unconverted(sql, "close_category")
    assert [r[0] for r in rows] == [c.category.id if c.category else None for c in found.by_category]
    for row, c in zip(rows, found.by_category, strict=True):
        assert (c.outcomes.lost.deals, c.outcomes.abandoned.deals) == row[3:5]
        assert c.outcomes.won.deals == 0
        assert same(c.outcomes.not_won, row[5], apart.get(row[0], {}))
        assert (row[6] > 0) == bool(c.outcomes.not_won.unconverted)
    assert rows[-1][0] is None  # the demo's oldest closings are uncategorised, listed last
    assert {r[1] for r in rows} >= {"price", "competitor", "no_budget", "timing", "no_decision"}
    assert "EUR" in found.by_category[1].outcomes.lost.unconverted  # the euro deal, apart


def test_by_stage_equals_the_readmes_sql(recorded: Planner, sql: sqlite3.Connection) -> None:
    found = recorded.reports.win_loss()
    rows = sql.execute(BY_STAGE).fetchall()
    apart = unconverted(sql, "stage_id")
    assert len(rows) == len(found.by_stage) > 5
    by_id = {s.stage_id: s for s in found.by_stage}
    for row in rows:
        s = by_id[row[2]]
        assert (s.process_id, s.position, s.stage_name) == (*row[0:2], row[3])
        assert (s.outcomes.lost.deals, s.outcomes.abandoned.deals) == row[4:6]
        assert same(s.outcomes.not_won, row[6], apart.get(row[2], {}))


def test_by_process_equals_the_readmes_sql(recorded: Planner, sql: sqlite3.Connection) -> None:
    found = recorded.reports.win_loss()
    rows = {r[0]: r for r in sql.execute(BY_PROCESS)}
    assert set(rows) == {p.process_id for p in found.by_process}
    for p in found.by_process:
        row = rows[p.process_id]
        o = p.outcomes
        assert (p.name, o.won.deals, o.lost.deals, o.abandoned.deals) == row[1:5]
        assert round(100 * o.won_share, 1) == row[5]  # type: ignore[operator]
        assert o.won.value == pytest.approx(row[6])
    total = found.total
    assert total.closed == sql.execute("SELECT count(*) FROM deals WHERE status <> 'open'").fetchone()[0]
    # the analysis of one process is that process's part of the whole
    one = found.by_process[0]
    alone = recorded.reports.win_loss(one.process_id)
    assert [p.process_id for p in alone.by_process] == [one.process_id] and alone.total == one.outcomes
    assert {s.process_id for s in alone.by_stage} == {one.process_id}


def test_archived_deals_count_and_open_ones_do_not(recorded: Planner) -> None:
    deals = recorded.deals.all()
    closed = [d for d in deals if d.status != DealStatus.OPEN]
    assert any(d.archived for d in closed)  # the demo archives old closed deals
    assert recorded.reports.win_loss().total.closed == len(closed)


# --- the pure analysis, on hand-made deals ---
PRICE, OTHER = ReasonCategory(1, "price", "", 0), ReasonCategory(2, None, "Tender rules", 1, archived=True)


def test_the_analysis_keeps_currencies_without_a_rate_apart() -> None:
    from builders import simple_process

    process = simple_process(2)
    process.id = 9
    for i, stage in enumerate(process.stages):
        stage.id = 10 + i
    deals = [
        ClosedDeal(1, 9, 11, DealStatus.WON, None, 1000, "TWD"),
        ClosedDeal(2, 9, 10, DealStatus.LOST, 1, 100, "USD"),
        ClosedDeal(3, 9, 10, DealStatus.ABANDONED, 2, 200, "JPY"),
        ClosedDeal(4, 9, 11, DealStatus.LOST, None, 50, "TWD"),
        ClosedDeal(5, 77, 99, DealStatus.LOST, None, 50, "TWD"),  # another process: left out
    ]
    found = analyse(deals, [process], [PRICE, OTHER], "TWD", {"USD": 30.0})
    assert [(c.category, c.outcomes) for c in found.by_category] == [
        (PRICE, Outcomes(lost=Tally(1, 3000.0))),
        (OTHER, Outcomes(abandoned=Tally(1, 0.0, {"JPY": 200.0}))),
        (None, Outcomes(lost=Tally(1, 50.0)))]
    assert [(s.stage_id, s.outcomes.not_won) for s in found.by_stage] == [
        (10, Tally(2, 3000.0, {"JPY": 200.0})), (11, Tally(1, 50.0))]
    assert found.total == Outcomes(Tally(1, 1000.0), Tally(2, 3050.0), Tally(1, 0.0, {"JPY": 200.0}))
    assert found.total.won_share == 0.25
    with pytest.raises(KeyError):  # a category the list lacks: the caller names the deal
        analyse([ClosedDeal(6, 9, 10, DealStatus.LOST, 42, 1, "TWD")], [process], [PRICE], "TWD", {})
    assert analyse([], [process], [PRICE], "TWD", {}).empty


@pytest.mark.parametrize(("column", "value"), [
    ("value", "a lot"), ("close_category", 999), ("close_category", "price"), ("stage_id", 12345),
    ("currency", None), ("status", "gone"),
])
def test_a_value_no_screen_can_show_is_named(tmp_path: Path, column: str, value: object) -> None:
    """A deals table rebuilt around its rules: the analysis names the row, never miscounts."""
    from builders import new_deal
    from test_read_fuzz import loosen

    from planner.store.errors import Unreadable

    path = tmp_path / "odd.planner"
    planner = Planner.open(path, create=True)
    deal_id = new_deal(planner)
    planner.deals.abandon(deal_id, "Gone quiet", planner.reasons.all()[0].id)
    planner.close()
    conn = sqlite3.connect(path, isolation_level=None)
    loosen(conn, "deals")
    conn.execute(f"UPDATE deals SET {column} = ? WHERE rowid = ?", [value, deal_id])
    conn.close()
    planner = Planner.open(path, read_only=True)
    try:
        with pytest.raises(Unreadable) as unreadable:
            planner.reports.win_loss()
        assert unreadable.value.params["row"] == str(deal_id)
        assert unreadable.value.params["column"] == column
    finally:
        planner.close()
