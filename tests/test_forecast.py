"""The pipeline forecast end to end: the services' figures equal the README's SQL on a generated file."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import simple_process
from test_read_fuzz import loosen

from planner.demo import build
from planner.domain.errors import NotFound
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, Forecast
from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.store.errors import Unreadable

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
FORECAST = re.search(r"-- forecast: [^\n]+\n.*?;\n", README, re.DOTALL).group(0)  # type: ignore[union-attr]
BY_QUARTER = FORECAST.replace("SELECT month AS period", "SELECT quarter AS period").replace(
    "GROUP BY month,", "GROUP BY quarter,")


def _generated(path: Path) -> Path:
    """The demo with 300 deals, two exchange rates (USD, JPY), yen deals, euro deals without a
    rate, undated deals, archived deals, and an archived process with open deals."""
    planner = build(path, deals=300)
    planner.rates.set("USD", 31.5)
    planner.rates.set("JPY", 0.2134)
    opened = [d for d in planner.deals.all() if d.is_open and not d.archived]
    for i, d in enumerate(opened):
        if i % 7 == 0:
            planner.deals.update(d.id, currency="JPY", value=d.value * 20 + 0.5)
        elif i % 7 == 3:
            planner.deals.update(d.id, currency="EUR")
        elif i % 7 == 5:
            planner.deals.update(d.id, expected_close=None)
        elif i % 11 == 1:
            planner.deals.archive(d.id)
        elif i % 13 == 2:
            planner.deals.update(d.id, expected_close=date.today())  # closing today: not overdue
    shelved = planner.processes.create(simple_process(2, name="Shelved"))
    account = planner.accounts.create(Account(name="Old customer"))
    planner.deals.create(Deal(account_id=account, process_id=shelved, title="Left behind", value=999.0,
                              expected_close=date.today() + timedelta(days=40)))
    planner.processes.archive(shelved)
    planner.close()
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generated(tmp_path_factory.mktemp("forecast") / "generated.planner")


@pytest.fixture
def opened(generated: Path):
    planner = Planner.open(generated, read_only=True)
    yield planner
    planner.close()


def _by_sql(planner: Planner, query: str) -> dict[tuple[str, int], Figures]:
    """The README's rows folded into Figures per (period, stage), as the code sums them."""
    found: dict[tuple[str, int], Figures] = defaultdict(Figures)
    conn = planner.store.conn
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(query).fetchall()
    finally:
        conn.row_factory = None
    from planner.domain.forecast import Unconverted

    for r in rows:
        key = (r["period"], r["stage_id"])
        if r["unconverted"] is None:
            part = Figures(r["count"], r["total"], r["weighted_set"], r["weighted_observed"], r["observed_deals"])
        else:
            part = Figures(r["count"], observed_deals=r["observed_deals"], unconverted={r["unconverted"]: Unconverted(
                r["count"], r["total"], r["weighted_set"], r["weighted_observed"])})
        found[key] = found[key] + part
    return dict(found)


def _assert_same(code: Forecast, sql: dict[tuple[str, int], Figures]) -> None:
    assert set(code.cells) == set(sql)
    for key, f in code.cells.items():
        want = sql[key]
        assert (f.deals, f.observed_deals) == (want.deals, want.observed_deals), key
        for field in ("value", "weighted_set", "weighted_observed"):
            assert getattr(f, field) == pytest.approx(getattr(want, field), abs=0.01), (key, field)
        assert set(f.unconverted) == set(want.unconverted), key
        for currency, u in f.unconverted.items():
            w = want.unconverted[currency]
            assert u.deals == w.deals
            for field in ("value", "weighted_set", "weighted_observed"):
                assert getattr(u, field) == pytest.approx(getattr(w, field), abs=0.01), (key, currency, field)


@pytest.mark.parametrize(("by", "query"), [("month", FORECAST), ("quarter", BY_QUARTER)])
def test_the_figures_equal_the_readmes_sql(opened: Planner, by: str, query: str) -> None:
    forecast = opened.reports.pipeline(by)  # type: ignore[arg-type]
    sql = _by_sql(opened, query)
    _assert_same(forecast, sql)
    # the file has what the rules distinguish: every kind of period, conversion, both weightings
    total = forecast.total()
    assert forecast.periods[0] == OVERDUE and forecast.periods[-1] == NO_DATE and len(forecast.periods) > 3
    assert set(total.unconverted) == {"EUR"} and total.value > 0
    assert 0 < total.observed_deals < total.deals
    assert total.weighted_set != total.weighted_observed
    assert forecast.home == "TWD"
    assert "Shelved" not in {s.process_name for s in forecast.stages}  # archived processes are left out


