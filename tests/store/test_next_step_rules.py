"""The file's own rules for next steps and due dates ("0010_next_steps"), against raw SQL
with foreign_keys and recursive_triggers off (as the sqlite3 shell has them) and on:
a due date is a real date, a next step's date needs its step, and a closed deal's next step
and the work of frozen stages and closed deals keep their dates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import LOGGED_STARTS, confirm_current, new_deal, old_file

from planner.domain import messages
from planner.domain.model import ItemKind, Outcome
from planner.services import Planner
from planner.store import database
from planner.store.migration_steps import MIGRATION_NAMES


class File:
    """An open deal past its first milestone, a won, a lost and an abandoned deal, each with
    a next step, and a raw connection to their file."""

    def __init__(self, planner: Planner, pragmas: str) -> None:
        self.planner = planner
        self.open = new_deal(planner, stages=3, title="Open")
        confirm_current(planner, self.open)
        self.won = new_deal(planner, stages=1, title="Won")
        self.lost = new_deal(planner, stages=2, title="Lost")
        self.abandoned = new_deal(planner, stages=2, title="Abandoned")
        for deal in (self.open, self.won, self.lost, self.abandoned):
            planner.deals.set_next_step(deal, "Call the buyer", date(2026, 3, 2))
        confirm_current(planner, self.won)
        confirm_current(planner, self.lost, Outcome.AGAINST)
        planner.deals.abandon(self.abandoned, "Went quiet")
        work = planner.work.get(self.open)
        self.frozen_task = work.stage_tasks(work.process.stages[0].id)[0].id  # type: ignore[arg-type]
        self.current_task = work.stage_tasks(work.deal.stage_id)[0].id  # type: ignore[arg-type]
        self.current_deliverable = work.stage_deliverables(work.deal.stage_id)[0].id  # type: ignore[arg-type]
        self.closed_task = planner.work.get(self.lost).tasks[0].id
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


def test_an_open_deal_takes_a_next_step_and_its_current_work_a_due_date(file: File) -> None:
    file.conn.execute("UPDATE deals SET next_step = 'Send the quote', next_step_due = '2026-04-30' WHERE id = ?",
                      [file.open])
    file.conn.execute("UPDATE tasks SET due = '2026-05-01' WHERE id = ?", [file.current_task])
    file.conn.execute("UPDATE deliverables SET due = '2026-05-02' WHERE id = ?", [file.current_deliverable])
    file.conn.execute("UPDATE tasks SET due = NULL WHERE id = ?", [file.current_task])
    assert file.one("SELECT next_step_due FROM deals WHERE id = ?", file.open) == "2026-04-30"
    assert file.one("SELECT due FROM deliverables WHERE id = ?", file.current_deliverable) == "2026-05-02"
    # a deal may start with one
    file.conn.execute("INSERT INTO deals (account_id, process_id, stage_id, title, next_step, next_step_due) "
                      "SELECT account_id, process_id, ?, 'New', 'Meet', '2026-06-01' FROM deals WHERE id = ?",
                      [file.one("SELECT min(id) FROM stages WHERE process_id = "
                                "(SELECT process_id FROM deals WHERE id = ?)", file.open), file.open])


@pytest.mark.parametrize("day", ["2026-02-31", "2026-2-3", "tomorrow", "2026-03-01 ", "2026-03-01T09:00:00",
                                 "20260301"])
def test_a_due_date_is_a_real_date(file: File, day: str) -> None:
    file.refused("UPDATE deals SET next_step_due = ? WHERE id = ?", day, file.open)
    file.refused("UPDATE tasks SET due = ? WHERE id = ?", day, file.current_task)
    file.refused("UPDATE deliverables SET due = ? WHERE id = ?", day, file.current_deliverable)
    file.refused("UPDATE tasks SET due = 20260301 WHERE id = ?", file.current_task)  # a number is no date
    assert file.one("SELECT next_step_due FROM deals WHERE id = ?", file.open) == "2026-03-02"


def test_a_next_steps_date_needs_the_step(file: File) -> None:
    for step in ("", " ", "\u3000\t"):
        assert "next_step_due" in file.refused("UPDATE deals SET next_step = ? WHERE id = ?", step, file.open)
    file.conn.execute("UPDATE deals SET next_step = '', next_step_due = NULL WHERE id = ?", [file.open])
    file.refused("UPDATE deals SET next_step_due = '2026-03-05' WHERE id = ?", file.open)


def test_a_closed_deals_next_step_is_read_only(file: File) -> None:
    for deal in (file.won, file.lost, file.abandoned):
        for sql in ("UPDATE deals SET next_step = 'Forged' WHERE id = ?",
                    "UPDATE deals SET next_step_due = '2027-01-01' WHERE id = ?",
                    "UPDATE deals SET next_step = '', next_step_due = NULL WHERE id = ?"):
            assert file.refused(sql, deal) == messages.DEAL_CLOSED.raised
        assert file.one("SELECT next_step || next_step_due FROM deals WHERE id = ?", deal) == "Call the buyer2026-03-02"
        file.conn.execute("UPDATE deals SET next_step = next_step WHERE id = ?", [deal])  # no change is no edit
        file.conn.execute("UPDATE deals SET archived = 1 WHERE id = ?", [deal])  # archiving stays possible


def test_frozen_and_closed_work_keeps_its_due_date(file: File) -> None:
    for table, item in (("tasks", file.frozen_task), ("tasks", file.closed_task)):
        for day in ("2026-07-01", None):
            refusal = file.refused(f"UPDATE {table} SET due = ? WHERE id = ?", day, item)
            assert refusal in (messages.STAGE_FROZEN.raised, messages.DEAL_CLOSED.raised)
    assert file.refused("UPDATE tasks SET due = '2026-07-01' WHERE id = ?",
                        file.frozen_task) == messages.STAGE_FROZEN.raised
    frozen_stage = file.one("SELECT stage_id FROM tasks WHERE id = ?", file.frozen_task)
    assert file.refused("INSERT INTO tasks (deal_id, stage_id, text, due) VALUES (?, ?, 'Late', '2026-07-01')",
                        file.open, frozen_stage) in (messages.STAGE_FROZEN.raised, messages.WORK_CURRENT.raised)
    deliverable = file.one("SELECT id FROM deliverables WHERE deal_id = ?", file.won)
    assert file.refused("UPDATE deliverables SET due = '2026-07-01' WHERE id = ?", deliverable) in (
        messages.STAGE_FROZEN.raised, messages.DEAL_CLOSED.raised)


def test_the_services_refuse_the_same_before_the_file(planner: Planner) -> None:
    from planner.domain.errors import InvalidInput, RuleViolation

    deal = new_deal(planner, stages=2)
    with pytest.raises(InvalidInput, match="date needs the step"):
        planner.deals.set_next_step(deal, "  ", date(2026, 3, 1))
    confirm_current(planner, deal, Outcome.AGAINST)
    with pytest.raises(RuleViolation, match="closed"):
        planner.deals.set_next_step(deal, "Call", None)
    task = planner.work.get(deal).tasks[0]
    with pytest.raises(RuleViolation, match="closed"):
        planner.work.set_due(ItemKind.TASK, task.id, date(2026, 3, 1))  # type: ignore[arg-type]


def test_a_file_of_the_version_before_gains_the_columns_empty(tmp_path: Path) -> None:
    version = MIGRATION_NAMES.index("0010_next_steps")
    path = old_file(
        tmp_path / "before.planner", version,
        "INSERT INTO processes (id, name) VALUES (1, 'Sales')",
        "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (1, 1, 0, 'Lead', 'Met', 20)",
        "INSERT INTO stage_items (stage_id, kind, text) VALUES (1, 'task', 'Call')",
        "INSERT INTO accounts (id, name) VALUES (1, 'Acme')",
        "INSERT INTO deals (id, account_id, process_id, stage_id, title, next_target) "
        "VALUES (1, 1, 1, 1, 'Old one', '2026-05-01')",
        LOGGED_STARTS, sealed=True,
    )
    planner = Planner.open(path)
    try:
        assert planner.store.schema_version() == database.SCHEMA_VERSION
        deal = planner.deals.get(1)
        assert (deal.next_step, deal.next_step_due) == ("", None)
        assert [t.due for t in planner.work.get(1).tasks] == [None]
        assert planner.file.tampering() == []
        assert [str(p) for p in planner.file.check()] == []
        planner.deals.set_next_step(1, "Book the demo", date(2026, 4, 1))
        assert planner.deals.get(1).next_step_due == date(2026, 4, 1)
    finally:
        planner.close()
