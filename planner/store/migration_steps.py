"""The planner file's migrations, in order: each one a step of sqlite-utils' runner.

A step uses only ``db.execute`` (and ``db.conn``), so that it also runs on a plain
sqlite3 connection: ``tamper`` builds the expected schema from these very steps.
sqlite-utils itself is imported only by ``migrations()``, when a file needs them.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from planner.store import search, tables
from planner.store.schema import TABLES
from planner.store.triggers import (
    BUYING_GROUP_INDEXES,
    all_triggers,
    buying_group_triggers,
    current_triggers,
    exchange_rate_triggers,
    kept_deal_triggers,
    milestone_date_triggers,
    next_step_triggers,
    rate_adoption_triggers,
    reason_category_triggers,
    required_work_triggers,
    stamp_triggers,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "deal_planner"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils' Migrations.migrations_table


def _initial(db: Database) -> None:
    for statement in TABLES + all_triggers():
        db.execute(statement)


def _settings(db: Database) -> None:
    db.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '')"
    )


def _required_work_stays(db: Database) -> None:
    for statement in required_work_triggers():
        db.execute(statement)


def _milestone_dates(db: Database) -> None:
    for statement in milestone_date_triggers():
        db.execute(statement)


def _is_strict(db: Database, table: str) -> bool:
    row = db.execute("SELECT strict FROM pragma_table_list WHERE name = ?", [table]).fetchone()
    return bool(row and row[0])


def _strict_tables(db: Database) -> None:
    """Schema 5: STRICT tables holding only what README documents, every table guarded.

    Each table is rebuilt (new table, same rows and ids, old one dropped, new one renamed)
    in one transaction of its own, with foreign keys off so that dropping a parent table
    cascades nothing; rows a STRICT table would refuse were found before (``_judge``).
    It runs outside sqlite-utils' transaction (``PRAGMA foreign_keys`` is ignored inside
    one), so it is written to be run again should the record of it be lost.
    """
    conn = cast(sqlite3.Connection, getattr(db, "conn", db))  # a Database, or already its connection
    if conn.in_transaction:
        # a caller's own transaction (a schema built in memory): only safe without foreign
        # keys, which would cascade the drop of a parent table into its children
        if db.execute("PRAGMA foreign_keys").fetchone()[0]:
            raise RuntimeError("the STRICT rebuild needs foreign keys off")
        _rebuild(db)
        return
    keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        db.execute("BEGIN")
        try:
            _rebuild(db)
            db.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    finally:
        db.execute(f"PRAGMA foreign_keys = {int(keys)}")


def _rebuild(db: Database) -> None:
    if all(_is_strict(db, t.name) for t in tables.TABLES):
        return  # done already: only the record of it was missing
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    # legacy renaming with foreign keys off leaves other tables' REFERENCES as written:
    # they name the new table once it exists. An empty table is simply made anew (a new
    # file: renaming re-reads the whole schema and would triple the time to create one)
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        for table in tables.TABLES:
            if db.execute(f"SELECT 1 FROM {table.name} LIMIT 1").fetchone() is None:
                db.execute(f"DROP TABLE {table.name}")
                db.execute(table.ddl())
                continue
            columns = ", ".join(table.column_names if table.has_id else ("rowid", *table.column_names))
            db.execute(f"ALTER TABLE {table.name} RENAME TO _old_{table.name}")
            db.execute(table.ddl())
            db.execute(f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM _old_{table.name}")
            db.execute(f"DROP TABLE _old_{table.name}")  # its indexes go with it
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
    for statement in (*tables.INDEXES, *current_triggers()):
        db.execute(statement)


def _hash_chain(db: Database) -> None:
    """Schema 6: the hash chain over milestones, corrections and events (``chain``)."""
    from planner.store import chain

    chain.install(cast(sqlite3.Connection, getattr(db, "conn", db)))


def _exchange_rates(db: Database) -> None:
    """Schema 7: the exchange rates into the file's home currency, guarded like every table."""
    for statement in (tables.EXCHANGE_RATES.ddl(), *exchange_rate_triggers()):
        db.execute(statement)


# the built-in reason categories a schema-8 file starts with, in their order: as this step
# wrote them, whatever later versions add (see planner.domain.reasons)
_SEEDED_REASONS = ("price", "competitor", "no_budget", "timing", "no_decision", "relationship", "other")


