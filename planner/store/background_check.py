"""The file's integrity check running beside the user, and what it means for writes meanwhile.

A current file opens without waiting for SQLite's quick check, which reads the whole file
(about half a second at 100,000 deals): the check goes on in a thread while the window
paints. Reading a damaged file is safe (SQLite reports damage, it never reads past it);
writing to one could spread the damage. So the verdict decides every write
(``Store.transaction`` asks ``allow_write``):

* while the check runs, a write waits for its verdict, at most ``WAIT_SECONDS``; if the
  verdict is still not in, the write is refused (nothing is begun) and the user told to try
  again in a moment;
* "ok": writes go on, and the check costs nothing more;
* a problem: every write is refused, with the reason, for as long as this connection is open.
  The app asks the user what to do (restore a snapshot, keep it read-only, close it); each
  choice ends this connection's life as a writer.

A file with migrations pending is never opened this way: it is checked before it is
migrated (see ``database.begin_open_existing``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError

WAIT_SECONDS = 15.0  # the longest a write waits for a verdict still to come (about a second at 100,000 deals)

STILL_CHECKING = QT_TRANSLATE_NOOP(
    "errors", "Deal Planner is still checking {path} for damage, so nothing was changed. "
              "Try again in a moment.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "{path} is damaged, so nothing can be changed in it. Restore a snapshot of it, "
              "or keep it open read-only to look at it and copy what you need.")

OK = "ok"


class FileDamaged(PlannerError):
    """A write refused because the file's integrity check found a problem."""


class StillChecking(PlannerError):
    """A write refused because the file's integrity check did not finish in time."""


Listener = Callable[[str], None]


class BackgroundCheck:
    """The verdict of SQLite's quick check of an open file: pending, "ok", or what is wrong.

    ``run`` is the check itself (it returns "ok" or SQLite's words for the problem); a
    problem is checked once more with ``again`` before it is believed (the first read may
    have overlapped a command line backup writing the file's WAL back, which takes no lock).
    """

    def __init__(self, path: Path, run: Callable[[], str], again: Callable[[], str] | None = None) -> None:
        self.path = path
        self._run = run
        self._again = again
        self._lock = threading.Lock()
        self._held = threading.Event()  # the file's one-writer lock is ours: see held()
        self._done = threading.Event()
        self._result: str | None = None
        self._listeners: list[Listener] = []
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ the check
    def start(self) -> BackgroundCheck:
        self._thread = threading.Thread(target=self._work, name="planner-file-check", daemon=True)
        self._thread.start()
        return self

    def held(self) -> None:
        """The app holds the file's lock now: a problem found is checked again from here on,
        when no other window can be writing the file."""
        self._held.set()

    def _work(self) -> None:
        try:
            result = self._run()
            if result != OK and self._again is not None:
                self._held.wait()
                result = self._again()
        except Exception as e:  # noqa: BLE001 - a check that cannot read the file: that is its verdict
            result = str(e) or type(e).__name__
        self.settle(result)

    def settle(self, result: str) -> None:
        """Record the verdict (from the check's thread) and tell who listens, in that thread."""
        with self._lock:
            self._result = result
            self._done.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(result)

    def on_verdict(self, listener: Listener) -> None:
        """Call ``listener(result)`` once the verdict is in: from the check's thread, or at once
        if it already is."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
            result = self._result
        listener(result or OK)

    # ------------------------------------------------------------------ the verdict
    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def problem(self) -> str | None:
        """What the check found wrong (SQLite's words); None while it runs or when all is well."""
        result = self._result
        return None if result is None or result == OK else result

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the verdict; True once it is in."""
        return self._done.wait(timeout)

    def allow_write(self) -> None:
        """Raise if nothing may be written now: a problem was found, or the verdict is still
        not in after ``WAIT_SECONDS``. Called before a transaction begins, so a refused write
        leaves nothing behind."""
        if not self._done.wait(WAIT_SECONDS):
            raise StillChecking(STILL_CHECKING, path=str(self.path))
        if self.problem is not None:
            raise FileDamaged(DAMAGED, path=str(self.path))
