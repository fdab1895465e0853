"""Guards that keep every row where it is: ids never change and no row is replaced.

``REPLACE``, ``INSERT OR REPLACE`` and ``UPDATE OR REPLACE`` resolve a conflict on the
rowid, the primary key or a UNIQUE key by deleting the row in the way, and that delete
fires no trigger unless ``recursive_triggers`` is on (the ``sqlite3`` shell has it off).
So, for every table of ``planner.store.tables``, a BEFORE INSERT and a BEFORE UPDATE
trigger refuse any statement that would collide with another row's rowid or key, and any
change of the rowid: the conflict, and with it the silent delete, never happens. Plain
statements lose nothing: they would have failed on the constraint anyway.
"""

from __future__ import annotations

from typing import Final

from planner.domain import messages
from planner.store.tables import MIGRATIONS_TABLE, TABLES, Table

KEY_TAKEN: Final = messages.KEY_TAKEN.raised
ID_FIXED: Final = messages.ID_FIXED.raised
STAMP_FIXED: Final = messages.STAMP_FIXED.raised


def _raise(message: str) -> str:
    return f"SELECT RAISE(ABORT, '{message}')"


def _same(key: tuple[str, ...], other: str = "x") -> str:
    return " AND ".join(f"{other}.{c} = NEW.{c}" for c in key)


def table_guards(table: Table) -> list[str]:
    name = table.name
    taken = [f"EXISTS (SELECT 1 FROM {name} x WHERE x.rowid = NEW.rowid)"]
    taken += [f"EXISTS (SELECT 1 FROM {name} x WHERE {_same(k)})" for k in table.keys()]
    out = [
        f"""CREATE TRIGGER {name}_guard_insert BEFORE INSERT ON {name}
            WHEN {" OR ".join(taken)}
            BEGIN {_raise(KEY_TAKEN)}; END""",
        f"""CREATE TRIGGER {name}_guard_id BEFORE UPDATE ON {name}
            WHEN NEW.rowid IS NOT OLD.rowid
            BEGIN {_raise(ID_FIXED)}; END""",
    ]
    if table.keys():
        clash = " OR ".join(
            f"EXISTS (SELECT 1 FROM {name} x WHERE {_same(k)} AND x.rowid <> OLD.rowid)"
            for k in table.keys())
        columns = ", ".join(dict.fromkeys(c for k in table.keys() for c in k))
        out.append(f"""CREATE TRIGGER {name}_guard_update BEFORE UPDATE OF {columns} ON {name}
            WHEN {clash}
            BEGIN {_raise(KEY_TAKEN)}; END""")
    return out


def guard_triggers() -> list[str]:
    return [g for table in (*TABLES, MIGRATIONS_TABLE) for g in table_guards(table)]


def stamp_guard(table: Table) -> list[str]:
    """Schema 14: a trigger that refuses any change of ``table``'s fixed columns (when the row
    was written: the start a deal's days in its first stage are counted from), or nothing
    for a table without one."""
    fixed = [c.name for c in table.columns if c.fixed]
    if not fixed:
        return []
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in fixed)
    return [f"""CREATE TRIGGER {table.name}_stamp_fixed BEFORE UPDATE OF {", ".join(fixed)} ON {table.name}
            WHEN {changed}
            BEGIN {_raise(STAMP_FIXED)}; END"""]