def _reasons_and_adoptions(db: Database) -> None:
    """Schema 8: reason categories (seeded with the built-in ones) that a lost or abandoned
    deal may carry (``deals.close_category``), and the record of adopted win rates."""
    db.execute(tables.REASON_CATEGORIES.ddl())
    db.execute(f"ALTER TABLE deals ADD COLUMN {tables.CLOSE_CATEGORY.ddl()}")
    db.execute(tables.RATE_ADOPTIONS.ddl())
    for statement in (*reason_category_triggers(), *rate_adoption_triggers()):
        db.execute(statement)
    for position, key in enumerate(_SEEDED_REASONS):
        db.execute("INSERT INTO reason_categories (key, position) VALUES (?, ?)", [key, position])


def _buying_group(db: Database) -> None:
    """Schema 9: who decides. Each deal's buying group, the roles a stage requires before its
    milestone, and who of the group confirmed or decided a milestone; all start empty."""
    for table in (tables.DEAL_CONTACTS, tables.STAGE_ROLES, tables.MILESTONE_CONTACTS):
        db.execute(table.ddl())
    for statement in (*BUYING_GROUP_INDEXES, *buying_group_triggers()):
        db.execute(statement)


def _next_steps(db: Database) -> None:
    """The step "0010_next_steps": a deal's next step and its date, and a due date on each
    task and deliverable; a closed deal's next step is read-only (the work triggers already
    hold the due dates of frozen stages and closed deals)."""
    for table, column in (("deals", tables.NEXT_STEP), ("deals", tables.NEXT_STEP_DUE),
                          ("tasks", tables.WORK_DUE), ("deliverables", tables.WORK_DUE)):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column.ddl()}")
    for statement in next_step_triggers():
        db.execute(statement)


def _search(db: Database) -> None:
    """The step "0011_search": the search index (``planner.store.search``), an FTS5 table of
    each deal's text with the triggers that keep it current, filled for the deals there are
    (at 100,000 deals: 2 to 3 s on a busy two-core machine, and 27 MB, 9.5 %, more file)."""
    for statement in (*search.SCHEMA, *search.triggers()):
        db.execute(statement)
    search.fill(cast(sqlite3.Connection, getattr(db, "conn", db)))


def _board_census(db: Database) -> None:
    """The step "0012_board_census": an index the board counts a process's deals from
    (``tables.CENSUS_INDEX``); about 0.1 s at 100,000 deals."""
    db.execute(tables.CENSUS_INDEX)


def _usual_currency(db: Database) -> None:
    """The step "0013_usual_currency": an index the usual currency is counted from
    (``tables.CURRENCY_INDEX``)."""
    db.execute(tables.CURRENCY_INDEX)


def _kept_record(db: Database) -> None:
    """The step "0014_kept_record": when a process, an account or a deal was written can no
    longer be changed (``triggers.stamp_triggers``), and a closed deal can no longer be
    deleted (``triggers.kept_deal_triggers``); a deal's start and its abandonment are also
    held to its sealed events by the check (``planner.store.invariants``), through indexes
    of those events (``tables.LOGGED_INDEXES``; about a second at 100,000 deals)."""
    for statement in (*stamp_triggers(), *kept_deal_triggers(), *tables.LOGGED_INDEXES):
        db.execute(statement)


# in order; registered with sqlite-utils' runner on first use (see migrations()). A step
# uses only ``db.execute``: it also runs on a plain sqlite3 connection (tamper's reference)
_STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", _initial),
    ("0002_settings", _settings),
    ("0003_required_work_stays", _required_work_stays),
    ("0004_milestone_dates", _milestone_dates),
    ("0005_strict_tables", _strict_tables),
    ("0006_hash_chain", _hash_chain),
    ("0007_exchange_rates", _exchange_rates),
    ("0008_reasons_and_adoptions", _reasons_and_adoptions),
    ("0009_buying_group", _buying_group),
    ("0010_next_steps", _next_steps),
    ("0011_search", _search),
    ("0012_board_census", _board_census),
    ("0013_usual_currency", _usual_currency),
    ("0014_kept_record", _kept_record),
]
_OUTSIDE_TRANSACTION = {"0005_strict_tables"}
MIGRATION_NAMES = [name for name, _ in _STEPS]
SCHEMA_VERSION = len(MIGRATION_NAMES)
STRICT_MIGRATION = "0005_strict_tables"


@functools.cache
def migrations() -> Migrations:
    """The file's migrations as sqlite-utils' runner (imports sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    runner = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        runner(name=name, transactional=name not in _OUTSIDE_TRANSACTION)(step)
    assert runner.migrations_table == MIGRATIONS_TABLE
    return runner
