"""Builders for tests: processes, accounts and deals in a few words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from planner.domain.model import Account, Deal, ItemKind, ItemTemplate, Outcome, Process, Stage
from planner.services import Confirmation, Planner


def simple_process(n: int = 3, name: str = "Test process", required: bool = False) -> Process:
    return Process(name=name, stages=[
        Stage(name=f"Stage {i + 1}", milestone=f"Milestone {i + 1}", win_rate=10 * (i + 1),
              tasks=[ItemTemplate(f"Task {i + 1}", required=required), ItemTemplate(f"Optional {i + 1}")],
              deliverables=[ItemTemplate(f"Deliverable {i + 1}", required=required)])
        for i in range(n)])


def new_deal(planner: Planner, stages: int = 3, required: bool = False, **fields) -> int:
    pid = planner.processes.create(simple_process(stages, required=required))
    aid = planner.accounts.create(Account(name=fields.pop("account", "Acme")))
    return planner.deals.create(Deal(account_id=aid, process_id=pid, title=fields.pop("title", "Deal"),
                                    **fields))


def confirm_current(planner: Planner, deal_id: int, outcome: Outcome = Outcome.REACHED,
                    on: date | None = None, evidence: str = "Signed minutes") -> None:
    deal = planner.deals.get(deal_id)
    assert deal.stage_id is not None
    planner.milestones.confirm(deal_id, [Confirmation(deal.stage_id, on or date.today(), evidence, outcome,
                                           decision="Chose another supplier" if outcome == Outcome.AGAINST else "")])


def created_on(planner: Planner, deal: Deal, day: date) -> int:
    """``deal`` created as if on ``day`` (noon UTC, or now if that is still to come): the
    file stamps it and its "created" event so; its start cannot be changed afterwards."""
    at = min(datetime.combine(day, time(12), UTC), datetime.now(UTC))
    with planner.store.dated(at):
        return planner.deals.create(deal)


def days_ago(n: int) -> date:
    return date.today() - timedelta(days=n)


def finish_required(planner: Planner, deal_id: int) -> None:
    """Tick the current stage's required tasks and deliverables."""
    work = planner.work.get(deal_id)
    stage = work.deal.stage_id
    for table, items in ((ItemKind.TASK, work.stage_tasks(stage)), (ItemKind.DELIVERABLE, work.stage_deliverables(stage))):
        for item in items:
            if item.required and not item.done:
                planner.work.set_done(table, item.id, True)


# what the app logs as it creates a deal, for deals an old file's fixture wrote in SQL
LOGGED_STARTS = ("INSERT INTO events (deal_id, at, kind, field, after) SELECT id, created_at, 'created', 'title', "
                 "title FROM deals WHERE id NOT IN (SELECT deal_id FROM events WHERE kind = 'created')")


def old_file(path: Path, version: int, *sql: str, sealed: bool = False) -> Path:
    """A planner file as version ``version`` of the app wrote it, with ``sql`` run in it
    (by a plain connection, as the ``sqlite3`` shell would); its WAL is folded in.
    ``sealed``: the history written is then sealed, as the app seals what it writes."""
    import sqlite3

    from sqlite_utils import Database

    from planner.store import database

    db = Database(path)
    db.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    database.MIGRATIONS.apply(db, stop_before=database.MIGRATION_NAMES[version])
    db.execute(f"PRAGMA user_version = {version}")
    db.conn.commit()
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    if sealed:
        from planner.store import chain

        with conn:
            conn.execute("BEGIN")
            chain.seal(conn)
    conn.close()
    return path
