"""Many rows at once, each judged by every trigger of the file: statements made ahead by the
caller (the demo's history, ``planner.demo.statements``), run in order inside the caller's
transaction, which seals what is left at its end.

A statement is ``(sql, parameters, row_id)``: an insert names the id its row must get (the
statements after it count on that id, made before the file could answer), an update 0,
``MANY`` marks parameters that are a list of rows (``executemany``) and ``SEAL`` (``SEAL_NOW``)
seals the history written so far, inside the same transaction (``chain.seal`` encodes every
row it seals at once: sealed in steps, a large history never is in memory whole). Nothing here
bypasses a rule: every row is an ordinary INSERT or UPDATE, and a refusal rolls the whole
transaction back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from planner.store import chain

Statement = tuple[str, Any, int]
MANY = -1
SEAL = -2
SEAL_NOW: Statement = ("", None, SEAL)

CACHE_KIB = 65536  # the page cache for one large transaction (64 MiB), then as it was
# A large file's pages outgrow any cache: with the write-ahead log, every page that leaves
# the cache goes to the log, once or many times, to be copied back at the end (a fifth of the
# time at 100,000 deals, in system calls). A rollback journal kept in memory can still undo
# the whole transaction when a rule refuses a row; a crash midway leaves a file that cannot be
# opened, so it is only for a new file under a temporary name, moved into place once whole
# (planner/demo/place.py), written again from nothing otherwise. WAL again after.
LARGE_JOURNAL = "MEMORY"


@contextmanager
def tuned(conn: sqlite3.Connection, new_file: bool) -> Iterator[None]:
    """The connection tuned for one large transaction (a page cache that holds the indexes being
    filled; for a ``new_file``, ``LARGE_JOURNAL``), and as it was afterwards, written or not.
    Outside the transaction: the journal cannot change inside one."""
    size = conn.execute("PRAGMA cache_size").fetchone()[0]
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    if new_file:
        conn.execute(f"PRAGMA journal_mode = {LARGE_JOURNAL}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(f"PRAGMA cache_size = {int(size)}")


def last_ids(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, int]:
    """The last id each table holds (0 when empty): the file gives the next one to a new row."""
    return {t: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]) for t in tables}


def seal(conn: sqlite3.Connection) -> None:
    """The history written so far sealed, inside the caller's transaction (its commit seals
    what comes after): the ledger's entries are those the services' seals would make."""
    chain.seal(conn)


def run(conn: sqlite3.Connection, batches: Iterable[list[Statement]]) -> None:
    """Every statement in order; a row that gets another id than the one the statements after
    it count on stops it all (raised: the caller's transaction is rolled back)."""
    execute, many = conn.execute, conn.executemany
    for batch in batches:
        for sql, params, row_id in batch:
            if row_id < 0:
                if row_id == MANY:
                    many(sql, params)
                else:
                    seal(conn)
            elif execute(sql, params).lastrowid != row_id and row_id:
                raise AssertionError(f"a row of {sql.split('(')[0].strip()} got another id than {row_id}")


def check(conn: sqlite3.Connection, last: dict[str, int]) -> None:
    """Every table ends at the id the statements counted on: the rows the triggers added (a
    deal's work) are those the statements held, so no update went to another row. Raised
    otherwise: the caller's transaction is rolled back."""
    found = last_ids(conn, last)
    if found != last:
        raise AssertionError(f"the file's last ids {found} are not those the statements counted on {last}")
