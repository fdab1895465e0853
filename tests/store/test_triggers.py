"""Direct SQL against a real planner file: the file itself refuses to break the method's rules.

Each attack uses a plain ``sqlite3`` connection with foreign_keys and recursive_triggers
off, as the ``sqlite3`` shell has them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import confirm_current, finish_required, new_deal

from planner.domain.model import Outcome
from planner.services import Planner


@pytest.fixture
def shell(planner: Planner) -> Iterator[tuple[sqlite3.Connection, Planner, int]]:
    """A deal past two milestones, and a raw connection to its file."""
    deal_id = new_deal(planner, stages=4, required=True)
    for _ in range(2):
        finish_required(planner, deal_id)
        confirm_current(planner, deal_id)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA recursive_triggers = OFF")
    yield conn, planner, deal_id
    conn.close()


def stage_ids(planner: Planner, deal_id: int) -> list[int]:
    return [s.id for s in planner.process(planner.deal(deal_id).process_id).stages]  # type: ignore[misc]


ATTACKS = {
    "update milestone": "UPDATE milestones SET evidence = 'forged'",
    "backdate milestone": "UPDATE milestones SET confirmed_on = '2001-01-01'",
    "delete milestone": "DELETE FROM milestones",
    "replace milestone": """INSERT OR REPLACE INTO milestones (id, deal_id, stage_id, confirmed_on, outcome, evidence)
        SELECT id, deal_id, stage_id, confirmed_on, 'against', 'forged' FROM milestones LIMIT 1""",
    "replace into milestone": """REPLACE INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence)
        SELECT deal_id, stage_id, confirmed_on, outcome, 'forged' FROM milestones LIMIT 1""",
    "move back": "UPDATE deals SET stage_id = (SELECT min(id) FROM stages)",
    "skip a milestone": "UPDATE deals SET stage_id = (SELECT max(id) FROM stages)",
    "tick frozen task": "UPDATE tasks SET done = 1 - done WHERE stage_id = (SELECT min(id) FROM stages)",
    "delete frozen task": "DELETE FROM tasks WHERE stage_id = (SELECT min(id) FROM stages)",
    "add task to frozen stage": "INSERT INTO tasks (deal_id, stage_id, text) VALUES (1, (SELECT min(id) FROM stages), 'late')",
    "move task into frozen stage": "UPDATE tasks SET stage_id = (SELECT min(id) FROM stages) WHERE stage_id = (SELECT max(stage_id) FROM tasks)",
    "edit frozen deliverable": "UPDATE deliverables SET done = 1 - done WHERE stage_id = (SELECT min(id) FROM stages)",
    "note on frozen stage": "INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (1, (SELECT min(id) FROM stages), 'x')",
    "delete deal with milestones": "DELETE FROM deals",
    "rewrite log": "UPDATE events SET kind = 'nothing'",
    "delete log": "DELETE FROM events",
    "replace log entry": "INSERT OR REPLACE INTO events (id, deal_id, kind) VALUES (1, 1, 'forged')",
    "win without last milestone": "UPDATE deals SET status = 'won'",
    "lose without a milestone against": "UPDATE deals SET status = 'lost', close_reason = 'x'",
    "abandon without reason": "UPDATE deals SET status = 'abandoned'",
    "change process": "UPDATE deals SET process_id = 99",
    "delete a passed stage": "DELETE FROM stages WHERE id = (SELECT min(id) FROM stages)",
    "reorder a passed stage": "UPDATE stages SET position = 99 WHERE id = (SELECT min(id) FROM stages)",
    "slip a stage in before": "INSERT INTO stages (process_id, position, name, milestone, win_rate) VALUES (1, -1, 'x', 'y', 1)",
    "confirm out of order": """INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence)
        VALUES (1, (SELECT max(id) FROM stages), '2026-01-01', 'reached', 'x')""",
    "insert deal mid-process": """INSERT INTO deals (account_id, process_id, stage_id, title)
        VALUES (1, 1, (SELECT max(id) FROM stages), 'x')""",
    "insert closed deal": """INSERT INTO deals (account_id, process_id, stage_id, title, status)
        VALUES (1, 1, (SELECT min(id) FROM stages), 'x', 'won')""",
    "delete process in use": "DELETE FROM processes",
    "delete account in use": "DELETE FROM accounts",
    "negative value": "UPDATE deals SET value = -5",
    "delete required work": "DELETE FROM deliverables WHERE required = 1",
    "make required work optional": "UPDATE tasks SET required = 0 WHERE required = 1",
    "impossible date": "UPDATE deals SET expected_close = '2026-02-31'",
    "milestone dated ahead": """INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence)
        SELECT id, stage_id, date('now', 'localtime', '+1 day'), 'against', 'x' FROM deals""",
    "milestone dated before the previous one": """INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence)
        SELECT id, stage_id, date('now', 'localtime', '-1 year'), 'against', 'x' FROM deals""",
}


@pytest.mark.parametrize("sql", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_is_refused_and_changes_nothing(shell, sql: str) -> None:
    conn, planner, deal_id = shell
    dump_before = list(conn.iterdump())
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)
    assert list(conn.iterdump()) == dump_before


def test_closed_deal_is_read_only(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    confirm_current(planner, deal_id, Outcome.AGAINST)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    for sql in ("UPDATE deals SET title = 'x'", "UPDATE deals SET status = 'open'",
                "UPDATE tasks SET done = 1", "UPDATE deals SET value = 1"):
        with pytest.raises(sqlite3.IntegrityError, match="closed|frozen"):
            conn.execute(sql)
    conn.execute("UPDATE deals SET archived = 1")  # archiving a closed deal is fine
    conn.close()


def test_confirming_through_sql_moves_the_deal_like_the_app(planner: Planner) -> None:
    """The rule lives in the file: inserting the current milestone advances the deal."""
    deal_id = new_deal(planner, stages=2)
    first, second = stage_ids(planner, deal_id)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
                 "VALUES (?, ?, '2026-01-02', 'reached', 'minutes')", [deal_id, first])
    assert conn.execute("SELECT stage_id, status FROM deals").fetchone() == (second, "open")
    conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
                 "VALUES (?, ?, '2026-01-03', 'reached', 'contract')", [deal_id, second])
    assert conn.execute("SELECT status FROM deals").fetchone() == ("won",)
    conn.close()


def test_required_deliverable_blocks_even_in_sql(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2, required=True)
    first = stage_ids(planner, deal_id)[0]
    conn = sqlite3.connect(planner.path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="required"):
        conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
                     "VALUES (?, ?, '2026-01-02', 'reached', 'x')", [deal_id, first])
    # a milestone that went against us is not blocked: the deal is simply lost
    conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
                 "VALUES (?, ?, '2026-01-02', 'against', 'they chose another')", [deal_id, first])
    assert conn.execute("SELECT status FROM deals").fetchone() == ("lost",)
    conn.close()


def test_deal_without_milestones_can_be_deleted_with_its_work(planner: Planner) -> None:
    deal_id = new_deal(planner)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DELETE FROM deals WHERE id = ?", [deal_id])
    assert conn.execute("SELECT count(*) FROM tasks").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] >= 1  # the log stays
    conn.close()


def test_unused_stages_stay_editable(planner: Planner, tmp_path: Path) -> None:
    deal_id = new_deal(planner, stages=3)
    last = stage_ids(planner, deal_id)[-1]
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("UPDATE stages SET name = 'Renamed', win_rate = 77 WHERE id = ?", [last])
    conn.execute("DELETE FROM stage_items WHERE stage_id = ?", [last])
    conn.execute("DELETE FROM stages WHERE id = ?", [last])
    conn.close()


@pytest.mark.parametrize(("day", "refusal"), [("+1 day", "after today"), ("-1 day", "previous milestone")])
def test_milestone_dates_hold_even_in_sql(planner: Planner, day: str, refusal: str) -> None:
    """A milestone carries the day it happened: never ahead of today, never before the last one."""
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id)  # dated today
    conn = sqlite3.connect(planner.path, isolation_level=None)
    insert = ("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
              "SELECT id, stage_id, date('now', 'localtime', ?), 'reached', 'minutes' FROM deals")
    with pytest.raises(sqlite3.IntegrityError, match=refusal):
        conn.execute(insert, [day])
    conn.execute(insert, ["+0 days"])  # the same day as the previous one is fine
    assert len(planner.milestones(deal_id)) == 2
    conn.close()


def test_every_refusal_of_the_file_reads_as_a_translatable_error() -> None:
    from planner.store import triggers
    from planner.store.errors import translate

    for message in triggers.MESSAGES:
        error = translate(sqlite3.IntegrityError(message))
        assert error.source != message and error.source.endswith("."), message


def test_check_finds_milestone_dates_written_around_the_triggers(planner: Planner) -> None:
    """A file edited with the date triggers dropped: ``check`` still names the deal."""
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DROP TRIGGER milestones_no_update")
    conn.execute("UPDATE milestones SET confirmed_on = date('now', 'localtime', '+3 days') "
                 "WHERE id = (SELECT min(id) FROM milestones)")
    conn.close()
    found = [error.english() for error in planner.check()]
    assert any(f"Deal {deal_id}: a milestone is dated before" in f for f in found), found
    assert any("dated after today" in f for f in found), found
