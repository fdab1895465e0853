"""When a row was written is the record's own: no statement changes it, and a deal's start and
whether it was given up agree with the sealed event log, so a start moved around the
triggers (to shorten or lengthen the days counted in the first stage) is found by the check."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from builders import confirm_current, created_on, new_deal, simple_process
from forging import around_triggers

from planner.domain import messages
from planner.domain.errors import RuleViolation
from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.services.plannerfile import check_file
from planner.store import errors
from planner.store.tables import TABLES

FIXED = [(t.name, c.name) for t in TABLES for c in t.columns if c.fixed]
CREATED = "when it was created differs from the sealed event log"
ABANDONED = "abandoned or not, unlike what the sealed event log says"


@pytest.fixture(scope="module")
def every_table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file with a row in every table that has a fixed column."""
    path = tmp_path_factory.mktemp("stamps") / "stamps.planner"
    planner = Planner.open(path, create=True)
    try:
        deal_id = new_deal(planner, stages=3)
        confirm_current(planner, deal_id)
        milestone = planner.milestones.of(deal_id)[0]
        planner.milestones.correct(milestone.id, "Later.")  # type: ignore[arg-type]
        process = planner.processes.get(planner.deals.get(deal_id).process_id)
        planner.processes.adopt_rate(process.stages[1].id, 35)  # type: ignore[arg-type]
    finally:
        planner.close()
    return path


def test_every_stamp_column_is_fixed() -> None:
    """A column that says when something was written (``*_at``) is declared fixed: a table
    added later gets the guard with its stamp."""
    stamps = [(t.name, c.name) for t in TABLES for c in t.columns if c.name.endswith("_at") or c.name == "at"]
    assert stamps and sorted(stamps) == sorted(FIXED)


