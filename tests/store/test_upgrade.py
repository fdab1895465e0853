"""Upgrading a file to STRICT tables (schema 5): every row is kept with its id, or the
file is refused untouched with a message that names the row."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from builders import old_file

from planner.domain.errors import FileRefused
from planner.services import Planner
from planner.store import database, tables

# a version-4 file with one deal in it, written as the app of that version did
FILLED = (
    "INSERT INTO processes (id, name) VALUES (7, 'Sales')",
    "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (11, 7, 0, 'Lead', 'Met', 10)",
    "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (12, 7, 1, 'Offer', 'Signed', 60)",
    "INSERT INTO stage_items (stage_id, kind, text, required) VALUES (11, 'task', 'Call', 1)",
    "INSERT INTO accounts (id, name) VALUES (3, 'Acme')",
    "INSERT INTO contacts (id, account_id, name, role) VALUES (4, 3, 'Ann', 'coach')",
    "INSERT INTO deals (id, account_id, process_id, stage_id, title, value) VALUES (21, 3, 7, 11, 'Big one', 1200)",
    "INSERT INTO events (id, deal_id, kind) VALUES (99, 21, 'created')",
    "INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (21, 11, 'Met twice')",
    "INSERT INTO settings (key, value) VALUES ('idle_days', '9')",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_version_4_file_keeps_every_row_and_id(tmp_path: Path) -> None:
    path = old_file(tmp_path / "v4.planner", 4, *FILLED)
    conn = sqlite3.connect(path)
    # the columns version 4 had: later versions add some (deals.close_category, NULL here)
    before = {t.name: conn.execute(f"SELECT rowid, {', '.join(t.column_names)} FROM {t.name} ORDER BY rowid")
              .fetchall() for t in tables.TABLES}
    conn.close()
    planner = Planner.open(path)
    assert (tmp_path / "v4.planner.v4.bak").exists()
    conn = planner.store.conn
    after = {t.name: conn.execute(f"SELECT rowid, {', '.join(t.column_names)} FROM {t.name} ORDER BY rowid")
             .fetchall() for t in tables.TABLES}
    assert conn.execute("SELECT count(*) FROM deals WHERE close_category IS NOT NULL").fetchone()[0] == 0
    assert after == before
    strict = {r[0] for r in conn.execute("SELECT name FROM pragma_table_list WHERE strict")}
    assert {t.name for t in tables.TABLES} <= strict
    assert int.from_bytes(path.read_bytes()[60:64], "big") == database.SCHEMA_VERSION
    assert planner.work.get(21).tasks[0].text == "Call"
    assert [str(p) for p in planner.file.check()] == []
    planner.close()


BAD = {
    "a date that is no date": ("UPDATE deals SET expected_close = 'soon'", "deals", "expected_close"),
    "text where a number goes": ("UPDATE deals SET value = 'a lot'", "deals", "value"),
    "a title of tabs": ("UPDATE deals SET title = char(9, 9)", "deals", "title"),
    "a lower-case currency": ("UPDATE deals SET currency = 'usd'", "deals", "currency"),
    "a name of a newline": ("UPDATE contacts SET name = char(10)", "contacts", "name"),
    "a blob as a name": ("UPDATE accounts SET name = x'00ff'", "accounts", "name"),
}


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("change", BAD.values(), ids=BAD.keys())
def test_a_legacy_row_the_rules_refuse_is_named_and_the_file_left_untouched(
        tmp_path: Path, change: tuple[str, str, str], read_only: bool) -> None:
    sql, table, column = change
    path = old_file(tmp_path / "v4.planner", 4, *FILLED, sql)
    before, siblings = digest(path), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(FileRefused) as refused:
        Planner.open(path, read_only=read_only)
    message = str(refused.value)
    assert f"table {table}," in message and f"column {column} " in message and str(path) in message
    assert "row " in message and "\n" not in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no backup, no WAL


def test_the_refusal_is_translatable(tmp_path: Path) -> None:
    path = old_file(tmp_path / "v4.planner", 4, *FILLED, "UPDATE deals SET value = 'a lot'")
    with pytest.raises(FileRefused) as refused:
        Planner.open(path)
    assert refused.value.params == {"path": str(path), "table": "deals", "row": 21, "column": "value"}
    assert "{table}" in refused.value.source


def test_every_legacy_rule_matches_the_strict_tables() -> None:
    """What ``problems`` accepts, the STRICT tables accept: the two come from one description."""
    conn = sqlite3.connect(":memory:")
    for table in tables.TABLES:
        conn.execute(table.ddl())
    for column in ("expected_close", "value", "currency", "title"):
        for value in ("2026-01-31", "2026-02-31", 12.5, "abc", "TWD", " ", None):
            spec = next(c for c in tables.BY_NAME["deals"].columns if c.name == column)
            accepted = conn.execute(f"SELECT {spec.accepts(':v')}", {"v": value}).fetchone()[0]
            try:
                conn.execute(f"INSERT INTO deals (account_id, process_id, stage_id, title, {column}) "
                             f"VALUES (1, 1, 1, 'x', ?)" if column != "title" else
                             "INSERT INTO deals (account_id, process_id, stage_id, title) VALUES (1, 1, 1, ?)",
                             [value])
                stored = True
            except sqlite3.IntegrityError:
                stored = False
            assert bool(accepted) == stored, (column, value)


def test_a_bad_row_still_in_the_wal_is_found_before_anything_is_upgraded(tmp_path: Path) -> None:
    """The check before opening reads the file alone; the WAL of a crashed app is read too."""
    path = old_file(tmp_path / "v4.planner", 4, *FILLED)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE deals SET expected_close = 'soon'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # as a crash leaves them: the change only in the WAL
        (crashed / f"v4.planner{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    copy = crashed / "v4.planner"
    with pytest.raises(FileRefused, match="column expected_close"):
        Planner.open(copy)
    assert not list(crashed.glob("*.bak"))
    check = sqlite3.connect(copy)
    assert check.execute("SELECT expected_close FROM deals").fetchone() == ("soon",)
    check.close()


def test_the_strict_step_run_again_changes_nothing(planner: Planner) -> None:
    """It runs outside sqlite-utils' transaction: should its record be lost, running it
    again must be harmless."""
    from planner.store import migration_steps

    conn = planner.store.conn
    before = list(conn.iterdump())
    migration_steps._strict_tables(conn)  # type: ignore[arg-type]
    assert list(conn.iterdump()) == before
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
