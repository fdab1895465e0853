"""Transactions on a planner file, and the seal that ends every one that wrote.

``atomic`` is the one way to write: all of a use case or nothing. ``seal`` extends the
hash chain over what the transaction wrote, right before it commits.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_savepoints = itertools.count()


def seal(conn: sqlite3.Connection) -> None:
    """Extend the hash chain over what this transaction wrote, right before it commits."""
    from planner.store import chain  # not at start-up: only the first write needs it

    chain.seal(conn)


@contextmanager
def atomic(conn: sqlite3.Connection,
           before_commit: Callable[[sqlite3.Connection], None] | None = None) -> Iterator[None]:
    """A transaction, as sqlite-utils' ``Database.atomic``: BEGIN/COMMIT, a SAVEPOINT when
    nested; any exception rolls back (what it did only, when nested) and propagates.
    ``before_commit`` runs inside the outermost transaction, right before COMMIT (``seal``)."""
    if conn.in_transaction:
        name = f"planner_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # a RAISE(ROLLBACK) or a full disk can end the whole transaction, savepoint and
            # all: then there is nothing to undo, and the original error must come through
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN")
    try:
        yield
        if before_commit is not None:
            before_commit(conn)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
