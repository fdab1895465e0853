"""Tampering with the schema is visible: every table, index and trigger compared whole.

Each attack uses a plain ``sqlite3`` connection, as the ``sqlite3`` shell or another program
would, with foreign_keys and recursive_triggers off (the shell's defaults) and on.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import confirm_current, new_deal

from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.store import database, tamper
from planner.store.database import MIGRATION_NAMES, utils_view


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A planner file with a confirmed milestone, made once: each test attacks a copy."""
    path = tmp_path_factory.mktemp("template") / "t.planner"
    p = Planner.open(path, create=True)
    deal_id = new_deal(p)
    confirm_current(p, deal_id)
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path.read_bytes()


@pytest.fixture
def planner_path(tmp_path: Path, template: bytes) -> Path:
    path = tmp_path / "t.planner"
    path.write_bytes(template)
    return path


@pytest.fixture(params=["off", "on"])
def shell(request: pytest.FixtureRequest, planner_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(planner_path, isolation_level=None)
    conn.execute(f"PRAGMA foreign_keys = {request.param}")
    conn.execute(f"PRAGMA recursive_triggers = {request.param}")
    yield conn
    conn.close()


def found(path: Path) -> list[str]:
    """What a fresh connection (a new start of the app) reports."""
    conn = sqlite3.connect(path)
    try:
        return [e.english() for e in tamper.differences(conn)]
    finally:
        conn.close()


def trigger_sql(conn: sqlite3.Connection, name: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]


def test_a_file_as_this_version_makes_it_has_no_differences(planner_path: Path) -> None:
    assert found(planner_path) == []


def test_the_reference_has_every_object_of_a_real_file(planner_path: Path) -> None:
    """The shim runs the same steps as sqlite-utils' runner: same objects, same text."""
    conn = sqlite3.connect(planner_path)
    real = {n: s for n, s in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite%' AND tbl_name <> ?",
        [database.MIGRATIONS_TABLE])}
    real |= {n: s for n, s in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        [database.MIGRATIONS_TABLE])}
    conn.close()
    reference = {o.name: o.sql for o in tamper.expected().values()}
    assert reference == real
    assert {"ledger", "ledger_no_update", "milestones_no_delete", "events_by_deal"} <= set(reference)


ATTACKS: dict[str, tuple[list[str], str]] = {
    "drop a trigger": (["DROP TRIGGER milestones_no_delete"],
                       "Trigger milestones_no_delete was removed."),
    "replace a trigger with a no-op": (
        ["DROP TRIGGER milestones_no_delete",
         "CREATE TRIGGER milestones_no_delete BEFORE DELETE ON milestones BEGIN SELECT 1; END"],
        "Trigger milestones_no_delete was changed."),
    "ignore instead of refuse": (
        ["DROP TRIGGER events_no_update",
         "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(IGNORE); END"],
        "Trigger events_no_update was changed."),
    "a no-op under the name in capitals": (
        ["DROP TRIGGER milestones_no_update",
         "CREATE TRIGGER MILESTONES_NO_UPDATE BEFORE UPDATE ON milestones BEGIN SELECT 1; END"],
        "Trigger milestones_no_update was changed."),
    "add a trigger": (
        ["CREATE TRIGGER quiet AFTER INSERT ON deals BEGIN UPDATE deals SET notes = '' WHERE id = NEW.id; END"],
        "Trigger quiet was added that this version does not create."),
    "a trigger on the migrations table": (
        [f"CREATE TRIGGER forget BEFORE INSERT ON {database.MIGRATIONS_TABLE} BEGIN SELECT 1; END"],
        "Trigger forget was added that this version does not create."),
    "add a column": (["ALTER TABLE events ADD COLUMN hidden TEXT"], "Table events was changed."),
    "add an index": (["CREATE INDEX deals_by_title ON deals (title)"],
                     "Index deals_by_title was added that this version does not create."),
    "drop an index": (["DROP INDEX events_by_deal"], "Index events_by_deal was removed."),
    "add a table": (["CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT)"],
                    "Table notes was added that this version does not create."),
    "add a view": (["CREATE VIEW everything AS SELECT * FROM deals"],
                   "View everything was added that this version does not create."),
    "drop a ledger trigger": (["DROP TRIGGER ledger_no_delete"], "Trigger ledger_no_delete was removed."),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_each_attack_is_named(shell: sqlite3.Connection, planner_path: Path, attack: str) -> None:
    statements, message = ATTACKS[attack]
    for statement in statements:
        shell.execute(statement)
    assert found(planner_path) == [message]


def test_an_index_changed_under_the_same_name(shell: sqlite3.Connection, planner_path: Path) -> None:
    shell.execute("DROP INDEX events_by_deal")
    shell.execute("CREATE INDEX events_by_deal ON events (kind)")
    assert found(planner_path) == ["Index events_by_deal was changed."]


def test_several_changes_are_all_named(shell: sqlite3.Connection, planner_path: Path) -> None:
    shell.execute("DROP TRIGGER milestones_no_delete")
    shell.execute("DROP TRIGGER corrections_no_update")
    shell.execute("CREATE INDEX extra ON deals (title)")
    assert sorted(found(planner_path)) == [
        "Index extra was added that this version does not create.",
        "Trigger corrections_no_update was removed.",
        "Trigger milestones_no_delete was removed.",
    ]


def test_layout_and_quoting_do_not_count(shell: sqlite3.Connection, planner_path: Path) -> None:
    """A trigger put back with other white space, comments, keyword case or quoted names is
    the same rule; its text is what SQLite stores, so only the tokens are compared."""
    original = trigger_sql(shell, "milestones_no_delete")
    relaid = ("create   trigger \"milestones_no_delete\"\n\tbefore DELETE on [milestones] -- same\n"
              "BEGIN /* the same rule */ SELECT RAISE(ABORT, "
              + original.split("RAISE(ABORT, ", 1)[1].split(";")[0] + ";\nend")
    shell.execute("DROP TRIGGER milestones_no_delete")
    shell.execute(relaid)
    assert trigger_sql(shell, "milestones_no_delete") != original
    assert found(planner_path) == []


def test_a_changed_message_counts(shell: sqlite3.Connection, planner_path: Path) -> None:
    """String literals are compared exactly: a rule that says something else is changed."""
    original = trigger_sql(shell, "milestones_no_delete")
    shell.execute("DROP TRIGGER milestones_no_delete")
    shell.execute(original.replace("cannot be changed", "Cannot be changed"))
    assert found(planner_path) == ["Trigger milestones_no_delete was changed."]


def test_sqlites_own_tables_do_not_count(shell: sqlite3.Connection, planner_path: Path) -> None:
    shell.execute("ANALYZE")  # sqlite_stat1
    assert "sqlite_stat1" in {r[0] for r in shell.execute("SELECT name FROM sqlite_master")}
    assert found(planner_path) == []


def test_a_trigger_under_a_reserved_name_is_seen(shell: sqlite3.Connection, planner_path: Path) -> None:
    """SQLite refuses to create a "sqlite_" name, but writable_schema slips one in, and it fires."""
    shell.execute("PRAGMA writable_schema = ON")
    shell.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', "
                  "'sqlite_quiet', 'deals', 0, 'CREATE TRIGGER sqlite_quiet AFTER UPDATE ON deals "
                  "BEGIN UPDATE deals SET archived = 0 WHERE id = NEW.id; END')")
    assert found(planner_path) == ["Trigger sqlite_quiet was added that this version does not create."]


