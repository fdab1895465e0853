"""The open file's sealed history checked against its seals, beside the user.

A row of the history changed with the triggers out of the way (dropped in the ``sqlite3``
shell, then put back) leaves the ledger, and so the fingerprint, as they were: only
recomputing the seals tells (``chain.verify``). ``deal-planner check`` does that; the app
does it too, once per state of the file, so that what it shows and prints is never a
forged history passed off under the file's fingerprint:

* the window starts the check once its cards are on screen and SQLite found the file sound
  (``start``). A large history (half a second at 10,000 deals, four and a half at 100,000) is
  checked in a process of its own, started afresh (a fork of a process running Qt's threads
  is not safe) and niced: hashing a million small rows holds the GIL, and in a thread it
  slowed the window's typing by a third and added 10 MB to its memory at 100,000 deals;
  a small one in a thread, where a process would cost more than it frees;
* a printout asks for the verdict (``problems``): it waits for a check under way, or runs
  one at once in its own thread (the command line);
* the verdict holds until another connection commits (``PRAGMA data_version``): the app's
  own writes seal what they add.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from planner.domain.errors import PlannerError
from planner.store import chain, read_only

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

Listener = Callable[[list[PlannerError]], None]

ELSEWHERE_FROM: Final = 30_000  # ledger entries; below, a process costs more time than it frees


class HistoryCheck:
    """The verdict on the history of the file as of ``state`` (its ``data_version`` then):
    the ways it was altered after it was sealed, empty when every seal holds. Rows written
    by another program and not sealed yet are no alteration (the app's next write seals them;
    ``check`` lists them).

    ``path``: the file, read on connections of the check's own; None for an in-memory copy,
    read on ``own`` (the file's connection) in the thread that asks."""

    def __init__(self, state: int, path: Path | None, own: sqlite3.Connection | None = None) -> None:
        self.state = state
        self._path = path
        self._own = own
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._problems: list[PlannerError] = []
        self._listeners: list[Listener] = []
        self._started = False
        self._stopped = False
        self._process: BaseProcess | None = None  # the process checking a large history

    def start(self) -> HistoryCheck:
        """Check beside the caller (once): in a thread, or a process it waits for."""
        with self._lock:
            if self._started or self._path is None:  # an in-memory copy: its connection's thread only
                return self
            self._started = True
        threading.Thread(target=self._work, args=(True,), name="planner-history-check", daemon=True).start()
        return self

    def stop(self) -> None:
        """End a check under way, its connections closed, before the file's own connection
        closes: the last connection to close folds the WAL into the file, and a reader left
        open would leave the WAL beside it. A stopped check finds nothing."""
        with self._lock:
            self._stopped = True
            process, running = self._process, self._started and not self._done.is_set()
        if process is not None:
            process.terminate()
        if running and self._path is not None:
            self._done.wait()

    def _running(self, process: BaseProcess) -> bool:
        """Note the process checking for this check; False (stop it) if the check was stopped."""
        with self._lock:
            self._process = process
            return not self._stopped

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def problems(self) -> list[PlannerError]:
        """The verdict: waited for while a check runs, or checked now in this thread."""
        with self._lock:
            run_here = not self._started
            self._started = True
        if run_here:
            self._work(False)
        self._done.wait()
        return list(self._problems)

    def on_verdict(self, listener: Listener) -> None:
        """Call ``listener(problems)`` once the verdict is in (at once if it is), in the thread
        that brings it."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(list(self._problems))

    def _work(self, beside: bool) -> None:
        found: list[PlannerError] = []
        try:
            if self._path is None:
                assert self._own is not None
                found = altered(self._own)
            else:
                conn = read_only.reader(self._path)
                try:
                    large = beside and chain._entries_about(conn) >= ELSEWHERE_FROM
                    found = elsewhere(self._path, self._running) if large else altered(conn)
                finally:
                    conn.close()
        except (sqlite3.Error, PlannerError, OSError, EOFError):
            found = []  # a file that cannot be read now: opening and ``check`` say why, not this
        finally:  # whatever happened, nobody waits for ever
            with self._lock:
                self._problems = found
                self._done.set()
                listeners, self._listeners = self._listeners, []
            for listener in listeners:
                listener(list(found))


def altered(conn: sqlite3.Connection) -> list[PlannerError]:
    """What ``chain.verify`` finds altered (not the rows merely unsealed)."""
    return [e for e in chain.verify(conn) if isinstance(e, chain.HistoryAltered)]


def elsewhere(path: Path, running: Callable[[BaseProcess], bool] = lambda _process: True) -> list[PlannerError]:
    """``altered`` of the file at ``path``, worked out in a new process (see the module);
    ``running(process)`` is told of the process once it runs, and False stops it."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    answer, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(str(path), sender), name="planner-history-check", daemon=True)
    process.start()
    sender.close()
    try:
        if not running(process):
            process.terminate()
        found: list[tuple[str, dict[str, str]]] = answer.recv()  # EOFError once it is stopped
    finally:
        answer.close()
        process.join()
    return [chain.HistoryAltered(source, **params) for source, params in found]


def _child(path: str, answer: Connection) -> None:
    """The new process's work: its verdict as (message, its values) pairs."""
    try:
        os.nice(10)  # the window the user types in comes first
    except (AttributeError, OSError):  # no nice (Windows)
        pass
    try:
        conn = read_only.reader(Path(path))
        try:
            found = [(e.source, {k: str(v) for k, v in e.params.items()}) for e in altered(conn)]
        finally:
            conn.close()
        answer.send(found)
    finally:
        answer.close()
