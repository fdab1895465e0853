"""Writing a planned history fast: the statements of ``statements`` sent to the file in the
order the days came, in one transaction, its history sealed every ``statements.SEAL_STEPS``
steps and at its end.

Nothing is bent: every row is an ordinary INSERT or UPDATE, judged by every trigger of the
file as a user's would be. A milestone still moves its deal on (the file's trigger), a deal
entering a stage still gets the stage's work from the file's trigger, and a milestone out of
order, without its required work or dated ahead is refused, which rolls the whole file back.
The file is the one ``replay`` writes through the services, row for row and seal for seal
(tests/cli/test_demo_bulk.py builds both and compares every table).

A large plan is planned and made into statements by a second process (``--deals 100000`` on
a computer with two cores or more) while this one writes the statements before them, so the
file takes about as long as the file's own work on its rows (triggers, indexes, the seal).
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import planner as package
from planner.demo import history, replay, statements
from planner.demo.history import Plan
from planner.demo.statements import Start, Statements
from planner.domain import event_values
from planner.services import Planner
from planner.store import bulk, search
from planner.store.bulk import Statement

LARGE = 5_000  # deals from which a plan is made into statements by a second process, beside the
# writing, and written with the journal of a new file (``bulk.tuned``); a small demo (the app's)
# keeps the write-ahead log throughout


def write(planner: Planner, plan: Plan) -> None:
    """The whole plan in one transaction: a large file in one commit, sealed in steps."""
    conn = planner.store.conn
    with (bulk.tuned(conn, new_file=len(plan.deals) >= LARGE), planner.store.transaction(),
          search.deferred(conn)):
        made = Statements(plan, _set_up(planner, plan), statements.SEAL_STEPS)
        bulk.run(conn, made.batches())
        bulk.check(conn, made.last)


def build(planner: Planner, total: int, today: date, language: str | None) -> None:
    """``write(planner, history.plan(total, today, language=language))``; a large plan is
    planned and made into statements by a second process, beside this one's writing."""
    # a packaged app has no interpreter to start the second process with
    if total < LARGE or (os.cpu_count() or 1) < 2 or getattr(sys, "frozen", False) or not sys.executable:
        write(planner, history.plan(total, today, language=language))
        return
    conn = planner.store.conn
    with (_Beside(total, today, language, statements.SEAL_STEPS) as beside, bulk.tuned(conn, new_file=True),
          planner.store.transaction(), search.deferred(conn)):
        start = _set_up(planner, beside.plan())
        bulk.run(conn, beside.batches(start))
        bulk.check(conn, beside.last())


def _set_up(planner: Planner, plan: Plan) -> Start:
    """The processes, accounts and contacts through the services (``replay.set_up``), and the
    last id of each table the statements count on."""
    processes, accounts, contact_ids, categories = replay.set_up(planner, plan)
    contacts = [[planner.store.contact(i) for i in ids] for ids in contact_ids]
    last = bulk.last_ids(planner.store.conn, statements.COUNTED)
    if event_values.ENCODING_FROM not in planner.store.settings():  # as the file's first event does
        planner.store.set_setting(event_values.ENCODING_FROM, str(last["events"] + 1))
    return Start(processes, [a.id or 0 for a in accounts], [[c for c in cs if c is not None] for cs in contacts],
                 categories, last)


class _Beside:
    """The plan and its statements made by a second process (``statements.main``), batch by
    batch while this one writes the ones before; stopped with the writing, however it ends.
    The plan comes first without its deals: what the file starts from (``replay.set_up``).

    The batches are read from the pipe by a thread into a queue of ``AHEAD`` batches: a pipe
    holds 64 KiB, so the second process, blocked on it, made the next batch only once this one
    took the last; it now works on while this one seals or writes a heavy batch (at 100,000
    deals this one waited 8 s for it)."""

    AHEAD = 16

    def __init__(self, total: int, today: date, language: str | None, seal_steps: int) -> None:
        # the same interpreter and the same ``planner`` as this process (a checkout of its own too);
        # -P: not the current folder first, as ``-c`` would put it (a ``planner`` folder there,
        # another checkout, would make the statements)
        here = str(Path(package.__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (here, os.environ.get("PYTHONPATH"))))}
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-c", "from planner.demo.statements import main; main()", str(total),
             today.isoformat(), language or "", str(seal_steps)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.sent, self.received = self.process.stdin, self.process.stdout
        self.ahead: queue.Queue[tuple[str, Any]] = queue.Queue(self.AHEAD)
        self.reader: threading.Thread | None = None
        self.stopping = threading.Event()

    def __enter__(self) -> _Beside:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.reader is not None:
            self.reader.join()
        self.sent.close()
        self.received.close()

    def _load(self) -> tuple[str, Any]:
        try:
            kind, value = pickle.load(self.received)
        except Exception:  # noqa: BLE001 - ended, killed midway (a cut pickle), its pipe closed
            return "stopped", None
        return kind, value

    def _read_ahead(self) -> None:
        """The reading thread: every message up to the last, into ``ahead``."""
        while True:
            message = self._load()
            while not self.stopping.is_set():
                try:
                    self.ahead.put(message, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if self.stopping.is_set() or message[0] in ("stopped", "error", "last"):
                return

    def _receive(self) -> Any:
        kind, value = self.ahead.get() if self.reader is not None else self._load()
        if kind == "stopped":
            raise RuntimeError("the process making the demo's statements stopped")
        if kind == "error":
            raise RuntimeError(f"the process making the demo's statements failed: {value}")
        return value

    def plan(self) -> Plan:
        return Plan(*self._receive())

    def batches(self, start: Start) -> Iterator[list[Statement]]:
        pickle.dump(start, self.sent)
        self.sent.flush()
        self.reader = threading.Thread(target=self._read_ahead, name="demo statements", daemon=True)
        self.reader.start()
        while (batch := self._receive()) is not None:
            yield batch

    def last(self) -> dict[str, int]:
        """The last id of each table the statements counted on, once they are all sent."""
        last: dict[str, int] = self._receive()
        return last
