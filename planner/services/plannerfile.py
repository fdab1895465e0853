"""The planner file itself: its settings, a backup, its checks and its fingerprint."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain import rules
from planner.domain.errors import PlannerError
from planner.services.changes import Changes
from planner.services.noun import Noun

if TYPE_CHECKING:
    from planner.store.repository import Store


class Settings(Noun):
    """The file's own settings (see planner/settings.py for which live in the file)."""

    def all(self) -> dict[str, str]:
        """Everything the file's ``settings`` table holds, as text (older files also hold
        person settings there: see planner/settings.py)."""
        return self.store.settings()

    def set(self, key: str, value: str) -> Changes:
        """Store one of the file's own settings, checked and normalised by its declaration."""
        from planner import settings
        from planner.settings import BY_KEY, Scope

        setting = BY_KEY.get(key)
        if setting is None or setting.scope is not Scope.FILE:
            raise ValueError(f"{key!r} is not a setting of the planner file")  # a person's: QSettings
        if setting is settings.HOME_CURRENCY:  # the exchange rates are rebased onto it
            return self.planner.rates.set_home(value)
        text = setting.text(setting.parse(value))  # InvalidInput says what is expected
        with self.write() as changes:
            self.store.set_setting(key, rules.check_text(text))
            changes.settings.add(key)
        return changes.frozen()


class PlannerFile(Noun):
    def backup(self, target: Path, force: bool = False) -> None:
        """A consistent copy of the file at ``target``: copied through SQLite's backup API into
        memory, then written all at once (``safe_write``), so no journal or partial file is ever
        left beside it; never onto this file, its working files or a file open elsewhere;
        over another planner file only with ``force``."""
        from planner import safe_write
        from planner.store import copies

        safe_write.write_output(Path(target), lambda stream: stream.write(copies.image(self.store.conn)),
                                source=self.planner.path, force=force)

    def check(self, full: bool = False) -> list[PlannerError]:
        """Integrity, the method's invariants, the schema and the hash chain; empty when all
        is well. ``full`` runs SQLite's full integrity check (indexes too) instead of the quick one."""
        return _check(self.store, full)

    @staticmethod
    def prepare_tampering() -> None:
        """Build what ``tampering()`` compares with in a thread now, so that the first
        opening does not wait for it (start-up overlaps it with loading Qt)."""
        from planner.store import tamper

        tamper.prepare()

    def tampering(self) -> list[PlannerError]:
        """How the file's tables, indexes and triggers differ from what this version writes
        (cheap enough to run on opening)."""
        from planner.store import tamper

        return list(tamper.differences(self.store.conn))

    def schema_version(self) -> int:
        """The version of the file's tables and rules (``PRAGMA user_version``)."""
        return self.store.schema_version()

    def fingerprint(self) -> str:
        """The hash at the head of the file's chain: equal fingerprints, equal history."""
        from planner.store import chain

        return str(chain.fingerprint(self.store.conn))


def check_file(path: Path, full: bool = False) -> list[PlannerError]:
    """``deal-planner check``: open ``path`` only to read it, and check it (``PlannerFile.check``).

    SQLite's quick check, which opening runs before anything else, runs once, beside the
    other checks; its verdict still comes first: a damaged file is refused as opening
    refuses it, whatever the other checks read. ``full`` checks at opening as usual."""
    from planner.store import read_only
    from planner.store.repository import Store

    path = Path(path)
    store = Store(read_only.open_read_only(path, quick_check=full), path, read_only=True)
    try:
        return _check(store, full, refuse_damaged=not full)
    finally:
        store.close()


def _check(store: Store, full: bool, refuse_damaged: bool = False) -> list[PlannerError]:
    """The file's problems in this order: SQLite's verdict (alone when the file is
    damaged), the method's invariants, the schema, the hash chain.

    On a file other connections can read (not an in-memory copy), its parts run at once on
    connections of their own: SQLite's check and the invariants in one thread, each half
    of the hash chain in another (SQLite and hashlib leave the GIL while they work)."""
    from planner.store import chain, invariants, read_only, tamper

    conn = store.conn
    readers = _readers(read_only.file_of(conn))
    if readers is None:  # one connection: one part after the other
        found = invariants.problems(store, full=full)
        if found and found[0].source == invariants.DAMAGED:
            return found  # a damaged file: the rest would read garbage
        return found + tamper.differences(conn) + chain.verify(conn)
    beside, spare = readers
    outcome: dict[str, list[PlannerError]] = {}
    failed: list[BaseException] = []

    def sound_and_rules() -> None:
        try:
            try:
                outcome["damage"] = invariants.integrity(beside, store.path, full)
            except PlannerError as e:  # SQLite cannot even check it: opening calls that damaged
                if not refuse_damaged:
                    raise
                outcome["damage"] = [e]
            if not outcome["damage"]:
                outcome["rules"] = invariants.rules(beside, store.path)
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            failed.append(e)

    worker = threading.Thread(target=sound_and_rules, name="planner-check-rules")
    worker.start()
    error: Exception | None = None
    try:
        sealed = chain.verify(conn, spare)
        schema = tamper.differences(conn)
    except Exception as e:  # noqa: BLE001 - a damaged file's garbage: SQLite's verdict decides
        error = e
    finally:
        worker.join()
        beside.close()
        spare.close()
    if outcome.get("damage"):
        if refuse_damaged:
            raise read_only.damaged(store.path)
        return outcome["damage"]
    if failed:
        raise failed[0]
    if error is not None:
        raise error
    return outcome["rules"] + schema + sealed


def _readers(path: Path | None) -> tuple[sqlite3.Connection, sqlite3.Connection] | None:
    """Two more read-only connections to ``path``, or None where there can be none."""
    from planner.store import read_only

    if path is None:
        return None
    opened: list[sqlite3.Connection] = []
    try:
        for _ in range(2):
            opened.append(read_only.reader(path))
    except (sqlite3.Error, PlannerError):  # the file's connection alone reads it
        for conn in opened:
            conn.close()
        return None
    return opened[0], opened[1]
