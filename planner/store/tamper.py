"""Is the file's schema the one this version makes? Tables, indexes and triggers compared whole.

The rules live in the file as triggers, so a trigger dropped, altered or replaced by a
no-op of the same name in the ``sqlite3`` shell would silently switch a rule off. Comparing
names alone misses the no-op; so every object's full SQL is compared with what a fresh
file gets from the migration steps.

The expected schema is computed, not written down twice: ``database._STEPS`` run once per
process on an in-memory database, through a shim that offers what the steps use of
sqlite-utils' ``Database`` (``execute``, ``executescript``, ``conn``), so sqlite-utils stays
unloaded (see ``database``). SQL is compared token by token, so white space, comments,
keyword case and identifier quoting (SQLite rewrites ``deals`` as ``"deals"`` when a
table is renamed into place) never count; string literals count exactly.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError
from planner.store import database

# sqlite-utils' own bookkeeping: it creates the table and its unique index itself, and their
# SQL depends on the sqlite-utils version that made the file; its rows are read by database.
# Created in the in-memory reference only so that steps may put triggers on it, which are
# compared like any other trigger.
_MIGRATIONS = database.MIGRATIONS_TABLE
_MIGRATIONS_DDL = f"""CREATE TABLE "{_MIGRATIONS}" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
)"""

_MESSAGES: dict[tuple[str, str], str] = {
    ("table", "removed"): QT_TRANSLATE_NOOP("errors", "Table {name} was removed."),
    ("table", "changed"): QT_TRANSLATE_NOOP("errors", "Table {name} was changed."),
    ("table", "added"): QT_TRANSLATE_NOOP(
        "errors", "Table {name} was added that this version does not create."),
    ("index", "removed"): QT_TRANSLATE_NOOP("errors", "Index {name} was removed."),
    ("index", "changed"): QT_TRANSLATE_NOOP("errors", "Index {name} was changed."),
    ("index", "added"): QT_TRANSLATE_NOOP(
        "errors", "Index {name} was added that this version does not create."),
    ("trigger", "removed"): QT_TRANSLATE_NOOP("errors", "Trigger {name} was removed."),
    ("trigger", "changed"): QT_TRANSLATE_NOOP("errors", "Trigger {name} was changed."),
    ("trigger", "added"): QT_TRANSLATE_NOOP(
        "errors", "Trigger {name} was added that this version does not create."),
    ("view", "removed"): QT_TRANSLATE_NOOP("errors", "View {name} was removed."),
    ("view", "changed"): QT_TRANSLATE_NOOP("errors", "View {name} was changed."),
    ("view", "added"): QT_TRANSLATE_NOOP(
        "errors", "View {name} was added that this version does not create."),
}

# one token of SQL: a string literal (kept as is), a quoted identifier, a word, a comment or
# white space (both dropped), or any other single character
_TOKEN = re.compile(r"""
    (?P<string>'(?:[^']|'')*')
  | "(?P<dq>(?:[^"]|"")*)" | `(?P<bq>(?:[^`]|``)*)` | \[(?P<sq>[^\]]*)\]
  | (?P<word>[A-Za-z0-9_$]+)
  | (?P<skip>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@functools.lru_cache(maxsize=512)
def normalized(sql: str | None) -> tuple[str, ...]:
    """``sql`` as tokens: equal for statements that differ only in layout, case or quoting."""
    if sql is None:
        return ()
    out: list[str] = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup
        if kind == "skip":
            continue
        if kind == "word":
            out.append(m.group().lower())  # keywords and bare names are case-insensitive
        elif kind == "dq":
            out.append(m.group("dq").replace('""', '"'))  # quoted: the name, case and all
        elif kind == "bq":
            out.append(m.group("bq").replace("``", "`"))
        elif kind == "sq":
            out.append(m.group("sq"))
        else:
            out.append(m.group())
    return tuple(out)


@dataclass(frozen=True)
class _Object:
    kind: str  # table, index, trigger or view
    name: str  # as the file spells it (SQLite's names are case-insensitive)
    table: str  # the table it belongs to (tbl_name)
    sql: str | None

    def same(self, other: _Object) -> bool:
        if (self.kind, self.table.lower()) != (other.kind, other.table.lower()):
            return False
        # the same steps write the same text: tokenizing (about 0.1 ms a trigger) only when not
        return self.sql == other.sql or normalized(self.sql) == normalized(other.sql)


class _Shim:
    """What the migration steps use of sqlite-utils' ``Database``: they only run SQL."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: object = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters or ())  # type: ignore[arg-type]  # callers pass a sequence or a mapping

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)


def _sqlites_own(kind: str, name: str, sql: str | None) -> bool:
    """SQLite's own objects: its counters and statistics, and the indexes behind UNIQUE and
    PRIMARY KEY (no SQL: they follow from their table's). Only these: a trigger can be put
    under a reserved ``sqlite_`` name through ``writable_schema``, and it fires."""
    lowered = name.lower()
    if kind == "table":
        return lowered == "sqlite_sequence" or re.fullmatch(r"sqlite_stat[1-4]", lowered) is not None
    return kind == "index" and sql is None and lowered.startswith("sqlite_autoindex_")


def _objects(conn: sqlite3.Connection) -> dict[str, _Object]:
    found = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if _sqlites_own(kind, name, sql):
            continue
        if kind in ("table", "index") and table.lower() == _MIGRATIONS:
            continue
        found[name.lower()] = _Object(kind, name, table, sql)
    return found


_reference: dict[str, _Object] | None = None
_reference_lock = threading.Lock()


def _build_reference(count: int | None = None) -> dict[str, _Object]:
    """The schema after the first ``count`` migration steps (all of them by default)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        # one transaction: about half the time of a commit per statement
        conn.execute("BEGIN")
        conn.execute(_MIGRATIONS_DDL)
        shim = _Shim(conn)
        for _name, step in database._STEPS[:count]:
            step(shim)  # type: ignore[arg-type]  # the shim has the part of Database the steps use
        conn.execute("COMMIT")
        return _objects(conn)
    finally:
        conn.close()


def expected() -> dict[str, _Object]:
    """The schema a fresh file gets from this version's migration steps (built once, about
    40 ms, mostly SQLite's own work on the STRICT rebuild: see ``prepare``)."""
    global _reference
    with _reference_lock:
        if _reference is None:
            _reference = _build_reference()
        return _reference


def prepare() -> None:
    """Build the reference schema in a thread now, so that the first check does not wait
    for it (SQLite releases the GIL while it works, so it overlaps the caller's work)."""
    threading.Thread(target=expected, name="planner-schema-reference", daemon=True).start()


@functools.lru_cache(maxsize=4)
def _reference_of(count: int) -> dict[str, _Object]:
    return _build_reference(count)


def differences(conn: sqlite3.Connection, applied: Sequence[str] | None = None) -> list[PlannerError]:
    """Every table, index, trigger or view that differs from this version's, by name.

    With ``applied`` (the migrations an older file has), compared with what that older
    version wrote instead: checked before an upgrade, which would rebuild the tables and
    their triggers and so hide the change."""
    names = [name for name, _step in database._STEPS]
    if applied is not None and list(applied) == names[:len(applied)] and len(applied) < len(names):
        want = _reference_of(len(applied))
    else:
        want = expected()
    have = _objects(conn)
    found: list[PlannerError] = []
    for key, obj in want.items():
        other = have.get(key)
        if other is None:
            found.append(PlannerError(_MESSAGES[(obj.kind, "removed")], name=obj.name))
        elif not obj.same(other):
            # same name, another kind or body (a trigger replaced by a no-op, a column added)
            found.append(PlannerError(_MESSAGES[(obj.kind, "changed")], name=obj.name))
    for key, obj in have.items():
        if key not in want:
            kind = obj.kind if (obj.kind, "added") in _MESSAGES else "table"
            found.append(PlannerError(_MESSAGES[(kind, "added")], name=obj.name))
    return found
