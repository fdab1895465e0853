"""One description of the tables: README documents it, every table gets the guards."""

from __future__ import annotations

import re
from pathlib import Path

from planner.services import Planner
from planner.store import guards, tables, triggers

README = Path(__file__).parents[2] / "README.md"


def test_readme_documents_every_table_and_column() -> None:
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| (.+?) \|", README.read_text(), re.M)}
    for table in (*tables.TABLES, *tables.LATER_TABLES):
        assert table.name in rows, table.name
        documented = set(re.findall(r"`(\w+)`", rows[table.name]))
        assert set(table.column_names) <= documented, (table.name, set(table.column_names) - documented)
    for table, added in tables.ADDED_COLUMNS.items():
        assert all(f"`{c.name}`" in rows[table] for c in added), table


def test_every_table_of_a_new_file_is_guarded_and_strict(planner: Planner) -> None:
    conn = planner.store.conn
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(triggers.trigger_names()) <= present
    for table in (*tables.TABLES, *tables.LATER_TABLES, tables.MIGRATIONS_TABLE):
        assert f"{table.name}_guard_insert" in present and f"{table.name}_guard_id" in present
    strict = {r[0] for r in conn.execute("SELECT name FROM pragma_table_list WHERE strict")}
    assert {t.name for t in (*tables.TABLES, *tables.LATER_TABLES)} <= strict
    assert planner.file.tampering() == []


def test_guards_cover_every_key_the_description_declares() -> None:
    for table in (*tables.TABLES, *tables.LATER_TABLES):
        sql = " ".join(guards.table_guards(table))
        for key in table.keys():
            assert all(f"x.{c} = NEW.{c}" in sql for c in key), (table.name, key)


def test_white_space_is_what_the_domain_strips() -> None:
    assert set(tables.WHITE_SPACE) == {c for c in range(0x110000) if chr(c).isspace()}
