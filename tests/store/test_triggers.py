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
    return [s.id for s in planner.processes.get(planner.deals.get(deal_id).process_id).stages]  # type: ignore[misc]


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
    # required work dodged: decoys put in place before the deal enters a stage
    "decoy task for a later stage": """INSERT INTO tasks (deal_id, stage_id, text)
        VALUES (1, (SELECT max(id) FROM stages), 'decoy')""",
    "decoy deliverable for a later stage": """INSERT INTO deliverables (deal_id, stage_id, text, done)
        VALUES (1, (SELECT max(id) FROM stages), 'decoy', 1)""",
    "move work into a later stage": """UPDATE tasks SET stage_id = (SELECT max(id) FROM stages)
        WHERE stage_id = (SELECT stage_id FROM deals WHERE id = 1)""",
    "an unused stage moved before passed ones": """UPDATE stages SET position = 0
        WHERE id = (SELECT max(id) FROM stages)""",
    # columns hold only what README documents
    "garbage date": "UPDATE deals SET expected_close = 'soon'",
    "date with a time": "UPDATE deals SET next_target = '2026-01-01T00:00'",
    "text as a value": "UPDATE deals SET value = 'abc'",
    "infinite value": "UPDATE deals SET value = 1e999",
    "lower-case currency": "UPDATE deals SET currency = 'twd'",
    "currency of digits": "UPDATE deals SET currency = '123'",
    "title of tabs and newlines": "UPDATE deals SET title = char(9, 10, 13)",
    "name of ideographic spaces": "UPDATE accounts SET name = char(12288, 160)",
    "flag of 2": "UPDATE accounts SET archived = 2",
    "flag as a word": "UPDATE deals SET archived = 'yes'",
    "unknown role": "INSERT INTO contacts (account_id, name, role) VALUES (1, 'Ann', 'boss')",
    "garbage timestamp": "INSERT INTO events (deal_id, kind, at) VALUES (1, 'note', 'yesterday')",
    "blank event kind": "INSERT INTO events (deal_id, kind) VALUES (1, char(32, 9))",
    "win rate as a word": "UPDATE stages SET win_rate = 'high' WHERE id = (SELECT max(id) FROM stages)",
    "unknown kind of stage item": "UPDATE stage_items SET kind = 'chore'",
    "blank correction": "INSERT INTO corrections (milestone_id, written_on, text) VALUES (1, '2026-01-01', char(10))",
    "abandoned for a tab": "UPDATE deals SET status = 'abandoned', close_reason = char(9)",
    "blank evidence": """INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence)
        SELECT id, stage_id, date('now', 'localtime'), 'against', char(10, 8195) FROM deals""",
    "a blank setting key": "INSERT INTO settings (key, value) VALUES (char(9), 'x')",
    "a negative id": "INSERT INTO accounts (id, name) VALUES (-1, 'Shadow')",
}


@pytest.mark.parametrize("sql", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_is_refused_and_changes_nothing(shell, sql: str) -> None:
    conn, planner, deal_id = shell
    dump_before = list(conn.iterdump())
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)
    assert list(conn.iterdump()) == dump_before


def test_every_attack_is_refused_with_foreign_keys_and_recursive_triggers_on(shell) -> None:
    conn, planner, deal_id = shell
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")
    dump_before = list(conn.iterdump())
    got_through = []
    for name, sql in ATTACKS.items():
        try:
            conn.execute(sql)
            got_through.append(name)
        except sqlite3.IntegrityError:
            pass
    assert got_through == []
    assert list(conn.iterdump()) == dump_before


def test_a_stage_never_moves_in_front_of_a_used_one(planner: Planner) -> None:
    """Not by position, not by moving it from another process, whatever the free places."""
    from builders import simple_process

    from planner.domain.model import Account, Deal

    first = planner.processes.create(simple_process(3))
    other = planner.processes.create(simple_process(2, name="Other"))
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("UPDATE stages SET position = position + 5")  # free places before every stage
    account_id = planner.accounts.create(Account(name="Acme"))
    planner.deals.create(Deal(account_id=account_id, process_id=first, title="In the first stage"))
    unused = conn.execute("SELECT id FROM stages WHERE process_id = ? ORDER BY position DESC LIMIT 1",
                          [first]).fetchone()[0]
    stranger = conn.execute("SELECT id FROM stages WHERE process_id = ? LIMIT 1", [other]).fetchone()[0]
    for sql, params in [
        ("UPDATE stages SET position = 0 WHERE id = ?", [unused]),
        ("UPDATE stages SET process_id = ?, position = 1 WHERE id = ?", [first, stranger]),
        ("INSERT INTO stages (process_id, position, name, milestone, win_rate) VALUES (?, 2, 'x', 'y', 1)", [first]),
    ]:
        with pytest.raises(sqlite3.IntegrityError, match="stage that deals"):
            conn.execute(sql, params)
    # after the used stage, an unused stage moves freely
    conn.execute("UPDATE stages SET position = 40 WHERE id = ?", [unused])
    conn.close()


def test_a_stage_entered_always_brings_its_required_work(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3, required=True)
    finish_required(planner, deal_id)
    confirm_current(planner, deal_id)
    work = planner.work.get(deal_id)
    required = [t.text for t in work.stage_tasks(work.deal.stage_id) if t.required]  # type: ignore[arg-type]
    assert required == ["Task 2"]


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
    assert len(planner.milestones.of(deal_id)) == 2
    conn.close()


def test_every_refusal_of_the_file_reads_as_a_translatable_error() -> None:
    from planner.store import triggers
    from planner.store.errors import translate

    for message in triggers.MESSAGES:
        error = translate(sqlite3.IntegrityError(message))
        assert error.source != message and error.source.endswith("."), message


def test_a_stage_added_after_the_last_keeps_won_deals_won_and_check_green(planner: Planner) -> None:
    from planner.domain.model import DealStatus, Stage

    deal_id = new_deal(planner, stages=2)
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    assert planner.deals.get(deal_id).status == DealStatus.WON
    process = planner.processes.get(planner.deals.get(deal_id).process_id)
    process.stages.append(Stage(name="Renewal", milestone="Renewed", win_rate=100))
    planner.processes.update(process)
    assert planner.deals.get(deal_id).status == DealStatus.WON
    assert [str(p) for p in planner.file.check()] == []
    # a deal of the same process now wins only at the new last stage
    later = planner.deals.create(dataclasses_replace(planner.deals.get(deal_id)))
    confirm_current(planner, later)
    confirm_current(planner, later)
    assert planner.deals.get(later).status == DealStatus.OPEN
    confirm_current(planner, later)
    assert planner.deals.get(later).status == DealStatus.WON
    assert [str(p) for p in planner.file.check()] == []


def dataclasses_replace(deal):  # a new open deal like ``deal``
    import dataclasses

    return dataclasses.replace(deal, id=None, status="open", title="Later")


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
    found = [error.english() for error in planner.file.check()]
    assert any(f"Deal {deal_id}: a milestone is dated before" in f for f in found), found
    assert any("dated after today" in f for f in found), found
