"""Whatever a documented column holds, reading never crashes: each read use case either
works or raises a PlannerError that names the row.

A legacy file, or one whose table was rebuilt around the rules, may hold anything. Here
each example takes a filled planner file, rebuilds one table as a plain table without
types, constraints or triggers (as another program could), puts an odd value into one
column of one row, and calls every read of the services.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from builders import confirm_current, finish_required, new_deal
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.model import Contact
from planner.services import Planner
from planner.store.board_reads import CardQuery
from planner.store.tables import TABLES

COLUMNS = [(t.name, c.name) for t in TABLES for c in t.columns]

ODD = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.binary(max_size=8),
    st.sampled_from(["", " ", "\t\n", "\u3000", "abc", "2026-02-31", "2026-13-01", "9999-12-31",
                     "open", "won", "2026-01-01T00:00:00Z", "yesterday", 0, 1, 2, -1, 10**12,
                     float("inf"), float("-inf"), 1e308, "1e999", "NULL", "x" * 500]),
)


@pytest.fixture(scope="module")
def filled() -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / "filled.planner"
    planner = Planner.open(path, create=True)
    won = new_deal(planner, stages=2, required=True)
    for _ in range(2):
        finish_required(planner, won)
        confirm_current(planner, won)
    open_deal = new_deal(planner, stages=3, account="Beta", expected_close=None)
    confirm_current(planner, open_deal)
    milestone = planner.milestones.of(open_deal)[0]
    planner.milestones.correct(milestone.id, "Signed a day later.")  # type: ignore[arg-type]
    deal = planner.deals.get(open_deal)
    planner.work.set_note(open_deal, deal.stage_id, "Met the CFO")  # type: ignore[arg-type]
    planner.contacts.add(Contact(account_id=deal.account_id, name="Ann"))
    planner.settings.set("idle_days", "9")
    planner.close()
    return path


def reads(planner: Planner) -> list[Callable[[], object]]:
    """Every read use case, over every row the file has."""
    conn = planner.store.conn
    ids = {t: [r[0] for r in conn.execute(f"SELECT DISTINCT {c} FROM {t}")]
           for t, c in (("deals", "id"), ("accounts", "id"), ("processes", "id"))}
    out: list[Callable[[], object]] = [
        planner.processes.summaries, lambda: planner.accounts.all(include_archived=True), planner.deals.all,
        planner.settings.all, planner.file.check, lambda: planner.reports.forecast(planner.deals.all()),
        planner.reports.pipeline, lambda: planner.reports.pipeline("quarter"), planner.reports.pipeline_print,
    ]
    for pid in ids["processes"]:
        out += [lambda p=pid: planner.processes.get(p), lambda p=pid: planner.deals.cards(p),
                lambda p=pid: planner.processes.used_stages(p)]
        # the board's own reads: its stall bars, account filter, counts, scans and pages
        out += [lambda p=pid: planner.deals.stall_record(p), lambda p=pid: planner.deals.card_accounts(p),
                lambda p=pid: planner.deals.board_count(p, archived=True, closed=True)]
        for order in ("close", "value", "in_stage", "title", "newest"):
            query = CardQuery(process_id=pid, today=date.today(), words=("a",) if order == "title" else (),
                              home="TWD", rates=(("USD", 30.0),))
            out += [lambda q=query, o=order: planner.deals.board_scan(q, o, None)]
    out += [lambda: planner.deals.board_cards(ids["deals"])]
    for aid in ids["accounts"]:
        out += [lambda a=aid: planner.accounts.get(a), lambda a=aid: planner.contacts.of(a),
                lambda a=aid: planner.reports.account_plan(a), lambda a=aid: planner.deals.count(a)]
    for did in ids["deals"]:
        out += [lambda d=did: planner.deals.get(d), lambda d=did: planner.work.get(d),
                lambda d=did: planner.milestones.of(d), lambda d=did: planner.deals.events(d),
                lambda d=did: planner.deals.card(d)]
    return out


def loosen(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild ``table`` as a plain table: no types, no constraints, no triggers."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"CREATE TABLE loose AS SELECT rowid AS rowid_, * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(loose)") if r[1] != "rowid_"]
    conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    conn.execute(f"INSERT INTO {table} (rowid, {', '.join(columns)}) "
                 f"SELECT rowid_, {', '.join(columns)} FROM loose")
    conn.execute("DROP TABLE loose")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS), value=ODD, which=st.integers(0, 5))
@example(column=("deals", "id"), value=1, which=1)  # two deals with one id: the account plan read another's work
def test_any_value_in_any_column_reads_or_is_named(filled: Path, column: tuple[str, str],
                                                  value: object, which: int) -> None:
    table, name = column
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "odd.planner"
        shutil.copy(filled, path)
        conn = sqlite3.connect(path, isolation_level=None)
        loosen(conn, table)
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
        if rowids:
            conn.execute(f"UPDATE {table} SET {name} = ? WHERE rowid = ?", [value, rowids[which % len(rowids)]])
        conn.close()
        planner = Planner.open(path)
        try:
            for read in reads(planner):
                try:
                    read()
                except PlannerError as e:
                    assert "\n" not in str(e)
        finally:
            planner.close()


@pytest.mark.parametrize(("table", "column", "value"), [
    ("milestones", "confirmed_on", "yesterday"), ("milestones", "confirmed_on", None),
    ("milestones", "stage_id", "two"), ("milestones", "stage_id", 2.5),
    ("deals", "created_at", "2026-13-01T00:00:00Z"), ("deals", "stage_id", None)])
def test_a_won_deals_odd_value_is_named_by_the_stall_bars(filled: Path, tmp_path: Path, table: str,
                                                          column: str, value: object) -> None:
    """The stall bars read the won deals' milestones quickly, from tuples; an odd value is
    still named, as every read names it."""
    path = tmp_path / "odd.planner"
    shutil.copy(filled, path)
    conn = sqlite3.connect(path, isolation_level=None)
    loosen(conn, table)
    won = conn.execute("SELECT id, process_id FROM deals WHERE status = 'won'").fetchone()
    key = "deal_id" if table == "milestones" else "id"
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [value, won[0]])
    conn.close()
    planner = Planner.open(path)
    try:
        with pytest.raises(PlannerError, match=table):
            planner.deals.stall_record(won[1])
    finally:
        planner.close()