def test_putting_a_trigger_back_exactly_leaves_no_trace(shell: sqlite3.Connection, planner_path: Path) -> None:
    """What the schema cannot show; the hash chain shows what was done meanwhile (test_chain)."""
    original = trigger_sql(shell, "milestones_no_update")
    shell.execute("DROP TRIGGER milestones_no_update")
    shell.execute(original)
    assert found(planner_path) == []


@pytest.mark.parametrize(("a", "b"), [
    ("CREATE TABLE t (a TEXT)", 'create table "t"(\n  a   text\n)'),
    ("SELECT 'x  y'", "select   'x  y'"),
    ("SELECT [a b] FROM `t`", 'SELECT "a b" FROM t'),
    ("SELECT 1 -- note\n", "SELECT /* other */ 1"),
])
def test_normalized_equal(a: str, b: str) -> None:
    assert tamper.normalized(a) == tamper.normalized(b)


@pytest.mark.parametrize(("a", "b"), [
    ("SELECT 'x y'", "SELECT 'x  y'"),
    ("SELECT 'X'", "SELECT 'x'"),
    ('SELECT "Deals"', "SELECT deals"),
    ("SELECT 1", "SELECT 2"),
    ("SELECT a<b", "SELECT a>b"),
])
def test_normalized_different(a: str, b: str) -> None:
    assert tamper.normalized(a) != tamper.normalized(b)


def older_file(path: Path, version: int) -> Path:
    """A planner file as version ``version`` of the app wrote it, with some history in it."""
    conn = database.connect(path)
    conn.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    database.migrations().apply(utils_view(conn), stop_before=MIGRATION_NAMES[version])
    conn.execute(f"PRAGMA user_version = {version}")
    for statement in (
        "INSERT INTO processes (name) VALUES ('P')",
        "INSERT INTO stages (process_id, position, name, milestone, win_rate) VALUES (1, 0, 'S1', 'M1', 10)",
        "INSERT INTO stages (process_id, position, name, milestone, win_rate) VALUES (1, 1, 'S2', 'M2', 50)",
        "INSERT INTO accounts (name) VALUES ('A')",
        "INSERT INTO deals (account_id, process_id, stage_id, title) VALUES (1, 1, 1, 'D')",
        "INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
        "VALUES (1, 1, '2020-01-02', 'reached', 'Minutes')",
        "INSERT INTO corrections (milestone_id, written_on, text) VALUES (1, '2020-01-03', 'Typo')",
        "INSERT INTO events (deal_id, kind, field, before, after) VALUES (1, 'stage', 'stage_id', 'S1', 'S2')",
    ):
        conn.execute(statement)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.mark.parametrize("version", range(1, len(MIGRATION_NAMES)))
def test_a_migrated_file_compares_equal_to_a_fresh_one(tmp_path: Path, version: int) -> None:
    path = older_file(tmp_path / f"v{version}.planner", version)
    planner = Planner.open(path)
    assert [e.english() for e in tamper.differences(planner.store.conn)] == []
    planner.close()
    assert found(path) == []


def test_messages_are_translatable_sources() -> None:
    """Each message names its object through a parameter, so one source serves every name."""
    sources = set(tamper._MESSAGES.values())
    assert len(sources) == 12 and all("{name}" in s for s in sources)
    assert PlannerError(tamper._MESSAGES[("trigger", "removed")], name="x").english() == "Trigger x was removed."


def test_checking_loads_no_sqlite_utils(planner_path: Path) -> None:
    """The check runs on every open: it must not pull in sqlite-utils (about 55 ms)."""
    probe = ("import sqlite3, sys; from planner.store import tamper; "
             f"print(tamper.differences(sqlite3.connect({str(planner_path)!r})), "
             "'sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] False"


def test_the_reference_can_be_built_ahead_in_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    built = tamper.expected()
    monkeypatch.setattr(tamper, "_reference", None)
    tamper.prepare()
    assert tamper.expected() == built  # waits for the thread's, or builds its own