@pytest.mark.parametrize(("table", "column"), FIXED)
def test_no_statement_changes_when_a_row_was_written(every_table: Path, table: str, column: str) -> None:
    conn = sqlite3.connect(every_table, isolation_level=None)
    try:
        row_id, stamp = conn.execute(f"SELECT rowid, {column} FROM {table} ORDER BY rowid LIMIT 1").fetchone()
        for sql in (f"UPDATE {table} SET {column} = '2020-01-01T00:00:00Z' WHERE rowid = ?",
                    f"UPDATE OR REPLACE {table} SET {column} = '2020-01-01T00:00:00Z' WHERE rowid = ?",
                    f"UPDATE {table} SET {column} = NULL WHERE rowid = ?"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(sql, [row_id])
        assert conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", [row_id]).fetchone()[0] == stamp
        # the same value again is no change (the services write whole rows)
        if (table, column) in (("processes", "created_at"), ("accounts", "created_at"), ("deals", "created_at")):
            conn.execute(f"UPDATE {table} SET {column} = {column} WHERE rowid = ?", [row_id])
    finally:
        conn.close()


def test_the_refusal_reads_as_one_sentence() -> None:
    refused = errors.translate(sqlite3.IntegrityError(messages.STAMP_FIXED.raised))
    assert isinstance(refused, RuleViolation) and refused.source == messages.STAMP_FIXED.says


def _forged(path: Path, *statements: str) -> list[str]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        around_triggers(conn, ("deals",), *statements)
    finally:
        conn.close()
    return [str(p) for p in check_file(path)]


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """Deals 1 (started 2024-03-01, past its first milestone), 2 (open) and 3 (abandoned)."""
    path = tmp_path / "h.planner"
    planner = Planner.open(path, create=True)
    try:
        process = planner.processes.create(simple_process(3))
        account = planner.accounts.create(Account(name="Acme"))
        first = created_on(planner, Deal(account_id=account, process_id=process, title="Old"), date(2024, 3, 1))
        confirm_current(planner, first)
        planner.deals.create(Deal(account_id=account, process_id=process, title="Open"))
        third = planner.deals.create(Deal(account_id=account, process_id=process, title="Given up"))
        planner.deals.abandon(third, "No budget")
        assert planner.file.check() == []
    finally:
        planner.close()
    return path


@pytest.mark.parametrize("start", ["2023-01-01T09:00:00Z", "2024-03-01T12:02:00Z", "2024-02-29T12:00:00Z"])
def test_a_start_moved_around_the_triggers_is_found(history: Path, start: str) -> None:
    found = _forged(history, f"UPDATE deals SET created_at = '{start}' WHERE id = 1")
    assert found == [f"Deal 1: {CREATED}."]


def test_a_start_logged_anew_to_match_a_forged_one_is_found(history: Path) -> None:
    """The log is append-only, so a forger can add a "created" event that says what the
    moved start says; the app seals it with its next change. A second start of one id comes
    only after the deal was deleted."""
    conn = sqlite3.connect(history, isolation_level=None)
    try:
        conn.execute("INSERT INTO events (deal_id, at, kind, field, before, after) "
                     "VALUES (1, '2023-01-01T09:00:00Z', 'created', 'title', '\"\"', '\"Old\"')")
    finally:
        conn.close()
    found = _forged(history, "UPDATE deals SET created_at = '2023-01-01T09:00:00Z' WHERE id = 1")
    assert f"Deal 1: {CREATED}." in found


def test_a_start_within_the_minute_of_its_event_is_the_same_start(history: Path) -> None:
    """The app stamps the deal and its event by one clock, statements apart (older versions)."""
    assert _forged(history, "UPDATE deals SET created_at = '2024-03-01T12:00:01Z' WHERE id = 1") == []


def test_an_abandonment_added_or_taken_back_around_the_triggers_is_found(history: Path) -> None:
    found = _forged(history, "UPDATE deals SET status = 'open', close_reason = '' WHERE id = 3",
                    "UPDATE deals SET status = 'abandoned', close_reason = 'Forged' WHERE id = 2")
    assert found == [f"Deal 2, 3: {ABANDONED}."]


def test_a_deal_written_in_sql_without_its_event_is_named(history: Path) -> None:
    conn = sqlite3.connect(history, isolation_level=None)
    try:
        conn.execute("INSERT INTO deals (account_id, process_id, stage_id, title) "
                     "SELECT account_id, process_id, (SELECT stage_id FROM deals WHERE id = 2), 'Slipped' "
                     "FROM deals WHERE id = 2")
    finally:
        conn.close()
    assert [str(p) for p in check_file(history)] == [f"Deal 4: {CREATED}."]


def test_a_deleted_deals_id_taken_again_starts_anew(history: Path) -> None:
    """The id of a deleted deal (its events stay) goes to the next deal: the latest "created"
    event is its start, and an abandonment logged before it (a closed deal deleted by an
    older version) is not its own."""
    planner = Planner.open(history)
    try:
        account = planner.deals.get(2).account_id
        process = planner.deals.get(2).process_id
        last = planner.deals.create(Deal(account_id=account, process_id=process, title="Brief"))
        planner.deals.delete(last)
        planner.store.conn.execute("INSERT INTO events (deal_id, kind, field, before, after) "
                                   "VALUES (?, 'abandoned', 'status', '\"open\"', '\"abandoned\"')", [last])
        again = created_on(planner, Deal(account_id=account, process_id=process, title="Again"), date(2024, 5, 1))
        assert again == last
        assert planner.file.check() == []
    finally:
        planner.close()


def test_the_app_logs_the_start_it_stamps(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "s.planner", create=True)
    try:
        ids = [new_deal(planner, title=f"Deal {i}") for i in range(5)]
        stamps = planner.store.conn.execute(
            "SELECT d.created_at, e.at FROM deals d JOIN events e ON e.deal_id = d.id AND e.kind = 'created'",
        ).fetchall()
        assert len(stamps) == len(ids) and all(d == e for d, e in stamps)
    finally:
        planner.close()