def test_the_sql_and_the_code_count_the_same_deals(opened: Planner) -> None:
    conn = opened.store.conn
    counted = conn.execute("""SELECT count(*) FROM deals d JOIN processes p ON p.id = d.process_id
                              WHERE d.status = 'open' AND d.archived = 0 AND p.archived = 0""").fetchone()[0]
    archived = conn.execute("SELECT count(*) FROM deals WHERE status = 'open' AND archived = 1").fetchone()[0]
    assert archived > 0 and opened.reports.pipeline().total().deals == counted > 50


def test_one_process_archived_or_not(opened: Planner) -> None:
    shelved = next(s.id for s in opened.processes.summaries() if s.name == "Shelved")
    forecast = opened.reports.pipeline(process_id=shelved, today=date.today())
    assert {s.process_id for s in forecast.stages} == {shelved}
    assert forecast.total().deals == 1 and forecast.total().value == 999.0
    other = next(s.id for s in opened.processes.summaries() if not s.archived)
    whole = opened.reports.pipeline()
    assert opened.reports.pipeline(process_id=other).total() == whole.by_process()[other]
    with pytest.raises(NotFound):
        opened.reports.pipeline(process_id=10_000)


def test_today_moves_deals_into_overdue(opened: Planner) -> None:
    now = opened.reports.pipeline(today=date.today())
    later = opened.reports.pipeline(today=date.today() + timedelta(days=400))
    assert later.by_period()[OVERDUE].deals > now.by_period()[OVERDUE].deals
    assert later.total().deals == now.total().deals


def test_the_print_lists_the_same_deals_by_account(opened: Planner) -> None:
    printed = opened.reports.pipeline_print("quarter", printed_on=date.today(), planner_name="Mei")
    forecast = opened.reports.pipeline("quarter")
    assert printed.forecast.periods == forecast.periods and printed.forecast.stages == forecast.stages
    _assert_same(printed.forecast, forecast.cells)  # summed in another order: equal to the cent
    assert len(printed.deals) == printed.forecast.total().deals
    names = [d.account.casefold() for d in printed.deals]
    assert names == sorted(names)
    assert {r.currency for r in printed.rates} == {"USD", "JPY"}
    assert printed.planner_name == "Mei" and printed.process_name == ""
    assert printed.fingerprint


@pytest.mark.parametrize(("column", "value"), [("value", "abc"), ("expected_close", "2026-02-31"),
                                               ("stage_id", 9999), ("value", -5.0)])
def test_an_odd_value_is_named(generated: Path, tmp_path: Path, column: str, value: object) -> None:
    path = tmp_path / "odd.planner"
    shutil.copy(generated, path)
    conn = sqlite3.connect(path, isolation_level=None)
    loosen(conn, "deals")
    deal_id = conn.execute("""SELECT d.id FROM deals d JOIN processes p ON p.id = d.process_id
                              WHERE d.status = 'open' AND d.archived = 0 AND p.archived = 0
                              ORDER BY d.id LIMIT 1""").fetchone()[0]
    conn.execute(f"UPDATE deals SET {column} = ? WHERE id = ?", [value, deal_id])
    conn.close()
    planner = Planner.open(path)
    try:
        for read in (planner.reports.pipeline, planner.reports.pipeline_print):
            with pytest.raises(Unreadable) as raised:
                read()
            assert raised.value.params["column"] == column and raised.value.params["row"] == str(deal_id)
    finally:
        planner.close()


def test_the_observed_rates_are_calibrations(opened: Planner) -> None:
    """The forecast reads only where deals got to and how they ended: its rates are still
    exactly those ``calibrate`` shows, for every stage, meaningful or not."""
    calibrated = {s.stage_id: s for p in opened.reports.calibration() if not p.archived for s in p.stages}
    stages = opened.reports.pipeline().stages
    assert [s.stage_id for s in stages] == list(calibrated)
    for s in stages:
        c = calibrated[s.stage_id]
        assert (s.set_rate, s.position, s.stage_name) == (c.configured_rate, c.position, c.name)
        assert s.observed_rate == (None if c.observed_rate is None else c.observed_rate * 100)
    assert any(s.observed_rate is None for s in stages) and any(s.observed_rate is not None for s in stages)
