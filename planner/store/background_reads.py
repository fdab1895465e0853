"""Reads of an open file on a connection of their own, in a thread: the board's search runs
there while the window answers the keyboard (issue 15: a keystroke within one frame at
100,000 deals, where finding one letter takes SQLite some 50 ms).

One worker thread, one read-only connection (``read_only.reader``: it sees what the app's
own connection has committed). A read asked for while another waits replaces it: only the
latest answer matters to someone typing. The answer comes back through ``done``, called in
the worker thread; the caller hands it to its own thread. What was read is stamped with
the file's state when it was asked for, so that the caller can tell whether the file
changed in between (``state``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.store import read_only

if TYPE_CHECKING:
    from planner.store.repository import Store

CACHE_KB = 512  # the reading connection's page cache
Job = Callable[["Store"], Any]
Done = Callable[[Any, BaseException | None], None]


def state(store: Store) -> tuple[int, int] | None:
    """The file's state as ``store``'s connection sees it (its own writes, others' commits);
    None where another connection would not see what it sees (in memory, mid-transaction),
    or once it is closed."""
    conn = store.conn
    try:
        if read_only.file_of(conn) is None:
            return None
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.ProgrammingError:  # closed: nobody reads it any more
        return None


class BackgroundReads:
    """A worker reading ``path`` for whoever asks, the latest question first and only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._wanted: tuple[Job, Done] | None = None
        self._closing = False
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None

    def ask(self, job: Job, done: Done) -> None:
        """Run ``job`` on a store of its own, then ``done(result, None)``, or ``done(None,
        error)`` if it raised; a question still waiting is dropped (its ``done`` is never
        called)."""
        with self._lock:
            if self._closing:
                raise RuntimeError("closed")
            self._wanted = (job, done)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="planner-reads", daemon=True)
                self._thread.start()
            self._lock.notify()

    def close(self) -> None:
        """Drop what waits, let the read under way end, and close the connection."""
        with self._lock:
            self._closing, self._wanted = True, None
            self._lock.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _work(self) -> None:
        from planner.store.repository import Store

        store: Store | None = None
        try:
            while True:
                with self._lock:
                    while self._wanted is None and not self._closing:
                        self._lock.wait()
                    if self._closing:
                        return
                    assert self._wanted is not None
                    (job, done), self._wanted = self._wanted, None
                try:
                    if store is None:
                        conn = read_only.reader(self.path)
                        # a search reads scattered pages once: a small cache (SQLite's is 2 MB)
                        # keeps the app's memory down, at no cost to the time a search takes
                        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
                        store = Store(conn, self.path, read_only=True)
                    result = job(store)
                except Exception as e:  # noqa: BLE001 - handed to the caller, who reads again its own way
                    done(None, e)
                else:
                    done(result, None)
        finally:
            if store is not None:
                try:
                    store.close()
                except sqlite3.Error:
                    pass
