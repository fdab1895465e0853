"""Every row of a planner file, read table by table, and written back row by row into a new
file through its triggers (for the full export and its import, ``planner.transfer``).

The tables are those ``tables`` describes (``TABLES`` and ``LATER_TABLES``: a table added
there is exported and imported with no change here) and the ledger of ``chain``. Reading
happens in one read transaction, so the rows agree with each other. Writing never goes
around a rule: each row is an ordinary INSERT (or, for the few states only a statement
reaches, the UPDATE the app itself sends), judged by every trigger of the file; what
order makes the rules accept a history is the caller's business.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.store import chain, tables

if TYPE_CHECKING:
    from planner.store.repository import Store


@dataclass(frozen=True)
class Shape:
    """A table as copied: its columns, the order its rows are read in, the tables it refers to."""

    name: str
    columns: tuple[str, ...]
    order: tuple[str, ...]
    references: dict[str, str]  # column -> the table it refers to
    blobs: tuple[str, ...] = ()  # columns holding bytes (written as hex)


# columns a later schema added to a table of ``TABLES`` (ALTER TABLE), by table


def _shape(table: tables.Table) -> Shape:
    columns = (*table.columns, *tables.ADDED_COLUMNS.get(table.name, ()))
    refs = {c.name: c.references.split("(")[0].strip() for c in columns if c.references}
    return Shape(table.name, tuple(c.name for c in columns), table.primary_key, refs)


LEDGER = Shape(chain.LEDGER, ("seq", "tbl", "row_id", "digest", "link"), ("seq",), {}, ("digest", "link"))


def shapes() -> list[Shape]:
    """Every table a planner file holds data in, the ledger last (not sqlite-utils' own record)."""
    return [_shape(t) for t in (*tables.TABLES, *tables.LATER_TABLES)] + [LEDGER]


def present(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@contextmanager
def consistent(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every table read inside it as of the same commit."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def rows(conn: sqlite3.Connection, shape: Shape) -> Iterator[list[Any]]:
    """The table's rows in key order, each value as stored (bytes as hex text)."""
    names = ", ".join(shape.columns)
    blob_at = [shape.columns.index(c) for c in shape.blobs]
    for row in conn.execute(f"SELECT {names} FROM {shape.name} ORDER BY {', '.join(shape.order)}"):
        out = list(row)
        for i in blob_at:
            if isinstance(out[i], bytes):
                out[i] = out[i].hex()
        yield out


def file_rows(store: Store, shape: Shape) -> Iterator[list[Any]]:
    """``rows`` of the open file, a read SQLite refuses said as every read of it says it (a
    column another program renamed: its tables are not this version's, see ``Store.read_error``)."""
    try:
        yield from rows(store.conn, shape)
    except sqlite3.Error as e:
        raise store.read_error(e) from None


def scratch_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A copy of the file in memory, as of its last commit, to try a change on and throw away."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        copy.close()
        raise
    return copy


class RowRefused(ValueError):
    """A row the file refused (a trigger, a constraint), with SQLite's words for it."""


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as e:
        raise RowRefused((str(e).splitlines() or [type(e).__name__])[0]) from None


class RowWriter:
    """Rows put into a new file one statement at a time, inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._shapes = {s.name: s for s in shapes()}

    def defer_references(self) -> None:
        """Check references when the transaction commits, not row by row: a deal may follow
        up one with a higher id, and the rows of a history come in the order its rules need."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def _statement(self, table: str, columns: Sequence[str]) -> tuple[str, list[int]]:
        shape = self._shapes[table]
        unknown = set(columns) - set(shape.columns)
        if unknown:  # names come from our own description only, never from the document
            raise ValueError(f"{table} has no column {sorted(unknown)}")
        marks = ", ".join("?" * len(columns))
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [list(columns).index(c) for c in shape.blobs if c in columns])

    @staticmethod
    def _values(values: Sequence[Any], blobs: list[int]) -> Sequence[Any]:
        if not blobs:
            return values
        out = list(values)
        for i in blobs:
            out[i] = bytes.fromhex(out[i]) if isinstance(out[i], str) else out[i]
        return out

    def insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> None:
        sql, blobs = self._statement(table, columns)
        with _refusals():
            self.conn.execute(sql, self._values(values, blobs))

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Many rows of one table at once (a history of 100,000 events), in the order given."""
        sql, blobs = self._statement(table, columns)
        with _refusals():
            self.conn.executemany(sql, (self._values(r, blobs) for r in rows))

    def put_setting(self, key: str, value: Any) -> None:
        """A setting whatever a new file already holds: update, else insert (never REPLACE)."""
        with _refusals():
            self._put_setting(key, value)

    def _put_setting(self, key: str, value: Any) -> None:
        if not self.conn.execute("UPDATE settings SET value = ? WHERE key = ?", [value, key]).rowcount:
            self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, value])

    def empty(self, table: str) -> None:
        """Take out the rows a new file starts with (the built-in reason categories) before a
        document's own go in: its rows, renamed, retired or deleted ones included, are the file's."""
        if table not in self._shapes:  # names come from our own description only
            raise ValueError(f"no table {table}")
        with _refusals():
            self.conn.execute(f"DELETE FROM {table}")

    def remove_settings_except(self, keys: set[str]) -> None:
        for (key,) in self.conn.execute("SELECT key FROM settings").fetchall():
            if key not in keys:
                self.conn.execute("DELETE FROM settings WHERE key = ?", [key])

    def deal_state(self, deal_id: int) -> tuple[int, str, str]:
        """(stage_id, status, close_reason) of a deal as the triggers left it."""
        stage_id, status, reason = self.conn.execute(
            "SELECT stage_id, status, close_reason FROM deals WHERE id = ?", [deal_id]).fetchone()
        return int(stage_id), str(status), str(reason)

    def file_under(self, deal_id: int, category: int) -> None:
        """A closed deal's reason category, as the app files it once the deal is lost or abandoned."""
        with _refusals():
            self.conn.execute("UPDATE deals SET close_category = ? WHERE id = ?", [category, deal_id])

    def abandon(self, deal_id: int, reason: str) -> None:
        """The one state no insert reaches: the app's own abandoning statement."""
        with _refusals():
            self.conn.execute("UPDATE deals SET status = 'abandoned', close_reason = ? WHERE id = ?", [reason, deal_id])

    def set_win_rate(self, stage_id: int, rate: int) -> None:
        """A stage's rate as it was set at some point of its history (an adoption)."""
        with _refusals():
            self.conn.execute("UPDATE stages SET win_rate = ? WHERE id = ?", [rate, stage_id])
