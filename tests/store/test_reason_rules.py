"""Schema 8 in raw SQL: reason categories on closed deals and the record of adopted rates.

Every statement goes through a plain ``sqlite3`` connection, as the ``sqlite3`` shell would
send it, with foreign_keys and recursive_triggers off (the shell's way) and on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import LOGGED_STARTS, confirm_current, new_deal, old_file

from planner.domain import messages
from planner.domain.model import Outcome
from planner.services import Planner
from planner.store import database
from planner.store.migration_steps import MIGRATION_NAMES


class File:
    """A file with an open, a won, a lost and an abandoned deal, two stages' worth of
    adopted rate, and a raw connection to it."""

    def __init__(self, planner: Planner, pragmas: str) -> None:
        self.planner = planner
        self.open = new_deal(planner, stages=2, title="Open")
        self.won = new_deal(planner, stages=1, title="Won")
        confirm_current(planner, self.won)
        self.lost = new_deal(planner, stages=2, title="Lost")
        confirm_current(planner, self.lost, Outcome.AGAINST)
        self.abandoned = new_deal(planner, stages=2, title="Abandoned")
        planner.deals.abandon(self.abandoned, "Went quiet")
        process = planner.processes.get(planner.deals.get(self.open).process_id)
        self.process_id, self.stage_id = process.id, process.stages[0].id
        self.unused_stage = process.stages[1].id
        planner.processes.adopt_rate(self.stage_id, 33)  # type: ignore[arg-type]
        self.conn = sqlite3.connect(planner.path, isolation_level=None)
        self.conn.execute(f"PRAGMA foreign_keys = {pragmas}")
        self.conn.execute(f"PRAGMA recursive_triggers = {pragmas}")

    def refused(self, sql: str, *params: object) -> str:
        with pytest.raises(sqlite3.IntegrityError) as e:
            self.conn.execute(sql, params)
        return str(e.value)

    def one(self, sql: str, *params: object) -> object:
        return self.conn.execute(sql, params).fetchone()[0]


@pytest.fixture(params=["OFF", "ON"])
def file(planner: Planner, request: pytest.FixtureRequest) -> Iterator[File]:
    f = File(planner, request.param)
    yield f
    f.conn.close()


def test_a_new_file_lists_the_built_in_categories(file: File) -> None:
    rows = file.conn.execute("SELECT key, name, position, archived FROM reason_categories ORDER BY position").fetchall()
    assert rows == [(key, "", i, 0) for i, key in enumerate(
        ("price", "competitor", "no_budget", "timing", "no_decision", "relationship", "other"))]


def test_only_a_lost_or_abandoned_deal_carries_a_category(file: File) -> None:
    for deal in (file.open, file.won):
        assert file.refused("UPDATE deals SET close_category = 1 WHERE id = ?", deal) == messages.CATEGORY_CLOSED.raised
    for deal in (file.lost, file.abandoned):
        file.conn.execute("UPDATE deals SET close_category = 2 WHERE id = ?", [deal])  # a closed deal: allowed
        assert file.one("SELECT close_category FROM deals WHERE id = ?", deal) == 2
        file.conn.execute("UPDATE deals SET close_category = NULL WHERE id = ?", [deal])  # and taken off again


def test_a_deal_never_starts_with_a_category(file: File) -> None:
    sql = ("INSERT INTO deals (account_id, process_id, stage_id, title, close_category) "
           "SELECT account_id, process_id, ?, 'New', 1 FROM deals WHERE id = ?")
    assert file.refused(sql, file.stage_id, file.open) == messages.CATEGORY_CLOSED.raised
    # nor is it abandoned or lost with one it may not carry: the status is judged with it
    assert file.refused("UPDATE deals SET status = 'won', close_category = 1 WHERE id = ?",
                        file.open) == messages.CATEGORY_CLOSED.raised


def test_the_category_must_exist(file: File) -> None:
    assert file.refused("UPDATE deals SET close_category = 999 WHERE id = ?",
                        file.lost) == messages.CATEGORY_UNKNOWN.raised
    assert file.one("SELECT close_category FROM deals WHERE id = ?", file.lost) is None


def test_a_category_in_use_cannot_be_deleted_but_an_unused_one_can(file: File) -> None:
    file.conn.execute("UPDATE deals SET close_category = 3 WHERE id = ?", [file.lost])
    assert file.refused("DELETE FROM reason_categories WHERE id = 3") == messages.IN_USE.raised
    file.conn.execute("DELETE FROM reason_categories WHERE id = 4")
    assert file.one("SELECT count(*) FROM reason_categories") == 6


def test_the_list_refuses_what_it_cannot_show(file: File) -> None:
    for sql in ("INSERT INTO reason_categories (name) VALUES ('')",  # no key, no name
                "INSERT INTO reason_categories (name) VALUES (char(9, 12288))",
                "INSERT INTO reason_categories (key, name) VALUES ('Price!', '')",
                "INSERT INTO reason_categories (key) VALUES ('price')",  # a key twice
                "INSERT OR REPLACE INTO reason_categories (id, name) VALUES (1, 'Forged')",
                "UPDATE reason_categories SET id = 50 WHERE id = 1",
                "UPDATE reason_categories SET name = ' ' WHERE id = 1"):
        file.refused(sql)
    file.conn.execute("INSERT INTO reason_categories (name, position) VALUES ('Lost the tender', 7)")


def test_the_record_of_adopted_rates_is_append_only(file: File) -> None:
    assert file.one("SELECT count(*) FROM rate_adoptions") == 1
    for sql in ("UPDATE rate_adoptions SET new_rate = 90",
                "DELETE FROM rate_adoptions",
                "INSERT OR REPLACE INTO rate_adoptions (id, process_id, stage_id, old_rate, new_rate, won, closed) "
                "SELECT id, process_id, stage_id, old_rate, new_rate, won, closed FROM rate_adoptions"):
        assert file.refused(sql) in (messages.ADOPTION_FINAL.raised, messages.KEY_TAKEN.raised)
    assert file.one("SELECT new_rate FROM rate_adoptions") == 33


def test_an_adopted_rate_is_recorded_as_its_stage_now_has_it(file: File) -> None:
    sql = ("INSERT INTO rate_adoptions (process_id, stage_id, old_rate, new_rate, won, closed) "
           "VALUES (?, ?, ?, ?, ?, ?)")
    assert file.refused(sql, file.process_id, file.stage_id, 33, 70, 7, 10) == messages.ADOPTION_MATCH.raised
    other = file.one("SELECT process_id FROM deals WHERE id = ?", file.won)
    assert file.refused(sql, other, file.stage_id, 10, 33, 7, 10) == messages.ADOPTION_MATCH.raised
    file.refused(sql, file.process_id, file.stage_id, 33, 33, 7, 10)  # no change is no adoption
    file.refused(sql, file.process_id, file.stage_id, 10, 33, 11, 10)  # more won than closed
    file.conn.execute("UPDATE stages SET win_rate = 70 WHERE id = ?", [file.stage_id])
    file.conn.execute(sql, [file.process_id, file.stage_id, 33, 70, 7, 10])


def test_a_stage_or_process_with_adopted_rates_stays(file: File) -> None:
    file.conn.execute("UPDATE stages SET win_rate = 80 WHERE id = ?", [file.unused_stage])
    file.conn.execute("INSERT INTO rate_adoptions (process_id, stage_id, old_rate, new_rate, won, closed) "
                      "VALUES (?, ?, 20, 80, 0, 0)", [file.process_id, file.unused_stage])
    assert file.refused("DELETE FROM stages WHERE id = ?", file.unused_stage) == messages.STAGE_HISTORY.raised


def test_a_process_with_adopted_rates_stays(planner: Planner) -> None:
    from builders import simple_process

    process_id = planner.processes.create(simple_process(2))
    stage_id = planner.processes.get(process_id).stages[0].id
    planner.processes.adopt_rate(stage_id, 77)  # type: ignore[arg-type]  # no deals: a sample of none
    conn = sqlite3.connect(planner.path, isolation_level=None)
    try:
        assert conn.execute("SELECT won, closed FROM rate_adoptions").fetchone() == (0, 0)
        with pytest.raises(sqlite3.IntegrityError, match=messages.IN_USE.raised):
            conn.execute("DELETE FROM processes WHERE id = ?", [process_id])
    finally:
        conn.close()


def test_check_finds_a_category_slipped_past_the_triggers(planner: Planner) -> None:
    deal_id = new_deal(planner)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DROP TRIGGER deals_category_closed")
    conn.execute("UPDATE deals SET close_category = 1 WHERE id = ?", [deal_id])
    conn.close()
    found = [str(p) for p in planner.file.check()]
    assert any("reason category on a deal that is not lost or abandoned" in p for p in found), found


def test_a_version_7_file_gains_the_list_and_keeps_its_reasons(tmp_path: Path) -> None:
    """Closed deals of an older file keep their free-text reason and are uncategorised."""
    version = MIGRATION_NAMES.index("0008_reasons_and_adoptions")
    path = old_file(
        tmp_path / "v7.planner", version,
        "INSERT INTO processes (id, name) VALUES (1, 'Sales')",
        "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (1, 1, 0, 'Lead', 'Met', 20)",
        "INSERT INTO accounts (id, name) VALUES (1, 'Acme')",
        "INSERT INTO deals (id, account_id, process_id, stage_id, title) VALUES (1, 1, 1, 1, 'Lost one')",
        "INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence, decision) "
        "VALUES (1, 1, '2025-03-01', 'against', 'Letter', 'Chose a rival')",
        "INSERT INTO deals (id, account_id, process_id, stage_id, title) VALUES (2, 1, 1, 1, 'Quiet one')",
        "UPDATE deals SET status = 'abandoned', close_reason = 'No answer' WHERE id = 2",
        LOGGED_STARTS,
        "INSERT INTO events (deal_id, kind, field, before, after) VALUES (2, 'abandoned', 'status', 'open', 'abandoned')",
    )
    planner = Planner.open(path)
    try:
        assert planner.store.schema_version() == database.SCHEMA_VERSION
        assert [c.key for c in planner.reasons.all()][:2] == ["price", "competitor"]
        lost, quiet = planner.deals.get(1), planner.deals.get(2)
        assert (lost.close_reason, lost.close_category) == ("Chose a rival", None)
        assert (quiet.close_reason, quiet.close_category) == ("No answer", None)
        assert planner.file.tampering() == []
        # the milestone written above by a plain connection is not sealed: nothing else is wrong
        assert [str(p) for p in planner.file.check() if "Not sealed" not in str(p)] == []
        planner.deals.set_close_category(2, planner.reasons.all()[3].id)  # filed later
        assert planner.deals.get(2).close_category == 4
        by_category = planner.reports.win_loss().by_category
        assert [(c.category.key if c.category else None, c.outcomes.lost.deals, c.outcomes.abandoned.deals)
                for c in by_category] == [("timing", 0, 1), (None, 1, 0)]
    finally:
        planner.close()
